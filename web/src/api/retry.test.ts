import { describe, expect, it } from 'vitest';
import { retryRead } from './retry.ts';

const apiError = (status: number, code: string, details: unknown = null) => ({ status, code, details });

describe('retrying a failed read', () => {
  it('retries a dropped connection twice, then shows the error', () => {
    const offline = apiError(0, 'NETWORK', { timedOut: false });
    expect([0, 1, 2].map((n) => retryRead(n, offline))).toEqual([true, true, false]);
  });

  it('does not retry a read that already waited for its whole deadline', () => {
    expect(retryRead(0, apiError(0, 'NETWORK', { timedOut: true }))).toBe(false);
  });

  it('retries a server error once and never an answer about the request', () => {
    expect([0, 1].map((n) => retryRead(n, apiError(503, 'HTTP_503')))).toEqual([true, false]);
    expect(retryRead(0, apiError(404, 'ACCESS.DENIED'))).toBe(false);
    expect(retryRead(0, apiError(409, 'CONFLICT.VERSION'))).toBe(false);
  });

  it('gives other failures the usual two retries', () => {
    expect([0, 1, 2].map((n) => retryRead(n, new TypeError('x')))).toEqual([true, true, false]);
  });
});
