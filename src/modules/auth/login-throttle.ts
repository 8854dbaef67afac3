/**
 * How password guessing is bounded (OWASP ASVS 4.0 2.2.1, decision 0004). Pure: the service keeps
 * the state in `akun.failed_logins` / `akun.locked_until` for an existing account, and derives the
 * same state from `login_attempt` rows for a username that has no account, so both answer alike
 * and a lock does not reveal which usernames exist.
 *
 * - Every failed guess on an account (a wrong password at login, a wrong current password at
 *   password change) counts; a success or an admin's unlock clears the count.
 * - From the 5th consecutive failure the account is locked for a while that doubles with each
 *   further failure: 1, 2, 4, 8, then at most 15 minutes. A guesser gets about 4 tries an hour;
 *   someone failing on purpose keeps the real owner out for at most 15 minutes after they stop
 *   (and an admin can unlock at once).
 * - Attempts while locked are refused without checking the password and are not counted.
 * - Failures are forgotten a day after the last lock (or failure) ended.
 */

export const LOCK_AFTER_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 15 * 60;
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface LockState {
  /** Consecutive failed guesses. */
  failures: number;
  /**
   * The last failure's time plus its lock (the lock is on while this is in the future); null when
   * there is no failure to remember.
   */
  lockedUntil: Date | null;
}

/** How long the account stays locked after its `failures`-th consecutive failure. */
export function lockSeconds(failures: number): number {
  if (failures < LOCK_AFTER_FAILURES) return 0;
  const doublings = Math.min(failures - LOCK_AFTER_FAILURES, 10);
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** doublings);
}

export function isLocked(state: LockState, now: Date): boolean {
  return !!state.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** Whole seconds until the lock ends (at least 1 while locked, 0 when not locked). */
export function retryAfterSeconds(state: LockState, now: Date): number {
  if (!isLocked(state, now)) return 0;
  return Math.max(1, Math.ceil(((state.lockedUntil as Date).getTime() - now.getTime()) / 1000));
}

/** The state after one more failure at `now` (the caller has checked that it is not locked). */
export function afterFailure(state: LockState, now: Date): LockState {
  const forgotten = !state.lockedUntil || now.getTime() - state.lockedUntil.getTime() > FORGET_AFTER_MS;
  const failures = forgotten ? 1 : state.failures + 1;
  return { failures, lockedUntil: new Date(now.getTime() + lockSeconds(failures) * 1000) };
}

/**
 * The state of a username without an account, from its recent failed attempts: the same numbers an
 * account would show after the same failures (no success can have cleared them).
 */
export function stateFromAttempts(failures: number, lastFailureAt: Date | null): LockState {
  if (!failures || !lastFailureAt) return { failures: 0, lockedUntil: null };
  return { failures, lockedUntil: new Date(lastFailureAt.getTime() + lockSeconds(failures) * 1000) };
}
