/**
 * Benchmark: SKP read and save latency (issue 4: p95 < 50 ms on PostgreSQL).
 *
 *   npx tsx bench/skp-api.bench.ts                                   # embedded PGlite, temp data dir
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/skp-api.bench.ts   # PostgreSQL
 *   options: --rhk 6 --iki 3 --reads 300 --writes 150
 *
 * It builds an organisation in a fresh instansi (the PostgreSQL database's name must contain
 * `test` or `bench`; nothing is dropped), gives the appraiser an SKP and the staff member an SKP of
 * `--rhk` RHK × `--iki` IKI whose RHK intervene the appraiser's (so the read joins parents and
 * owners), then measures through the real app (`app.inject`: routing, session, authorisation,
 * validation, serialisation; no network) GET /skp/:id and PUT /skp/:id/rhk/:rhkId one request at
 * a time, and prints p50/p95/p99 and the number of SQL statements per request.
 */
import { parseArgs } from 'node:util';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { buildOrg } from '../test/factories.ts';
import { countSqlStatements, openBenchDatabase, printMachine, signIn, percentiles as stats } from './lib/api-bench.ts';

const { values: opt } = parseArgs({
  options: {
    rhk: { type: 'string', default: '6' },
    iki: { type: 'string', default: '3' },
    reads: { type: 'string', default: '300' },
    writes: { type: 'string', default: '150' },
  },
});

const fmt = (x: number) => `${x.toFixed(1)} ms`;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function main() {
  const nRhk = Number(opt.rhk);
  const nIki = Number(opt.iki);
  const { database, cleanup } = await openBenchDatabase();
  try {
    await runMigrations(database);
    const app = await buildApp(database);
    const org = await buildOrg(database);
    const i = org.instansi.id;
    const kasi = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.kasi.id });
    const staf = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.staf.id });
    const tahun = new Date().getUTCFullYear();
    const call = async (cookie: string, method: string, url: string, payload?: unknown) => {
      const res = await app.inject({
        method: method as 'GET',
        url: `/api/instansi/${i}${url}`,
        payload: payload as object,
        headers: { cookie },
      });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return JSON.parse(res.body);
    };
    const iki = (k: number, n: number) =>
      Array.from({ length: n }, (_, j) => ({
        aspek: ['KUANTITAS', 'KUALITAS', 'WAKTU'][j % 3],
        indikator: `Indikator ${k}.${j + 1}`,
        targetNilai: 10 + j,
        targetSatuan: 'dokumen',
      }));
    // The appraiser's SKP (still a draft: no deadlock) with the parents.
    const atasan = await call(kasi, 'POST', '/skp', { tahun, pendekatan: 'KUANTITATIF' });
    const parents: string[] = [];
    let v = atasan.version;
    for (let k = 1; k <= nRhk; k++) {
      const r = await call(kasi, 'POST', `/skp/${atasan.id}/rhk`, {
        version: v,
        jenis: 'UTAMA',
        teks: `RHK atasan ${k}`,
        sumber: 'TIM_KERJA',
        iki: iki(k, nIki),
      });
      v = r.version;
      parents.push(r.id);
    }
    const skp = await call(staf, 'POST', '/skp', { tahun, pendekatan: 'KUANTITATIF' });
    v = skp.version;
    const rhkIds: string[] = [];
    for (let k = 1; k <= nRhk; k++) {
      const r = await call(staf, 'POST', `/skp/${skp.id}/rhk`, {
        version: v,
        jenis: k <= nRhk - 1 ? 'UTAMA' : 'TAMBAHAN',
        teks: `Rencana hasil kerja ${k} yang cukup panjang untuk menyerupai isian sebenarnya di SKP pegawai`,
        sumber: 'INTERVENSI',
        parentRhkId: parents[k - 1],
        cascading: k % 2 ? 'LANGSUNG' : 'TIDAK_LANGSUNG',
        iki: iki(k, nIki),
      });
      v = r.version;
      rhkIds.push(r.id);
    }
    // Count SQL statements per request (every pool query goes through pg.Client#query).
    const sqlCounter = countSqlStatements();
    for (let k = 0; k < 20; k++) await call(staf, 'GET', `/skp/${skp.id}`); // warm-up
    sqlCounter.count = 0;
    const reads: number[] = [];
    let cpu = process.cpuUsage();
    for (let k = 0; k < Number(opt.reads); k++) {
      const t0 = performance.now();
      await call(staf, 'GET', `/skp/${skp.id}`);
      reads.push(performance.now() - t0);
    }
    const readStatements = sqlCounter.count / reads.length;
    const readCpu = cpuMs(process.cpuUsage(cpu)) / reads.length;
    cpu = process.cpuUsage();
    sqlCounter.count = 0;
    const writes: number[] = [];
    for (let k = 0; k < Number(opt.writes); k++) {
      const idx = k % rhkIds.length;
      const t0 = performance.now();
      const r = await call(staf, 'PUT', `/skp/${skp.id}/rhk/${rhkIds[idx]}`, {
        version: v,
        jenis: 'UTAMA',
        teks: `Rencana hasil kerja ${idx + 1} (revisi ${k})`,
        sumber: 'INTERVENSI',
        parentRhkId: parents[idx],
        cascading: 'LANGSUNG',
        iki: iki(idx + 1, nIki),
      });
      writes.push(performance.now() - t0);
      v = r.version;
    }
    const writeStatements = sqlCounter.count / writes.length;
    const writeCpu = cpuMs(process.cpuUsage(cpu)) / writes.length;
    const r = stats(reads);
    const w = stats(writes);
    console.log(
      `engine: ${database.engine} (${database.describe}); SKP of ${nRhk} RHK × ${nIki} IKI intervening a draft parent SKP`,
    );
    console.log(
      `GET /skp/:id              n=${r.n}  p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  (${readStatements.toFixed(1)} SQL statements, ${readCpu.toFixed(1)} ms app CPU per request)`,
    );
    console.log(
      `PUT /skp/:id/rhk/:rhkId   n=${w.n}  p50 ${fmt(w.p50)}  p95 ${fmt(w.p95)}  p99 ${fmt(w.p99)}  max ${fmt(w.max)}  (${writeStatements.toFixed(1)} SQL statements, ${writeCpu.toFixed(1)} ms app CPU per request)`,
    );
    printMachine();
    const target = 50;
    console.log(
      `target p95 < ${target} ms: GET ${r.p95 < target ? 'met' : 'NOT met'}, PUT ${w.p95 < target ? 'met' : 'NOT met'}`,
    );
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
