/**
 * The only SQL of the pohon kinerja view: everything below a unit for one year in a few set-based
 * reads (units, people, Perjanjian Kinerja, SKPs, RHK with IKI counts, intervened RHK outside the
 * unit), assembled in memory by src/domain/skp/pohon.ts.
 */
import { sql } from 'drizzle-orm';
import { likePrefix } from '../../db/like.ts';
import type { Executor } from '../../db/tx.ts';
import type {
  PohonIndikatorRow,
  PohonPegawaiRow,
  PohonRhkLuarRow,
  PohonRhkRow,
  PohonSasaranRow,
  PohonSkpRow,
  PohonUnitRow,
} from '../../domain/skp/pohon.ts';

const like = likePrefix;

export async function loadUnits(exec: Executor, instansiId: string, path: string): Promise<PohonUnitRow[]> {
  const res = await exec.execute(sql`
    select id, parent_id as "parentId", nama, jenis from unit_organisasi
    where instansi_id = ${instansiId} and path like ${like(path)}`);
  return res.rows as unknown as PohonUnitRow[];
}

/** Active pegawai with a definitive placement on `tanggal` in a position of the subtree. */
export async function loadPegawai(
  exec: Executor,
  instansiId: string,
  path: string,
  tanggal: string,
): Promise<PohonPegawaiRow[]> {
  // Units first (materialised), so positions and placements are hash-joined rather than probed one by one.
  const res = await exec.execute(sql`
    with u as materialized (select id from unit_organisasi where instansi_id = ${instansiId} and path like ${like(path)}),
    j as materialized (select j.id, j.nama, j.unit_id from jabatan j join u on u.id = j.unit_id where j.instansi_id = ${instansiId})
    select distinct on (pe.pegawai_id) pe.pegawai_id as id, p.nama, p.nip, j.nama as "jabatanNama", j.unit_id as "unitId"
    from penempatan pe
    join j on j.id = pe.jabatan_id
    join pegawai p on p.id = pe.pegawai_id
    where pe.instansi_id = ${instansiId} and pe.jenis = 'DEFINITIF'
      and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
      and p.status = 'AKTIF'
    order by pe.pegawai_id, pe.mulai desc`);
  return res.rows as unknown as PohonPegawaiRow[];
}

/** Sasaran and indikator of the Perjanjian Kinerja of every unit of the subtree for the year. */
export async function loadPk(exec: Executor, instansiId: string, path: string, tahun: number) {
  const res = await exec.execute(sql`
    select sa.id as "sasaranId", pk.unit_id as "unitId", pk.status as "pkStatus", sa.urutan as "sasaranUrutan", sa.sasaran,
      i.id as "indikatorId", i.urutan as "indikatorUrutan", i.indikator, i.target_nilai::text as "targetNilai", i.satuan,
      i.target_teks as "targetTeks"
    from perjanjian_kinerja pk
    join unit_organisasi u on u.id = pk.unit_id
    join pk_sasaran sa on sa.instansi_id = pk.instansi_id and sa.pk_id = pk.id
    left join pk_indikator i on i.instansi_id = sa.instansi_id and i.sasaran_id = sa.id
    where pk.instansi_id = ${instansiId} and pk.tahun = ${tahun} and u.instansi_id = ${instansiId} and u.path like ${like(path)}`);
  const sasaran = new Map<string, PohonSasaranRow>();
  const indikator: PohonIndikatorRow[] = [];
  for (const r of res.rows as Array<Record<string, unknown>>) {
    const sid = r.sasaranId as string;
    if (!sasaran.has(sid)) {
      sasaran.set(sid, {
        id: sid,
        unitId: r.unitId as string,
        pkStatus: r.pkStatus as string,
        urutan: r.sasaranUrutan as number,
        sasaran: r.sasaran as string,
      });
    }
    if (r.indikatorId) {
      indikator.push({
        id: r.indikatorId as string,
        sasaranId: sid,
        urutan: r.indikatorUrutan as number,
        indikator: r.indikator as string,
        targetNilai: (r.targetNilai as string | null) ?? null,
        satuan: (r.satuan as string | null) ?? null,
        targetTeks: (r.targetTeks as string | null) ?? null,
      });
    }
  }
  return { sasaran: [...sasaran.values()], indikator };
}

/** The year's SKPs (not closed) made for a unit of the subtree. */
export async function loadSkp(exec: Executor, instansiId: string, path: string, tahun: number): Promise<PohonSkpRow[]> {
  const res = await exec.execute(sql`
    select s.id, s.pegawai_id as "pegawaiId", s.status, s.jenis_form as "jenisForm"
    from skp s join unit_organisasi u on u.id = s.unit_id
    where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status <> 'DITUTUP'
      and u.instansi_id = ${instansiId} and u.path like ${like(path)}`);
  return res.rows as unknown as PohonSkpRow[];
}

/** RHK of those SKPs with their IKI counts. */
export async function loadRhk(exec: Executor, instansiId: string, path: string, tahun: number): Promise<PohonRhkRow[]> {
  const res = await exec.execute(sql`
    with s as materialized (
      select s.id from skp s join unit_organisasi u on u.id = s.unit_id
      where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status <> 'DITUTUP'
        and u.instansi_id = ${instansiId} and u.path like ${like(path)}
    ),
    r as materialized (
      select r.id, r.instansi_id, r.skp_id, r.jenis, r.urutan, r.teks, r.sumber, r.parent_rhk_id, r.pk_indikator_id
      from rhk r join s on s.id = r.skp_id where r.instansi_id = ${instansiId}
    )
    select r.id, r.skp_id as "skpId", r.jenis, r.urutan, r.teks, r.sumber, r.parent_rhk_id as "parentRhkId",
      r.pk_indikator_id as "pkIndikatorId",
      (select count(*) from iki k where k.instansi_id = r.instansi_id and k.rhk_id = r.id)::int as "jumlahIki"
    from r`);
  return res.rows as unknown as PohonRhkRow[];
}

/** RHK by id with their owner (for intervened RHK outside the unit). */
export async function loadRhkLuar(exec: Executor, instansiId: string, ids: string[]): Promise<PohonRhkLuarRow[]> {
  if (!ids.length) return [];
  const res = await exec.execute(sql`
    select r.id, r.skp_id as "skpId", r.teks, r.jenis, s.status as "skpStatus", s.pegawai_id as "pegawaiId",
      p.nama as "pegawaiNama", u.nama as "unitNama"
    from rhk r
    join skp s on s.id = r.skp_id
    join pegawai p on p.id = s.pegawai_id
    left join unit_organisasi u on u.id = s.unit_id
    where r.instansi_id = ${instansiId} and r.id = any(${sql.param(ids)}::uuid[])`);
  return res.rows as unknown as PohonRhkLuarRow[];
}
