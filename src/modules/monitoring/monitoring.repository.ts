/**
 * The only SQL of the monitoring pengisian (SKP completion) views. Who counts: every active pegawai
 * with a definitive placement on the reference date in a position of the unit subtree (or in a
 * given id list). Their status for a year is that of their latest SKP of the year that is not
 * closed (DITUTUP); none → BELUM_MULAI. Counts and lists are one set-based query each.
 */
import { type SQL, sql } from 'drizzle-orm';
import { likePrefix } from '../../db/like.ts';
import type { Executor } from '../../db/tx.ts';

export interface UnitInfo {
  id: string;
  parentId: string | null;
  nama: string;
  jenis: string;
  path: string;
}

export type StatusPengisian = 'BELUM_MULAI' | 'DRAFT' | 'DIAJUKAN' | 'DIKEMBALIKAN' | 'DITETAPKAN';

/** Which pegawai a monitoring query covers. */
export type Cakupan =
  | { kind: 'SUBTREE'; unitId: string; path: string; langsung?: boolean }
  | { kind: 'IDS'; ids: string[] };

export async function getUnitInfo(exec: Executor, instansiId: string, unitId: string): Promise<UnitInfo | null> {
  const res = await exec.execute(sql`
    select id, parent_id as "parentId", nama, jenis, path from unit_organisasi where instansi_id = ${instansiId} and id = ${unitId}`);
  return (res.rows[0] as unknown as UnitInfo | undefined) ?? null;
}

/** Units by id (for admin-unit and head scopes). */
export async function getUnitInfos(exec: Executor, instansiId: string, ids: string[]): Promise<UnitInfo[]> {
  if (!ids.length) return [];
  const res = await exec.execute(sql`
    select id, parent_id as "parentId", nama, jenis, path from unit_organisasi
    where instansi_id = ${instansiId} and id = any(${sql.param(ids)}::uuid[]) order by depth, nama`);
  return res.rows as unknown as UnitInfo[];
}

/** The top unit of a tenant (the one without a parent; the first by name when there are several). */
export async function getRootUnit(exec: Executor, instansiId: string): Promise<UnitInfo | null> {
  const res = await exec.execute(sql`
    select id, parent_id as "parentId", nama, jenis, path from unit_organisasi
    where instansi_id = ${instansiId} and parent_id is null order by nama limit 1`);
  return (res.rows[0] as unknown as UnitInfo | undefined) ?? null;
}

/** CTEs `members(pegawai_id, unit_id, path, jabatan_id)` and `latest(pegawai_id, …)` for a scope. */
function membersAndLatest(instansiId: string, tahun: number, tanggal: string, cakupan: Cakupan): SQL {
  const where =
    cakupan.kind === 'IDS'
      ? sql`pe.pegawai_id = any(${sql.param(cakupan.ids)}::uuid[])`
      : cakupan.langsung
        ? sql`j.unit_id = ${cakupan.unitId}`
        : sql`u.path like ${likePrefix(cakupan.path)}`;
  return sql`
    members as (
      select distinct on (pe.pegawai_id) pe.pegawai_id, j.unit_id, u.path, j.id as jabatan_id
      from penempatan pe
      join jabatan j on j.id = pe.jabatan_id
      join unit_organisasi u on u.id = j.unit_id
      join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = ${instansiId} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
        and p.status = 'AKTIF' and ${where}
      order by pe.pegawai_id, pe.mulai desc
    ),
    latest as (
      select distinct on (s.pegawai_id) s.pegawai_id, s.id, s.status, s.diajukan_at, s.ditetapkan_at, s.updated_at,
        s.snapshot -> 'penilai' ->> 'nama' as penilai_nama
      from skp s join members m on m.pegawai_id = s.pegawai_id
      where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status <> 'DITUTUP'
      order by s.pegawai_id, s.mulai desc, s.created_at desc
    )`;
}

const STATUS_EXPR = sql`coalesce(l.status, 'BELUM_MULAI')`;

export interface BarisRekap {
  unitId: string;
  nama: string;
  jenis: string;
  langsung: boolean;
  adaSubunit: boolean;
  belumMulai: number;
  draft: number;
  diajukan: number;
  dikembalikan: number;
  ditetapkan: number;
  total: number;
}

const COUNTS = sql`
  count(*) filter (where l.status is null)::int as "belumMulai",
  count(*) filter (where l.status = 'DRAFT')::int as draft,
  count(*) filter (where l.status = 'DIAJUKAN')::int as diajukan,
  count(*) filter (where l.status = 'DIKEMBALIKAN')::int as dikembalikan,
  count(*) filter (where l.status = 'DITETAPKAN')::int as ditetapkan,
  count(*)::int as total`;

/**
 * Counts per child unit of a unit (each child with its whole subtree) plus a row for the pegawai
 * placed directly in the unit; or, for an id list, per unit of those pegawai. One statement.
 */
export async function countPengisian(
  exec: Executor,
  instansiId: string,
  tahun: number,
  tanggal: string,
  cakupan: Cakupan,
): Promise<BarisRekap[]> {
  if (cakupan.kind === 'IDS') {
    const res = await exec.execute(sql`
      with ${membersAndLatest(instansiId, tahun, tanggal, cakupan)}
      select u.id as "unitId", u.nama, u.jenis, false as langsung, false as "adaSubunit", ${COUNTS}
      from members m join unit_organisasi u on u.id = m.unit_id left join latest l on l.pegawai_id = m.pegawai_id
      group by u.id, u.nama, u.jenis order by u.nama`);
    return res.rows as unknown as BarisRekap[];
  }
  const res = await exec.execute(sql`
    with ${membersAndLatest(instansiId, tahun, tanggal, { ...cakupan, langsung: false })},
    counts as (
      select case when m.path = ${cakupan.path} then ${cakupan.unitId}::text
                  else split_part(substr(m.path, ${cakupan.path.length + 1}), '/', 1) end as bucket,
        ${COUNTS}
      from members m left join latest l on l.pegawai_id = m.pegawai_id
      group by 1
    ),
    rows as (
      select u.id, u.nama, u.jenis, (u.id = ${cakupan.unitId}) as langsung,
        exists (select 1 from unit_organisasi x where x.instansi_id = ${instansiId} and x.parent_id = u.id) as "adaSubunit"
      from unit_organisasi u
      where u.instansi_id = ${instansiId} and (u.id = ${cakupan.unitId} or u.parent_id = ${cakupan.unitId})
    )
    select r.id as "unitId", r.nama, r.jenis, r.langsung, r."adaSubunit",
      coalesce(c."belumMulai", 0)::int as "belumMulai", coalesce(c.draft, 0)::int as draft,
      coalesce(c.diajukan, 0)::int as diajukan, coalesce(c.dikembalikan, 0)::int as dikembalikan,
      coalesce(c.ditetapkan, 0)::int as ditetapkan, coalesce(c.total, 0)::int as total
    from rows r left join counts c on c.bucket = r.id::text
    order by r.langsung desc, r.nama`);
  return res.rows as unknown as BarisRekap[];
}

export interface BarisPegawai {
  pegawaiId: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  status: StatusPengisian;
  skpId: string | null;
  penilaiNama: string | null;
  diajukanAt: string | null;
  ditetapkanAt: string | null;
  diubahAt: string | null;
}

/** The pegawai of a scope with their status (optionally one status), paged; `pageSize` 0 = all. */
export async function listPengisian(
  exec: Executor,
  instansiId: string,
  tahun: number,
  tanggal: string,
  cakupan: Cakupan,
  f: { status?: StatusPengisian; page: number; pageSize: number },
): Promise<{ total: number; items: BarisPegawai[] }> {
  const filter = f.status ? sql`where ${STATUS_EXPR} = ${f.status}` : sql``;
  const paging = f.pageSize > 0 ? sql`limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}` : sql``;
  const res = await exec.execute(sql`
    with ${membersAndLatest(instansiId, tahun, tanggal, cakupan)}
    select p.id as "pegawaiId", p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
      j.nama as "jabatanNama", u.id as "unitId", u.nama as "unitNama", ${STATUS_EXPR} as status, l.id as "skpId",
      l.penilai_nama as "penilaiNama", l.diajukan_at as "diajukanAt", l.ditetapkan_at as "ditetapkanAt",
      l.updated_at as "diubahAt", count(*) over ()::int as "jumlahSemua"
    from members m
    join pegawai p on p.id = m.pegawai_id
    join jabatan j on j.id = m.jabatan_id
    join unit_organisasi u on u.id = m.unit_id
    left join latest l on l.pegawai_id = m.pegawai_id
    ${filter}
    order by u.path, p.nama, p.nip
    ${paging}`);
  const rows = res.rows as Array<Record<string, unknown>>;
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? String(v) : null);
  return {
    total: (rows[0]?.jumlahSemua as number | undefined) ?? 0,
    items: rows.map(({ jumlahSemua: _j, diajukanAt, ditetapkanAt, diubahAt, ...r }) => ({
      ...(r as Omit<BarisPegawai, 'diajukanAt' | 'ditetapkanAt' | 'diubahAt'>),
      diajukanAt: iso(diajukanAt),
      ditetapkanAt: iso(ditetapkanAt),
      diubahAt: iso(diubahAt),
    })),
  };
}
