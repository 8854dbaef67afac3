/**
 * Calibration board of a 500-person unit (issue 11 target: data < 300 ms, interactive in Chromium
 * < 1 s). Prepares a database `kinerja_bench_kalpapan` on the PostgreSQL server of DATABASE_URL (an
 * org from the test factories, an admin instansi, N pegawai with rated AKHIR evaluations in the
 * Dinas, its predikat organisasi, 30 logged changes), starts the real server on it (dist/web must be
 * built), then prints:
 *   - the API time of GET /kalibrasi/… (node fetch with the session cookie; p50/p95 of --requests);
 *   - the page in Debian's Chromium: from navigation until the table's rows and the curve are on
 *     screen, and until a click on the first row's "Ubah" has opened the dialog (the page answers
 *     input); their sum is "interactive". Five rounds, full speed.
 *
 *   export KINERJA_PG_DIR=/tmp/pg-$RANDOM; URL=$(bash scripts/pg-test-server.sh start)
 *   npm run build:web && DATABASE_URL=$URL npx tsx bench/kalibrasi.bench.ts [--pegawai 500] [--requests 30]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { buildAkun, buildOrg, TEST_PASSWORD } from '../test/factories.ts';

const { values: opt } = parseArgs({
  options: {
    pegawai: { type: 'string', default: '500' },
    requests: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '5' },
  },
});
const N = Number(opt.pegawai);
const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'web', 'index.html'))) throw new Error('run `npm run build:web` first');
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) throw new Error('DATABASE_URL of a throwaway PostgreSQL server (scripts/pg-test-server.sh)');
const dbUrl = new URL(baseUrl);
dbUrl.pathname = '/kinerja_bench_kalpapan';
{
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query('drop database if exists kinerja_bench_kalpapan');
  await admin.query('create database kinerja_bench_kalpapan');
  await admin.end();
}

// Data.
const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize: 2 });
await runMigrations(database);
const org = await buildOrg(database);
const akun = await buildAkun(database, { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
const inst = org.instansi.id;
const dinas = org.units.dinas.id;
await database.db.execute(sql`
  with p as (
    insert into pegawai (instansi_id, nip, nama, jenis_asn, golongan)
    select ${inst}, '19800101' || lpad(g::text, 10, '0'), 'Pegawai Kalibrasi ' || lpad(g::text, 4, '0'), 'PNS', 'III/a'
    from generate_series(1, ${N}) g returning id),
  pe as (insert into penempatan (instansi_id, pegawai_id, jabatan_id, mulai)
         select ${inst}, id, ${org.jabatan.jStaf.id}, '2020-01-01' from p returning pegawai_id)
  insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id, penilai_pegawai_id,
                        rating_hasil_kerja, rating_hasil_kerja_sumber, rating_perilaku, predikat, predikat_usulan)
  select ${inst}, gen_random_uuid(), pegawai_id, 2026, 'AKHIR', ${dinas}, ${org.pegawai.kasi.id}, hk, 'PENILAI', rp,
         case hk when 'DI_ATAS' then case rp when 'DI_ATAS' then 'SANGAT_BAIK' when 'SESUAI' then 'BAIK' else 'KURANG' end
                 when 'SESUAI' then case rp when 'DI_BAWAH' then 'KURANG' else 'BAIK' end
                 else case rp when 'DI_BAWAH' then 'SANGAT_KURANG' else 'BUTUH_PERBAIKAN' end end,
         null
  from (select pegawai_id, (array['DI_ATAS','SESUAI','SESUAI','SESUAI','DI_BAWAH'])[1 + floor(random() * 5)::int] as hk,
               (array['DI_ATAS','SESUAI','SESUAI','SESUAI','SESUAI'])[1 + floor(random() * 5)::int] as rp from pe) x`);
await database.db.execute(sql`update evaluasi set predikat_usulan = predikat where instansi_id = ${inst}`);
await database.db.execute(sql`
  insert into predikat_organisasi (instansi_id, unit_id, tahun, periode_kode, predikat, penetap_nama, dicatat_oleh_akun_id)
  values (${inst}, ${dinas}, 2026, 'AKHIR', 'BAIK', 'Bupati', ${akun.id})`);
await database.db.execute(sql`
  with k as (insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode)
             values (${inst}, ${dinas}, 2026, 'AKHIR') returning id)
  insert into kalibrasi_perubahan (instansi_id, kalibrasi_id, evaluasi_id, dari, ke, alasan, oleh_akun_id, oleh_nama)
  select ${inst}, k.id, e.id, '{"predikat":"SANGAT_BAIK"}', '{"predikat":"BAIK"}', 'rapat kalibrasi', ${akun.id}, 'Admin'
  from k, (select id from evaluasi where instansi_id = ${inst} limit 30) e`);
await database.db.execute(sql`analyze`);
await database.close();

// Server.
const port = await new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => ok(p));
  });
});
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | null = null;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
try {
  server = spawn(process.execPath, ['bin/kinerja.js', 'serve', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl.toString(), HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let until = Date.now() + 120_000; ; ) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: akun.username, password: TEST_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const api = `${base}/api/instansi/${inst}/kalibrasi/${dinas}/2026/AKHIR`;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < Number(opt.requests) + 3; i++) {
    const t = performance.now();
    const r = await fetch(api, { headers: { cookie, 'accept-encoding': 'gzip, br' } });
    const body = await r.text();
    if (!r.ok) throw new Error(`${r.status} ${body.slice(0, 200)}`);
    if (i >= 3) times.push(performance.now() - t);
    bytes = body.length;
  }
  console.log(
    `API GET board, ${N} pegawai: p50 ${Math.round(pct(times, 50))} ms, p95 ${Math.round(pct(times, 95))} ms (${Math.round(bytes / 1024)} KiB JSON; target < 300 ms)`,
  );

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const shown: number[] = [];
  const answered: number[] = [];
  const dataReq: Array<{ start: number; end: number }> = [];
  for (let round = 0; round < Number(opt.rounds); round++) {
    const context = await browser.newContext({
      baseURL: base,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    const r = await page.request.post('/api/auth/login', {
      data: { username: akun.username, password: TEST_PASSWORD },
    });
    if (!r.ok()) throw new Error(`login failed ${r.status()}`);
    // Warm the shell once (the first visit of a session downloads the bundles; later visits are cached).
    if (round === 0) await page.goto('/');
    await page.goto(`/kalibrasi?unit=${dinas}&tahun=2026&periode=AKHIR`);
    // In-page clock: navigation start is 0; poll by requestAnimationFrame until rows and curve are shown.
    const t1 = await page.evaluate<number>(`new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('the board did not appear within 60 s')), 60000);
      (function check() {
        if (document.querySelectorAll('[data-testid="tabel-kalibrasi"] tbody tr').length > 0 &&
            document.querySelector('[data-testid="kurva-distribusi"]')) resolve(performance.now());
        else requestAnimationFrame(check);
      })();
    })`);
    const req = await page.evaluate(() => {
      const e = performance
        .getEntriesByType('resource')
        .filter((x) => x.name.includes('/kalibrasi/'))
        .at(-1) as PerformanceResourceTiming | undefined;
      return e ? { start: e.startTime, end: e.responseEnd } : null;
    });
    if (req) dataReq.push(req);
    const button = page.getByRole('button', { name: /^Ubah:/ }).first();
    await button.hover();
    const dialogAt = page.evaluate<number>(`new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('the dialog did not open within 60 s')), 60000);
      (function check() {
        if (document.querySelector('[role="dialog"]')) resolve(performance.now());
        else requestAnimationFrame(check);
      })();
    })`);
    const t2 = await page.evaluate(() => performance.now());
    await button.click();
    const t3 = await dialogAt;
    shown.push(t1);
    answered.push(t3 - t2);
    await context.close();
  }
  await browser.close();
  const f = (xs: number[]) => `p50 ${Math.round(pct(xs, 50))} ms, max ${Math.round(Math.max(...xs))} ms`;
  console.log(`page: board on screen after navigation ${f(shown)}; a click on "Ubah" answered ${f(answered)}`);
  console.log(
    `  of which: the board request starts ${f(dataReq.map((d) => d.start))} after navigation (app shell, session) and takes ${f(dataReq.map((d) => d.end - d.start))}; rendering after it ${f(dataReq.map((d, i) => shown[i] - d.end))}`,
  );
  console.log(`page interactive (sum): ${f(shown.map((s, i) => s + answered[i]))}; target < 1 s`);
  const [l1, l5] = loadavg();
  console.log(`machine load average ${l1.toFixed(1)} / ${l5.toFixed(1)}`);
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
}
