/** The only SQL for organisation master data: units, positions, pegawai, placements, overrides. */
import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { likeContains, likePrefix } from '../../db/like.ts';
import { instansi, jabatan, pegawai, penempatan, penilaiOverride, unitOrganisasi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';
import type { Scope } from '../access/index.ts';

export type UnitRow = typeof unitOrganisasi.$inferSelect;
export type JabatanRow = typeof jabatan.$inferSelect;
export type PegawaiRow = typeof pegawai.$inferSelect;
export type PenempatanRow = typeof penempatan.$inferSelect;

const activeOn = (from: SQL | unknown, to: SQL | unknown, tanggal: string) =>
  sql`(${from} is null or ${from} <= ${tanggal}::date) and (${to} is null or ${to} >= ${tanggal}::date)`;

export async function listInstansi(exec: Executor, ids: string[] | 'ALL') {
  const q = exec
    .select({
      id: instansi.id,
      kode: instansi.kode,
      nama: instansi.nama,
      jenis: instansi.jenis,
      jabatanPimpinan: instansi.jabatanPimpinan,
      namaPimpinan: instansi.namaPimpinan,
      isDemo: instansi.isDemo,
      version: instansi.version,
    })
    .from(instansi);
  return ids === 'ALL' ? q.orderBy(asc(instansi.nama)) : ids.length ? q.where(inArray(instansi.id, ids)) : [];
}

export type InstansiRow = typeof instansi.$inferSelect;

export async function insertInstansi(
  exec: Executor,
  row: { id: string; kode: string; nama: string; jenis: string; jabatanPimpinan: string; namaPimpinan: string | null },
): Promise<InstansiRow> {
  const rows = await exec.insert(instansi).values(row).returning();
  return rows[0];
}

/** Updates the tenant's own record if it is still at `version` (null: changed meanwhile). */
export async function updateInstansi(
  exec: Executor,
  id: string,
  version: number,
  patch: Partial<Pick<InstansiRow, 'nama' | 'jenis' | 'jabatanPimpinan' | 'namaPimpinan'>>,
): Promise<InstansiRow | null> {
  const rows = await exec
    .update(instansi)
    .set({ ...patch, version: sql`${instansi.version} + 1`, updatedAt: new Date() })
    .where(and(eq(instansi.id, id), eq(instansi.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function getInstansi(exec: Executor, id: string) {
  const rows = await exec.select().from(instansi).where(eq(instansi.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findInstansiByKode(exec: Executor, kode: string) {
  const rows = await exec.select().from(instansi).where(eq(instansi.kode, kode)).limit(1);
  return rows[0] ?? null;
}

/** Bumps the tenant's org version (invalidates cached hierarchy snapshots on every node). */
export async function bumpOrgVersion(exec: Executor, instansiId: string) {
  await exec
    .update(instansi)
    .set({ version: sql`${instansi.version} + 1`, updatedAt: new Date() })
    .where(eq(instansi.id, instansiId));
}

export async function getOrgVersion(exec: Executor, instansiId: string): Promise<number | null> {
  const rows = await exec.select({ v: instansi.version }).from(instansi).where(eq(instansi.id, instansiId));
  return rows[0]?.v ?? null;
}

/** Everything the appraiser resolution needs for one date, in four set-based queries. */
export async function loadOrgSnapshotRows(exec: Executor, instansiId: string, tanggal: string) {
  const [units, jabs, placements, overrides, people] = await Promise.all([
    exec
      .select({
        id: unitOrganisasi.id,
        parentId: unitOrganisasi.parentId,
        nama: unitOrganisasi.nama,
        jenis: unitOrganisasi.jenis,
        kepalaJabatanId: unitOrganisasi.kepalaJabatanId,
      })
      .from(unitOrganisasi)
      .where(
        and(
          eq(unitOrganisasi.instansiId, instansiId),
          activeOn(unitOrganisasi.aktifMulai, unitOrganisasi.aktifSampai, tanggal),
        ),
      ),
    exec
      .select({
        id: jabatan.id,
        unitId: jabatan.unitId,
        nama: jabatan.nama,
        jenis: jabatan.jenis,
        atasanJabatanId: jabatan.atasanJabatanId,
      })
      .from(jabatan)
      .where(and(eq(jabatan.instansiId, instansiId), activeOn(jabatan.aktifMulai, jabatan.aktifSampai, tanggal))),
    exec
      .select({ pegawaiId: penempatan.pegawaiId, jabatanId: penempatan.jabatanId, jenis: penempatan.jenis })
      .from(penempatan)
      .where(and(eq(penempatan.instansiId, instansiId), activeOn(penempatan.mulai, penempatan.selesai, tanggal)))
      .orderBy(asc(penempatan.mulai)),
    exec
      .select({
        pegawaiId: penilaiOverride.pegawaiId,
        penilaiPegawaiId: penilaiOverride.penilaiPegawaiId,
        alasan: penilaiOverride.alasan,
      })
      .from(penilaiOverride)
      .where(
        and(
          eq(penilaiOverride.instansiId, instansiId),
          activeOn(penilaiOverride.mulai, penilaiOverride.selesai, tanggal),
        ),
      ),
    exec
      .select({ id: pegawai.id, nama: pegawai.nama, nip: pegawai.nip })
      .from(pegawai)
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.status, 'AKTIF'))),
  ]);
  return { units, jabs, placements, overrides, people };
}

/** Units of a tenant with their head position, its current holder and the direct headcount. */
export async function listUnitsWithHeads(exec: Executor, instansiId: string, tanggal: string) {
  const res = await exec.execute(sql`
    with holders as (
      select distinct on (pe.jabatan_id) pe.jabatan_id, pe.jenis, p.id as pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang
      from penempatan pe join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = ${instansiId} and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
      order by pe.jabatan_id, case pe.jenis when 'DEFINITIF' then 0 when 'PLT' then 1 else 2 end
    ),
    counts as (
      select j.unit_id, count(*)::int as n
      from penempatan pe join jabatan j on j.id = pe.jabatan_id
      where pe.instansi_id = ${instansiId} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
      group by j.unit_id
    )
    select u.id, u.parent_id as "parentId", u.kode, u.nama, u.jenis, u.depth, u.version,
           u.kepala_jabatan_id as "kepalaJabatanId", kj.nama as "kepalaJabatanNama", kj.jenis as "kepalaJabatanJenis",
           h.pegawai_id as "kepalaPegawaiId", h.nama as "kepalaNama", h.jenis as "kepalaVia",
           coalesce(c.n, 0)::int as "jumlahPegawai"
    from unit_organisasi u
    left join jabatan kj on kj.id = u.kepala_jabatan_id
    left join holders h on h.jabatan_id = u.kepala_jabatan_id
    left join counts c on c.unit_id = u.id
    where u.instansi_id = ${instansiId}
    order by u.depth, u.nama`);
  return res.rows as Array<{
    id: string;
    parentId: string | null;
    kode: string;
    nama: string;
    jenis: string;
    depth: number;
    version: number;
    kepalaJabatanId: string | null;
    kepalaJabatanNama: string | null;
    kepalaJabatanJenis: string | null;
    kepalaPegawaiId: string | null;
    kepalaNama: string | null;
    kepalaVia: string | null;
    jumlahPegawai: number;
  }>;
}

export async function getUnit(exec: Executor, instansiId: string, id: string): Promise<UnitRow | null> {
  const rows = await exec
    .select()
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function getUnitsByIds(exec: Executor, instansiId: string, ids: string[]) {
  if (!ids.length) return [];
  return exec
    .select({
      id: unitOrganisasi.id,
      nama: unitOrganisasi.nama,
      kode: unitOrganisasi.kode,
      jenis: unitOrganisasi.jenis,
    })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), inArray(unitOrganisasi.id, ids)));
}

export async function childUnits(exec: Executor, instansiId: string, parentId: string) {
  return exec
    .select({
      id: unitOrganisasi.id,
      nama: unitOrganisasi.nama,
      kode: unitOrganisasi.kode,
      jenis: unitOrganisasi.jenis,
    })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.parentId, parentId)))
    .orderBy(asc(unitOrganisasi.nama));
}

export async function insertUnit(exec: Executor, row: typeof unitOrganisasi.$inferInsert) {
  const rows = await exec.insert(unitOrganisasi).values(row).returning();
  return rows[0];
}

/** Optimistic update: only applies when `version` still matches; returns null on a conflict. */
export async function updateUnit(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<UnitRow>,
) {
  const rows = await exec
    .update(unitOrganisasi)
    .set({ ...patch, version: sql`${unitOrganisasi.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, id), eq(unitOrganisasi.version, version)),
    )
    .returning();
  return rows[0] ?? null;
}

/** Rewrites the materialised path of a moved subtree. */
export async function rewriteSubtreePaths(exec: Executor, instansiId: string, oldPath: string, newPath: string) {
  const depthDelta = newPath.split('/').length - oldPath.split('/').length;
  await exec.execute(sql`
    update unit_organisasi set path = ${newPath} || substr(path, ${oldPath.length + 1}), depth = depth + ${depthDelta}
    where instansi_id = ${instansiId} and path like ${likePrefix(oldPath)} and path <> ${oldPath}`);
}

export async function listJabatanInUnit(exec: Executor, instansiId: string, unitId: string, tanggal: string) {
  const res = await exec.execute(sql`
    select j.id, j.kode, j.nama, j.jenis, j.jenjang, j.kelas, j.version, j.atasan_jabatan_id as "atasanJabatanId",
      coalesce(json_agg(json_build_object('pegawaiId', p.id, 'nama', p.nama, 'nip', p.nip, 'jenis', pe.jenis,
        'mulai', pe.mulai, 'selesai', pe.selesai) order by p.nama) filter (where p.id is not null), '[]') as pemegang
    from jabatan j
    left join penempatan pe on pe.jabatan_id = j.id and pe.instansi_id = j.instansi_id
      and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
    left join pegawai p on p.id = pe.pegawai_id
    where j.instansi_id = ${instansiId} and j.unit_id = ${unitId}
    group by j.id order by case j.jenis when 'JPT_UTAMA' then 0 when 'JPT_MADYA' then 1 when 'JPT_PRATAMA' then 2
      when 'ADMINISTRATOR' then 3 when 'PENGAWAS' then 4 when 'FUNGSIONAL' then 5 else 6 end, j.nama`);
  return res.rows as Array<{
    id: string;
    kode: string;
    nama: string;
    jenis: string;
    jenjang: string | null;
    kelas: number | null;
    version: number;
    atasanJabatanId: string | null;
    pemegang: Array<{
      pegawaiId: string;
      nama: string;
      nip: string;
      jenis: string;
      mulai: string;
      selesai: string | null;
    }>;
  }>;
}

export async function getJabatan(exec: Executor, instansiId: string, id: string): Promise<JabatanRow | null> {
  const rows = await exec
    .select()
    .from(jabatan)
    .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertJabatan(exec: Executor, row: typeof jabatan.$inferInsert) {
  const rows = await exec.insert(jabatan).values(row).returning();
  return rows[0];
}

export async function updateJabatan(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<JabatanRow>,
) {
  const rows = await exec
    .update(jabatan)
    .set({ ...patch, version: sql`${jabatan.version} + 1`, updatedAt: new Date() })
    .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id), eq(jabatan.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** SQL condition (over aliases p = pegawai, u = unit of the current position) for a visibility scope. */
function scopeCondition(scope: Scope): SQL | undefined {
  if (scope.kind === 'ALL') return undefined;
  if (scope.kind === 'IDS') return idIn(scope.ids);
  const inSubtree = sql.join(
    scope.paths.map((p) => sql`u.path like ${likePrefix(p)}`),
    sql` or `,
  );
  return sql`(${inSubtree} or ${idIn(scope.alsoIds)})`;
}

/** `p.id` in a list of ids, passed as one parameter (drizzle would expand an array into many). */
function idIn(ids: string[]): SQL {
  return ids.length ? sql`p.id = any(string_to_array(${ids.join(',')}, ',')::uuid[])` : sql`false`;
}

export interface PegawaiListFilter {
  instansiId: string;
  tanggal: string;
  q?: string;
  unitId?: string;
  includeSubunits?: boolean;
  unitPath?: string;
  jenisAsn?: string;
  jenisJabatan?: string;
  page: number;
  pageSize: number;
}

/** Pegawai with their current definitive position and unit, filtered, scoped and paged. */
export async function findPegawai(exec: Executor, f: PegawaiListFilter, scope: Scope) {
  const conds: SQL[] = [sql`p.instansi_id = ${f.instansiId}`];
  const sc = scopeCondition(scope);
  if (sc) conds.push(sc);
  // The search's candidates (a superset of the matches: name or NIP, or holding a matching
  // position today) come from the trigram indexes (pegawai_nama/nip_trgm_idx,
  // jabatan_nama_trgm_idx); the exact condition then filters on the current placement.
  let candidates: SQL | null = null;
  if (f.q) {
    const like = likeContains(f.q);
    conds.push(sql`(p.nama ilike ${like} or p.nip like ${like} or j.nama ilike ${like})`);
    candidates = sql`
      select c.id from pegawai c where c.instansi_id = ${f.instansiId} and (c.nama ilike ${like} or c.nip like ${like})
      union
      select pe.pegawai_id from jabatan cj
        join penempatan pe on pe.instansi_id = cj.instansi_id and pe.jabatan_id = cj.id
      where cj.instansi_id = ${f.instansiId} and cj.nama ilike ${like} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${f.tanggal}::date and (pe.selesai is null or pe.selesai >= ${f.tanggal}::date)`;
  }
  if (f.unitId && f.includeSubunits && f.unitPath) conds.push(sql`u.path like ${likePrefix(f.unitPath)}`);
  else if (f.unitId) conds.push(sql`j.unit_id = ${f.unitId}`);
  if (f.jenisAsn) conds.push(sql`p.jenis_asn = ${f.jenisAsn}`);
  if (f.jenisJabatan) conds.push(sql`j.jenis = ${f.jenisJabatan}`);
  const where = sql.join(conds, sql` and `);
  // The page walks pegawai in name order (index pegawai_nama_idx) and looks up the current
  // placement only for the rows it returns.
  const current = sql`left join lateral (
      select pe.jabatan_id from penempatan pe
      where pe.pegawai_id = p.id and pe.instansi_id = p.instansi_id and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${f.tanggal}::date and (pe.selesai is null or pe.selesai >= ${f.tanggal}::date)
      order by pe.mulai desc limit 1) cur on true
    left join jabatan j on j.id = cur.jabatan_id
    left join unit_organisasi u on u.id = j.unit_id`;
  // When a filter needs every row's placement (search, unit, jenis jabatan, unit-admin scope), join
  // all current placements as one hash-joined set instead of one lookup per pegawai.
  const allCurrent = sql`left join (
      select distinct on (pe.pegawai_id) pe.pegawai_id, pe.jabatan_id from penempatan pe
      where pe.instansi_id = ${f.instansiId} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${f.tanggal}::date and (pe.selesai is null or pe.selesai >= ${f.tanggal}::date)
      order by pe.pegawai_id, pe.mulai desc) cur on cur.pegawai_id = p.id
    left join jabatan j on j.id = cur.jabatan_id
    left join unit_organisasi u on u.id = j.unit_id`;
  const needsPlacement = !!(f.q || f.unitId || f.jenisJabatan || scope.kind === 'SUBTREES');
  const pageSql = (extra: SQL, joins: SQL) => sql`
      select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.jenis_asn as "jenisAsn",
        p.golongan, p.status, j.id as "jabatanId", j.nama as "jabatanNama", j.jenis as "jenisJabatan", j.jenjang,
        u.id as "unitId", u.nama as "unitNama"${extra}
      from pegawai p ${joins}
      where ${where}
      order by p.nama, p.nip
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`;
  if (f.q && scope.kind === 'ALL' && !f.unitId && !f.jenisJabatan) {
    // A tenant-wide search (the admins' list, pickers): name/NIP matches are exact straight from
    // the trigram bitmap scan and need no placement; position matches are checked against the
    // current placement. Only the page's rows then look up their position and unit, so a common
    // name (1,631 matches at 100,000 pegawai) costs one scan and a sort, not 1,631 lookups.
    const like = likeContains(f.q);
    const asn = f.jenisAsn ? sql`and c.jenis_asn = ${f.jenisAsn}` : sql``;
    const matches = sql`
        select c.id, c.nama, c.nip from pegawai c
        where c.instansi_id = ${f.instansiId} and (c.nama ilike ${like} or c.nip like ${like}) ${asn}
        union
        select c.id, c.nama, c.nip from jabatan cj
          join penempatan pe on pe.instansi_id = cj.instansi_id and pe.jabatan_id = cj.id
          cross join lateral (select * from pegawai c where c.id = pe.pegawai_id limit 1) c
        where cj.instansi_id = ${f.instansiId} and cj.nama ilike ${like} and pe.jenis = 'DEFINITIF'
          and pe.mulai <= ${f.tanggal}::date and (pe.selesai is null or pe.selesai >= ${f.tanggal}::date) ${asn}
          and pe.jabatan_id = (select cur.jabatan_id from penempatan cur
            where cur.pegawai_id = c.id and cur.instansi_id = c.instansi_id and cur.jenis = 'DEFINITIF'
              and cur.mulai <= ${f.tanggal}::date and (cur.selesai is null or cur.selesai >= ${f.tanggal}::date)
            order by cur.mulai desc limit 1)`;
    const res = await exec.execute(sql`
      with hit as materialized (${matches}
      ),
      page as (select id from hit order by nama, nip limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize})
      select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.jenis_asn as "jenisAsn",
        p.golongan, p.status, j.id as "jabatanId", j.nama as "jabatanNama", j.jenis as "jenisJabatan", j.jenjang,
        u.id as "unitId", u.nama as "unitNama", (select count(*) from hit)::int as total
      from page join pegawai p on p.id = page.id ${current}
      order by p.nama, p.nip`);
    const rows = res.rows as Array<Record<string, unknown> & { total: number }>;
    if (rows.length) return { total: rows[0].total, items: rows.map(({ total: _t, ...r }) => r) };
    const count = await exec.execute(sql`select count(*)::int as n from (${matches}) x`);
    return { total: Number((count.rows[0] as { n: number }).n), items: [] };
  }
  if (candidates) {
    // A scoped search (a unit admin's, a unit's, a position type's) walks only its candidates, each looked up by primary key (the `limit 1` laterals
    // keep PostgreSQL from hash-joining the whole of pegawai and jabatan, which it preferred for
    // ~1,000 candidates under the default random_page_cost: 140-200 ms at 100,000 pegawai; now
    // 35-60 ms on a loaded machine), then sorts and counts the matches once.
    const res = await exec.execute(sql`
      with cand as (${candidates}),
      hit as materialized (
        select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
          p.jenis_asn as "jenisAsn", p.golongan, p.status, j.id as "jabatanId", j.nama as "jabatanNama",
          j.jenis as "jenisJabatan", j.jenjang, u.id as "unitId", u.nama as "unitNama"
        from cand
        cross join lateral (select * from pegawai p where p.id = cand.id and p.instansi_id = ${f.instansiId} limit 1) p
        left join lateral (
          select pe.jabatan_id from penempatan pe
          where pe.pegawai_id = p.id and pe.instansi_id = p.instansi_id and pe.jenis = 'DEFINITIF'
            and pe.mulai <= ${f.tanggal}::date and (pe.selesai is null or pe.selesai >= ${f.tanggal}::date)
          order by pe.mulai desc limit 1) cur on true
        left join lateral (select * from jabatan j where j.id = cur.jabatan_id limit 1) j on true
        left join lateral (select * from unit_organisasi u where u.id = j.unit_id limit 1) u on true
        where ${where}
      )
      select hit.*, (select count(*) from hit)::int as total from hit
      order by nama, nip
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`);
    const rows = res.rows as Array<Record<string, unknown> & { total: number }>;
    if (rows.length || f.page === 1) {
      return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...r }) => r) };
    }
    const count = await exec.execute(sql`with cand as (${candidates})
      select count(*)::int as n from cand
      cross join lateral (select * from pegawai p where p.id = cand.id and p.instansi_id = ${f.instansiId} limit 1) p
      ${current} where ${where}`);
    return { total: Number((count.rows[0] as { n: number }).n), items: [] };
  }
  if (needsPlacement) {
    // Filtered: one pass computes the page and the total (window count) over the joined set.
    const res = await exec.execute(pageSql(sql`, count(*) over ()::int as total`, allCurrent));
    const rows = res.rows as Array<Record<string, unknown> & { total: number }>;
    if (rows.length || f.page === 1) {
      return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...r }) => r) };
    }
    const count = await exec.execute(sql`select count(*)::int as n from pegawai p ${allCurrent} where ${where}`);
    return { total: Number((count.rows[0] as { n: number }).n), items: [] };
  }
  // Unfiltered: the total is an uncorrelated subquery (computed once), so page and total take one
  // round trip; an empty page (past the end) counts separately.
  // The page is cut from pegawai alone (every condition here is on p) before the placement lookup,
  // so a later page looks up 50 placements, not offset + 50.
  const page = await exec.execute(sql`
      select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.jenis_asn as "jenisAsn",
        p.golongan, p.status, j.id as "jabatanId", j.nama as "jabatanNama", j.jenis as "jenisJabatan", j.jenjang,
        u.id as "unitId", u.nama as "unitNama", (select count(*)::int from pegawai p where ${where}) as total
      from (select p.* from pegawai p where ${where} order by p.nama, p.nip
            limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}) p ${current}
      order by p.nama, p.nip`);
  const rows = page.rows as Array<Record<string, unknown> & { total: number }>;
  if (rows.length) return { total: Number(rows[0].total), items: rows.map(({ total: _t, ...r }) => r) };
  const count = await exec.execute(sql`select count(*)::int as n from pegawai p where ${where}`);
  return { total: Number((count.rows[0] as { n: number }).n), items: [] };
}

export async function getPegawai(exec: Executor, instansiId: string, id: string): Promise<PegawaiRow | null> {
  const rows = await exec
    .select()
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPegawaiByNip(exec: Executor, instansiId: string, nip: string): Promise<PegawaiRow | null> {
  const rows = await exec
    .select()
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.nip, nip)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPegawai(exec: Executor, row: typeof pegawai.$inferInsert) {
  const rows = await exec.insert(pegawai).values(row).returning();
  return rows[0];
}

export async function updatePegawai(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<PegawaiRow>,
) {
  const rows = await exec
    .update(pegawai)
    .set({ ...patch, version: sql`${pegawai.version} + 1`, updatedAt: new Date() })
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id), eq(pegawai.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Placement history of one pegawai, newest first, with position and unit names. */
export async function placementHistory(exec: Executor, instansiId: string, pegawaiId: string) {
  return exec
    .select({
      id: penempatan.id,
      jenis: penempatan.jenis,
      mulai: penempatan.mulai,
      selesai: penempatan.selesai,
      nomorSk: penempatan.nomorSk,
      jabatanId: jabatan.id,
      jabatanNama: jabatan.nama,
      jenisJabatan: jabatan.jenis,
      jenjang: jabatan.jenjang,
      unitId: unitOrganisasi.id,
      unitNama: unitOrganisasi.nama,
    })
    .from(penempatan)
    .innerJoin(jabatan, eq(jabatan.id, penempatan.jabatanId))
    .innerJoin(unitOrganisasi, eq(unitOrganisasi.id, jabatan.unitId))
    .where(and(eq(penempatan.instansiId, instansiId), eq(penempatan.pegawaiId, pegawaiId)))
    .orderBy(sql`${penempatan.mulai} desc`);
}

export async function openDefinitivePlacement(exec: Executor, instansiId: string, pegawaiId: string) {
  const rows = await exec
    .select()
    .from(penempatan)
    .where(
      and(
        eq(penempatan.instansiId, instansiId),
        eq(penempatan.pegawaiId, pegawaiId),
        eq(penempatan.jenis, 'DEFINITIF'),
        isNull(penempatan.selesai),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Definitive placements of a pegawai overlapping [mulai, selesai]. */
export async function overlappingDefinitive(
  exec: Executor,
  instansiId: string,
  pegawaiId: string,
  mulai: string,
  selesai: string | null,
) {
  return exec
    .select({ id: penempatan.id })
    .from(penempatan)
    .where(
      and(
        eq(penempatan.instansiId, instansiId),
        eq(penempatan.pegawaiId, pegawaiId),
        eq(penempatan.jenis, 'DEFINITIF'),
        sql`${penempatan.mulai} <= coalesce(${selesai}::date, 'infinity'::date)`,
        sql`coalesce(${penempatan.selesai}, 'infinity'::date) >= ${mulai}::date`,
      ),
    );
}

export async function closePlacement(exec: Executor, id: string, selesai: string) {
  await exec
    .update(penempatan)
    .set({ selesai, version: sql`${penempatan.version} + 1` })
    .where(eq(penempatan.id, id));
}

export async function getPlacement(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .select()
    .from(penempatan)
    .where(and(eq(penempatan.instansiId, instansiId), eq(penempatan.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPlacement(exec: Executor, row: typeof penempatan.$inferInsert) {
  const rows = await exec.insert(penempatan).values(row).returning();
  return rows[0];
}

export async function insertOverride(exec: Executor, row: typeof penilaiOverride.$inferInsert) {
  const rows = await exec.insert(penilaiOverride).values(row).returning();
  return rows[0];
}

export async function listOverrides(exec: Executor, instansiId: string, pegawaiId: string) {
  return exec
    .select({
      id: penilaiOverride.id,
      penilaiPegawaiId: penilaiOverride.penilaiPegawaiId,
      penilaiNama: pegawai.nama,
      mulai: penilaiOverride.mulai,
      selesai: penilaiOverride.selesai,
      alasan: penilaiOverride.alasan,
    })
    .from(penilaiOverride)
    .innerJoin(pegawai, eq(pegawai.id, penilaiOverride.penilaiPegawaiId))
    .where(and(eq(penilaiOverride.instansiId, instansiId), eq(penilaiOverride.pegawaiId, pegawaiId)));
}

export async function deleteOverride(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .delete(penilaiOverride)
    .where(and(eq(penilaiOverride.instansiId, instansiId), eq(penilaiOverride.id, id)))
    .returning();
  return rows[0] ?? null;
}

export async function searchUnits(exec: Executor, instansiId: string, q: string) {
  return exec
    .select({ id: unitOrganisasi.id, nama: unitOrganisasi.nama, path: unitOrganisasi.path })
    .from(unitOrganisasi)
    .where(
      and(
        eq(unitOrganisasi.instansiId, instansiId),
        or(ilike(unitOrganisasi.nama, likeContains(q)), ilike(unitOrganisasi.kode, likeContains(q))),
      ),
    )
    .limit(50);
}
