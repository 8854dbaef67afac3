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
import {
  afterFailure,
  FORGET_AFTER_MS,
  isLocked,
  LOCK_AFTER_FAILURES,
  type LockState,
  retryAfterSeconds,
  stateFromAttempts,
} from './login-throttle.ts';
import { dummyVerify, hashPassword, verifyPassword } from './password.ts';
import { assertStrongPassword } from './password-rules.ts';
import { normalizeUsername } from './username.ts';
import { usernameProblem } from './username-policy.ts';

export const SESSION_COOKIE = 'kinerja_sid';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
/**
 * Failed logins from one client address (`req.ip`: the socket's address, or what a trusted proxy
 * forwarded) within the window: beyond this the address is refused (password spraying across
 * accounts). Guessing one account is bounded per account (login-throttle.ts).
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IP = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  akunId: string;
}

/** The bilingual "temporarily locked" answer, with the minutes to wait. */
function lockedError(state: LockState, now: Date): AppError {
  const seconds = retryAfterSeconds(state, now);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError(
    'AUTH.ACCOUNT_LOCKED',
    { retryAfterSeconds: seconds },
    {
      id: `Terlalu banyak percobaan kata sandi yang salah: akun ini dikunci sementara. Coba lagi dalam ${minutes} menit, atau minta admin membuka kuncinya.`,
      en: `Too many wrong passwords: this account is locked for a while. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an admin to unlock it.`,
    },
  );
}

interface Guess {
  /** The account (or username) was already locked: refuse without checking the password. */
  refused: boolean;
  /** The state before this guess was counted. */
  before: LockState;
  /** The state if this guess turns out wrong. */
  ifWrong: LockState;
}

/**
 * Counts one guess at an account's password before it is checked (under a row lock), so that
 * parallel guesses cannot all pass the check before any of them is counted; a right guess clears
 * the count afterwards.
 */
async function claimGuess(database: Database, akunId: string, now: Date): Promise<Guess> {
  return database.db.transaction(async (tx) => {
    const row = await repo.lockStateForUpdate(tx, akunId);
    const state: LockState = { failures: row?.failures ?? 0, lockedUntil: row?.lockedUntil ?? null };
    if (isLocked(state, now)) return { refused: true, before: state, ifWrong: state };
    const next = afterFailure(state, now);
    await repo.setLockState(tx, akunId, next.failures, next.lockedUntil);
    return { refused: false, before: state, ifWrong: next };
  });
}

/** The same for a username without an account, from its recorded failures (no enumeration by lock). */
async function claimUnknownGuess(database: Database, username: string, now: Date): Promise<Guess> {
  const recent = await repo.failuresForUsername(database.db, username, new Date(now.getTime() - FORGET_AFTER_MS));
  const state = stateFromAttempts(recent.n, recent.last);
  if (isLocked(state, now)) return { refused: true, before: state, ifWrong: state };
  return { refused: false, before: state, ifWrong: stateFromAttempts(recent.n + 1, now) };
}

/** Audit row of a lock that a wrong guess started (the address is the one the server trusted). */
async function auditLockout(
  database: Database,
  account: repo.AkunRow,
  state: LockState,
  source: { ip: string; via: 'login' | 'password.change' },
) {
  await writeAudit(database.db, {
    instansiId: account.instansiId,
    akunId: null,
    actorLabel: 'sistem',
    action: 'akun.lockout',
    entity: 'akun',
    entityId: account.id,
    after: {
      ip: source.ip,
      via: source.via,
      failedLogins: state.failures,
      lockedUntil: state.lockedUntil?.toISOString() ?? null,
    },
  });
}

export async function login(
  database: Database,
  input: { username: string; password: string; ip: string; userAgent?: string; instansi?: string | null },
): Promise<LoginResult> {
  const { db } = database;
  const now = new Date();
  // One normal form for the lookup, the counters and the attempt rows (issue 8: " user" was not "user").
  const username = normalizeUsername(input.username);
  const missing = [
    ...(username
      ? []
      : [
          { field: 'body.username', message: { id: 'Isi NIP atau nama pengguna.', en: 'Enter your NIP or username.' } },
        ]),
    ...(input.password
      ? []
      : [{ field: 'body.password', message: { id: 'Isi kata sandi.', en: 'Enter your password.' } }]),
  ];
  if (missing.length) throw new AppError('VALIDATION.FAILED', missing);
  const fromIp = await repo.countFailuresFromIp(db, input.ip, new Date(now.getTime() - LOGIN_WINDOW_MS));
  if (fromIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('AUTH.RATE_LIMITED', { retryAfterSeconds: LOGIN_WINDOW_MS / 1000 });
  }
  const account = await findAccountByPassword(database, {
    username,
    password: input.password,
    instansi: input.instansi,
    ip: input.ip,
    now,
  });
  if (!account.isActive) {
    await repo.setLockState(db, account.id, 0, null);
    throw new AppError('AUTH.ACCOUNT_DISABLED');
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: hashToken(token),
      akunId: account.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await repo.recordAttempt(tx, { ip: input.ip, username, success: true, at: now });
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
 * each at once so the time taken barely depends on how many there are. Every account the name may
 * mean counts the guess (decision 0004); a password right for one of them is then taken back from
 * the others. A password that fits more than one asks for the tenant (`instansi`, its kode): only
 * someone who knows that password learns which tenants those are.
 */
async function findAccountByPassword(
  database: Database,
  input: { username: string; password: string; instansi?: string | null; ip: string; now: Date },
): Promise<repo.AkunRow> {
  const { username, password, ip, now } = input;
  const candidates = await repo.findLoginCandidates(database.db, username, input.instansi);
  if (candidates.length > repo.MAX_LOGIN_CANDIDATES) throw new AppError('AUTH.INSTANSI_REQUIRED', { instansi: [] });
  const guesses: Guess[] = [];
  if (candidates.length === 0) guesses.push(await claimUnknownGuess(database, username, now));
  // One short transaction per account, always in the same order: parallel logins cannot deadlock.
  for (const c of candidates) guesses.push(await claimGuess(database, c.id, now));
  // Refused before any hashing, for known and unknown usernames alike (same answer, same timing).
  if (guesses.every((g) => g.refused)) throw lockedError(guesses[0].ifWrong, now);
  const open = candidates.filter((_, i) => !guesses[i].refused);
  const fits = open.length
    ? await Promise.all(open.map((c) => verifyPassword(c.passwordHash, password)))
    : [await dummyVerify(password)];
  const matches = open.filter((_, i) => fits[i]);
  if (matches.length === 0) {
    await repo.recordAttempt(database.db, { ip, username, success: false, at: now });
    const lockedNow = guesses.filter((g) => g.refused || isLocked(g.ifWrong, now));
    for (const [i, c] of candidates.entries()) {
      const g = guesses[i];
      if (!g.refused && isLocked(g.ifWrong, now)) await auditLockout(database, c, g.ifWrong, { ip, via: 'login' });
    }
    if (lockedNow.length === guesses.length) {
      throw lockedError(guesses.find((g) => !g.refused)?.ifWrong ?? guesses[0].ifWrong, now);
    }
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  // A right password for one account is no wrong guess at the others that share its name.
  for (const [i, c] of candidates.entries()) {
    const g = guesses[i];
    if (!g.refused && (matches.length > 1 || c.id !== matches[0].id)) {
      await repo.undoGuess(database.db, c.id, !isLocked(g.before, now) && isLocked(g.ifWrong, now));
    }
  }
  if (matches.length === 1) return matches[0];
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
    orgVersion: found.orgVersion,
  };
  return { actor, wajibGantiSandi: found.a.wajibGantiSandi };
}

/** Resolves the actor behind a session token; null when invalid or expired. */
export async function resolveSession(database: Database, token: string): Promise<Actor | null> {
  return (await resolveSessionState(database, token))?.actor ?? null;
}

/**
 * The API routes an account with a system-generated password may still use: enough to see who it
 * is, replace the password, or leave (and to log in again over a stale cookie) — and to keep the
 * language chosen on the password screen, the first one a bulk-created account sees.
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'PUT /api/auth/bahasa',
  'POST /api/auth/login',
]);

export function isAllowedBeforePasswordChange(method: string, routeUrl: string | undefined): boolean {
  return !!routeUrl && ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${method} ${routeUrl}`);
}

export async function logout(database: Database, actor: Actor, ip: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, actor.sessionId);
    await writeAudit(tx, {
      instansiId: actor.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'logout',
      entity: 'sesi',
      entityId: actor.akunId,
      after: { ip },
    });
  });
}

/**
 * The owner replaces their password. A wrong current password is a guess at the account's
 * password like a failed login: it counts against the same per-account limit (a stolen session
 * must not become a way around it) and is audited with the address.
 */
export async function changePassword(
  database: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<void> {
  const now = new Date();
  const account = await repo.getAkun(database.db, actor.akunId);
  if (!account) throw new AppError('AUTH.REQUIRED');
  const guess = await claimGuess(database, account.id, now);
  if (guess.refused) throw lockedError(guess.ifWrong, now);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    const locked = isLocked(guess.ifWrong, now);
    await writeAudit(database.db, {
      instansiId: actor.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'password.change.failed',
      entity: 'akun',
      entityId: actor.akunId,
      after: { ip, failedLogins: guess.ifWrong.failures, locked },
    });
    if (locked) {
      await auditLockout(database, account, guess.ifWrong, { ip, via: 'password.change' });
      throw lockedError(guess.ifWrong, now);
    }
    throw new AppError('AUTH.WRONG_PASSWORD', {
      remainingAttempts: Math.max(0, LOCK_AFTER_FAILURES - guess.ifWrong.failures),
    });
  }
  await repo.setLockState(database.db, account.id, 0, null);
  const peg = account.pegawaiId ? await repo.getPegawaiBrief(database.db, account.pegawaiId) : null;
  await assertStrongPassword(input.newPassword, { username: account.username, nip: peg?.nip });
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
      after: { wajibGantiSandi: false, ip },
    });
  });
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

/** Creates an account with its roles (CLI `admin create`, demo data, admin UI). */
export async function createAccount(
  database: Database,
  input: CreateAccountInput,
  by: { akunId: string | null; label: string } = { akunId: null, label: 'cli' },
): Promise<string> {
  // The account's pegawai, only from its own tenant (a NIP username is reserved to it, decision 0206).
  const peg =
    input.pegawaiId && input.instansiId
      ? await repo.getPegawaiBrief(database.db, input.pegawaiId, input.instansiId)
      : null;
  const problem = usernameProblem(input.username, peg?.nip ?? null);
  if (problem) throw new AppError(problem, { field: 'username' });
  await assertStrongPassword(input.password, { username: input.username, nip: peg?.nip });
  // Only the caller's own tenant is asked: other tenants' usernames are never revealed.
  if (await repo.usernameExists(database.db, input.instansiId, input.username)) {
    throw new AppError('AKUN.USERNAME_TAKEN', { field: 'username' });
  }
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
