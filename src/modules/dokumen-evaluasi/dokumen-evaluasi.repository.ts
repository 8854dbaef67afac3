/**
 * The only SQL of the evaluation documents: each loader is ONE statement (json_agg for the RHK, IKI
 * and realisasi tree), whatever the number of evaluations — one for a single evaluation, one per
 * batch of the bulk job. Plus the predikat organisasi for the penetapan, and the list of a unit
 * penilaian's evaluations for a bulk job (jobs rows reuse the documents module's job helpers).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface OrangRow {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string | null;
  golongan: string | null;
  jabatan: string | null;
  unit: string | null;
}

export interface IkiRow {
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
  realisasiNilai: string | null;
  realisasiTeks: string | null;
  bukti: number;
}

export interface RhkRow {
  id: string;
  jenis: string;
  urutan: number;
  teks: string;
  sumber: string;
  penugasanDari: string | null;
  parentTeks: string | null;
  pkSasaran: string | null;
  iki: IkiRow[];
}

export interface EvaluasiRow {
  id: string;
  status: string;
  versi: number;
  tahun: number;
  periodeKode: string;
  pegawaiId: string;
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
  unitPenilaianId: string;
  penilaianRhk: Record<string, { penilaian?: string | null; umpanBalik?: string | null }> | null;
  umpanBalikPerilaku: Record<string, { umpanBalik?: string | null }> | null;
  ratingHasilKerja: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  catatan: string | null;
  ditetapkanAt: Date | string | null;
  ditetapkanOlehNama: string | null;
  diterimaAt: Date | string | null;
  batasKeberatan: string | null;
  jenisForm: string;
  skpMulai: string;
  skpSelesai: string;
  skpPerilaku: Record<string, string | null> | null;
  skpSnapshot: {
    pegawai?: { golongan?: string | null } | null;
    jabatan?: { nama?: string } | null;
    unit?: { nama?: string } | null;
  } | null;
  skpUnitPath: string | null;
  unitPenilaianPath: string | null;
  periode: { mulai?: string; selesai?: string } | null;
  instansiNama: string;
  settings: unknown;
  unitPenilaianNama: string | null;
  predikatOrganisasi: string | null;
  n: number;
  pegawai: OrangRow | null;
  penilai: OrangRow | null;
  atasan: OrangRow | null;
  keberatan: {
    atasanPegawaiId: string | null;
    alasan: string;
    diajukanAt: string | null;
    penjelasanPenilai: string | null;
    penjelasanPenilaiAt: string | null;
    penjelasanPegawai: string | null;
    penjelasanPegawaiAt: string | null;
    keputusan: string | null;
    keputusanAlasan: string | null;
    hasilSebelum: Record<string, string | null> | null;
    hasilSesudah: Record<string, string | null> | null;
    diputuskanAt: string | null;
    diputuskanOlehNama: string | null;
  } | null;
  rhk: RhkRow[] | null;
}

/**
 * A person as the forms print them, with the position and unit they held on the reference date
 * (definitive first, then PLT, then PLH).
 */
const orang = (id: SQL, tanggal: SQL) => sql`(
  select json_build_object('nama', p.nama, 'gelarDepan', p.gelar_depan, 'gelarBelakang', p.gelar_belakang,
    'nip', p.nip, 'golongan', p.golongan, 'jabatan', pl.jabatan, 'unit', pl.unit)
  from pegawai p
  left join lateral (
    select j.nama as jabatan, u.nama as unit from penempatan pe
    join jabatan j on j.id = pe.jabatan_id join unit_organisasi u on u.id = j.unit_id
    where pe.instansi_id = p.instansi_id and pe.pegawai_id = p.id and pe.mulai <= ${tanggal}
      and (pe.selesai is null or pe.selesai >= ${tanggal})
    order by case pe.jenis when 'DEFINITIF' then 0 when 'PLT' then 1 else 2 end, pe.mulai desc
    limit 1) pl on true
  where p.id = ${id})`;

/**
 * Everything the two evaluation documents print, for the evaluations selected by `where` (on
 * alias `e`). Realisasi of the evaluation's period; for the annual (AKHIR) evaluation its own entry,
 * else the latest period's. Bukti: the evidence linked to the IKI in that period (any, for AKHIR).
 */
async function loadWhere(
  exec: Executor,
  instansiId: string,
  where: SQL,
  opts: { hasilKerja: boolean },
): Promise<EvaluasiRow[]> {
  const tanggal = sql`coalesce((e.ditetapkan_at at time zone 'Asia/Jakarta')::date, current_date)`;
  const res = await exec.execute(sql`
    select e.id, e.status, e.versi, e.tahun, e.periode_kode as "periodeKode", e.pegawai_id as "pegawaiId",
      e.penilai_pegawai_id as "penilaiPegawaiId", e.atasan_penilai_pegawai_id as "atasanPenilaiPegawaiId",
      e.unit_penilaian_id as "unitPenilaianId", e.penilaian_rhk as "penilaianRhk",
      e.umpan_balik_perilaku as "umpanBalikPerilaku", e.rating_hasil_kerja as "ratingHasilKerja",
      e.rating_perilaku as "ratingPerilaku", e.predikat, e.catatan, e.ditetapkan_at as "ditetapkanAt",
      e.ditetapkan_oleh_nama as "ditetapkanOlehNama", e.diterima_at as "diterimaAt", e.batas_keberatan as "batasKeberatan",
      s.jenis_form as "jenisForm", s.mulai as "skpMulai", s.selesai as "skpSelesai", s.perilaku as "skpPerilaku",
      s.snapshot as "skpSnapshot", su.path as "skpUnitPath", up.path as "unitPenilaianPath",
      (select x from jsonb_array_elements(pk.periode) x where x ->> 'kode' = e.periode_kode limit 1) as periode,
      i.nama as "instansiNama", pi.settings, up.nama as "unitPenilaianNama",
      po.predikat as "predikatOrganisasi",
      (select count(*) from evaluasi e2 where e2.instansi_id = e.instansi_id and e2.unit_penilaian_id = e.unit_penilaian_id
         and e2.tahun = e.tahun and e2.periode_kode = e.periode_kode)::int as n,
      ${orang(sql`e.pegawai_id`, tanggal)} as pegawai,
      ${orang(sql`e.penilai_pegawai_id`, tanggal)} as penilai,
      ${orang(sql`coalesce(kb.atasan_pegawai_id, e.atasan_penilai_pegawai_id)`, tanggal)} as atasan,
      case when kb.id is null then null else json_build_object(
        'atasanPegawaiId', kb.atasan_pegawai_id, 'alasan', kb.alasan, 'diajukanAt', kb.diajukan_at,
        'penjelasanPenilai', kb.penjelasan_penilai, 'penjelasanPenilaiAt', kb.penjelasan_penilai_at,
        'penjelasanPegawai', kb.penjelasan_pegawai, 'penjelasanPegawaiAt', kb.penjelasan_pegawai_at,
        'keputusan', kb.keputusan, 'keputusanAlasan', kb.keputusan_alasan, 'hasilSebelum', kb.hasil_sebelum,
        'hasilSesudah', kb.hasil_sesudah, 'diputuskanAt', kb.diputuskan_at, 'diputuskanOlehNama', kb.diputuskan_oleh_nama)
      end as keberatan,
      ${
        opts.hasilKerja
          ? sql`(select json_agg(json_build_object(
          'id', r.id, 'jenis', r.jenis, 'urutan', r.urutan, 'teks', r.teks, 'sumber', r.sumber,
          'penugasanDari', r.penugasan_dari, 'parentTeks', par.teks, 'pkSasaran', sa.sasaran,
          'iki', (select coalesce(json_agg(json_build_object(
              'aspek', k.aspek, 'indikator', k.indikator, 'targetNilai', k.target_nilai::text,
              'targetSatuan', k.target_satuan, 'targetTeks', k.target_teks,
              'realisasiNilai', rl.nilai::text, 'realisasiTeks', rl.teks,
              'bukti', (select count(*) from bukti_iki bi where bi.instansi_id = e.instansi_id and bi.skp_id = e.skp_id
                          and bi.iki_id = k.id and (bi.periode_kode = e.periode_kode or e.periode_kode = 'AKHIR'))::int
            ) order by k.urutan), '[]'::json)
            from iki k
            left join lateral (
              select x.nilai, x.teks from realisasi x
              where x.instansi_id = e.instansi_id and x.skp_id = e.skp_id and x.iki_id = k.id
                and (x.periode_kode = e.periode_kode or e.periode_kode = 'AKHIR')
              order by (x.periode_kode = e.periode_kode) desc, x.periode_kode desc limit 1) rl on true
            where k.instansi_id = e.instansi_id and k.rhk_id = r.id)
        ) order by r.jenis, r.urutan)
        from rhk r
        left join rhk par on par.instansi_id = r.instansi_id and par.id = r.parent_rhk_id
        left join pk_indikator pki on pki.instansi_id = r.instansi_id and pki.id = r.pk_indikator_id
        left join pk_sasaran sa on sa.id = pki.sasaran_id
        where r.instansi_id = e.instansi_id and r.skp_id = e.skp_id)`
          : sql`null::json`
      } as rhk
    from evaluasi e
    join skp s on s.instansi_id = e.instansi_id and s.id = e.skp_id
    join instansi i on i.id = e.instansi_id
    left join pengaturan_instansi pi on pi.instansi_id = e.instansi_id
    left join periode_kinerja pk on pk.instansi_id = s.instansi_id and pk.id = s.periode_id
    left join unit_organisasi su on su.instansi_id = s.instansi_id and su.id = s.unit_id
    left join unit_organisasi up on up.instansi_id = e.instansi_id and up.id = e.unit_penilaian_id
    left join predikat_organisasi po on po.instansi_id = e.instansi_id and po.unit_id = e.unit_penilaian_id
      and po.tahun = e.tahun and po.periode_kode = e.periode_kode
    left join keberatan kb on kb.instansi_id = e.instansi_id and kb.evaluasi_id = e.id
    where e.instansi_id = ${instansiId} and ${where}`);
  return res.rows as unknown as EvaluasiRow[];
}

/**
 * The evaluations' printable content. Without `hasilKerja` the RHK/IKI/realisasi tree is left out:
 * the Dokumen Evaluasi Kinerja Pegawai prints none of it (the bulk job of DOKUMEN only).
 */
export function loadEvaluasi(
  exec: Executor,
  instansiId: string,
  ids: string[],
  opts: { hasilKerja: boolean } = { hasilKerja: true },
): Promise<EvaluasiRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return loadWhere(exec, instansiId, sql`e.id = any(${sql.param(ids)}::uuid[])`, opts);
}

export interface EvaluasiDaftarRow {
  id: string;
  nip: string;
  nama: string;
}

/** The evaluations of a unit penilaian × period, in name order (the bulk job's list). */
export async function listEvaluasiUnit(
  exec: Executor,
  instansiId: string,
  unitPenilaianId: string,
  tahun: number,
  periodeKode: string,
): Promise<EvaluasiDaftarRow[]> {
  const res = await exec.execute(sql`
    select e.id, p.nip, p.nama from evaluasi e join pegawai p on p.id = e.pegawai_id
    where e.instansi_id = ${instansiId} and e.unit_penilaian_id = ${unitPenilaianId} and e.tahun = ${tahun}
      and e.periode_kode = ${periodeKode}
    order by p.nama, p.nip, e.id`);
  return res.rows as unknown as EvaluasiDaftarRow[];
}

export interface PredikatOrganisasiRow {
  id: string;
  unitId: string;
  unitNama: string;
  unitPath: string;
  tahun: number;
  periodeKode: string;
  predikat: string;
  dasar: Record<string, unknown> | null;
  catatan: string | null;
  penetapPegawaiId: string | null;
  penetapNama: string;
  penetapJabatan: string | null;
  penetapNip: string | null;
  ditetapkanAt: Date | string;
  instansiNama: string;
  settings: unknown;
  /** Evaluations of the unit penilaian in that period (the N of the kalkulator). */
  n: number;
}

/** One predikat organisasi with what the penetapan prints, in one statement. */
export async function loadPredikatOrganisasi(
  exec: Executor,
  instansiId: string,
  id: string,
): Promise<PredikatOrganisasiRow | null> {
  const res = await exec.execute(sql`
    select po.id, po.unit_id as "unitId", u.nama as "unitNama", u.path as "unitPath", po.tahun,
      po.periode_kode as "periodeKode", po.predikat, po.dasar, po.catatan, po.penetap_pegawai_id as "penetapPegawaiId",
      po.penetap_nama as "penetapNama", po.penetap_jabatan as "penetapJabatan", pp.nip as "penetapNip",
      po.ditetapkan_at as "ditetapkanAt", i.nama as "instansiNama", pi.settings,
      (select count(*) from evaluasi e where e.instansi_id = po.instansi_id and e.unit_penilaian_id = po.unit_id
         and e.tahun = po.tahun and e.periode_kode = po.periode_kode)::int as n
    from predikat_organisasi po
    join unit_organisasi u on u.instansi_id = po.instansi_id and u.id = po.unit_id
    join instansi i on i.id = po.instansi_id
    left join pengaturan_instansi pi on pi.instansi_id = po.instansi_id
    left join pegawai pp on pp.instansi_id = po.instansi_id and pp.id = po.penetap_pegawai_id
    where po.instansi_id = ${instansiId} and po.id = ${id}`);
  return (res.rows[0] as unknown as PredikatOrganisasiRow | undefined) ?? null;
}

export async function getUnit(
  exec: Executor,
  instansiId: string,
  unitId: string,
): Promise<{ id: string; nama: string; path: string } | null> {
  const res = await exec.execute(
    sql`select id, nama, path from unit_organisasi where instansi_id = ${instansiId} and id = ${unitId}`,
  );
  return (res.rows[0] as { id: string; nama: string; path: string } | undefined) ?? null;
}

// ---- jobs (the shared `job` table; liveness in src/modules/jobs): the bulk jobs' queries, src/modules/dokumen/bulk-job.ts ---

export { getJob, insertJob } from '../dokumen/dokumen.repository.ts';
