/**
 * SQL of the appraisal form: the whole form in one statement (json_agg), the appraiser's list in
 * one statement, and the guarded writes of an evaluation (every update is `… where version = $v`).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface EvaluasiRow {
  id: string;
  skpId: string;
  pegawaiId: string;
  tahun: number;
  periodeKode: string;
  unitPenilaianId: string;
  status: string;
  penilaianRhk: Record<string, { penilaian: string | null; umpanBalik: string }>;
  umpanBalikPerilaku: Record<string, { umpanBalik: string }>;
  ratingHasilKerja: string | null;
  ratingHasilKerjaSumber: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  predikatUsulan: string | null;
  catatan: string | null;
  versi: number;
  ditetapkanAt: string | null;
  ditetapkanOlehNama: string | null;
  diterimaAt: string | null;
  batasKeberatan: string | null;
  finalAt: string | null;
  version: number;
}

const evaluasiJson = sql`json_build_object(
  'id', e.id, 'skpId', e.skp_id, 'pegawaiId', e.pegawai_id, 'tahun', e.tahun, 'periodeKode', e.periode_kode,
  'unitPenilaianId', e.unit_penilaian_id, 'status', e.status, 'penilaianRhk', e.penilaian_rhk,
  'umpanBalikPerilaku', e.umpan_balik_perilaku, 'ratingHasilKerja', e.rating_hasil_kerja,
  'ratingHasilKerjaSumber', e.rating_hasil_kerja_sumber, 'ratingPerilaku', e.rating_perilaku,
  'predikat', e.predikat, 'predikatUsulan', e.predikat_usulan, 'catatan', e.catatan, 'versi', e.versi,
  'ditetapkanAt', e.ditetapkan_at, 'ditetapkanOlehNama', e.ditetapkan_oleh_nama, 'diterimaAt', e.diterima_at,
  'batasKeberatan', e.batas_keberatan, 'finalAt', e.final_at, 'version', e.version)`;

export interface FormRow {
  evaluasi: EvaluasiRow | null;
  jenisEvaluasi: string | null;
  unitPenilaianId: string;
  kalibrasi: string | null;
  predikatOrganisasi: string | null;
  adaKeberatan: boolean;
  rhk: Array<{
    id: string;
    jenis: string;
    urutan: number;
    teks: string;
    iki: Array<{
      id: string;
      aspek: string;
      indikator: string;
      targetNilai: string | null;
      targetSatuan: string | null;
      targetTeks: string | null;
      realisasi: Array<{ periodeKode: string; nilai: string | null; teks: string | null; catatan: string | null }>;
      bukti: Array<{ id: string; judul: string; jenis: string; url: string | null }>;
    }>;
    umpanBalik: Utas[];
  }>;
  perilakuUtas: Array<Utas & { perilakuKode: string }>;
  riwayat: Array<{
    periodeKode: string;
    status: string;
    batasKeberatan: string | null;
    ratingHasilKerja: string | null;
    ratingPerilaku: string | null;
    predikat: string | null;
  }>;
}

interface Utas {
  id: string;
  teks: string;
  penulis: string;
  peranPenulis: string;
  periodeKode: string | null;
  createdAt: string;
  balasan: number;
}

/**
 * The form of one SKP × period: the evaluation row, the RHK with IKI targets, the period's
 * realisasi (every period for the annual form), the evidence attached for the period, the feedback
 * threads on each RHK and BerAKHLAK value, the unit's calibration status and predikat organisasi,
 * whether a keberatan exists, and (annual) the periodic history. `unitPenilaianId` is used when the
 * evaluation does not exist yet (else its stored one).
 */
export async function getForm(
  exec: Executor,
  p: { instansiId: string; skpId: string; periodeKode: string; tahun: number; unitPenilaianId: string },
): Promise<FormRow> {
  const i = p.instansiId;
  const semua = p.periodeKode === 'AKHIR';
  const res = await exec.execute(sql`
    with e as (
      select * from evaluasi where instansi_id = ${i} and skp_id = ${p.skpId} and periode_kode = ${p.periodeKode}
    ), up as (
      select coalesce((select unit_penilaian_id from e), ${p.unitPenilaianId}::uuid) as id
    ), utas as (
      select u.id, u.rhk_id, u.perilaku_kode, u.sasaran, u.teks, u.peran_penulis, u.periode_kode, u.created_at,
        coalesce(pg.nama, '') as penulis,
        (select count(*) from umpan_balik b where b.instansi_id = ${i} and b.induk_id = u.id)::int as balasan
      from umpan_balik u left join pegawai pg on pg.id = u.penulis_pegawai_id
      where u.instansi_id = ${i} and u.skp_id = ${p.skpId} and u.induk_id is null
        and (${semua} or u.periode_kode is null or u.periode_kode = ${p.periodeKode})
    )
    select
      (select ${evaluasiJson} from e) as evaluasi,
      (select pk.jenis_evaluasi from skp s join periode_kinerja pk on pk.instansi_id = s.instansi_id and pk.id = s.periode_id
        where s.instansi_id = ${i} and s.id = ${p.skpId}) as jenis_evaluasi,
      (select id from up) as unit_penilaian_id,
      (select k.status from kalibrasi k, up where k.instansi_id = ${i} and k.unit_penilaian_id = up.id
        and k.tahun = ${p.tahun} and k.periode_kode = ${p.periodeKode}) as kalibrasi,
      (select po.predikat from predikat_organisasi po, up where po.instansi_id = ${i} and po.unit_id = up.id
        and po.tahun = ${p.tahun} and po.periode_kode = ${p.periodeKode}) as predikat_organisasi,
      exists (select 1 from keberatan kb join e on kb.evaluasi_id = e.id where kb.instansi_id = ${i}) as ada_keberatan,
      coalesce((select json_agg(json_build_object(
          'id', r.id, 'jenis', r.jenis, 'urutan', r.urutan, 'teks', r.teks,
          'iki', coalesce((select json_agg(json_build_object(
              'id', k.id, 'aspek', k.aspek, 'indikator', k.indikator, 'targetNilai', k.target_nilai::text,
              'targetSatuan', k.target_satuan, 'targetTeks', k.target_teks,
              'realisasi', coalesce((select json_agg(json_build_object('periodeKode', re.periode_kode,
                  'nilai', re.nilai::text, 'teks', re.teks, 'catatan', re.catatan) order by re.periode_kode)
                from realisasi re where re.instansi_id = ${i} and re.skp_id = ${p.skpId} and re.iki_id = k.id
                  and (${semua} or re.periode_kode = ${p.periodeKode})), '[]'::json),
              'bukti', coalesce((select json_agg(json_build_object('id', b.id, 'judul', b.judul, 'jenis', b.jenis,
                  'url', b.url) order by b.tanggal, b.id)
                from bukti_iki bi join bukti b on b.instansi_id = bi.instansi_id and b.id = bi.bukti_id
                where bi.instansi_id = ${i} and bi.skp_id = ${p.skpId} and bi.iki_id = k.id
                  and (${semua} or bi.periode_kode = ${p.periodeKode})), '[]'::json)
            ) order by k.urutan) from iki k where k.instansi_id = ${i} and k.rhk_id = r.id), '[]'::json),
          'umpanBalik', coalesce((select json_agg(json_build_object('id', t.id, 'teks', t.teks, 'penulis', t.penulis,
              'peranPenulis', t.peran_penulis, 'periodeKode', t.periode_kode, 'createdAt', t.created_at,
              'balasan', t.balasan) order by t.created_at) from utas t where t.rhk_id = r.id), '[]'::json)
        ) order by r.jenis desc, r.urutan) from rhk r where r.instansi_id = ${i} and r.skp_id = ${p.skpId}), '[]'::json) as rhk,
      coalesce((select json_agg(json_build_object('id', t.id, 'perilakuKode', t.perilaku_kode, 'teks', t.teks,
          'penulis', t.penulis, 'peranPenulis', t.peran_penulis, 'periodeKode', t.periode_kode,
          'createdAt', t.created_at, 'balasan', t.balasan) order by t.created_at)
        from utas t where t.sasaran = 'PERILAKU'), '[]'::json) as perilaku_utas,
      case when ${semua} then coalesce((select json_agg(json_build_object('periodeKode', x.periode_kode,
          'status', x.status, 'batasKeberatan', x.batas_keberatan, 'ratingHasilKerja', x.rating_hasil_kerja,
          'ratingPerilaku', x.rating_perilaku, 'predikat', x.predikat) order by x.periode_kode)
        from evaluasi x where x.instansi_id = ${i} and x.skp_id = ${p.skpId} and x.periode_kode <> 'AKHIR'
          and x.status <> 'DRAFT'), '[]'::json) else '[]'::json end as riwayat`);
  const r = res.rows[0] as Record<string, unknown>;
  return {
    evaluasi: (r.evaluasi as EvaluasiRow | null) ?? null,
    jenisEvaluasi: (r.jenis_evaluasi as string | null) ?? null,
    unitPenilaianId: r.unit_penilaian_id as string,
    kalibrasi: (r.kalibrasi as string | null) ?? null,
    predikatOrganisasi: (r.predikat_organisasi as string | null) ?? null,
    adaKeberatan: Boolean(r.ada_keberatan),
    rhk: r.rhk as FormRow['rhk'],
    perilakuUtas: r.perilaku_utas as FormRow['perilakuUtas'],
    riwayat: r.riwayat as FormRow['riwayat'],
  };
}

export interface Simpan {
  instansiId: string;
  skpId: string;
  pegawaiId: string;
  tahun: number;
  periodeKode: string;
  unitPenilaianId: string;
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
  penilaianRhk: unknown;
  umpanBalikPerilaku: unknown;
  ratingHasilKerja: string | null;
  ratingHasilKerjaSumber: string;
  ratingPerilaku: string | null;
  predikat: string | null;
  catatan: string | null;
}

/** Saves a draft: insert for version 0, else update of a DRAFT at that version; null when stale. */
export async function simpanDraft(exec: Executor, p: Simpan, version: number) {
  const rhk = JSON.stringify(p.penilaianRhk);
  const per = JSON.stringify(p.umpanBalikPerilaku);
  const res =
    version === 0
      ? await exec.execute(sql`
          insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id,
            penilai_pegawai_id, atasan_penilai_pegawai_id, penilaian_rhk, umpan_balik_perilaku, rating_hasil_kerja,
            rating_hasil_kerja_sumber, rating_perilaku, predikat, predikat_usulan, catatan)
          values (${p.instansiId}, ${p.skpId}, ${p.pegawaiId}, ${p.tahun}, ${p.periodeKode}, ${p.unitPenilaianId},
            ${p.penilaiPegawaiId}, ${p.atasanPenilaiPegawaiId}, ${rhk}::jsonb, ${per}::jsonb, ${p.ratingHasilKerja},
            ${p.ratingHasilKerjaSumber}, ${p.ratingPerilaku}, ${p.predikat}, ${p.predikat}, ${p.catatan})
          on conflict (instansi_id, skp_id, periode_kode) do nothing
          returning id, version`)
      : await exec.execute(sql`
          update evaluasi set penilaian_rhk = ${rhk}::jsonb, umpan_balik_perilaku = ${per}::jsonb,
            rating_hasil_kerja = ${p.ratingHasilKerja}, rating_hasil_kerja_sumber = ${p.ratingHasilKerjaSumber},
            rating_perilaku = ${p.ratingPerilaku}, predikat = ${p.predikat}, predikat_usulan = ${p.predikat},
            catatan = ${p.catatan}, penilai_pegawai_id = ${p.penilaiPegawaiId},
            version = version + 1, updated_at = now()
          where instansi_id = ${p.instansiId} and skp_id = ${p.skpId} and periode_kode = ${p.periodeKode}
            and status = 'DRAFT' and version = ${version}
          returning id, version`);
  const row = res.rows[0] as { id: string; version: number } | undefined;
  return row ? { id: row.id, version: Number(row.version) } : null;
}

/** Sets (or, for a correction, re-sets) the evaluation; null when stale. */
export async function tetapkan(
  exec: Executor,
  p: {
    instansiId: string;
    id: string;
    version: number;
    dariStatus: readonly string[];
    akunId: string;
    nama: string;
    ratingHasilKerja: string | null;
    predikat: string | null;
    koreksi?: {
      penilaianRhk: unknown;
      umpanBalikPerilaku: unknown;
      ratingHasilKerjaSumber: string;
      ratingPerilaku: string | null;
      catatan: string | null;
    };
  },
) {
  const k = p.koreksi;
  const res = await exec.execute(sql`
    update evaluasi set status = 'DITETAPKAN', ditetapkan_at = now(), ditetapkan_oleh = ${p.akunId},
      ditetapkan_oleh_nama = ${p.nama}, rating_hasil_kerja = ${p.ratingHasilKerja}, predikat = ${p.predikat},
      ${
        k
          ? sql`penilaian_rhk = ${JSON.stringify(k.penilaianRhk)}::jsonb,
        umpan_balik_perilaku = ${JSON.stringify(k.umpanBalikPerilaku)}::jsonb,
        rating_hasil_kerja_sumber = ${k.ratingHasilKerjaSumber}, rating_perilaku = ${k.ratingPerilaku},
        catatan = ${k.catatan}, versi = versi + 1, diterima_at = null, diterima_dicatat_oleh = null,
        batas_keberatan = null, final_at = null,`
          : sql``
      }
      version = version + 1, updated_at = now()
    where instansi_id = ${p.instansiId} and id = ${p.id} and version = ${p.version}
      and status in (${sql.join(
        p.dariStatus.map((s) => sql`${s}`),
        sql`, `,
      )})
    returning id, version, versi`);
  const row = res.rows[0] as { id: string; version: number; versi: number } | undefined;
  return row ? { id: row.id, version: Number(row.version), versi: Number(row.versi) } : null;
}

/** The snapshot of a set content (evaluasi_versi), and the period's realisasi lock (skp_periode.dinilai_at). */
export async function simpanVersiDanKunci(
  exec: Executor,
  p: {
    instansiId: string;
    evaluasiId: string;
    skpId: string;
    periodeKode: string;
    akunId: string;
    alasan: string | null;
  },
) {
  await exec.execute(sql`
    with e as (select * from evaluasi where instansi_id = ${p.instansiId} and id = ${p.evaluasiId}),
    v as (
      insert into evaluasi_versi (instansi_id, evaluasi_id, versi, isi, alasan, oleh_akun_id)
      select ${p.instansiId}, e.id, e.versi, jsonb_build_object(
          'penilaianRhk', e.penilaian_rhk, 'umpanBalikPerilaku', e.umpan_balik_perilaku,
          'ratingHasilKerja', e.rating_hasil_kerja, 'ratingHasilKerjaSumber', e.rating_hasil_kerja_sumber,
          'ratingPerilaku', e.rating_perilaku, 'predikat', e.predikat, 'catatan', e.catatan,
          'ditetapkanAt', e.ditetapkan_at, 'ditetapkanOlehNama', e.ditetapkan_oleh_nama),
        ${p.alasan}, ${p.akunId}
      from e returning id
    )
    insert into skp_periode (instansi_id, skp_id, periode_kode, dinilai_at)
    values (${p.instansiId}, ${p.skpId}, ${p.periodeKode}, now())
    on conflict (instansi_id, skp_id, periode_kode)
      do update set dinilai_at = coalesce(skp_periode.dinilai_at, excluded.dinilai_at), updated_at = now()`);
}

/** Records receipt; null when stale or no longer DITETAPKAN. */
export async function terima(
  exec: Executor,
  p: {
    instansiId: string;
    id: string;
    version: number;
    diterimaAt: Date;
    dicatatOleh: string | null;
    batasKeberatan: string;
  },
) {
  const res = await exec.execute(sql`
    update evaluasi set status = 'DITERIMA', diterima_at = ${p.diterimaAt.toISOString()}::timestamptz,
      diterima_dicatat_oleh = ${p.dicatatOleh}, batas_keberatan = ${p.batasKeberatan}::date,
      version = version + 1, updated_at = now()
    where instansi_id = ${p.instansiId} and id = ${p.id} and version = ${p.version} and status = 'DITETAPKAN'
    returning id, version`);
  const row = res.rows[0] as { id: string; version: number } | undefined;
  return row ? { id: row.id, version: Number(row.version) } : null;
}

export interface BarisPenilaian {
  pegawaiId: string;
  skpId: string | null;
  skpStatus: string | null;
  skpUnitId: string | null;
  skpJabatanId: string | null;
  evaluasi: {
    id: string;
    status: string;
    batasKeberatan: string | null;
    unitPenilaianId: string;
    ratingHasilKerja: string | null;
    ratingPerilaku: string | null;
    predikat: string | null;
    version: number;
  } | null;
}

/**
 * Per appraisee: their set (else closed) SKP of the year and its evaluation of the period. One
 * round trip whatever the number of appraisees.
 */
export async function findPenilaian(
  exec: Executor,
  p: { instansiId: string; pegawaiIds: string[]; tahun: number; periodeKode: string },
): Promise<BarisPenilaian[]> {
  const i = p.instansiId;
  const res = await exec.execute(sql`
    with ids as (select unnest(${`{${p.pegawaiIds.join(',')}}`}::uuid[]) as pegawai_id),
    s as (
      select distinct on (sk.pegawai_id) sk.id, sk.pegawai_id, sk.status, sk.unit_id, sk.jabatan_id
      from skp sk join ids on ids.pegawai_id = sk.pegawai_id
      where sk.instansi_id = ${i} and sk.tahun = ${p.tahun} and sk.status in ('DITETAPKAN', 'DITUTUP')
      order by sk.pegawai_id, (sk.status = 'DITETAPKAN') desc, sk.mulai desc
    )
    select ids.pegawai_id, s.id as skp_id, s.status as skp_status, s.unit_id, s.jabatan_id,
      (select json_build_object('id', e.id, 'status', e.status, 'batasKeberatan', e.batas_keberatan,
          'unitPenilaianId', e.unit_penilaian_id, 'ratingHasilKerja', e.rating_hasil_kerja,
          'ratingPerilaku', e.rating_perilaku, 'predikat', e.predikat, 'version', e.version)
        from evaluasi e where e.instansi_id = ${i} and e.skp_id = s.id and e.periode_kode = ${p.periodeKode}) as evaluasi
    from ids left join s on s.pegawai_id = ids.pegawai_id`);
  return (res.rows as Array<Record<string, unknown>>).map((r) => ({
    pegawaiId: r.pegawai_id as string,
    skpId: (r.skp_id as string | null) ?? null,
    skpStatus: (r.skp_status as string | null) ?? null,
    skpUnitId: (r.unit_id as string | null) ?? null,
    skpJabatanId: (r.jabatan_id as string | null) ?? null,
    evaluasi: (r.evaluasi as BarisPenilaian['evaluasi']) ?? null,
  }));
}

export async function findKalibrasi(
  exec: Executor,
  instansiId: string,
  tahun: number,
  periodeKode: string,
  unitIds: string[],
) {
  if (!unitIds.length) return new Map<string, string>();
  const res = await exec.execute(sql`
    select unit_penilaian_id, status from kalibrasi
    where instansi_id = ${instansiId} and tahun = ${tahun} and periode_kode = ${periodeKode}
      and unit_penilaian_id = any(${`{${unitIds.join(',')}}`}::uuid[])`);
  return new Map(
    (res.rows as Array<{ unit_penilaian_id: string; status: string }>).map((r) => [r.unit_penilaian_id, r.status]),
  );
}

/** The employee's own evaluations of a year. */
export async function findSaya(exec: Executor, instansiId: string, pegawaiId: string, tahun: number) {
  const res = await exec.execute(sql`
    select ${evaluasiJson} as e from evaluasi e
    where e.instansi_id = ${instansiId} and e.pegawai_id = ${pegawaiId} and e.tahun = ${tahun}
    order by e.periode_kode = 'AKHIR', e.periode_kode`);
  return (res.rows as Array<{ e: EvaluasiRow }>).map((r) => r.e);
}
