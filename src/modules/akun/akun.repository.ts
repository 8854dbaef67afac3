/** The only SQL for account administration. */
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { type BulkColumn, pgArrayLiteral, toColumns, unnestFrom } from '../../db/bulk.ts';
import { likeContains, likePrefix } from '../../db/like.ts';
import { akun, akunPeran, pegawai, sesi, unitOrganisasi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';

export async function findAkunInInstansi(exec: Executor, instansiId: string, q?: string) {
  const where = q
    ? and(
        eq(akun.instansiId, instansiId),
        or(ilike(akun.username, likeContains(q)), ilike(akun.namaTampilan, likeContains(q))),
      )
    : eq(akun.instansiId, instansiId);
  const rows = await exec
    .select({
      id: akun.id,
      username: akun.username,
      namaTampilan: akun.namaTampilan,
      pegawaiId: akun.pegawaiId,
      nip: pegawai.nip,
      isActive: akun.isActive,
      lastLoginAt: akun.lastLoginAt,
      lockedUntil: akun.lockedUntil,
      peran: sql<Array<{ peran: string; unitId: string | null; unitNama: string | null }>>`coalesce((
        select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'unitNama', u.nama))
        from akun_peran ap left join unit_organisasi u on u.id = ap.unit_id where ap.akun_id = ${akun.id}), '[]')`,
    })
    .from(akun)
    .leftJoin(pegawai, eq(pegawai.id, akun.pegawaiId))
    .where(where)
    .orderBy(asc(akun.username))
    .limit(200);
  const now = Date.now();
  return rows.map((r) => ({
    ...r,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    // Only a lock still running is news; a past value is just the time of the last failure.
    lockedUntil: r.lockedUntil && r.lockedUntil.getTime() > now ? r.lockedUntil.toISOString() : null,
  }));
}

export async function getAkunInInstansi(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .select()
    .from(akun)
    .where(and(eq(akun.instansiId, instansiId), eq(akun.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function akunForPegawai(exec: Executor, pegawaiId: string) {
  const rows = await exec.select({ id: akun.id }).from(akun).where(eq(akun.pegawaiId, pegawaiId)).limit(1);
  return rows[0] ?? null;
}

export async function setActive(exec: Executor, id: string, isActive: boolean) {
  await exec.update(akun).set({ isActive }).where(eq(akun.id, id));
  if (!isActive) await exec.delete(sesi).where(eq(sesi.akunId, id));
}

export async function replaceRoles(
  exec: Executor,
  akunId: string,
  instansiId: string,
  roles: Array<{ peran: string; unitId: string | null }>,
) {
  await exec.delete(akunPeran).where(eq(akunPeran.akunId, akunId));
  for (const r of roles) await exec.insert(akunPeran).values({ akunId, peran: r.peran, instansiId, unitId: r.unitId });
}

export async function nipOfPegawai(exec: Executor, pegawaiId: string): Promise<string | null> {
  const rows = await exec.select({ nip: pegawai.nip }).from(pegawai).where(eq(pegawai.id, pegawaiId)).limit(1);
  return rows[0]?.nip ?? null;
}

/** Ends a lock after failed password guesses and forgets the count (login-throttle.ts). */
/** The account with this (normalised) username in one scope: a tenant, or install-level for null. */
export async function findAkunInScope(exec: Executor, instansiId: string | null, username: string) {
  const rows = await exec
    .select()
    .from(akun)
    .where(
      and(
        instansiId ? eq(akun.instansiId, instansiId) : sql`${akun.instansiId} is null`,
        sql`lower(${akun.username}) = lower(${username})`,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function clearLock(exec: Executor, id: string) {
  await exec.update(akun).set({ failedLogins: 0, lockedUntil: null }).where(eq(akun.id, id));
}

/** Stores a system-generated password: the owner must replace it at their next login. */
export async function setPasswordHash(exec: Executor, id: string, passwordHash: string) {
  // A reset is how a locked-out owner gets back in: it ends a lock too.
  await exec
    .update(akun)
    .set({ passwordHash, passwordChangedAt: null, wajibGantiSandi: true, failedLogins: 0, lockedUntil: null })
    .where(eq(akun.id, id));
  await exec.delete(sesi).where(eq(sesi.akunId, id));
}

export async function unitExists(exec: Executor, instansiId: string, unitId: string) {
  const rows = await exec
    .select({ id: unitOrganisasi.id })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, unitId)));
  return rows.length > 0;
}

// ---- bulk accounts -------------------------------------------------------------------------

export async function getUnitBrief(exec: Executor, instansiId: string, unitId: string) {
  const rows = await exec
    .select({ id: unitOrganisasi.id, kode: unitOrganisasi.kode, nama: unitOrganisasi.nama, path: unitOrganisasi.path })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, unitId)))
    .limit(1);
  return rows[0] ?? null;
}

export interface PegawaiTanpaAkun {
  pegawaiId: string;
  nip: string;
  nama: string;
  unitNama: string;
  /** Another account of the tenant already uses the NIP as its username (it cannot be this pegawai's). */
  usernameTerpakai: boolean;
}

/**
 * Active pegawai of the tenant with a placement current on `tanggal` (the definitive one decides
 * the unit when there are several) inside the unit subtrees `paths` (the whole tenant when null),
 * who have no account yet. Ordered by unit (tree order), then name, the way the sheet is handed out.
 */
export async function findPegawaiTanpaAkun(
  exec: Executor,
  instansiId: string,
  tanggal: string,
  paths: readonly string[] | null,
): Promise<PegawaiTanpaAkun[]> {
  const inScope = paths
    ? sql`and u.path like any(${sql.param(pgArrayLiteral(paths.map(likePrefix), 'text'))}::text[])`
    : sql``;
  const res = await exec.execute(sql`
    select p.id as "pegawaiId", p.nip, p.nama, u.nama as "unitNama",
      exists (select 1 from akun t where t.instansi_id = p.instansi_id and lower(t.username) = lower(p.nip)) as "usernameTerpakai"
    from pegawai p
    join (
      select distinct on (pe.pegawai_id) pe.pegawai_id, pe.jabatan_id from penempatan pe
      where pe.instansi_id = ${instansiId} and pe.mulai <= ${tanggal}::date and (pe.selesai is null or pe.selesai >= ${tanggal}::date)
      order by pe.pegawai_id, (pe.jenis = 'DEFINITIF') desc, pe.mulai desc
    ) cur on cur.pegawai_id = p.id
    join jabatan j on j.id = cur.jabatan_id
    join unit_organisasi u on u.id = j.unit_id
    where p.instansi_id = ${instansiId} and p.status = 'AKTIF'
      and not exists (select 1 from akun a where a.pegawai_id = p.id)
      ${inScope}
    order by u.path, p.nama, p.nip`);
  return res.rows as unknown as PegawaiTanpaAkun[];
}

/** Serialises bulk account creation per tenant for the rest of the transaction. */
export async function lockAkunMassal(tx: Executor, instansiId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kinerja-akun-massal:${instansiId}`}))`);
}

/** Of the given pegawai, those that still have no account (checked again under the lock). */
export async function stillWithoutAkun(tx: Executor, pegawaiIds: readonly string[]): Promise<Set<string>> {
  if (!pegawaiIds.length) return new Set();
  const res = await tx.execute(sql`
    select id from unnest(${sql.param(pgArrayLiteral(pegawaiIds, 'uuid'))}::uuid[]) as x(id)
    where not exists (select 1 from akun a where a.pegawai_id = x.id)`);
  return new Set((res.rows as Array<{ id: string }>).map((r) => r.id));
}

const AKUN_MASSAL_COLS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'instansi_id', type: 'uuid' },
  { name: 'username', type: 'text' },
  { name: 'password_hash', type: 'text' },
  { name: 'pegawai_id', type: 'uuid' },
  { name: 'nama_tampilan', type: 'text' },
];

/**
 * Inserts accounts with system-generated passwords (wajib_ganti_sandi), in chunks; a username
 * taken meanwhile is skipped, not an error. Returns the ids actually inserted.
 */
export async function insertGeneratedAccounts(
  tx: Executor,
  rows: ReadonlyArray<{
    id: string;
    instansiId: string;
    username: string;
    passwordHash: string;
    pegawaiId: string;
    namaTampilan: string;
  }>,
  onChunk?: (done: number) => void,
): Promise<Set<string>> {
  const data = toColumns(rows, AKUN_MASSAL_COLS, (r) => [
    r.id,
    r.instansiId,
    r.username,
    r.passwordHash,
    r.pegawaiId,
    r.namaTampilan,
  ]);
  const names = AKUN_MASSAL_COLS.map((c) => `"${c.name}"`).join(', ');
  const inserted = new Set<string>();
  const CHUNK = 2000;
  for (let from = 0; from < rows.length; from += CHUNK) {
    const to = Math.min(rows.length, from + CHUNK);
    const res = await tx.execute(sql`
      insert into akun (${sql.raw(names)}, wajib_ganti_sandi)
      select ${sql.raw(names)}, true from ${unnestFrom(AKUN_MASSAL_COLS, data, from, to)}
      on conflict ((coalesce(instansi_id, '00000000-0000-0000-0000-000000000000'::uuid)), (lower(username))) do nothing
      returning id`);
    for (const r of res.rows as Array<{ id: string }>) inserted.add(r.id);
    onChunk?.(to);
  }
  return inserted;
}
