/**
 * The only SQL of the monitoring pengisian (SKP completion) views: the units and scopes, the
 * tenant-wide list of who counts with their status (findAnggota, cached per change stamp by
 * pengisian-cache.ts), the stamp itself, and the details of the people a page shows.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface UnitInfo {
  id: string;
  parentId: string | null;
  nama: string;
  jenis: string;
  path: string;
}

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

export interface Stempel {
  /** The tenant's org version (instansi.version): every org write raises it. */
  orgVersion: number;
  /** The tenant's SKP change number (skp_ubah.nomor; a trigger raises it). Text: it is a bigint. */
  skpNomor: string;
}

/** The two numbers a cached monitoring snapshot is keyed on; null for an unknown tenant. */
export async function getStempel(exec: Executor, instansiId: string): Promise<Stempel | null> {
  const res = await exec.execute(sql`
    select i.version as "orgVersion", coalesce(c.nomor, 0)::text as "skpNomor"
    from instansi i left join skp_ubah c on c.instansi_id = i.id where i.id = ${instansiId}`);
  return (res.rows[0] as unknown as Stempel | undefined) ?? null;
}

/** Every unit of a tenant, by name (the order rows are answered in). */
export async function findUnits(exec: Executor, instansiId: string): Promise<UnitInfo[]> {
  const res = await exec.execute(sql`
    select id, parent_id as "parentId", nama, jenis, path from unit_organisasi
    where instansi_id = ${instansiId} order by nama, id`);
  return res.rows as unknown as UnitInfo[];
}

export type StatusPengisian = 'BELUM_MULAI' | 'DRAFT' | 'DIAJUKAN' | 'DIKEMBALIKAN' | 'DITETAPKAN';

export interface Anggota {
  pegawaiId: string;
  unitId: string;
  jabatanId: string;
  status: StatusPengisian;
  skpId: string | null;
}

/**
 * Who counts, with their status, for the whole tenant, in the order lists are answered in (unit
 * path, name, NIP). Who counts: every active pegawai with a definitive placement on the date (their
 * latest one when several overlap), in the unit of that position. Their status is that of their
 * latest SKP of the year that is not closed (DITUTUP); none → BELUM_MULAI.
 */
export async function findAnggota(
  exec: Executor,
  instansiId: string,
  tahun: number,
  tanggal: string,
): Promise<Anggota[]> {
  const res = await exec.execute(sql`
    with members as (
      select distinct on (pe.pegawai_id) pe.pegawai_id, j.unit_id, j.id as jabatan_id
      from penempatan pe
      join jabatan j on j.id = pe.jabatan_id
      join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = ${instansiId} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
        and p.status = 'AKTIF'
      order by pe.pegawai_id, pe.mulai desc
    ),
    latest as (
      select distinct on (s.pegawai_id) s.pegawai_id, s.id, s.status
      from skp s
      where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status <> 'DITUTUP'
      order by s.pegawai_id, s.mulai desc, s.created_at desc
    )
    select m.pegawai_id as "pegawaiId", m.unit_id as "unitId", m.jabatan_id as "jabatanId",
      coalesce(l.status, 'BELUM_MULAI') as status, l.id as "skpId"
    from members m
    join pegawai p on p.id = m.pegawai_id
    join unit_organisasi u on u.id = m.unit_id
    left join latest l on l.pegawai_id = m.pegawai_id
    order by u.path, p.nama, p.nip`);
  return res.rows as unknown as Anggota[];
}

/**
 * The pegawai whose SKPs changed after number `sejak` up to `sampai` (skp_ubah_log), or null when
 * the log cannot tell (pruned, or a change too large to list): then the caller rebuilds.
 */
export async function findDiubahSejak(
  exec: Executor,
  instansiId: string,
  sejak: string,
  sampai: string,
): Promise<string[] | null> {
  const res = await exec.execute(sql`
    select count(distinct nomor)::int as nomor, count(*) filter (where pegawai_id is null)::int as penuh,
      coalesce(array_agg(distinct pegawai_id) filter (where pegawai_id is not null), '{}') as ids
    from skp_ubah_log where instansi_id = ${instansiId} and nomor > ${sejak}::bigint and nomor <= ${sampai}::bigint`);
  const row = res.rows[0] as { nomor: number; penuh: number; ids: string[] | string };
  // Every raise logs at least one row, so a complete log has every number in the range.
  if (row.penuh > 0 || BigInt(row.nomor) !== BigInt(sampai) - BigInt(sejak)) return null;
  return typeof row.ids === 'string' ? parseUuidArray(row.ids) : row.ids;
}

/** node-postgres leaves uuid[] as its text form ("{a,b}"). */
function parseUuidArray(text: string): string[] {
  const inner = text.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}

/** The latest open SKP of the year of some pegawai (the rule of findAnggota). */
export async function findLatestSkp(
  exec: Executor,
  instansiId: string,
  tahun: number,
  pegawaiIds: string[],
): Promise<Map<string, { id: string; status: StatusPengisian }>> {
  if (!pegawaiIds.length) return new Map();
  const res = await exec.execute(sql`
    select distinct on (s.pegawai_id) s.pegawai_id as "pegawaiId", s.id, s.status
    from skp s
    where s.instansi_id = ${instansiId} and s.pegawai_id = any(${sql.param(pegawaiIds)}::uuid[])
      and s.tahun = ${tahun} and s.status <> 'DITUTUP'
    order by s.pegawai_id, s.mulai desc, s.created_at desc`);
  const rows = res.rows as Array<{ pegawaiId: string; id: string; status: StatusPengisian }>;
  return new Map(rows.map((r) => [r.pegawaiId, { id: r.id, status: r.status }]));
}

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

/**
 * The details shown beside each counted person (names, position, SKP dates), in the order given.
 * Who counts and their status come from the snapshot the counts were made from, so a list and its
 * counts always agree.
 */
export async function findRincian(exec: Executor, instansiId: string, anggota: Anggota[]): Promise<BarisPegawai[]> {
  if (!anggota.length) return [];
  const res = await exec.execute(sql`
    select p.id as "pegawaiId", p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
      j.nama as "jabatanNama", u.id as "unitId", u.nama as "unitNama",
      s.snapshot -> 'penilai' ->> 'nama' as "penilaiNama", s.diajukan_at as "diajukanAt",
      s.ditetapkan_at as "ditetapkanAt", s.updated_at as "diubahAt"
    from unnest(${sql.param(anggota.map((a) => a.pegawaiId))}::uuid[], ${sql.param(anggota.map((a) => a.jabatanId))}::uuid[],
                ${sql.param(anggota.map((a) => a.skpId))}::uuid[]) with ordinality as m(pegawai_id, jabatan_id, skp_id, n)
    join pegawai p on p.id = m.pegawai_id and p.instansi_id = ${instansiId}
    join jabatan j on j.id = m.jabatan_id
    join unit_organisasi u on u.id = j.unit_id
    left join skp s on s.id = m.skp_id and s.instansi_id = ${instansiId}
    order by m.n`);
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? String(v) : null);
  const byId = new Map(anggota.map((a) => [a.pegawaiId, a]));
  return (res.rows as Array<Record<string, unknown>>).map(({ diajukanAt, ditetapkanAt, diubahAt, ...r }) => {
    const a = byId.get(r.pegawaiId as string) as Anggota;
    return {
      ...(r as Omit<BarisPegawai, 'status' | 'skpId' | 'diajukanAt' | 'ditetapkanAt' | 'diubahAt'>),
      status: a.status,
      skpId: a.skpId,
      diajukanAt: iso(diajukanAt),
      ditetapkanAt: iso(ditetapkanAt),
      diubahAt: iso(diubahAt),
    };
  });
}
