import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  FORGET_AFTER_MS,
  isLocked,
  LOCK_AFTER_FAILURES,
  type LockState,
  lockSeconds,
  MAX_LOCK_SECONDS,
  retryAfterSeconds,
  stateFromAttempts,
} from './login-throttle.ts';

const t0 = new Date('2026-03-02T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const fresh: LockState = { failures: 0, lockedUntil: null };

describe('login throttle', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 60],
    [6, 120],
    [7, 240],
    [8, 480],
    [9, 900],
    [50, 900],
    [100_000, 900],
  ])('after %i consecutive failures the lock lasts %i s', (failures, seconds) => {
    expect(lockSeconds(failures)).toBe(seconds);
  });

  it('locks from the fifth failure, and each lock ends by itself', () => {
    let state = fresh;
    for (let n = 1; n < LOCK_AFTER_FAILURES; n++) {
      state = afterFailure(state, at(n));
      expect(isLocked(state, at(n)), `failure ${n}`).toBe(false);
    }
    state = afterFailure(state, at(10));
    expect(state.failures).toBe(LOCK_AFTER_FAILURES);
    expect(isLocked(state, at(10))).toBe(true);
    expect(retryAfterSeconds(state, at(10))).toBe(60);
    expect(retryAfterSeconds(state, at(69.5))).toBe(1);
    expect(isLocked(state, at(70))).toBe(false);
    expect(retryAfterSeconds(state, at(70))).toBe(0);
    // The next failure after the lock doubles it.
    state = afterFailure(state, at(75));
    expect(state.lockedUntil).toEqual(at(75 + 120));
  });

  it('lets a guesser try only a handful of times an hour at most', () => {
    let state = fresh;
    let now = 0;
    let tries = 0;
    while (now < 3600) {
      if (!isLocked(state, at(now))) {
        state = afterFailure(state, at(now));
        tries++;
      }
      now += 1;
    }
    expect(tries).toBeLessThanOrEqual(LOCK_AFTER_FAILURES + 8);
    expect(lockSeconds(tries)).toBe(MAX_LOCK_SECONDS);
  });

  it('forgets failures a day after the last lock ended', () => {
    let state = fresh;
    for (let n = 0; n < 7; n++) state = afterFailure(state, at(n * 1000));
    expect(state.failures).toBe(7);
    const lockEnd = (state.lockedUntil as Date).getTime();
    const sameDay = afterFailure(state, new Date(lockEnd + FORGET_AFTER_MS - 1000));
    expect(sameDay.failures).toBe(8);
    const nextDay = afterFailure(state, new Date(lockEnd + FORGET_AFTER_MS + 1000));
    expect(nextDay.failures).toBe(1);
  });

  it('derives the same state for a username without an account from its attempts', () => {
    expect(stateFromAttempts(0, null)).toEqual(fresh);
    let state = fresh;
    for (let n = 1; n <= 6; n++) {
      state = afterFailure(state, at(n * 200));
      expect(stateFromAttempts(n, at(n * 200))).toEqual(state);
    }
  });
});
