/**
 * SQL of the predikat organisasi: the tenant's units with the period's predikat (one statement), the
 * basis figures per unit of the set SKPs (one statement), and the guarded write.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';
import type { PredikatOrganisasi } from '../../domain/types.ts';

export interface UnitPredikatRow {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  jenis: string;
  depth: number;
  kepalaJabatanId: string | null;
  predikat: {
    id: string;
    predikat: PredikatOrganisasi;
    dasar: unknown;
    catatan: string | null;
    penetapPegawaiId: string | null;
    penetapNama: string;
    penetapJabatan: string | null;
    dicatatOlehAkunId: string;
    ditetapkanAt: string;
    version: number;
  } | null;
}

/** Every unit of the tenant with the predikat organisasi of (tahun, periode) where one is set. */
export async function findUnitsWithPredikat(
  exec: Executor,
  instansiId: string,
  tahun: number,
  periodeKode: string,
): Promise<UnitPredikatRow[]> {
  const res = await exec.execute(sql`
    select u.id, u.parent_id, u.kode, u.nama, u.jenis, u.depth, u.kepala_jabatan_id,
      case when po.id is null then null else json_build_object(
        'id', po.id, 'predikat', po.predikat, 'dasar', po.dasar, 'catatan', po.catatan,
        'penetapPegawaiId', po.penetap_pegawai_id, 'penetapNama', po.penetap_nama,
        'penetapJabatan', po.penetap_jabatan, 'dicatatOlehAkunId', po.dicatat_oleh_akun_id,
        'ditetapkanAt', po.ditetapkan_at, 'version', po.version) end as predikat
    from unit_organisasi u
    left join predikat_organisasi po on po.instansi_id = u.instansi_id and po.unit_id = u.id
      and po.tahun = ${tahun} and po.periode_kode = ${periodeKode}
    where u.instansi_id = ${instansiId}
    order by u.path`);
  return (res.rows as Array<Record<string, unknown>>).map((r) => ({
    id: r.id as string,
    parentId: (r.parent_id as string | null) ?? null,
    kode: r.kode as string,
    nama: r.nama as string,
    jenis: r.jenis as string,
    depth: Number(r.depth),
    kepalaJabatanId: (r.kepala_jabatan_id as string | null) ?? null,
    predikat: (r.predikat as UnitPredikatRow['predikat']) ?? null,
  }));
}

/** Basis figures of one own unit (skp.unit_id); the service sums them per unit penilaian. */
export interface AngkaUnitRow {
  unitId: string;
  rencanaAksi: number;
  denganProgres: number;
  raTerukur: number;
  raTercapai: number;
  raMelampaui: number;
}

const realisasiAda = sql`(re.nilai is not null or coalesce(trim(re.teks), '') <> '')`;

/**
 * Periodic basis per unit of the set (or closed) SKPs of the year: rencana aksi of the period, those
 * whose RHK has a realisasi in the period, and those with a numeric target met / exceeded by the
 * best realisasi of an IKI of the same RHK in the same unit (satuan, case-insensitive).
 */
export async function findAngkaPeriodik(
  exec: Executor,
  instansiId: string,
  tahun: number,
  periodeKode: string,
): Promise<AngkaUnitRow[]> {
  const i = instansiId;
  const res = await exec.execute(sql`
    with s as (
      select id, unit_id from skp
      where instansi_id = ${i} and tahun = ${tahun} and status in ('DITETAPKAN', 'DITUTUP') and unit_id is not null
    ), ra as (
      select s.unit_id, r.target_nilai,
        exists (select 1 from realisasi re join iki k on k.instansi_id = re.instansi_id and k.id = re.iki_id
                where re.instansi_id = ${i} and re.skp_id = r.skp_id and k.rhk_id = r.rhk_id
                  and re.periode_kode = ${periodeKode} and ${realisasiAda}) as progres,
        (select max(re.nilai) from realisasi re join iki k on k.instansi_id = re.instansi_id and k.id = re.iki_id
          where re.instansi_id = ${i} and re.skp_id = r.skp_id and k.rhk_id = r.rhk_id
            and re.periode_kode = ${periodeKode} and re.nilai is not null
            and lower(coalesce(k.target_satuan, '')) = lower(coalesce(r.target_satuan, ''))) as capai
      from rencana_aksi r join s on s.id = r.skp_id
      where r.instansi_id = ${i} and r.periode_kode = ${periodeKode}
    )
    select unit_id, count(*)::int as n,
      count(*) filter (where progres)::int as progres,
      count(*) filter (where target_nilai is not null and capai is not null)::int as terukur,
      count(*) filter (where target_nilai is not null and capai >= target_nilai)::int as tercapai,
      count(*) filter (where target_nilai is not null and capai > target_nilai)::int as melampaui
    from ra group by unit_id`);
  return (res.rows as Array<Record<string, unknown>>).map((r) => ({
    unitId: r.unit_id as string,
    rencanaAksi: Number(r.n),
    denganProgres: Number(r.progres),
    raTerukur: Number(r.terukur),
    raTercapai: Number(r.tercapai),
    raMelampaui: Number(r.melampaui),
  }));
}

export interface AngkaPkRow {
  unitId: string;
  indikator: number;
  indikatorTerukur: number;
  indikatorTercapai: number;
  indikatorMelampaui: number;
}

/**
 * Annual basis per unit with a Perjanjian Kinerja for the year: its indicators, and those with a
 * numeric target whose carrying RHK (rhk.pk_indikator_id, in a set SKP) has a realisasi in the
 * indicator's unit — the year's closing one (AKHIR, else TW4/B12, else the latest).
 */
export async function findAngkaTahunan(exec: Executor, instansiId: string, tahun: number): Promise<AngkaPkRow[]> {
  const i = instansiId;
  const res = await exec.execute(sql`
    with ind as (
      select pk.unit_id, ind.id, ind.target_nilai, ind.satuan
      from perjanjian_kinerja pk
      join pk_sasaran sa on sa.instansi_id = pk.instansi_id and sa.pk_id = pk.id
      join pk_indikator ind on ind.instansi_id = pk.instansi_id and ind.sasaran_id = sa.id
      where pk.instansi_id = ${i} and pk.tahun = ${tahun}
    ), capai as (
      select ind.unit_id, ind.target_nilai,
        (select re.nilai from rhk r
           join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id and s.status in ('DITETAPKAN', 'DITUTUP')
           join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
           join realisasi re on re.instansi_id = r.instansi_id and re.skp_id = s.id and re.iki_id = k.id
          where r.instansi_id = ${i} and r.pk_indikator_id = ind.id and re.nilai is not null
            and lower(coalesce(k.target_satuan, '')) = lower(coalesce(ind.satuan, ''))
          order by case re.periode_kode when 'AKHIR' then 0 when 'TW4' then 1 when 'B12' then 1 else 2 end,
            re.periode_kode desc
          limit 1) as nilai
      from ind
    )
    select unit_id, count(*)::int as n,
      count(*) filter (where target_nilai is not null and nilai is not null)::int as terukur,
      count(*) filter (where target_nilai is not null and nilai >= target_nilai)::int as tercapai,
      count(*) filter (where target_nilai is not null and nilai > target_nilai)::int as melampaui
    from capai group by unit_id`);
  return (res.rows as Array<Record<string, unknown>>).map((r) => ({
    unitId: r.unit_id as string,
    indikator: Number(r.n),
    indikatorTerukur: Number(r.terukur),
    indikatorTercapai: Number(r.tercapai),
    indikatorMelampaui: Number(r.melampaui),
  }));
}

export interface PredikatTulis {
  instansiId: string;
  unitId: string;
  tahun: number;
  periodeKode: string;
  predikat: string;
  dasar: unknown;
  catatan: string | null;
  penetapPegawaiId: string | null;
  penetapNama: string;
  penetapJabatan: string | null;
  dicatatOlehAkunId: string;
}

/**
 * Inserts (version 0 = "there is none yet") or updates `… where version = $v`; null when the row
 * changed (or appeared) meanwhile — the caller answers 409.
 */
export async function upsertPredikat(exec: Executor, p: PredikatTulis, version: number) {
  const dasar = JSON.stringify(p.dasar);
  const res =
    version === 0
      ? await exec.execute(sql`
          insert into predikat_organisasi (instansi_id, unit_id, tahun, periode_kode, predikat, dasar, catatan,
            penetap_pegawai_id, penetap_nama, penetap_jabatan, dicatat_oleh_akun_id)
          values (${p.instansiId}, ${p.unitId}, ${p.tahun}, ${p.periodeKode}, ${p.predikat}, ${dasar}::jsonb,
            ${p.catatan}, ${p.penetapPegawaiId}, ${p.penetapNama}, ${p.penetapJabatan}, ${p.dicatatOlehAkunId})
          on conflict (instansi_id, unit_id, tahun, periode_kode) do nothing
          returning id, version, predikat`)
      : await exec.execute(sql`
          update predikat_organisasi set predikat = ${p.predikat}, dasar = ${dasar}::jsonb, catatan = ${p.catatan},
            penetap_pegawai_id = ${p.penetapPegawaiId}, penetap_nama = ${p.penetapNama},
            penetap_jabatan = ${p.penetapJabatan}, dicatat_oleh_akun_id = ${p.dicatatOlehAkunId},
            ditetapkan_at = now(), version = version + 1, updated_at = now()
          where instansi_id = ${p.instansiId} and unit_id = ${p.unitId} and tahun = ${p.tahun}
            and periode_kode = ${p.periodeKode} and version = ${version}
          returning id, version, predikat`);
  const row = res.rows[0] as { id: string; version: number; predikat: string } | undefined;
  return row ? { id: row.id, version: Number(row.version) } : null;
}

export async function getPredikat(
  exec: Executor,
  instansiId: string,
  unitId: string,
  tahun: number,
  periodeKode: string,
) {
  const res = await exec.execute(sql`
    select id, predikat, version, dasar, catatan, penetap_nama, penetap_pegawai_id from predikat_organisasi
    where instansi_id = ${instansiId} and unit_id = ${unitId} and tahun = ${tahun} and periode_kode = ${periodeKode}`);
  const r = res.rows[0] as Record<string, unknown> | undefined;
  return r
    ? {
        id: r.id as string,
        predikat: r.predikat as string,
        version: Number(r.version),
        dasar: r.dasar,
        catatan: (r.catatan as string | null) ?? null,
        penetapNama: r.penetap_nama as string,
      }
    : null;
}
