/**
 * Benchmark: monitoring realisasi (issue 10, item 8) on a database that holds a demo — the counts
 * of the top unit and of a mid-level unit, the drill-down's first page, the workbook — one at a time
 * and then `--concurrency` at once, through the real app (`app.inject`: session, authorisation,
 * validation, serialisation; no network). It also prints the SQL's own time (EXPLAIN ANALYZE).
 *
 *   DATABASE_URL=postgres://…/kinerja_bench7k npx tsx bench/monitoring-realisasi.bench.ts [--kode DEMO]
 *   options: --requests 40 --concurrency 10 --periode TW4
 *
 * It adds one ADMIN_INSTANSI account to the demo tenant (the database's name must contain `test`
 * or `bench`); nothing else is written.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { buildAkun, login } from '../test/factories.ts';

const { values: opt } = parseArgs({
  options: {
    kode: { type: 'string', default: 'DEMO' },
    requests: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '10' },
    periode: { type: 'string' },
  },
});

const url = process.env.DATABASE_URL;
if (!url || !/test|bench/.test(new URL(url).pathname)) throw new Error('DATABASE_URL of a *test* or *bench* database');
const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
const app = await buildApp(database);
const one = async <T>(q: string) => (await database.db.execute(sql.raw(q))).rows[0] as T;
const { id: i } = await one<{ id: string }>(`select id from instansi where kode = '${opt.kode?.replace(/'/g, '')}'`);
const admin = await buildAkun(database, { instansiId: i, peran: ['ADMIN_INSTANSI'] });
const cookie = await login(app, admin.username);
const tahun = new Date().getUTCFullYear();
// A unit two levels down with the most SKPs of the year below it (a dinas or a bagian).
const mid = await one<{ id: string; nama: string; n: number }>(`
  select u.id, u.nama, count(s.id)::int as n from unit_organisasi u
  join unit_organisasi d on d.instansi_id = u.instansi_id and d.path like u.path || '%'
  join skp s on s.instansi_id = u.instansi_id and s.unit_id = d.id and s.tahun = ${tahun}
  where u.instansi_id = '${i}' and u.depth = 1 group by u.id, u.nama order by n desc limit 1`);
const p = opt.periode ? `&periode=${opt.periode}` : '';
const base = `/api/instansi/${i}/monitoring-pengisian/realisasi`;
const cases: Array<[string, string]> = [
  ['counts, top unit', `${base}?tahun=${tahun}${p}`],
  [`counts, ${mid.nama} (${mid.n} SKP)`, `${base}?tahun=${tahun}&unitId=${mid.id}${p}`],
  ['drill-down, top unit, BELUM, page 1', `${base}/pegawai?tahun=${tahun}&kelengkapan=BELUM&pageSize=50${p}`],
  ['drill-down, top unit, page 20', `${base}/pegawai?tahun=${tahun}&page=20&pageSize=50${p}`],
  ['workbook, top unit', `${base}/ekspor?tahun=${tahun}${p}`],
];

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
async function timed(u: string) {
  const t0 = performance.now();
  const res = await app.inject({ method: 'GET', url: u, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return { ms: performance.now() - t0, bytes: res.rawPayload.length };
}

const n = Number(opt.requests);
const c = Number(opt.concurrency);
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; tenant ${opt.kode}; ${n} requests each`,
);
const first = JSON.parse((await app.inject({ method: 'GET', url: cases[0][1], headers: { cookie } })).body);
console.log(`period ${first.periode.kode} (${first.periode.keadaan}); ${JSON.stringify(first.jumlah)}`);
for (const [name, u] of cases) {
  const runs = name.startsWith('workbook') ? Math.max(3, n / 10) : n;
  const seq: number[] = [];
  let bytes = 0;
  for (let k = 0; k < runs; k++) {
    const r = await timed(u);
    seq.push(r.ms);
    bytes = r.bytes;
  }
  const par: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async () => {
      for (let k = 0; k < Math.ceil(runs / c); k++) par.push((await timed(u)).ms);
    }),
  );
  const wall = performance.now() - t0;
  console.log(
    `${name.padEnd(48)} one at a time p50 ${pct(seq, 0.5).toFixed(1)} ms p95 ${pct(seq, 0.95).toFixed(1)} ms | ` +
      `${c} at once p50 ${pct(par, 0.5).toFixed(1)} ms p95 ${pct(par, 0.95).toFixed(1)} ms, ${((par.length / wall) * 1000).toFixed(0)} req/s | ${(bytes / 1024).toFixed(1)} KiB`,
  );
}
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
await app.close();
await database.close();
