/**
 * Benchmark: dialog kinerja reads and the record save, beside the SKP detail read, one at a time and
 * under concurrency.
 *
 *   npx tsx bench/dialog-api.bench.ts                                   # embedded PGlite, temp data dir
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/dialog-api.bench.ts   # PostgreSQL
 *   options: --n 200 --concurrency 10
 *
 * A fresh instansi (test factories): the staff member's set SKP of 6 RHK × 3 IKI, three earlier
 * closed dialogs with development items (so the detail has items to judge), then through the real
 * app (`app.inject`): GET /dialog/:id, GET /dialog/bawahan, GET /skp/:id (for comparison) and
 * PUT /dialog/:id/catatan; p50/p95 sequentially and with `--concurrency` requests in flight, and
 * the SQL statements per request.
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
    const call = apiCaller(app, i);
    const tahun = new Date().getUTCFullYear();
    const skp = await setSkp(call, { staf, kasi }, tahun);
    const { rhkIds } = skp;
    const record = (version: number, extra: Record<string, unknown> = {}) => ({
      version,
      catatan: { hasil: 'Sesuai rencana.', aspirasiPendek: 'Pelatihan analisis data' },
      agenda: [
        { topik: 'HASIL_KERJA', rhkId: rhkIds[0], catatan: 'Dibahas' },
        { topik: 'PERILAKU', perilakuKode: 'AKUNTABEL' },
        { topik: 'KARIR', catatan: 'Analis' },
      ],
      pengembangan: [
        { kompetensi: 'Analisis data', metodeKode: 'PELATIHAN', rhkId: rhkIds[0] },
        { kompetensi: 'Menulis laporan', metodeKode: 'COACHING', perilakuKode: 'AKUNTABEL' },
      ],
      tindakLanjutTanggal: `${tahun}-12-31`,
      ...extra,
    });
    const past = (days: number) =>
      new Date(Math.max(Date.now() - days * 86_400_000, Date.UTC(tahun, 0, 1, 3))).toISOString();
    for (const [k, kode] of ['TW1', 'TW2', 'TW3'].entries()) {
      const d = await call(kasi, 'POST', `/skp/${skp.id}/dialog`, { periodeKode: kode, jadwal: past(30 - k * 10) });
      const detail = await call(kasi, 'GET', `/dialog/${d.id}`);
      const penilaian = detail.untukDinilai.map((u: { id: string }) => ({
        id: u.id,
        status: 'TIDAK_TERCAPAI',
        penjelasan: 'Belum',
      }));
      await call(kasi, 'PUT', `/dialog/${d.id}/catatan`, record(1, { penilaian, selesai: true }));
    }
    const target = await call(kasi, 'POST', `/skp/${skp.id}/dialog`, { periodeKode: 'TW4', jadwal: past(1) });
    const measure = measurer({
      n,
      concurrency: conc,
      statements: countSqlStatements(),
      labelWidth: 28,
      stats: (ms) => stats(ms),
    });
    console.log(`engine: ${database.engine} (${database.describe})`);
    await measure('GET /skp/:id (existing)', () => call(staf, 'GET', `/skp/${skp.id}`));
    await measure('GET /dialog/:id', () => call(staf, 'GET', `/dialog/${target.id}`));
    await measure('GET /dialog/bawahan', () => call(kasi, 'GET', `/dialog/bawahan?tahun=${tahun}&periodeKode=TW4`));
    await measure('GET /dialog/saya', () => call(staf, 'GET', '/dialog/saya'));
    let ver = 1;
    // Sequential saves only carry the version forward; in flight, a stale version answers 409, so
    // the concurrent part reads the current version first (a save as the UI does it after a load).
    await measure('PUT /dialog/:id/catatan', async () => {
      const cur = await call(kasi, 'GET', `/dialog/${target.id}`);
      ver = cur.version;
      try {
        await call(kasi, 'PUT', `/dialog/${target.id}/catatan`, record(ver));
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
