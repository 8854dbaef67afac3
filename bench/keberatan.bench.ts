/**
 * Benchmark: the keberatan reads with many cases in the tenant — the atasan's inbox, the agency list,
 * one case, the filing view of an evaluation — sequentially and under concurrency, with the SQL
 * statements per request ("a read is one or two round trips").
 *
 *   npx tsx bench/keberatan.bench.ts                                     # embedded PGlite, temp data dir
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/keberatan.bench.ts   # PostgreSQL
 *   options: --cases 2000 --n 200 --concurrency 10
 *
 * A fresh instansi (test factories) with `--cases` evaluations of the staf member, each with a
 * keberatan addressed to the kabid (set-based inserts), through the real app (`app.inject`).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { buatEvaluasi } from '../test/evaluasi-fixture-keberatan.ts';
import { buildOrg } from '../test/factories.ts';
import { countSqlStatements, measurer, openBenchDatabase, printMachine, signIn, stats } from './lib/api-bench.ts';

const { values: opt } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    n: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
  },
});

async function main() {
  const cases = Number(opt.cases);
  const n = Number(opt.n);
  const conc = Number(opt.concurrency);
  const { database, cleanup } = await openBenchDatabase();
  try {
    await runMigrations(database);
    const app = await buildApp(database);
    const org = await buildOrg(database);
    const i = org.instansi.id;
    const kabid = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.kabid.id });
    const staf = await signIn(app, database, { instansiId: i, pegawaiId: org.pegawai.staf.id });
    const admin = await signIn(app, database, { instansiId: i, peran: ['ADMIN_INSTANSI'] });
    // One evaluation through the fixture, then `cases` copies of it (each on its own SKP copy) with
    // a keberatan each, set-based.
    const e = await buatEvaluasi(database, org, 'staf', { status: 'KEBERATAN' });
    const t0 = performance.now();
    await database.db.execute(sql`
      with s as (
        insert into skp (instansi_id, periode_id, tahun, pegawai_id, unit_id, penilai_pegawai_id, mulai, selesai,
          pendekatan, jenis_form, status, revisi, snapshot)
        select instansi_id, gen_random_uuid(), 2000 + (g % 30), pegawai_id, unit_id, penilai_pegawai_id, mulai, selesai,
          pendekatan, jenis_form, status, revisi, snapshot
        from skp, generate_series(1, ${cases}) g where id = (select skp_id from evaluasi where id = ${e.id})
        returning id, instansi_id, pegawai_id, tahun, penilai_pegawai_id
      ), ev as (
        insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id,
          penilai_pegawai_id, status, rating_hasil_kerja, rating_perilaku, predikat, diterima_at, batas_keberatan)
        select s.instansi_id, s.id, s.pegawai_id, s.tahun, 'TW1', ${org.units.dinas.id}, s.penilai_pegawai_id,
          'KEBERATAN', 'SESUAI', 'SESUAI', 'BAIK', now(), current_date + 10
        from s returning id, instansi_id, pegawai_id
      )
      insert into keberatan (instansi_id, evaluasi_id, pegawai_id, atasan_pegawai_id, alasan)
      select instansi_id, id, pegawai_id, ${org.pegawai.kabid.id}, 'Alasan keberatan untuk uji kinerja baca.' from ev`);
    console.log(`seeded ${cases} cases in ${(performance.now() - t0).toFixed(0)} ms`);
    const [one] = (
      await database.db.execute(
        sql`select id, evaluasi_id as "evaluasiId" from keberatan where instansi_id = ${i} limit 1`,
      )
    ).rows as Array<{ id: string; evaluasiId: string }>;
    const call = async (c: string, url: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/instansi/${i}${url}`, headers: { cookie: c } });
      if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
      return res;
    };
    const measure = measurer({
      n,
      concurrency: conc,
      statements: countSqlStatements(),
      labelWidth: 36,
      stats: (ms) => stats(ms, { max: true }),
      sqlNote: ' incl. session',
    });
    console.log(`engine: ${database.engine} (${database.describe}); ${cases} cases`);
    await measure('GET /keberatan/masuk (atasan, ≤500)', () => call(kabid, '/keberatan/masuk'));
    await measure('GET /keberatan (admin, ≤500)', () => call(admin, '/keberatan'));
    await measure('GET /keberatan/:id', () => call(kabid, `/keberatan/${one.id}`));
    await measure('GET /evaluasi/:id/keberatan', () => call(staf, `/evaluasi/${one.evaluasiId}/keberatan`));
    await measure('GET /keberatan/saya', () => call(staf, '/keberatan/saya'));
    printMachine();
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
