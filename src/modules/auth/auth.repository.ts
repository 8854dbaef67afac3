/** The only SQL for accounts, sessions and login attempts. */
import { and, eq, gt, sql } from 'drizzle-orm';
import { akun, akunPeran, instansi, loginAttempt, pegawai, sesi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';
import type { RoleGrant } from '../access/index.ts';

export type AkunRow = typeof akun.$inferSelect;

/** Finds an account by username, or by the NIP of its linked pegawai. */
export async function findAkunForLogin(exec: Executor, username: string): Promise<AkunRow | null> {
  const byName = await exec.select().from(akun).where(sql`lower(${akun.username}) = lower(${username})`).limit(1);
  if (byName[0]) return byName[0];
  if (!/^\d{18}$/.test(username)) return null;
  const byNip = await exec
    .select({ a: akun })
    .from(akun)
    .innerJoin(pegawai, eq(pegawai.id, akun.pegawaiId))
    .where(eq(pegawai.nip, username))
    .limit(2);
  return byNip.length === 1 ? byNip[0].a : null;
}

export async function getAkun(exec: Executor, id: string): Promise<AkunRow | null> {
  const rows = await exec.select().from(akun).where(eq(akun.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Failed logins from one client address since `since` (any username). */
export async function countFailuresFromIp(exec: Executor, ip: string, since: Date): Promise<number> {
  const rows = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.ip, ip), eq(loginAttempt.success, false), gt(loginAttempt.at, since)));
  return Number(rows[0]?.n ?? 0);
}

/** Failed logins for one (normalised) username since `since`, and the last one's time. */
export async function failuresForUsername(exec: Executor, username: string, since: Date) {
  const rows = await exec
    .select({ n: sql<number>`count(*)::int`, last: sql<string | null>`max(${loginAttempt.at})` })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.username, username), eq(loginAttempt.success, false), gt(loginAttempt.at, since)));
  const last = rows[0]?.last;
  return { n: Number(rows[0]?.n ?? 0), last: last ? new Date(last) : null };
}

export async function recordAttempt(
  exec: Executor,
  a: { ip: string; username: string; success: boolean; at: Date },
): Promise<void> {
  await exec.insert(loginAttempt).values({ ...a, username: a.username.slice(0, 100) });
}

/** The account's guessing counter, locked for the caller's transaction. */
export async function lockStateForUpdate(tx: Executor, akunId: string) {
  const rows = await tx
    .select({ failures: akun.failedLogins, lockedUntil: akun.lockedUntil })
    .from(akun)
    .where(eq(akun.id, akunId))
    .for('update');
  return rows[0] ?? null;
}

export async function setLockState(exec: Executor, akunId: string, failures: number, lockedUntil: Date | null) {
  await exec.update(akun).set({ failedLogins: failures, lockedUntil }).where(eq(akun.id, akunId));
}

export async function insertSession(exec: Executor, s: typeof sesi.$inferInsert) {
  await exec.insert(sesi).values(s);
}

/** A live session with its account and roles, in one query (it runs on every API request). */
export async function findSession(exec: Executor, id: string) {
  const rows = await exec
    .select({
      s: sesi,
      a: akun,
      roles: sql<RoleGrant[]>`coalesce((
        select json_agg(json_build_object('peran', ap.peran, 'instansiId', ap.instansi_id, 'unitId', ap.unit_id, 'unitPath', u.path))
        from akun_peran ap left join unit_organisasi u on u.id = ap.unit_id
        where ap.akun_id = "akun"."id"), '[]'::json)`,
    })
    .from(sesi)
    .innerJoin(akun, eq(akun.id, sesi.akunId))
    .where(and(eq(sesi.id, id), gt(sesi.expiresAt, new Date())))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(exec: Executor, id: string, expiresAt: Date) {
  await exec.update(sesi).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sesi.id, id));
}

export async function deleteSession(exec: Executor, id: string) {
  await exec.delete(sesi).where(eq(sesi.id, id));
}

export async function deleteOtherSessions(exec: Executor, akunId: string, keepId: string) {
  await exec.delete(sesi).where(and(eq(sesi.akunId, akunId), sql`${sesi.id} <> ${keepId}`));
}

export async function updatePassword(exec: Executor, akunId: string, passwordHash: string) {
  // The owner chose this password: a pending forced change is done.
  await exec
    .update(akun)
    .set({ passwordHash, passwordChangedAt: new Date(), wajibGantiSandi: false })
    .where(eq(akun.id, akunId));
}

export async function markLogin(exec: Executor, akunId: string) {
  await exec
    .update(akun)
    .set({ lastLoginAt: new Date(), failedLogins: 0, lockedUntil: null })
    .where(eq(akun.id, akunId));
}

export async function getInstansiBrief(exec: Executor, id: string) {
  const rows = await exec
    .select({ id: instansi.id, kode: instansi.kode, nama: instansi.nama, isDemo: instansi.isDemo })
    .from(instansi)
    .where(eq(instansi.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function getPegawaiBrief(exec: Executor, id: string) {
  const rows = await exec
    .select({
      id: pegawai.id,
      nip: pegawai.nip,
      nama: pegawai.nama,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
    })
    .from(pegawai)
    .where(eq(pegawai.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertAkun(exec: Executor, a: typeof akun.$inferInsert) {
  const rows = await exec.insert(akun).values(a).returning({ id: akun.id });
  return rows[0].id;
}

export async function insertRole(exec: Executor, r: typeof akunPeran.$inferInsert) {
  await exec.insert(akunPeran).values(r);
}

export async function usernameExists(exec: Executor, username: string) {
  const rows = await exec
    .select({ id: akun.id })
    .from(akun)
    .where(sql`lower(${akun.username}) = lower(${username})`)
    .limit(1);
  return rows.length > 0;
}
