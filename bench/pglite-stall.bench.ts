/**
 * Benchmark: do simple reads stay fast while a slow report runs? (architecture §1: PGlite runs one
 * query at a time; on the HTTP thread a 120 ms report pushed others' p99 to 5.6 s, hence the worker.)
 *
 *   npx tsx bench/pglite-stall.bench.ts                      # PGlite in a temporary data dir
 *   DATABASE_URL=postgres://…/kinerja_test npx tsx bench/pglite-stall.bench.ts   # PostgreSQL
 *   options: --pegawai 7700 --clients 8 --seconds 10 --report-ms 150 --report sql|hierarchy --strict
 *            --import-mb 50   also: simple reads while another tenant imports a CSV of about 50 MB
 *
 * It starts the real app (`buildApp`) on loopback with the demo government, logs in as the demo
 * admin, and from a separate load-generator process (so the clients do not share the server's event
 * loop) runs `--clients` concurrent loops of simple reads — GET /healthz, the unit tree and the
 * first page of the pegawai list — for `--seconds`, twice: alone, then with one more client
 * running a deliberately slow report back to back (`sql`: an aggregate calibrated to take
 * `--report-ms` on this engine; `hierarchy`: the real hierarchy-problems report). It prints
 * p50/p95/p99 per endpoint and phase, the server's event-loop delay, and the targets:
 * tree and pegawai list p95 < 50 ms alone; p99 of simple reads < 500 ms beside the report.
 * With `--import-mb`, a third phase: a second tenant (created through the API by the demo's super
 * admin, with its units and positions imported first) uploads a SIASN-shaped PEGAWAI CSV of that
 * size (the demo plan's people plus filler columns, as SIASN exports carry dozens) through the real
 * multipart route while the clients read the demo tenant; the phase lasts exactly from the upload
 * to the job's end, and prints the same figures (target: p99 < 500 ms during the import) with the
 * import's own timings.
 * PostgreSQL: the database's name must contain `test` or `bench`; its schemas are dropped.
 * Loopback only; every loop is bounded by time and count.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';
import { refreshStatistics } from '../src/db/maintenance.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { planDemo } from '../src/db/seed/demo-plan.ts';
import { buildApp } from '../src/http/app.ts';
import { toCsv } from '../src/modules/exchange/exchange.export.ts';

interface Target {
  name: string;
  path: string;
}

interface LoadRequest {
  /** Run until a `{ stop: true }` message (bounded by durationMs all the same). */
  untilStopped?: boolean;
  baseUrl: string;
  cookie: string;
  targets: Target[];
  clients: number;
  durationMs: number;
  /** Path of the slow report, run back to back by one extra client; none in the baseline. */
  reportPath?: string;
}

interface Stats {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface LoadResult {
  reads: Record<string, Stats>;
  all: Stats;
  report?: Stats;
}

const MAX_REQUESTS_PER_CLIENT = 200_000;
let stopRequested = false;
const REQUEST_TIMEOUT_MS = 30_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(samples: number[], errors: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

// ───────────────────────────── load generator (child process) ─────────────────────────────

function get(agent: http.Agent, baseUrl: string, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, baseUrl), { agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`timeout ${path}`)));
    req.on('error', reject);
  });
}

async function runLoad(request: LoadRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.clients + 1 });
  stopRequested = false;
  const deadline = performance.now() + request.durationMs;
  const running = () => performance.now() < deadline && !stopRequested;
  const samples = new Map<string, number[]>(request.targets.map((t) => [t.name, []]));
  const errors = new Map<string, number>(request.targets.map((t) => [t.name, 0]));
  const reportSamples: number[] = [];
  let reportErrors = 0;

  const reader = async (offset: number) => {
    for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && running(); i++) {
      const target = request.targets[(i + offset) % request.targets.length];
      const started = performance.now();
      try {
        const status = await get(agent, request.baseUrl, target.path, request.cookie);
        if (status !== 200) throw new Error(`HTTP ${status}`);
        samples.get(target.name)?.push(performance.now() - started);
      } catch {
        errors.set(target.name, (errors.get(target.name) ?? 0) + 1);
      }
    }
  };
  const reporter = async (path: string) => {
    for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && running(); i++) {
      const started = performance.now();
      try {
        const status = await get(agent, request.baseUrl, path, request.cookie);
        if (status !== 200) throw new Error(`HTTP ${status}`);
        reportSamples.push(performance.now() - started);
      } catch {
        reportErrors++;
      }
    }
  };
  const loops = Array.from({ length: request.clients }, (_, i) => reader(i));
  if (request.reportPath) loops.push(reporter(request.reportPath));
  await Promise.all(loops);
  agent.destroy();

  const reads: Record<string, Stats> = {};
  for (const t of request.targets) reads[t.name] = stats(samples.get(t.name) ?? [], errors.get(t.name) ?? 0);
  const allErrors = [...errors.values()].reduce((a, b) => a + b, 0);
  return {
    reads,
    all: stats([...samples.values()].flat(), allErrors),
    report: request.reportPath ? stats(reportSamples, reportErrors) : undefined,
  };
}

function loadGeneratorMain(): void {
  process.on('message', (message: LoadRequest | { stop: true }) => {
    if ('stop' in message) {
      stopRequested = true;
      return;
    }
    runLoad(message).then(
      (result) => process.send?.(result),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}

// ───────────────────────────────────── server side ─────────────────────────────────────

const { values: options } = parseArgs({
  options: {
    pegawai: { type: 'string', default: '7700' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    'report-ms': { type: 'string', default: '150' },
    report: { type: 'string', default: 'sql' },
    strict: { type: 'boolean', default: false },
    'load-generator': { type: 'boolean', default: false },
    'import-mb': { type: 'string', default: '0' },
  },
});

/** A report-shaped, CPU-bound aggregate; `$1` rows. */
const SLOW_SQL =
  'select count(*)::int as groups, sum(total)::float8 as total from ' +
  '(select g % 997 as k, sum(sqrt(g::float8)) as total from generate_series(1, $1::int) g group by 1) s';

async function calibrate(database: Database, targetMs: number): Promise<number> {
  let rows = 100_000;
  for (let round = 0; round < 4; round++) {
    const started = performance.now();
    await database.pool.query(SLOW_SQL, [rows]);
    const ms = performance.now() - started;
    const next = Math.round((rows * targetMs) / Math.max(ms, 1));
    if (Math.abs(ms - targetMs) < targetMs * 0.15) break;
    rows = Math.min(Math.max(next, 10_000), 50_000_000);
  }
  return rows;
}

async function openBenchDatabase(): Promise<{ database: Database; cleanup: () => void }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const name = new URL(databaseUrl).pathname.slice(1);
    if (!/test|bench/i.test(name)) {
      throw new Error(`refusing to drop the schemas of "${name}": use a database whose name contains test or bench`);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      'drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public',
    );
    await client.end();
    return { database: await openDatabase({ databaseUrl, poolSize: 10 }), cleanup: () => {} };
  }
  // File-backed like a real install (not memory://), in a directory we delete afterwards.
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
  const database = await openDatabase({ dataDir });
  return { database, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function fetchJson<T>(
  baseUrl: string,
  path: string,
  init: RequestInit = {},
): Promise<{ body: T; res: Response }> {
  const res = await fetch(new URL(path, baseUrl), init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as T, res };
}

async function login(baseUrl: string): Promise<string> {
  type Accounts = { accounts: { username: string; password: string; label: string }[] };
  const { body } = await fetchJson<Accounts>(baseUrl, '/api/auth/demo-accounts');
  const account =
    body.accounts.find((a) => /admin.*instansi|instansi.*admin/i.test(a.label)) ??
    body.accounts.find((a) => /admin/i.test(a.label)) ??
    body.accounts[0];
  if (!account) throw new Error('the demo has no accounts to log in with');
  const { res } = await fetchJson(baseUrl, '/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookie.length) throw new Error('login set no cookie');
  console.log(`logged in as ${account.username} (${account.label})`);
  return cookie.join('; ');
}

function fmt(ms: number): string {
  return Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0);
}

function printPhase(
  title: string,
  seconds: number,
  result: LoadResult,
  loopDelay: { p50: number; p99: number; max: number },
): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'endpoint'.padEnd(12)} ${'n'.padStart(7)} ${'err'.padStart(4)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  (ms)`,
  );
  const row = (name: string, s: Stats) =>
    console.log(
      `  ${name.padEnd(12)} ${String(s.n).padStart(7)} ${String(s.errors).padStart(4)} ${fmt(s.p50).padStart(7)} ${fmt(s.p95).padStart(7)} ${fmt(s.p99).padStart(7)} ${fmt(s.max).padStart(7)}`,
    );
  for (const [name, s] of Object.entries(result.reads)) row(name, s);
  row('all reads', result.all);
  console.log(`  throughput: ${(result.all.n / seconds).toFixed(0)} reads/s`);
  if (result.report) row('slow report', result.report);
  console.log(
    `  server event-loop delay: p50 ${fmt(loopDelay.p50)} ms, p99 ${fmt(loopDelay.p99)} ms, max ${fmt(loopDelay.max)} ms`,
  );
}

// ───────────────────────────── the import phase (--import-mb) ─────────────────────────────

type CsvRow = Record<string, string | number | null>;

/**
 * A second tenant's organisation as three CSV files in the import format: its units, its
 * positions, and its people padded with SIASN-like filler columns up to about `megabytes` MB.
 */
function importFiles(megabytes: number) {
  const pegawaiCount = Math.min(120_000, Math.max(2_000, Math.round(megabytes * 2_000)));
  const plan = planDemo({ pegawai: pegawaiCount, seed: 7, kode: 'IMPOR' });
  const unitKode = new Map(plan.units.map((u) => [u.id, u.kode]));
  const jab = new Map(plan.jabatan.map((j) => [j.id, j]));
  const current = new Map(
    plan.penempatan.filter((p) => p.jenis === 'DEFINITIF' && !p.selesai).map((p) => [p.pegawaiId, p]),
  );
  const unor: CsvRow[] = plan.units.map((u) => ({
    UNOR_KODE: u.kode,
    UNOR_NAMA: u.nama,
    UNOR_INDUK_KODE: u.parentId ? (unitKode.get(u.parentId) ?? null) : null,
    JENIS_UNOR: u.jenis,
  }));
  const jabatan: CsvRow[] = plan.jabatan.map((j) => ({
    JABATAN_KODE: j.kode,
    JABATAN_NAMA: j.nama,
    JENIS_JABATAN: j.jenis,
    JENJANG: j.jenjang,
    UNOR_KODE: unitKode.get(j.unitId) ?? null,
    KELAS: j.kelas,
  }));
  const people = plan.pegawai.map((p) => {
    const c = current.get(p.id);
    const j = c ? jab.get(c.jabatanId) : undefined;
    return [p.nip, p.nama, p.jenisAsn, p.golongan, p.email, p.telepon, j?.kode ?? '', c?.mulai ?? ''];
  });
  const header = ['NIP_BARU', 'NAMA', 'JENIS_ASN', 'GOL_RUANG', 'EMAIL', 'NOMOR_HP', 'JABATAN_KODE', 'TMT_JABATAN'];
  const base = people.reduce((n, r) => n + r.join(',').length + 1, 0);
  // Filler columns (unknown to Kinerja: ignored with one warning each) up to the wanted size.
  const fillerPerRow = Math.max(0, Math.floor((megabytes * 1024 * 1024 - base) / people.length));
  const fillers = Math.max(1, Math.ceil(fillerPerRow / 40));
  const fillerText = 'x'.repeat(Math.max(1, Math.floor(fillerPerRow / fillers) - 1));
  const lines = [[...header, ...Array.from({ length: fillers }, (_, i) => `SIASN_KOLOM_${i + 1}`)].join(',')];
  for (const r of people) lines.push([...r, ...Array.from({ length: fillers }, () => fillerText)].join(','));
  return {
    unor: toCsv('unor', unor as never),
    jabatan: toCsv('jabatan', jabatan as never),
    pegawai: Buffer.from(`${lines.join('\n')}\n`),
    pegawaiCount,
  };
}

async function loginAs(baseUrl: string, label: RegExp): Promise<string> {
  type Accounts = { accounts: { username: string; password: string; label: string }[] };
  const { body } = await fetchJson<Accounts>(baseUrl, '/api/auth/demo-accounts');
  const account = body.accounts.find((a) => label.test(a.label));
  if (!account) throw new Error(`no demo account matching ${label}`);
  const { res } = await fetchJson(baseUrl, '/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Uploads a file to the import route (multipart, as the UI does) and waits for its job to end. */
async function importThroughApi(baseUrl: string, cookie: string, instansiId: string, name: string, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const { body } = await fetchJson<{ jobId: string; statusUrl: string }>(
    baseUrl,
    `/api/instansi/${instansiId}/import`,
    {
      method: 'POST',
      headers: { cookie, origin: baseUrl },
      body: form,
    },
  );
  for (let i = 0; i < 3_600; i++) {
    const { body: job } = await fetchJson<{ status: string; result: { errorCount?: number; timings?: object } | null }>(
      baseUrl,
      body.statusUrl,
      { headers: { cookie } },
    );
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`import of ${name} did not end within 15 minutes`);
}

async function main(): Promise<void> {
  const pegawai = Number(options.pegawai);
  const clients = Number(options.clients);
  const durationMs = Math.min(Number(options.seconds), 120) * 1000;
  const { database, cleanup } = await openBenchDatabase();
  const child = fork(new URL(import.meta.url).pathname, ['--load-generator'], { stdio: 'inherit' });
  let server: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    let t = performance.now();
    await runMigrations(database);
    await generateDemo(database, { pegawai });
    // As startServer does after a demo (PGlite has no autovacuum): see src/db/maintenance.ts.
    await refreshStatistics(database);
    const counts = await database.pool.query(
      'select (select count(*) from pegawai)::int as pegawai, (select count(*) from unit_organisasi)::int as units',
    );
    const { pegawai: nPegawai, units: nUnits } = counts.rows[0] as { pegawai: number; units: number };
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `${database.describe}: migrated and generated the demo (${nPegawai} pegawai, ${nUnits} units) in ${seconds} s`,
    );

    t = performance.now();
    const reportRows = await calibrate(database, Number(options['report-ms']));
    console.log(
      `slow report: ${reportRows} rows ≈ ${options['report-ms']} ms on this engine (calibrated in ${fmt(performance.now() - t)} ms)`,
    );

    server = await buildApp(database, { isDemo: true });
    server.get('/bench/slow-report', async () => {
      const started = performance.now();
      await database.pool.query(SLOW_SQL, [reportRows]);
      return { ms: performance.now() - started };
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    const cookie = await login(baseUrl);
    const { body: instansiList } = await fetchJson<{ id: string; nama: string }[]>(baseUrl, '/api/instansi', {
      headers: { cookie },
    });
    const instansi = instansiList[0];
    if (!instansi) throw new Error('the demo admin sees no instansi');
    const targets: Target[] = [
      { name: 'healthz', path: '/healthz' },
      { name: 'tree', path: `/api/instansi/${instansi.id}/units` },
      { name: 'pegawai', path: `/api/instansi/${instansi.id}/pegawai?pageSize=50` },
    ];
    const reportPath =
      options.report === 'hierarchy' ? `/api/instansi/${instansi.id}/masalah-hierarki` : '/bench/slow-report';

    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const runPhase = async (request: LoadRequest) => {
      loop.reset();
      const result = await new Promise<LoadResult>((resolve, reject) => {
        child.once('message', (m) => resolve(m as LoadResult));
        child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
        child.send(request);
      });
      child.removeAllListeners('exit');
      const delay = { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
      return { result, delay };
    };

    const base: LoadRequest = { baseUrl, cookie, targets, clients, durationMs };
    console.log(`\n${instansi.nama}; ${clients} clients; ${durationMs / 1000} s per phase; loopback only`);
    await runPhase({ ...base, durationMs: Math.min(3000, durationMs) }); // warm-up, not reported
    const alone = await runPhase(base);
    printPhase('Simple reads alone', durationMs / 1000, alone.result, alone.delay);
    const busy = await runPhase({ ...base, reportPath });
    printPhase(
      `Simple reads beside a back-to-back slow report (${options.report})`,
      durationMs / 1000,
      busy.result,
      busy.delay,
    );
    let during: { result: LoadResult; delay: { p50: number; p99: number; max: number } } | null = null;
    const importMb = Number(options['import-mb']);
    if (importMb > 0) {
      const files = importFiles(importMb);
      const superCookie = await loginAs(baseUrl, /super/i);
      const { body: created } = await fetchJson<{ id: string }>(baseUrl, '/api/instansi', {
        method: 'POST',
        headers: { cookie: superCookie, 'content-type': 'application/json', origin: baseUrl },
        body: JSON.stringify({ kode: 'BENCH-IMPOR', nama: 'Pemerintah Kabupaten Impor', jenis: 'KABUPATEN' }),
      });
      for (const [name, bytes] of [
        ['unor.csv', files.unor],
        ['jabatan.csv', files.jabatan],
      ] as const) {
        const job = await importThroughApi(baseUrl, superCookie, created.id, name, bytes);
        if (job.status !== 'SUCCEEDED') throw new Error(`${name}: ${JSON.stringify(job.result).slice(0, 500)}`);
      }
      console.log(
        `\nImport: ${(files.pegawai.length / 1024 / 1024).toFixed(1)} MB PEGAWAI CSV, ${files.pegawaiCount} rows, into a second tenant`,
      );
      loop.reset();
      const phase = new Promise<LoadResult>((resolve, reject) => {
        child.once('message', (m) => resolve(m as LoadResult));
        child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
        child.send({ ...base, durationMs: 900_000, untilStopped: true });
      });
      const t0 = performance.now();
      const job = await importThroughApi(baseUrl, superCookie, created.id, 'pegawai.csv', files.pegawai);
      const importMs = performance.now() - t0;
      child.send({ stop: true });
      const result = await phase;
      child.removeAllListeners('exit');
      during = {
        result,
        delay: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
      };
      console.log(
        `  import ${job.status} in ${(importMs / 1000).toFixed(1)} s (upload to end of job); ` +
          `timings ${JSON.stringify(job.result?.timings ?? {})}; errors ${job.result?.errorCount ?? '—'}`,
      );
      printPhase('Simple reads of the demo tenant during the import', importMs / 1000, result, during.delay);
    }
    loop.disable();

    const checks: [string, number, number][] = [
      ['tree p95 alone', alone.result.reads.tree.p95, 50],
      ['pegawai list p95 alone', alone.result.reads.pegawai.p95, 50],
      ['simple reads p99 beside the report', busy.result.all.p99, 500],
      ...(during
        ? ([['simple reads p99 during the import', during.result.all.p99, 500]] as [string, number, number][])
        : []),
    ];
    console.log(`\nTargets (${database.engine}):`);
    let missed = 0;
    for (const [name, value, limit] of checks) {
      const ok = value < limit;
      if (!ok) missed++;
      console.log(`  ${ok ? 'PASS' : 'MISS'}  ${name}: ${fmt(value)} ms (target < ${limit} ms)`);
    }
    const errors = alone.result.all.errors + busy.result.all.errors + (during?.result.all.errors ?? 0);
    if (errors) console.log(`  ${errors} read(s) failed — the figures above exclude them`);
    if (options.strict && (missed || errors)) process.exitCode = 1;
  } finally {
    child.kill();
    await server?.close();
    await database.close();
    cleanup();
  }
}

if (options['load-generator']) loadGeneratorMain();
else await main();
