/**
 * Login, sessions, password change and account creation. Sessions live in the database so app
 * nodes stay stateless; the cookie carries a random token and the table stores its SHA-256.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, type Peran } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import * as repo from './auth.repository.ts';
import { dummyVerify, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { usernameProblem } from './username-policy.ts';

export const SESSION_COOKIE = 'kinerja_sid';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
/** Login rate limits (per client address and per username) over a sliding window. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IP = 30;
export const MAX_FAILURES_PER_USER = 10;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  akunId: string;
}

export async function login(
  database: Database,
  input: { username: string; password: string; ip: string; userAgent?: string; instansi?: string | null },
): Promise<LoginResult> {
  const { db } = database;
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const failures = await repo.countRecentFailures(db, input.ip, input.username, since);
  if (failures.byIp >= MAX_FAILURES_PER_IP || failures.byUser >= MAX_FAILURES_PER_USER) {
    throw new AppError('AUTH.RATE_LIMITED', { retryAfterSeconds: LOGIN_WINDOW_MS / 1000 });
  }
  const account = await findAccountByPassword(database, input.username.trim(), input.password, input.instansi);
  if (!account) {
    await repo.recordAttempt(db, input.ip, input.username, false);
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  if (!account.isActive) throw new AppError('AUTH.ACCOUNT_DISABLED');
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: hashToken(token),
      akunId: account.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await repo.recordAttempt(tx, input.ip, input.username, true);
    await repo.markLogin(tx, account.id);
    await writeAudit(tx, {
      instansiId: account.instansiId,
      akunId: account.id,
      actorLabel: `${account.namaTampilan} (${account.username})`,
      action: 'login',
      entity: 'sesi',
      entityId: account.id,
      after: { ip: input.ip },
    });
  });
  return { token, akunId: account.id };
}

/**
 * The account a login name and password open (decision 0206). Usernames are unique per tenant, so
 * one name may mean accounts in a few tenants; the password decides among them, checked against
 * each at once so the time taken barely depends on how many there are. An unknown name still costs
 * one verification. A password that fits more than one asks for the tenant (`instansi`, its kode);
 * only someone who knows that password learns which tenants those are.
 */
async function findAccountByPassword(
  database: Database,
  username: string,
  password: string,
  instansiKode?: string | null,
): Promise<repo.AkunRow | null> {
  const candidates = await repo.findLoginCandidates(database.db, username, instansiKode);
  if (candidates.length === 0) return dummyVerify(password).then(() => null);
  if (candidates.length > repo.MAX_LOGIN_CANDIDATES) throw new AppError('AUTH.INSTANSI_REQUIRED', { instansi: [] });
  const fits = await Promise.all(candidates.map((c) => verifyPassword(c.passwordHash, password)));
  const matches = candidates.filter((_, i) => fits[i]);
  if (matches.length <= 1) return matches[0] ?? null;
  const instansi = await Promise.all(
    matches.map(async (m) => {
      const inst = m.instansiId ? await repo.getInstansiBrief(database.db, m.instansiId) : null;
      return inst ? { kode: inst.kode, nama: inst.nama } : { kode: null, nama: null };
    }),
  );
  throw new AppError('AUTH.INSTANSI_REQUIRED', { instansi });
}

export interface SessionState {
  actor: Actor;
  /** The account still has a system-generated password (see `isAllowedBeforePasswordChange`). */
  wajibGantiSandi: boolean;
}

/** Resolves a session token to its actor and account state, sliding its expiry; null when invalid or expired. */
export async function resolveSessionState(database: Database, token: string): Promise<SessionState | null> {
  const id = hashToken(token);
  const found = await repo.findSession(database.db, id);
  if (!found?.a.isActive) return null;
  if (Date.now() - found.s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await repo.touchSession(database.db, id, new Date(Date.now() + SESSION_TTL_MS));
  }
  const actor: Actor = {
    akunId: found.a.id,
    username: found.a.username,
    nama: found.a.namaTampilan,
    instansiId: found.a.instansiId,
    pegawaiId: found.a.pegawaiId,
    roles: found.roles,
    sessionId: id,
    isDemo: found.a.isDemo,
  };
  return { actor, wajibGantiSandi: found.a.wajibGantiSandi };
}

/** Resolves the actor behind a session token; null when invalid or expired. */
export async function resolveSession(database: Database, token: string): Promise<Actor | null> {
  return (await resolveSessionState(database, token))?.actor ?? null;
}

/**
 * The API routes an account with a system-generated password may still use: enough to see who it
 * is, replace the password, or leave (and to log in again over a stale cookie).
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/login',
]);

export function isAllowedBeforePasswordChange(method: string, routeUrl: string | undefined): boolean {
  return !!routeUrl && ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${method} ${routeUrl}`);
}

export async function logout(database: Database, actor: Actor): Promise<void> {
  await database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, actor.sessionId);
    await writeAudit(tx, {
      instansiId: actor.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'logout',
      entity: 'sesi',
      entityId: actor.akunId,
    });
  });
}

export async function changePassword(
  database: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await repo.getAkun(database.db, actor.akunId);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError('AUTH.WRONG_PASSWORD');
  }
  assertStrongPassword(input.newPassword);
  // Keeping a generated password would leave it known to whoever handed it out.
  if (input.newPassword === input.currentPassword) throw new AppError('AUTH.SAME_PASSWORD');
  const hashed = await hashPassword(input.newPassword);
  await database.db.transaction(async (tx) => {
    await repo.updatePassword(tx, actor.akunId, hashed);
    await repo.deleteOtherSessions(tx, actor.akunId, actor.sessionId);
    await writeAudit(tx, {
      instansiId: actor.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'password.change',
      entity: 'akun',
      entityId: actor.akunId,
      // Records whether this was the forced replacement of a system-generated password.
      before: { wajibGantiSandi: account.wajibGantiSandi },
      after: { wajibGantiSandi: false },
    });
  });
}

export function assertStrongPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('AUTH.WEAK_PASSWORD', { minLength: MIN_PASSWORD_LENGTH });
}

export interface CreateAccountInput {
  username: string;
  password: string;
  namaTampilan?: string;
  instansiId: string | null;
  pegawaiId?: string | null;
  peran: Peran[];
  unitId?: string | null;
  isDemo?: boolean;
  /** True when the system generated the password (the owner must replace it); false when a person chose it. */
  wajibGantiSandi?: boolean;
}

/**
 * A new account's username must be well formed, not another pegawai's NIP, and free in its own
 * tenant (decision 0206). Other tenants' usernames are neither checked nor revealed.
 */
async function assertUsernameAvailable(
  database: Database,
  input: { username: string; instansiId: string | null; pegawaiId?: string | null },
): Promise<void> {
  const peg =
    input.pegawaiId && input.instansiId
      ? await repo.getPegawaiBrief(database.db, input.pegawaiId, input.instansiId)
      : null;
  const problem = usernameProblem(input.username, peg?.nip ?? null);
  if (problem) throw new AppError(problem, { field: 'username' });
  if (await repo.usernameExists(database.db, input.instansiId, input.username)) {
    throw new AppError('AKUN.USERNAME_TAKEN', { field: 'username' });
  }
}

/** Creates an account with its roles (CLI `admin create`, demo data, admin UI). */
export async function createAccount(
  database: Database,
  input: CreateAccountInput,
  by: { akunId: string | null; label: string } = { akunId: null, label: 'cli' },
): Promise<string> {
  assertStrongPassword(input.password);
  await assertUsernameAvailable(database, input);
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    const id = await repo.insertAkun(tx, {
      username: input.username,
      passwordHash,
      namaTampilan: input.namaTampilan ?? input.username,
      instansiId: input.instansiId,
      pegawaiId: input.pegawaiId ?? null,
      isDemo: input.isDemo ?? false,
      wajibGantiSandi: input.wajibGantiSandi ?? false,
    });
    for (const peran of input.peran) {
      await repo.insertRole(tx, {
        akunId: id,
        peran,
        instansiId: peran === 'SUPER_ADMIN' ? null : input.instansiId,
        unitId: peran === 'ADMIN_UNIT' ? (input.unitId ?? null) : null,
      });
    }
    await writeAudit(tx, {
      instansiId: input.instansiId,
      akunId: by.akunId,
      actorLabel: by.label,
      action: 'akun.create',
      entity: 'akun',
      entityId: id,
      after: {
        username: input.username,
        peran: input.peran,
        pegawaiId: input.pegawaiId ?? null,
        unitId: input.unitId ?? null,
        wajibGantiSandi: input.wajibGantiSandi ?? false,
      },
    });
    return id;
  });
}
