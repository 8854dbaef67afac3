/**
 * Benchmark: the evaluation form read (issue 11, eval-core: "a read is one or two round trips"),
 * the appraiser's list, the predikat organisasi list and the draft save, beside the SKP detail read,
 * one at a time and under concurrency.
 *
 *   npx tsx bench/evaluasi-core.bench.ts                                   # embedded PGlite
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/evaluasi-core.bench.ts   # PostgreSQL
 *   options: --n 200 --concurrency 10
 *
 * A fresh instansi (test factories): the staff member's set SKP of 6 RHK × 3 IKI with a realisasi
 * per IKI for TW4, a rencana aksi and a feedback thread per RHK, and a saved draft; then through the
 * real app (`app.inject`) p50/p95 sequentially and with `--concurrency` requests in flight, and the
 * SQL statements per request.
 */
import { parseArgs } from 'node:util';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { buildOrg } from '../test/factories.ts';
import {
  apiCaller,
  countSqlStatements,
  measurer,
  openBenchDatabase,
  printMachine,
  setSkp,
  signIn,
  stats,
} from './lib/api-bench.ts';

const { values: opt } = parseArgs({
  options: { n: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '10' } },
});

async function main() {
  const n = Number(opt.n);
  const conc = Number(opt.concurrency);
  const { database, cleanup } = await openBenchDatabase();
  try {
    await runMigrations(database);
    const app = await buildApp(database);
    const org = await buildOrg(database);
    const i = org.instansi.id;
    const kasi = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.kasi.id });
    const staf = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.staf.id });
    const admin = await signIn(app, database, { instansiId: i, peran: ['ADMIN_INSTANSI'] });
    const call = apiCaller(app, i);
    const tahun = new Date().getUTCFullYear();
    const skp = await setSkp(call, { staf, kasi }, tahun, { jenis: (k) => (k <= 4 ? 'UTAMA' : 'TAMBAHAN') });
    const { rhkIds } = skp;
    await database.pool.query(
      `insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai)
       select $1, $2, k.id, 'TW4', 10 from iki k join rhk r on r.id = k.rhk_id where r.skp_id = $2`,
      [i, skp.id],
    );
    await database.pool.query(
      `insert into rencana_aksi (instansi_id, skp_id, rhk_id, periode_kode, urutan, teks, target_nilai, target_satuan)
       select $1, $2, r.id, 'TW4', 1, 'Rencana aksi', 9, 'dokumen' from rhk r where r.skp_id = $2`,
      [i, skp.id],
    );
    await database.pool.query(
      `insert into umpan_balik (instansi_id, skp_id, sasaran, rhk_id, periode_kode, penulis_pegawai_id, peran_penulis, teks)
       select $1, $2, 'RHK', r.id, 'TW4', $3, 'PENILAI', 'Umpan balik' from rhk r where r.skp_id = $2`,
      [i, skp.id, org.pegawai.kasi.id],
    );
    const isi = {
      penilaianRhk: Object.fromEntries(rhkIds.map((id) => [id, { penilaian: 'SESUAI', umpanBalik: 'Baik' }])),
      umpanBalikPerilaku: { AKUNTABEL: { umpanBalik: 'Tepat waktu' } },
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      catatan: null,
    };
    await call(kasi, 'PUT', `/skp/${skp.id}/evaluasi/TW4`, { version: 0, ...isi });
    const measure = measurer({
      n,
      concurrency: conc,
      statements: countSqlStatements(),
      labelWidth: 34,
      stats: (ms) => stats(ms),
    });
    console.log(`engine: ${database.engine} (${database.describe})`);
    await measure('GET /skp/:id (existing)', () => call(staf, 'GET', `/skp/${skp.id}`));
    await measure('GET …/evaluasi/TW4 (penilai)', () => call(kasi, 'GET', `/skp/${skp.id}/evaluasi/TW4`));
    await measure('GET …/evaluasi/TW4 (pegawai)', () => call(staf, 'GET', `/skp/${skp.id}/evaluasi/TW4`));
    await measure('GET /evaluasi/penilaian', () => call(kasi, 'GET', `/evaluasi/penilaian?tahun=${tahun}&periode=TW4`));
    await measure('GET /predikat-organisasi', () =>
      call(admin, 'GET', `/predikat-organisasi?tahun=${tahun}&periode=TW4`),
    );
    await measure('PUT …/evaluasi/TW4 (after a GET)', async () => {
      const cur = await call(kasi, 'GET', `/skp/${skp.id}/evaluasi/TW4`);
      try {
        await call(kasi, 'PUT', `/skp/${skp.id}/evaluasi/TW4`, { version: cur.evaluasi.version, ...isi });
      } catch (e) {
        if (!String(e).includes('409')) throw e;
      }
    });
    console.log('(the PUT line includes the GET that reads the version before each save)');
    printMachine();
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
