import { describe, expect, it } from 'vitest';
import { pgErrorCode } from './pg-error.ts';

describe('pgErrorCode', () => {
  it.each([
    ['a driver error', Object.assign(new Error('dup'), { code: '23505' }), '23505'],
    ['a drizzle-wrapped error', Object.assign(new Error('Failed query'), { cause: { code: '23505' } }), '23505'],
    ['twice wrapped', { cause: { cause: { code: '40001' } } }, '40001'],
    ['a Node errno (not SQLSTATE)', Object.assign(new Error('x'), { code: 'ENOENT' }), undefined],
    ['no code at all', new Error('plain'), undefined],
    ['not an object', 'boom', undefined],
    ['null', null, undefined],
  ])('%s', (_label, err, expected) => {
    expect(pgErrorCode(err)).toBe(expected);
  });
});
