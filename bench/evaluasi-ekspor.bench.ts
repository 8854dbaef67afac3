/**
 * Benchmark: results out (issue 11, items 8–9) on PostgreSQL — the evaluation export of
 * `--rows` evaluations (default 100,000) as CSV and XLSX through the real server on a loopback port
 * (session, authorisation, keyset batches, streaming), read by a client that discards the bytes, with
 * the process's RSS sampled every 10 ms (growth = peak − before); and the Monitoring Kurva list of
 * the same tenant (one statement), one at a time.
 *
 *   export KINERJA_PG_DIR=/tmp/pg-$RANDOM; URL=$(bash scripts/pg-test-server.sh start)
 *   DATABASE_URL=$URL npx tsx bench/evaluasi-ekspor.bench.ts [--rows 100000] [--units 200] [--runs 5]
 *   bash scripts/pg-test-server.sh stop
 *
 * It migrates the database and adds one tenant with the rows (set-based SQL); the database's name
 * must contain `test` or `bench`. Client and server share the process, so RSS is an upper bound of
 * the server's growth (the client keeps nothing).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { buildAkun, buildOrg, login } from '../test/factories.ts';

const { values: opt } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    units: { type: 'string', default: '200' },
    runs: { type: 'string', default: '5' },
  },
});
const ROWS = Number(opt.rows);
const UNITS = Number(opt.units);
const RUNS = Number(opt.runs);
const TAHUN = 2031;

const url = process.env.DATABASE_URL;
if (!url || !/test|bench/.test(new URL(url).pathname)) throw new Error('DATABASE_URL of a *test* or *bench* database');
const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
await runMigrations(database);
const exec = (q: ReturnType<typeof sql>) => database.db.execute(q);

const t0 = performance.now();
const org = await buildOrg(database);
const i = org.instansi.id;
const dinas = org.units.dinas;
// UNITS units penilaian (UPT) under the dinas, ROWS pegawai spread over them, one set SKP and one
// rated TW1 evaluation each (predikat from the quadrant), a predikat organisasi and a kalibrasi per unit.
await exec(sql`
  insert into unit_organisasi (id, instansi_id, parent_id, kode, nama, jenis, path, depth)
  select u.id, ${i}, ${dinas.id}, 'BUPT' || u.g, 'UPT Bench ' || u.g, 'UPT', ${dinas.path} || u.id || '/', ${dinas.depth + 1}
  from (select g, gen_random_uuid() as id from generate_series(1, ${UNITS}) g) u`);
await exec(sql`
  insert into periode_kinerja (instansi_id, tahun, jenis_evaluasi, batas_penetapan_skp, periode)
  values (${i}, ${TAHUN}, 'TRIWULANAN', ${`${TAHUN}-01-31`}, ${JSON.stringify(
    ['TW1', 'TW2', 'TW3', 'TW4'].map((kode, k) => ({
      kode,
      mulai: `${TAHUN}-${String(3 * k + 1).padStart(2, '0')}-01`,
      selesai: `${TAHUN}-${String(3 * k + 3).padStart(2, '0')}-28`,
      batasPengisian: `${TAHUN}-${String(3 * k + 3).padStart(2, '0')}-28`,
    })),
  )}::jsonb)`);
await exec(sql`
  create temp table bench_p as
  select g, gen_random_uuid() as pid, gen_random_uuid() as sid,
    (select id from unit_organisasi where instansi_id = ${i} and kode = 'BUPT' || (1 + g % ${UNITS})) as uid
  from generate_series(1, ${ROWS}) g`);
await exec(sql`
  insert into pegawai (id, instansi_id, nip, nama, jenis_asn, golongan)
  select pid, ${i}, '198001012005' || lpad(g::text, 6, '0'),
    'Pegawai Bench ' || g, 'PNS', 'III/a' from bench_p`);
await exec(sql`
  insert into skp (id, instansi_id, periode_id, tahun, pegawai_id, unit_id, mulai, selesai, pendekatan, jenis_form, status, revisi, snapshot)
  select sid, ${i}, (select id from periode_kinerja where instansi_id = ${i} and tahun = ${TAHUN}), ${TAHUN}, pid, uid,
    ${`${TAHUN}-01-01`}, ${`${TAHUN}-12-31`}, 'KUANTITATIF', 'JA_JF', 'DITETAPKAN', 1,
    jsonb_build_object('jabatan', jsonb_build_object('nama', 'Pelaksana'), 'unit', jsonb_build_object('nama', 'UPT'))
  from bench_p`);
await exec(sql`
  insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id, status,
    rating_hasil_kerja, rating_perilaku, predikat, predikat_usulan, ditetapkan_at)
  select ${i}, sid, pid, ${TAHUN}, 'TW1', uid, 'DITETAPKAN', r.hk, r.rp,
    case when r.rp = 'DI_BAWAH' then case when r.hk = 'DI_BAWAH' then 'SANGAT_KURANG' else 'KURANG' end
         when r.hk = 'DI_BAWAH' then 'BUTUH_PERBAIKAN'
         when r.hk = 'DI_ATAS' and r.rp = 'DI_ATAS' then 'SANGAT_BAIK' else 'BAIK' end,
    null, now()
  from bench_p, lateral (select (array['SESUAI','SESUAI','DI_ATAS','DI_BAWAH','SESUAI'])[1 + g % 5] as hk,
                                (array['SESUAI','DI_ATAS','SESUAI','SESUAI','DI_BAWAH','SESUAI','SESUAI'])[1 + g % 7] as rp) r`);
await exec(sql`
  insert into predikat_organisasi (instansi_id, unit_id, tahun, periode_kode, predikat, penetap_nama, dicatat_oleh_akun_id)
  select ${i}, id, ${TAHUN}, 'TW1', 'BAIK', 'Kepala Dinas', gen_random_uuid() from unit_organisasi where instansi_id = ${i} and jenis = 'UPT'`);
await exec(sql`
  insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, status, override)
  select ${i}, id, ${TAHUN}, 'TW1', 'FINAL', random() < 0.1 from unit_organisasi where instansi_id = ${i} and jenis = 'UPT'`);
await exec(sql`analyze`);
console.log(
  `seeded ${ROWS} evaluations in ${UNITS} units penilaian in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const app = await buildApp(database);
const admin = await buildAkun(database, { instansiId: i, peran: ['ADMIN_INSTANSI'] });
const cookie = await login(app, admin.username);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;

const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
async function download(format: 'csv' | 'xlsx') {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  const res = await fetch(`${origin}/api/instansi/${i}/evaluasi/ekspor?tahun=${TAHUN}&format=${format}`, {
    headers: { cookie },
  });
  if (res.status !== 200 || !res.body) throw new Error(`${format}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let firstByte = 0;
  for await (const chunk of res.body) {
    if (!firstByte) firstByte = performance.now() - start;
    bytes += chunk.length;
  }
  const ms = performance.now() - start;
  clearInterval(timer);
  return { ms, firstByte, bytes, growth: peak - before, rows: res.headers.get('x-jumlah-baris') };
}

console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const format of ['csv', 'xlsx'] as const) {
  const runs = [];
  for (let k = 0; k < Math.max(1, Math.ceil(RUNS / 2)); k++) runs.push(await download(format));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  console.log(
    `export ${format.padEnd(4)} ${best.rows} rows: ${(best.ms / 1000).toFixed(2)} s (best of ${runs.length}; first byte ${best.firstByte.toFixed(0)} ms), ` +
      `${mib(best.bytes)} MiB, RSS growth ${runs.map((r) => `${mib(r.growth)}`).join(' / ')} MiB`,
  );
}

const kurva = `/api/instansi/${i}/evaluasi/monitoring-kurva?tahun=${TAHUN}&periode=TW1`;
const times: number[] = [];
let units = 0;
for (let k = 0; k < RUNS; k++) {
  const s = performance.now();
  const res = await app.inject({ method: 'GET', url: kurva, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`kurva ${res.statusCode} ${res.body.slice(0, 300)}`);
  times.push(performance.now() - s);
  units = res.json().units.length;
}
times.sort((a, b) => a - b);
console.log(
  `monitoring kurva list (${units} units, ${ROWS} evaluations): p50 ${times[Math.floor(times.length / 2)].toFixed(0)} ms, ` +
    `min ${times[0].toFixed(0)} ms over ${RUNS} runs`,
);
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
await app.close();
await database.close();
