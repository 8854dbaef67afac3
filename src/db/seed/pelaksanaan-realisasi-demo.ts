/**
 * Execution data of the demo government (issue 10, the realisasi part): for every set SKP of the
 * year, through today,
 *
 * - realisasi of each IKI for the periods that have started: ~93 % filled for periods whose end has
 *   passed, ~40 % for the running one (some missing, as in life). Quantitative values are cumulative
 *   against the annual target (the share of the year elapsed × 0.75–1.2); WAKTU/BIAYA near target;
 *   narrative IKI get a sentence; a third carry a note;
 * - rencana aksi for ~70 % of RHK in every started period and the next one (1–2 each);
 * - progres harian on working days of the last six weeks: most days for the demo accounts, about one
 *   day in ten for everyone else.
 *
 * Written by three set-based `INSERT … SELECT` statements inside PostgreSQL (no rows travel through
 * Node), pseudo-random by a hash of the row's ids, so the cost is a few seconds for 7,700 pegawai.
 * A demo year in the past is filled completely; one in the future gets nothing.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

const CATATAN = [
  'Sesuai jadwal; bukti dukung terlampir.',
  'Sebagian kegiatan bergeser karena rapat koordinasi mendadak.',
  'Capaian di atas rencana berkat dukungan tim.',
  'Menunggu tanda tangan pimpinan untuk dokumen terakhir.',
  'Data diverifikasi bersama unit terkait.',
  'Kendala jaringan aplikasi pada pekan kedua; sudah diatasi.',
];
const NARASI = [
  'Kegiatan terlaksana sesuai pedoman dan diterima pengguna layanan.',
  'Dokumen disusun lengkap dan telah direviu atasan tanpa revisi besar.',
  'Layanan diberikan tepat waktu; keluhan ditindaklanjuti di hari yang sama.',
  'Hasil kerja dilaporkan dan dimanfaatkan unit kerja.',
];
const RENCANA = [
  'Menyusun rencana kerja dan jadwal kegiatan',
  'Mengumpulkan dan memverifikasi data pendukung',
  'Melaksanakan kegiatan bersama tim',
  'Menyusun laporan hasil dan bukti dukung',
  'Berkoordinasi dengan unit terkait',
  'Mengevaluasi pelaksanaan dan menindaklanjuti temuan',
];
const HARIAN = [
  'Menyusun draf laporan kegiatan',
  'Rapat koordinasi dengan tim',
  'Memverifikasi data dari unit kerja',
  'Melayani konsultasi pengguna layanan',
  'Merevisi dokumen sesuai masukan atasan',
  'Mengunggah bukti dukung kegiatan',
  'Menginput data ke aplikasi',
  'Mendampingi kunjungan lapangan',
  'Menyiapkan bahan paparan pimpinan',
  'Mengarsipkan surat masuk dan keluar',
  'Menyusun notulen rapat',
  'Menindaklanjuti disposisi pimpinan',
];

const arr = (xs: string[]) =>
  sql`array[${sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  )}]::text[]`;

export interface RealisasiDemoResult {
  realisasi: number;
  rencanaAksi: number;
  progresHarian: number;
}

/** Fills the execution tables of a demo instansi for `tahun` as of `hariIni` (default: today). */
export async function generateRealisasiDemo(
  database: Database,
  options: { instansiId: string; tahun: number; hariIni?: string },
): Promise<RealisasiDemoResult> {
  const { instansiId, tahun } = options;
  const real = options.hariIni ?? new Date().toISOString().slice(0, 10);
  // The demo's "today" inside its year: a past year is complete, a future one not started.
  const today = real < `${tahun}-01-01` ? `${tahun - 1}-12-31` : real > `${tahun}-12-31` ? `${tahun + 1}-01-31` : real;
  return database.db.transaction(async (tx) => {
    // The SKP bulk writes just happened: without fresh statistics the planner loops instead of hashing.
    await tx.execute(sql`analyze skp, rhk, iki`);
    // Each set SKP × period with the share (in %) of its IKI/RHK/days to fill, decided once:
    // DEMO (the demo accounts and the people they appraise) get the whole year so far, six in ten of
    // the others their last closed period complete, everyone a little of the running period.
    const ps = sql`with demo as materialized (
        select pegawai_id from akun where instansi_id = ${instansiId} and is_demo and pegawai_id is not null),
      p as materialized (
        select e->>'kode' as kode, (e->>'mulai')::date as mulai, (e->>'selesai')::date as selesai,
          extract(month from (e->>'selesai')::date)::numeric / 12 as frac,
          (e->>'selesai')::date < ${today}::date as lewat
        from periode_kinerja pk, jsonb_array_elements(pk.periode) e
        where pk.instansi_id = ${instansiId} and pk.tahun = ${tahun} and e->>'kode' <> 'AKHIR'
          and (e->>'mulai')::date <= ${today}::date + 31),
      terakhir as materialized (select max(selesai) as selesai from p where lewat),
      s as materialized (
        select s.id, s.instansi_id, s.pegawai_id, s.mulai, s.selesai,
          case when s.pegawai_id in (select pegawai_id from demo) or s.penilai_pegawai_id in (select pegawai_id from demo)
            then 'DEMO' when abs(hashtext(s.id::text)) % 10 < 6 then 'PENUH' else 'LAIN' end as tier
        from skp s where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'DITETAPKAN'),
      ps as materialized (
        select s.*, p.kode, p.mulai as p_mulai, p.selesai as p_selesai, p.frac, p.lewat,
          case when p.mulai > ${today}::date then 0
            when s.tier = 'DEMO' then case when p.lewat then 95 else 50 end
            when s.tier = 'PENUH' and p.selesai = (select selesai from terakhir) then 100
            when not p.lewat then 10 else 0 end as isi,
          case when s.tier = 'DEMO' then 90 when not p.lewat and p.mulai <= ${today}::date then 25 else 0 end as rencana
        from s cross join p)`;
    const r1 = await tx.execute(sql`${ps}
      insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai, teks, catatan, created_at, updated_at)
      select ps.instansi_id, ps.id, k.id, ps.kode,
        case when k.target_nilai is null then null
             when k.aspek in ('WAKTU', 'BIAYA') then round(k.target_nilai * (0.85 + (x.h % 30) / 100.0), 2)
             else round(k.target_nilai * ps.frac * (0.75 + (x.h % 45) / 100.0), 2) end,
        case when k.target_nilai is null then (${arr(NARASI)})[1 + x.h % ${NARASI.length}] end,
        case when x.h % 3 = 0 then (${arr(CATATAN)})[1 + (x.h / 3) % ${CATATAN.length}] end,
        least(ps.p_selesai::timestamptz, now()), least(ps.p_selesai::timestamptz, now())
      from ps
      join rhk r on r.instansi_id = ps.instansi_id and r.skp_id = ps.id
      join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
      cross join lateral (select abs(hashtext(k.id::text || ps.kode)) as h) x
      where ps.isi > 0 and x.h % 100 < ps.isi`);
    const r2 = await tx.execute(sql`${ps}
      insert into rencana_aksi (instansi_id, skp_id, rhk_id, periode_kode, urutan, teks, target_nilai, target_satuan)
      select ps.instansi_id, ps.id, r.id, ps.kode, g.n,
        (${arr(RENCANA)})[1 + (x.h + g.n) % ${RENCANA.length}],
        case when x.h % 2 = 0 then 1 + (x.h + g.n) % 4 end,
        case when x.h % 2 = 0 then 'kegiatan' end
      from ps
      join rhk r on r.instansi_id = ps.instansi_id and r.skp_id = ps.id
      cross join lateral (select abs(hashtext(r.id::text || ps.kode)) as h) x
      cross join lateral generate_series(1, case when ps.tier = 'DEMO' then 1 + x.h % 2 else 1 end) as g(n)
      where ps.rencana > 0 and x.h % 100 < ps.rencana`);
    const r3 = await tx.execute(sql`${ps},
      hari as (select d::date as tanggal from generate_series(${today}::date - 41, ${today}::date, interval '1 day') d
        where extract(isodow from d) < 6),
      hs as materialized (
        select s.instansi_id, s.pegawai_id, s.id, h.tanggal, x.h from s cross join hari h
        cross join lateral (select abs(hashtext(s.id::text || h.tanggal::text)) as h) x
        where h.tanggal between s.mulai and s.selesai and x.h % 100 < case when s.tier = 'DEMO' then 85 else 3 end)
      insert into progres_harian (instansi_id, pegawai_id, skp_id, rhk_id, tanggal, teks, client_id, created_at, updated_at)
      select hs.instansi_id, hs.pegawai_id, hs.id, pick.id, hs.tanggal,
        (${arr(HARIAN)})[1 + hs.h % ${HARIAN.length}], gen_random_uuid(),
        hs.tanggal + time '16:00', hs.tanggal + time '16:00'
      from hs
      cross join lateral (select r.id from rhk r where r.instansi_id = hs.instansi_id and r.skp_id = hs.id
        order by r.urutan offset (hs.h / 7) % greatest(1, (select count(*) from rhk c
          where c.instansi_id = hs.instansi_id and c.skp_id = hs.id)) limit 1) pick`);
    return { realisasi: r1.rowCount ?? 0, rencanaAksi: r2.rowCount ?? 0, progresHarian: r3.rowCount ?? 0 };
  });
}
