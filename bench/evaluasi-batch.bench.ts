/**
 * Benchmark: the year-end evaluation batch (issue 11 performance target: 100,000 pegawai < 10 s on
 * PostgreSQL and within 2× of a hand-written set-based SQL doing the same writes).
 *
 *   export KINERJA_PG_DIR=/tmp/pg-$RANDOM; URL=$(bash scripts/pg-test-server.sh start)
 *   DATABASE_URL=$URL npx tsx bench/evaluasi-batch.bench.ts [--pegawai 100000] [--unit 1000] [--runs 3]
 *
 * It (re)creates a database `kinerja_bench_kal` on that server, migrates it and generates one
 * instansi with N pegawai, each with an AKHIR evaluation holding random ratings (≈2 % not rated,
 * ≈3 % already set), spread over U units penilaian; ≈95 % of the units have a predikat organisasi
 * and ≈5 % a FINAL calibration. Each run starts from the same state (predikat cleared, open
 * calibrations deleted) and times:
 *   - the batch (`jalankanBatch`: the product's code path, in its transaction, with the audit row);
 *   - a hand-written set-based SQL doing the same writes — the predikat UPDATE with a CASE and the
 *     kalibrasi upsert whose check is written in SQL for the default settings (CEIL_MIN_FLOOR_MAX,
 *     MAJORITY) — and cross-checks that both give every unit the same verdict.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { jalankanBatch } from '../src/modules/kalibrasi/index.ts';

const { values: opt } = parseArgs({
  options: {
    pegawai: { type: 'string', default: '100000' },
    unit: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
});
const N = Number(opt.pegawai);
const U = Number(opt.unit);
const RUNS = Number(opt.runs);
const TAHUN = 2026;

const base = process.env.DATABASE_URL;
if (!base) throw new Error('DATABASE_URL of a throwaway PostgreSQL server (scripts/pg-test-server.sh)');
const benchUrl = new URL(base);
benchUrl.pathname = '/kinerja_bench_kal';
{
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('drop database if exists kinerja_bench_kal');
  await admin.query('create database kinerja_bench_kal');
  await admin.end();
}
const database = await openDatabase({ databaseUrl: benchUrl.toString(), poolSize: 4 });
await runMigrations(database);
const ex = (q: ReturnType<typeof sql>) => database.db.execute(q);

let t = performance.now();
const [{ id: instansiId }] = (
  await ex(
    sql`insert into instansi (kode, nama, jenis, jabatan_pimpinan) values ('BENCH', 'Instansi Bench', 'KABUPATEN', 'Bupati') returning id`,
  )
).rows as Array<{ id: string }>;
await ex(sql`
  create temporary table bench_unit as
  select g as nomor, gen_random_uuid() as id from generate_series(1, ${U}) g`);
await ex(sql`
  insert into pegawai (instansi_id, nip, nama, jenis_asn)
  select ${instansiId}, lpad(g::text, 18, '0'), 'Pegawai ' || g, 'PNS' from generate_series(1, ${N}) g`);
// Ratings weighted towards SESUAI; a unit's size varies around N/U (units are assigned at random).
await ex(sql`
  insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id, status,
                        rating_hasil_kerja, rating_hasil_kerja_sumber, rating_perilaku)
  select ${instansiId}, gen_random_uuid(), p.id, ${TAHUN}, 'AKHIR', u.id,
         case when r.s < 0.03 then 'DITETAPKAN' else 'DRAFT' end,
         case when r.a < 0.02 then null when r.a < 0.25 then 'DI_ATAS' when r.a < 0.9 then 'SESUAI' else 'DI_BAWAH' end,
         case when r.a < 0.02 then null else 'PENILAI' end,
         case when r.a < 0.02 then null when r.b < 0.2 then 'DI_ATAS' when r.b < 0.95 then 'SESUAI' else 'DI_BAWAH' end
  from (select id, row_number() over () as rn from pegawai where instansi_id = ${instansiId}) p
  cross join lateral (select random() as a, random() as b, random() as s, 1 + floor(random() * ${U})::int as un
                      where p.rn > 0) r
  join bench_unit u on u.nomor = r.un`);
await ex(sql`
  insert into predikat_organisasi (instansi_id, unit_id, tahun, periode_kode, predikat, penetap_nama, dicatat_oleh_akun_id)
  select ${instansiId}, id, ${TAHUN}, 'AKHIR',
         (array['ISTIMEWA','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG'])[1 + floor(random() * 7)::int],
         'Bupati', gen_random_uuid()
  from bench_unit where random() < 0.95`);
await ex(sql`
  insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, status, hasil, override, override_alasan, final_at)
  select ${instansiId}, id, ${TAHUN}, 'AKHIR', 'FINAL', '{"sumber":"FINALISASI"}'::jsonb, true, 'bench', now()
  from bench_unit where nomor % 20 = 0`);
await ex(sql`vacuum analyze`);
console.log(`generated ${N} pegawai/evaluasi in ${U} units in ${Math.round(performance.now() - t)} ms`);

async function reset() {
  await ex(sql`update evaluasi set predikat = null, predikat_usulan = null where instansi_id = ${instansiId}`);
  await ex(sql`delete from kalibrasi where instansi_id = ${instansiId} and status <> 'FINAL'`);
  await ex(sql`vacuum analyze evaluasi`);
  await ex(sql`vacuum analyze kalibrasi`);
}

/** The same writes by hand: CASE for the quadrant, the pattern for the default settings in SQL. */
async function handSql() {
  await database.db.transaction(async (tx) => {
    const q = sql.raw(`case e.rating_hasil_kerja
        when 'DI_ATAS' then case e.rating_perilaku when 'DI_ATAS' then 'SANGAT_BAIK' when 'SESUAI' then 'BAIK' else 'KURANG' end
        when 'SESUAI' then case e.rating_perilaku when 'DI_BAWAH' then 'KURANG' else 'BAIK' end
        else case e.rating_perilaku when 'DI_BAWAH' then 'SANGAT_KURANG' else 'BUTUH_PERBAIKAN' end end`);
    await tx.execute(sql`
      update evaluasi e
         set predikat = ${q}, predikat_usulan = coalesce(e.predikat_usulan, ${q}), version = e.version + 1, updated_at = now()
       where e.instansi_id = ${instansiId} and e.tahun = ${TAHUN} and e.periode_kode = 'AKHIR' and e.status = 'DRAFT'
         and e.rating_hasil_kerja is not null and e.rating_perilaku is not null
         and e.predikat is distinct from ${q}
         and not exists (select 1 from kalibrasi k where k.instansi_id = e.instansi_id
                         and k.unit_penilaian_id = e.unit_penilaian_id and k.tahun = e.tahun
                         and k.periode_kode = e.periode_kode and k.status = 'FINAL')`);
    await tx.execute(sql`
      with c as (
        select unit_penilaian_id as u, count(*)::int as n,
               count(*) filter (where predikat = 'SANGAT_BAIK')::int as sb,
               count(*) filter (where predikat = 'BAIK')::int as b,
               count(*) filter (where predikat = 'BUTUH_PERBAIKAN')::int as bp,
               count(*) filter (where predikat = 'KURANG')::int as k,
               count(*) filter (where predikat = 'SANGAT_KURANG')::int as sk
          from evaluasi where instansi_id = ${instansiId} and tahun = ${TAHUN} and periode_kode = 'AKHIR'
         group by unit_penilaian_id),
      r as (select c.*, c.sb + c.b + c.bp + c.k + c.sk as r, po.predikat as org from c
              left join predikat_organisasi po on po.instansi_id = ${instansiId} and po.unit_id = c.u
               and po.tahun = ${TAHUN} and po.periode_kode = 'AKHIR'),
      v as (select r.*, case org
          when 'ISTIMEWA' then sb <= 70 * r / 100 and sb >= least(case when r = 0 then 0 else r / 2 + 1 end, 70 * r / 100)
          when 'BAIK' then b <= 70 * r / 100 and bp + k >= least(1, r)
                       and b >= least(case when r = 0 then 0 else r / 2 + 1 end, 70 * r / 100)
          when 'BUTUH_PERBAIKAN' then bp >= (60 * r + 99) / 100 and sb <= 10 * r / 100
          when 'KURANG' then k >= (60 * r + 99) / 100 and bp >= least((10 * r + 99) / 100, r - (60 * r + 99) / 100)
                         and sb <= 10 * r / 100
          when 'SANGAT_KURANG' then sk >= (60 * r + 99) / 100 and k + bp >= least((10 * r + 99) / 100, r - (60 * r + 99) / 100)
                                and sb = 0
          end as sesuai from r)
      insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, hasil)
      select ${instansiId}, u, ${TAHUN}, 'AKHIR', jsonb_build_object('sumber', 'SQL', 'predikatOrganisasi', org, 'n', n,
               'belumDinilai', n - r, 'jumlah', jsonb_build_object('SANGAT_BAIK', sb, 'BAIK', b, 'BUTUH_PERBAIKAN', bp,
               'KURANG', k, 'SANGAT_KURANG', sk), 'sesuai', sesuai, 'dihitungAt', now())
        from v
      on conflict (instansi_id, unit_penilaian_id, tahun, periode_kode)
      do update set hasil = excluded.hasil, updated_at = now() where kalibrasi.status <> 'FINAL'`);
  });
}

async function verdicts(): Promise<Map<string, unknown>> {
  const rows = (
    await ex(sql`select unit_penilaian_id as u, hasil->'sesuai' as s, hasil->'jumlah' as j from kalibrasi
                  where instansi_id = ${instansiId} and status <> 'FINAL'`)
  ).rows as Array<{ u: string; s: unknown; j: unknown }>;
  return new Map(rows.map((r) => [r.u, JSON.stringify([r.s, r.j])]));
}

const batchMs: number[] = [];
const sqlMs: number[] = [];
let mismatches = 0;
let summary = '';
for (let run = 0; run < RUNS; run++) {
  await reset();
  t = performance.now();
  const h = await jalankanBatch(database, { instansiId, tahun: TAHUN, periodeKode: 'AKHIR', actorLabel: 'bench' });
  batchMs.push(performance.now() - t);
  summary = `predikat ${h.predikatDiperbarui}, units ${h.unit} (compliant ${h.unitSesuai}, violating ${h.unitMelanggar}, no org ${h.unitTanpaPredikatOrganisasi}, final skipped ${h.unitFinalDilewati})`;
  const a = await verdicts();
  await reset();
  t = performance.now();
  await handSql();
  sqlMs.push(performance.now() - t);
  const b = await verdicts();
  for (const [u, v] of a) if (b.get(u) !== v) mismatches++;
  if (a.size !== b.size) mismatches += Math.abs(a.size - b.size);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const mb = median(batchMs);
const ms = median(sqlMs);
console.log(summary);
console.log(`batch (jalankanBatch):  median ${Math.round(mb)} ms  [${batchMs.map(Math.round).join(', ')}]`);
console.log(`hand-written SQL:       median ${Math.round(ms)} ms  [${sqlMs.map(Math.round).join(', ')}]`);
console.log(`ratio batch / SQL: ${(mb / ms).toFixed(2)} (target ≤ 2); batch < 10 s: ${mb < 10_000 ? 'yes' : 'NO'}`);
console.log(`unit verdicts that differ between the two: ${mismatches}`);
await database.close();
if (mismatches > 0) process.exitCode = 1;
