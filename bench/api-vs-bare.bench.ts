/**
 * Benchmark: the product's API beside a bare Fastify + node-postgres handler (issue 9, item 11),
 * and the cost of the same requests on a 7.7 k and a 100 k tenant (item 12).
 *
 *   export KINERJA_PG_DIR=/tmp/pg-bench; B=$(bash scripts/pg-test-server.sh start | sed 's,/kinerja_test$,,')
 *   psql "$B/kinerja_test" -c 'create database kinerja_bench7k'
 *   DATABASE_URL=$B/kinerja_bench7k node bin/kinerja.js migrate
 *   DATABASE_URL=$B/kinerja_bench7k node bin/kinerja.js demo            # the 7,700-pegawai demo (~1 min)
 *   DATABASE_URL=$B/kinerja_bench7k npx tsx bench/api-vs-bare.bench.ts  # ~3 min; prints both servers and the ratios
 *   bash scripts/pg-test-server.sh stop                                 # (same KINERJA_PG_DIR) when done
 *   options: --connections 50 --seconds 8 --warmup 2 --only read-skp,mixed
 *            --big postgres://…/kinerja_bench100k   (adds the 7.7 k vs 100 k table; --scale-only: just
 *            that table; BENCH_SCALE_SKIP=regex leaves rows out)
 *   npx tsx bench/api-vs-bare.bench.ts --pglite DIR --connections 20
 *            the product alone on embedded PGlite (a data directory with the demo:
 *            KINERJA_DATA_DIR=DIR node bin/kinerja.js demo): reads and the mixed load
 *
 * Both servers run in their own child process (`bench/api-vs-bare/product-server.ts` is the
 * product as `kinerja serve` runs it: startServer with request logging to a file; the bare one is
 * `bench/api-vs-bare/bare-server.ts`), on the same database and the same pool size, and are
 * driven one after the other, in the same run, by the same closed-loop driver (no think time) from
 * this process, with the same sessions and the same requests. Each scenario is measured on the
 * bare server and then on the product, so the ratio compares like with like under the same load.
 *
 * Sessions are inserted directly (token → SHA-256 id in `sesi`) for demo pegawai picked by SQL:
 * appraisers with ≥ 3 subordinate SKPs, owners of DRAFT/DIKEMBALIKAN SKPs with an RHK (one per
 * write connection, so writes do not collide on versions), and the demo's admin instansi. The
 * writes change those SKPs (an RHK's text flips, submit/return cycles); nothing else is touched.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { type LoadResult, percentile, type Req, type Res, runLoad, type Scenario } from './api-vs-bare/load.ts';

const { values: opt } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    only: { type: 'string' },
    big: { type: 'string' },
    pglite: { type: 'string' },
    'scale-only': { type: 'boolean', default: false },
  },
});
const here = dirname(fileURLToPath(import.meta.url));

function checkName(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!/test|bench/.test(name))
    throw new Error(`refusing to benchmark against database "${name}" (name must contain test or bench)`);
}

/** Starts a server script in a child process; resolves with its URL. */
function startChild(script: string, env: Record<string, string | undefined>, logFile: string) {
  const out = openSync(logFile, 'a');
  const childEnv = { ...process.env, ...env };
  // An undefined value would reach the child as the string "undefined": leave the name out.
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
  const child = fork(join(here, 'api-vs-bare', script), [], {
    // BENCH_PROFILE=dir: the product writes a V8 CPU profile there when it stops (`node --cpu-prof`).
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE && script.startsWith('product')
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
    ],
    env: childEnv,
    stdio: ['ignore', out, out, 'ipc'],
  });
  closeSync(out);
  return new Promise<{ url: string; child: ChildProcess }>((resolve, reject) => {
    child.once('message', (m) => resolve({ url: (m as { url: string }).url, child }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} (log: ${logFile})`)));
  });
}

async function stopChild(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.disconnect();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGTERM');
}

interface Subjects {
  instansiId: string;
  tahun: number;
  admin: string;
  appraisers: Array<{ cookie: string; skpIds: string[] }>;
  writers: Array<{ skpId: string; owner: string; penilai: string }>;
}

/** pg.Client and pg.Pool (also the PGlite pool of openDatabase) both answer this. */
interface Queryable {
  // biome-ignore lint/suspicious/noExplicitAny: rows of the ad-hoc queries of this benchmark
  query(text: string, params?: unknown[]): Promise<{ rows: Array<Record<string, any>> }>;
}

async function session(client: Queryable, akunId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const id = createHash('sha256').update(token).digest('hex');
  await client.query(
    `insert into sesi (id, akun_id, expires_at, last_seen_at, user_agent) values ($1, $2, now() + interval '1 day', now(), 'bench')`,
    [id, akunId],
  );
  return `kinerja_sid=${token}`;
}

/** The account of a pegawai (an existing one, else a bench account that cannot log in). */
async function akunOf(client: Queryable, instansiId: string, pegawaiId: string): Promise<string> {
  const found = await client.query('select id from akun where instansi_id = $1 and pegawai_id = $2 limit 1', [
    instansiId,
    pegawaiId,
  ]);
  if (found.rows[0]) return found.rows[0].id;
  const made = await client.query(
    `insert into akun (instansi_id, username, password_hash, pegawai_id, nama_tampilan)
     select $1, 'bench.' || p.nip, '!bench-no-login', p.id, p.nama from pegawai p where p.id = $2 returning id`,
    [instansiId, pegawaiId],
  );
  return made.rows[0].id;
}

async function pickSubjects(url: string, writersWanted: number): Promise<Subjects> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await pickSubjectsWith(client, writersWanted);
  } finally {
    await client.end();
  }
}

async function pickSubjectsWith(client: Queryable, writersWanted: number): Promise<Subjects> {
  {
    const inst = await client.query('select id from instansi where is_demo order by created_at limit 1');
    if (!inst.rows[0]) throw new Error('no demo instansi: run `kinerja demo` on this database first');
    const instansiId: string = inst.rows[0].id;
    const tahun: number = (await client.query('select max(tahun) as t from skp where instansi_id = $1', [instansiId]))
      .rows[0].t;
    const adminAkun = await client.query(
      `select akun_id from akun_peran where peran = 'ADMIN_INSTANSI' and instansi_id = $1 limit 1`,
      [instansiId],
    );
    const admin = await session(client, adminAkun.rows[0].akun_id);
    const ap = await client.query(
      `select penilai_pegawai_id as p, array_agg(id order by id) as ids from skp
       where instansi_id = $1 and tahun = $2 and penilai_pegawai_id is not null
       group by 1 having count(*) >= 3 order by count(*) desc, 1 limit 25`,
      [instansiId, tahun],
    );
    const appraisers = [];
    for (const r of ap.rows)
      appraisers.push({ cookie: await session(client, await akunOf(client, instansiId, r.p)), skpIds: r.ids });
    const w = await client.query(
      `select s.id, s.pegawai_id, s.penilai_pegawai_id from skp s
       where s.instansi_id = $1 and s.tahun = $2 and s.status in ('DRAFT', 'DIKEMBALIKAN', 'DIAJUKAN')
         and s.penilai_pegawai_id is not null
         and exists (select 1 from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id)
       order by s.id limit $3`,
      [instansiId, tahun, writersWanted * 2],
    );
    const writers = [];
    for (const r of w.rows)
      writers.push({
        skpId: r.id,
        owner: await session(client, await akunOf(client, instansiId, r.pegawai_id)),
        penilai: await session(client, await akunOf(client, instansiId, r.penilai_pegawai_id)),
      });
    return { instansiId, tahun, admin, appraisers, writers };
  }
}

async function call(base: string, r: Req): Promise<Res> {
  const res = await fetch(base + r.path, {
    method: r.method,
    headers: {
      cookie: r.cookie,
      origin: base,
      ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  return { status: res.status, body: await res.text() };
}

interface WriteState {
  skpId: string;
  owner: string;
  penilai: string;
  version: number;
  status: string;
  rhk: Record<string, unknown> & { id: string; teks: string };
  flip: boolean;
}

/**
 * Keeps the SKPs the product's policy agrees on (the appraiser of record is today's appraiser) and
 * reads their current version, status and first RHK through the product.
 */
async function prepareWriters(product: string, s: Subjects, wanted: number): Promise<WriteState[]> {
  const out: WriteState[] = [];
  for (const w of s.writers) {
    if (out.length >= wanted) break;
    const asPenilai = await call(product, {
      method: 'GET',
      path: `/api/instansi/${s.instansiId}/skp/${w.skpId}`,
      cookie: w.penilai,
    });
    if (asPenilai.status !== 200 || !JSON.parse(asPenilai.body).peranSaya.includes('PENILAI')) continue;
    const d = JSON.parse(asPenilai.body);
    const r = d.rhk[0];
    // Only SKPs that can go round submit → return (complete ones); each starts returned, editable.
    let version: number = d.version;
    const i = s.instansiId;
    if (d.status !== 'DIAJUKAN') {
      const sub = await call(product, submitOrReturn(i, { ...w, version, status: d.status } as WriteState));
      if (sub.status !== 200) continue;
      version = JSON.parse(sub.body).version;
    }
    let back = await call(product, submitOrReturn(i, { ...w, version, status: 'DIAJUKAN' } as WriteState));
    if (back.status !== 200) continue;
    if (d.status === 'DIAJUKAN') {
      // The demo has submitted SKPs that are not complete (a returned one then cannot be
      // resubmitted): keep only those a submit accepts, and return them again.
      version = JSON.parse(back.body).version;
      const again = await call(product, submitOrReturn(i, { ...w, version, status: 'DIKEMBALIKAN' } as WriteState));
      if (again.status !== 200) continue;
      version = JSON.parse(again.body).version;
      back = await call(product, submitOrReturn(i, { ...w, version, status: 'DIAJUKAN' } as WriteState));
      if (back.status !== 200) continue;
    }
    out.push({
      skpId: w.skpId,
      owner: w.owner,
      penilai: w.penilai,
      version: JSON.parse(back.body).version,
      status: 'DIKEMBALIKAN',
      flip: false,
      rhk: {
        id: r.id,
        jenis: r.jenis,
        teks: r.teks,
        sumber: r.sumber,
        parentRhkId: r.parentRhkId,
        pkIndikatorId: r.pkIndikatorId,
        cascading: r.cascading,
        perspektif: r.perspektif,
        penugasanDari: r.penugasanDari,
        iki: r.iki.map((k: Record<string, unknown>) => ({
          aspek: k.aspek,
          indikator: k.indikator,
          targetNilai: k.targetNilai,
          targetSatuan: k.targetSatuan,
          targetTeks: k.targetTeks,
        })),
      },
    });
  }
  return out;
}

/** The current version and status of each SKP written, read through the product as its owner. */
async function resync(product: string, instansiId: string, writers: WriteState[]) {
  for (const w of writers) {
    const res = await call(product, {
      method: 'GET',
      path: `/api/instansi/${instansiId}/skp/${w.skpId}`,
      cookie: w.owner,
    });
    if (res.status !== 200) continue;
    const d = JSON.parse(res.body);
    Object.assign(w, { version: d.version, status: d.status });
  }
}

function saveRhk(i: string, w: WriteState): Req {
  w.flip = !w.flip;
  const teks = w.flip ? `${w.rhk.teks} (diperbarui)` : w.rhk.teks;
  return {
    method: 'PUT',
    path: `/api/instansi/${i}/skp/${w.skpId}/rhk/${w.rhk.id}`,
    cookie: w.owner,
    body: { ...w.rhk, id: undefined, teks, version: w.version },
  };
}

/** Submit when it can be submitted, else return it (as its appraiser): a cycle that can go on. */
function submitOrReturn(i: string, w: WriteState): Req {
  if (w.status === 'DIAJUKAN')
    return {
      method: 'POST',
      path: `/api/instansi/${i}/skp/${w.skpId}/kembalikan`,
      cookie: w.penilai,
      body: { version: w.version, catatan: 'Mohon lengkapi target kuantitas.' },
    };
  return {
    method: 'POST',
    path: `/api/instansi/${i}/skp/${w.skpId}/ajukan`,
    cookie: w.owner,
    body: { version: w.version },
  };
}

function track(w: WriteState | undefined, res: Res) {
  if (!w || res.status !== 200) return;
  const b = JSON.parse(res.body);
  if (typeof b.version === 'number') w.version = b.version;
  if (typeof b.status === 'string') w.status = b.status;
}

function scenarios(s: Subjects, writers: WriteState[], connections: number): Record<string, Scenario> {
  const i = s.instansiId;
  const employees = Math.round(connections * 0.4);
  const appraisers = Math.round(connections * 0.5);
  const A = s.appraisers;
  const get = (path: string, cookie: string): Req => ({ method: 'GET', path: `/api/instansi/${i}${path}`, cookie });
  const writerOf = (r: Req) => writers.find((w) => r.path.includes(w.skpId));
  const readSkp = (c: number, n: number) => {
    const a = A[c % A.length];
    return get(`/skp/${a.skpIds[n % a.skpIds.length]}`, a.cookie);
  };
  return {
    'read-skp': { next: readSkp },
    'read-bawahan': { next: (c) => get(`/skp/bawahan?tahun=${s.tahun}`, A[c % A.length].cookie) },
    'read-pegawai': { next: (_c, n) => get(`/pegawai?page=${(n % 20) + 1}&pageSize=50`, s.admin) },
    // The org tree as Struktur organisasi asks for it (its first screen), and the flat list of
    // every unit the pickers use (kept apart: the product caches it per org version, which the
    // bare server does not, so it is left out of the mix).
    'read-tree': { next: (c) => get('/units/cabang', A[c % A.length].cookie) },
    'read-units': { next: (c) => get('/units', A[c % A.length].cookie) },
    'write-rhk': {
      next: (c) => saveRhk(i, writers[c % writers.length]),
      done: (_c, r, res) => track(writerOf(r), res),
    },
    'write-submit': {
      next: (c) => submitOrReturn(i, writers[c % writers.length]),
      done: (_c, r, res) => track(writerOf(r), res),
    },
    // Of 50 connections: 20 employees (read their SKP, save an RHK, submit; their appraiser
    // returns it), 25 appraisers (SKP Bawahan, a subordinate's SKP, the org tree), 5 admins
    // (pegawai list, tree); the same shares for another number of connections. The tree is the
    // first screen the page asks for (`/units/cabang`) on both servers.
    mixed: {
      next: (c, n) => {
        if (c < employees) {
          const w = writers[c % writers.length];
          const step = n % 4;
          if (step === 0 || step === 2) return get(`/skp/${w.skpId}`, w.owner);
          if (step === 1) return w.status === 'DIAJUKAN' ? submitOrReturn(i, w) : saveRhk(i, w);
          return submitOrReturn(i, w);
        }
        if (c < employees + appraisers) {
          const step = n % 4;
          if (step === 0) return get(`/skp/bawahan?tahun=${s.tahun}`, A[c % A.length].cookie);
          if (step === 3) return get('/units/cabang', A[c % A.length].cookie);
          return readSkp(c, n);
        }
        return n % 2 ? get('/units/cabang', s.admin) : get(`/pegawai?page=${(n % 20) + 1}&pageSize=50`, s.admin);
      },
      done: (_c, r, res) => track(writerOf(r), res),
    },
  };
}

const ms = (x: number) => `${x.toFixed(1)}`;
function row(name: string, server: string, r: LoadResult) {
  return `${name.padEnd(13)} ${server.padEnd(8)} ${r.rps.toFixed(0).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.errors).padStart(6)} ${(r.bytes / 1024).toFixed(1).padStart(8)}`;
}

async function sideBySide(url: string) {
  const connections = Number(opt.connections);
  // The product's pool (src/db/client.ts default); the bare server gets the same.
  const pool = '10';
  const logFile = `/tmp/kinerja-bench-product-${process.pid}.log`;
  console.log(
    `api-vs-bare: ${new URL(url).pathname.slice(1)}, ${connections} connections, pool ${pool}, ${opt.seconds} s per run after ${opt.warmup} s warm-up; load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const s = await pickSubjects(url, connections);
  const bare = await startChild('bare-server.ts', { DATABASE_URL: url, BENCH_POOL: pool }, '/dev/null');
  const product = await startChild('product-server.ts', { DATABASE_URL: url, NODE_ENV: 'production' }, logFile);
  try {
    const writers = await prepareWriters(product.url, s, connections);
    console.log(
      `subjects: ${s.appraisers.length} appraisers, ${writers.length} SKPs to write, admin; product log: ${logFile}`,
    );
    const all = scenarios(s, writers, connections);
    const names = opt.only ? opt.only.split(',') : Object.keys(all);
    const lines: string[] = [];
    const ratios: string[] = [];
    console.log(
      `${'scenario'.padEnd(13)} ${'server'.padEnd(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'errors'.padStart(6)} ${'KiB/ans'.padStart(8)}`,
    );
    for (const name of names) {
      const results: Record<string, LoadResult> = {};
      for (const [server, base] of [
        ['bare', bare.url],
        ['product', product.url],
      ] as const) {
        await resync(product.url, s.instansiId, writers);
        // RHK saves need editable SKPs: return the ones a previous run left submitted.
        for (const w of writers)
          if (w.status === 'DIAJUKAN') track(w, await call(product.url, submitOrReturn(s.instansiId, w)));
        const r = await runLoad(base, all[name], {
          connections,
          seconds: Number(opt.seconds),
          warmupSeconds: Number(opt.warmup),
        });
        results[server] = r;
        const line = row(name, server, r);
        lines.push(line);
        console.log(line);
        for (const e of r.errorSamples) console.log(`    ${e}`);
      }
      ratios.push(`${name.padEnd(13)} product/bare = ${(results.product.rps / results.bare.rps).toFixed(2)}`);
    }
    console.log(ratios.join('\n'));
    console.log(
      `load after: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await stopChild(product.child);
    await stopChild(bare.child);
  }
}

/** The same requests one at a time on each database: median and p95 of `n`, answer size. */
async function scale(urls: string[]) {
  const table: Record<string, string[]> = {};
  for (const url of urls) {
    const s = await pickSubjects(url, 0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The demo OPD head (his username is his NIP, decision 0202) and his account.
    const head = await client.query(
      `select a.id from demo_credential d join akun a on a.instansi_id = d.instansi_id and a.username = d.username
       where d.instansi_id = $1 and a.pegawai_id is not null and d.username ~ '^[0-9]+$' limit 1`,
      [s.instansiId],
    );
    const headCookie = await session(client, head.rows[0].id);
    const n = (await client.query('select count(*)::int as n from pegawai where instansi_id = $1', [s.instansiId]))
      .rows[0].n;
    // The top unit, the largest OPD below it, and one pegawai: what the pages open on.
    const ids = (
      await client.query(
        `select (select id from unit_organisasi where instansi_id = $1 and parent_id is null order by nama limit 1) as root,
           (select u.id from unit_organisasi u join unit_organisasi r on r.id = u.parent_id and r.parent_id is null
             where u.instansi_id = $1 order by (select count(*) from unit_organisasi x where x.path like u.path || '%') desc limit 1) as opd,
           (select id from pegawai where instansi_id = $1 order by nama limit 1) as pegawai`,
        [s.instansiId],
      )
    ).rows[0] as { root: string; opd: string; pegawai: string };
    // One SKP status change (DRAFT ↔ DIKEMBALIKAN, put back afterwards): the next monitoring
    // request catches its snapshot up from the change log.
    const flip = (
      await client.query(
        `select id, status from skp where instansi_id = $1 and tahun = $2 and status in ('DRAFT', 'DIKEMBALIKAN') limit 1`,
        [s.instansiId, s.tahun],
      )
    ).rows[0] as { id: string; status: string };
    const skpFlipped = () =>
      client.query(
        `update skp set status = case status when 'DRAFT' then 'DIKEMBALIKAN' else 'DRAFT' end where id = $1`,
        [flip.id],
      );
    // Raises the tenant's SKP change number without a log entry, so the next monitoring request
    // rebuilds its snapshot: the cost after an org change or an import.
    const skpChanged = () =>
      client.query(
        `insert into skp_ubah (instansi_id, nomor) values ($1, 1)
         on conflict (instansi_id) do update set nomor = skp_ubah.nomor + 1`,
        [s.instansiId],
      );
    const product = await startChild('product-server.ts', { DATABASE_URL: url, NODE_ENV: 'production' }, '/dev/null');
    try {
      const i = s.instansiId;
      const reqs: Array<[string, Req & { before?: () => Promise<unknown> }]> = [
        ['org tree (whole flat list)', { method: 'GET', path: `/api/instansi/${i}/units`, cookie: s.admin }],
        [
          'org tree first screen (units/cabang)',
          { method: 'GET', path: `/api/instansi/${i}/units/cabang`, cookie: s.admin },
        ],
        [
          'org tree search q=Dinas',
          { method: 'GET', path: `/api/instansi/${i}/units/cabang?q=Dinas`, cookie: s.admin },
        ],
        ['pegawai search q=Agus', { method: 'GET', path: `/api/instansi/${i}/pegawai?q=Agus`, cookie: s.admin }],
        ['hierarchy problems', { method: 'GET', path: `/api/instansi/${i}/masalah-hierarki`, cookie: s.admin }],
        ['monitoring pengisian', { method: 'GET', path: `/api/instansi/${i}/monitoring-pengisian`, cookie: s.admin }],
        [
          'monitoring pengisian after one SKP status change (caught up)',
          { method: 'GET', path: `/api/instansi/${i}/monitoring-pengisian`, cookie: s.admin, before: skpFlipped },
        ],
        [
          'monitoring pengisian after an org change or import (rebuilt)',
          { method: 'GET', path: `/api/instansi/${i}/monitoring-pengisian`, cookie: s.admin, before: skpChanged },
        ],
        [
          'monitoring drill-down (not started, first page)',
          {
            method: 'GET',
            path: `/api/instansi/${i}/monitoring-pengisian/pegawai?status=BELUM_MULAI&pageSize=50`,
            cookie: s.admin,
          },
        ],
        ['Home (admin instansi)', { method: 'GET', path: `/api/instansi/${i}/beranda`, cookie: s.admin }],
        ['pegawai list, first page', { method: 'GET', path: `/api/instansi/${i}/pegawai`, cookie: s.admin }],
        [
          'unit picker search q=umum',
          { method: 'GET', path: `/api/instansi/${i}/units/cabang?q=umum`, cookie: s.admin },
        ],
        ['unit page (largest OPD)', { method: 'GET', path: `/api/instansi/${i}/units/${ids.opd}`, cookie: s.admin }],
        ['pegawai page', { method: 'GET', path: `/api/instansi/${i}/pegawai/${ids.pegawai}`, cookie: s.admin }],
        [
          'pohon kinerja (top unit)',
          {
            method: 'GET',
            path: `/api/instansi/${i}/pohon-kinerja?unitId=${ids.root}&tahun=${s.tahun}`,
            cookie: s.admin,
          },
        ],
        ['audit log, first page', { method: 'GET', path: `/api/instansi/${i}/audit`, cookie: s.admin }],
        ['accounts, first page', { method: 'GET', path: `/api/instansi/${i}/akun`, cookie: s.admin }],
        [
          'SKP Bawahan (OPD head)',
          { method: 'GET', path: `/api/instansi/${i}/skp/bawahan?tahun=${s.tahun}`, cookie: headCookie },
        ],
        ...(process.env.BENCH_SCALE_EXTRA
          ? (JSON.parse(process.env.BENCH_SCALE_EXTRA) as Array<[string, string]>).map(
              ([label, path]): [string, Req] => [
                label,
                { method: 'GET', path: `/api/instansi/${i}${path}`, cookie: s.admin },
              ],
            )
          : []),
      ];
      // BENCH_SCALE_SKIP: a regular expression of rows to leave out (e.g. "pohon" on a slow machine).
      const skip = process.env.BENCH_SCALE_SKIP ? new RegExp(process.env.BENCH_SCALE_SKIP, 'i') : null;
      for (const [label, r] of reqs) {
        if (skip?.test(label)) continue;
        const times: number[] = [];
        let size = 0;
        let status = 0;
        for (let k = 0; k < 23; k++) {
          await r.before?.();
          const t0 = performance.now();
          const res = await call(product.url, r);
          const t = performance.now() - t0;
          status = res.status;
          size = Buffer.byteLength(res.body);
          if (k >= 3) times.push(t); // the first answers fill caches (org index, plans)
        }
        times.sort((a, b) => a - b);
        if (r.before === skpFlipped)
          await client.query('update skp set status = $2 where id = $1', [flip.id, flip.status]);
        const cell = `${ms(percentile(times, 0.5))} ms (p95 ${ms(percentile(times, 0.95))}), ${(size / 1024).toFixed(1)} KiB${status === 200 ? '' : ` [${status}]`}`;
        table[label] = [...(table[label] ?? []), cell];
        // Each figure as it comes (stderr), so a long run on a loaded machine is not all-or-nothing.
        console.error(`  ${n.toLocaleString('en')} pegawai · ${label}: ${cell}`);
      }
      table.__head = [...(table.__head ?? []), `${n.toLocaleString('en')} pegawai`];
    } finally {
      await stopChild(product.child);
      await client.end();
    }
  }
  console.log(
    `\nOne at a time (median of 20 after 3 warm-up, p95, uncompressed answer); load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`| Request | ${table.__head.join(' | ')} |`);
  console.log(`|---|${table.__head.map(() => '---').join('|')}|`);
  for (const [label, cells] of Object.entries(table))
    if (label !== '__head') console.log(`| ${label} | ${cells.join(' | ')} |`);
}

/** The product alone on embedded PGlite: the reads and the mixed load at --connections. */
async function pgliteRun(dir: string) {
  const connections = Number(opt.connections);
  const database = await openDatabase({ dataDir: dir });
  let s: Subjects;
  try {
    s = await pickSubjectsWith(database.pool as unknown as Queryable, connections);
  } finally {
    await database.close();
  }
  console.log(
    `product on PGlite (${dir}), ${connections} connections, ${opt.seconds} s per run after ${opt.warmup} s warm-up; load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const product = await startChild(
    'product-server.ts',
    { DATABASE_URL: undefined, KINERJA_DATA_DIR: dir, NODE_ENV: 'production' },
    '/dev/null',
  );
  try {
    const writers = await prepareWriters(product.url, s, connections);
    const all = scenarios(s, writers, connections);
    const names = opt.only ? opt.only.split(',') : ['read-skp', 'read-bawahan', 'read-pegawai', 'read-tree', 'mixed'];
    console.log(
      `${'scenario'.padEnd(13)} ${'server'.padEnd(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'errors'.padStart(6)} ${'KiB/ans'.padStart(8)}`,
    );
    for (const name of names) {
      await resync(product.url, s.instansiId, writers);
      const r = await runLoad(product.url, all[name], {
        connections,
        seconds: Number(opt.seconds),
        warmupSeconds: Number(opt.warmup),
      });
      console.log(row(name, 'pglite', r));
      for (const e of r.errorSamples) console.log(`    ${e}`);
    }
  } finally {
    await stopChild(product.child);
  }
}

async function main() {
  if (opt.pglite) return pgliteRun(opt.pglite);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL (PostgreSQL with the demo) is required; see the header of this file');
  checkName(url);
  if (opt.big) checkName(opt.big);
  if (!opt['scale-only']) await sideBySide(url);
  if (opt.big) await scale([url, opt.big]);
}

await main();
