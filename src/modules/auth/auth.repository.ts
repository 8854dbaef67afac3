/** The only SQL for accounts, sessions and login attempts. */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { akun, akunPeran, instansi, loginAttempt, pegawai, sesi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';
import type { RoleGrant } from '../access/index.ts';

export type AkunRow = typeof akun.$inferSelect;

/** How many accounts one login may try its password against (decision 0206). */
export const MAX_LOGIN_CANDIDATES = 5;

/**
 * The accounts a login name may mean, across tenants (usernames are unique per tenant, decision
 * 0206): those with that username, and those whose linked pegawai has that NIP. `instansiKode`
 * narrows to one tenant. At most MAX_LOGIN_CANDIDATES + 1 rows, so the caller can tell "too many".
 */
export async function findLoginCandidates(
  exec: Executor,
  username: string,
  instansiKode?: string | null,
): Promise<AkunRow[]> {
  const inTenant = instansiKode
    ? sql`and ${akun.instansiId} = (select i.id from instansi i where i.kode = ${instansiKode})`
    : sql``;
  const byNip = /^\d{18}$/.test(username)
    ? sql`or ${akun.pegawaiId} in (select p.id from pegawai p where p.nip = ${username})`
    : sql``;
  return exec
    .select()
    .from(akun)
    .where(sql`(lower(${akun.username}) = lower(${username}) ${byNip}) ${inTenant}`)
    .orderBy(akun.createdAt)
    .limit(MAX_LOGIN_CANDIDATES + 1);
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

/**
 * Takes back one counted guess from an account whose name a successful login shared (decision
 * 0206), and the lock that guess started, if it started one.
 */
export async function undoGuess(exec: Executor, akunId: string, startedLock: boolean) {
  await exec
    .update(akun)
    .set({
      failedLogins: sql`greatest(${akun.failedLogins} - 1, 0)`,
      ...(startedLock ? { lockedUntil: null } : {}),
    })
    .where(eq(akun.id, akunId));
}

export async function insertSession(exec: Executor, s: typeof sesi.$inferInsert) {
  await exec.insert(sesi).values(s);
}

function buildFindSession(exec: Executor) {
  return (
    exec
      // Only what resolveSessionState uses (not the password hash, lock state, timestamps): the row
      // is parsed on every API request.
      .select({
        s: { lastSeenAt: sesi.lastSeenAt },
        a: {
          id: akun.id,
          username: akun.username,
          namaTampilan: akun.namaTampilan,
          instansiId: akun.instansiId,
          pegawaiId: akun.pegawaiId,
          isDemo: akun.isDemo,
          isActive: akun.isActive,
          wajibGantiSandi: akun.wajibGantiSandi,
        },
        roles: sql<RoleGrant[]>`coalesce((
        select json_agg(json_build_object('peran', ap.peran, 'instansiId', ap.instansi_id, 'unitId', ap.unit_id, 'unitPath', u.path))
        from akun_peran ap left join unit_organisasi u on u.id = ap.unit_id
        where ap.akun_id = "akun"."id"), '[]'::json)`,
        // The org version of the account's tenant, so reads of its cached org need no query of their own.
        orgVersion: sql<number | null>`(select i.version from instansi i where i.id = "akun"."instansi_id")`,
      })
      .from(sesi)
      .innerJoin(akun, eq(akun.id, sesi.akunId))
      .where(and(eq(sesi.id, sql.placeholder('id')), gt(sesi.expiresAt, sql.placeholder('now'))))
      .limit(1)
      .prepare('kinerja_find_session')
  );
}

const findSessionPrepared = new WeakMap<object, ReturnType<typeof buildFindSession>>();

/**
 * A live session with its account and roles, in one query. It runs on every API request, so it is
 * a prepared statement (built once per database, planned once per connection): drizzle's query
 * building was a visible share of the CPU of a simple read (issue 9).
 */
export async function findSession(exec: Executor, id: string) {
  let q = findSessionPrepared.get(exec);
  if (!q) {
    q = buildFindSession(exec);
    findSessionPrepared.set(exec, q);
  }
  const rows = await q.execute({ id, now: new Date() });
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

/** Sets the account's language; answers the one it had (null when the account is gone). */
export async function setBahasa(exec: Executor, akunId: string, bahasa: string): Promise<string | null> {
  const [before] = await exec.select({ bahasa: akun.bahasa }).from(akun).where(eq(akun.id, akunId)).for('update');
  if (!before) return null;
  if (before.bahasa !== bahasa) await exec.update(akun).set({ bahasa }).where(eq(akun.id, akunId));
  return before.bahasa;
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

/** A pegawai's name and NIP; with `instansiId`, only when the pegawai belongs to that tenant. */
export async function getPegawaiBrief(exec: Executor, id: string, instansiId?: string) {
  const rows = await exec
    .select({
      id: pegawai.id,
      nip: pegawai.nip,
      nama: pegawai.nama,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
    })
    .from(pegawai)
    .where(instansiId ? and(eq(pegawai.id, id), eq(pegawai.instansiId, instansiId)) : eq(pegawai.id, id))
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

/** Whether the tenant (or, for null, the install-level scope) already has this username. */
export async function usernameExists(exec: Executor, instansiId: string | null, username: string) {
  const rows = await exec
    .select({ id: akun.id })
    .from(akun)
    .where(
      and(
        instansiId ? eq(akun.instansiId, instansiId) : isNull(akun.instansiId),
        sql`lower(${akun.username}) = lower(${username})`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
