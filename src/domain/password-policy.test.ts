import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, type PasswordContext, type PasswordRule, passwordProblem } from './password-policy.ts';

// A stand-in for the shipped list (the server passes the real one: src/modules/auth/common-passwords.ts).
const LIST = new Set(['password', 'password1234', 'bismillah', 'qwerty123456', 'love']);
const isCommon = (s: string) => LIST.has(s);
const NIP = '199001012015031001';
const account: PasswordContext = { username: 'budi.santoso', nip: NIP, isCommon };

describe('passwordProblem', () => {
  const cases: Array<[string, string, PasswordContext, PasswordRule | null]> = [
    ['an empty password', '', account, 'BLANK'],
    ['twelve spaces', ' '.repeat(12), account, 'BLANK'],
    ['tabs, newlines and NUL', '\t\r\n\u0000'.repeat(4), account, 'BLANK'],
    ['Unicode spaces and a zero-width space', '\u00a0\u3000\u2003\u200b'.repeat(4), account, 'BLANK'],
    ['eleven characters', 'abcdefghijk', account, 'TOO_SHORT'],
    ['eleven emoji (code points, not UTF-16 units)', '😀'.repeat(11), {}, 'TOO_SHORT'],
    ['one character repeated', 'aaaaaaaaaaaa', account, 'ONE_CHARACTER'],
    ['one digit repeated, long', '7'.repeat(40), account, 'ONE_CHARACTER'],
    ['one emoji repeated', '🔑'.repeat(12), {}, 'ONE_CHARACTER'],
    ['the username inside', 'my-budi.santoso-pw', account, 'HAS_USERNAME'],
    ['the username in other case', 'BUDI.SANTOSO.2024', account, 'HAS_USERNAME'],
    ['the username in full-width letters', 'ｂｕｄｉ.ｓａｎｔｏｓｏ!!', account, 'HAS_USERNAME'],
    ['the NIP inside', `nip${NIP}`, account, 'HAS_NIP'],
    ['the NIP written in groups', 'x 19900101 201503 1 001', account, 'HAS_NIP'],
    ['a listed common password', 'password1234', account, 'COMMON'],
    ['a listed one in capitals', 'QWERTY123456', account, 'COMMON'],
    ['a listed word with digits and a symbol added', 'Password123!', account, 'COMMON'],
    ['a listed word with a year before it', '2024bismillah', account, 'COMMON'],
    ['a short listed word drowned in digits is not "decorated"', '8374-2947-5820-love', account, null],
    ['a long passphrase', 'kuda makan rumput di sawah', account, null],
    ['a generated one-time password', 'k7m2-x9qp-4hrt-bn3w', account, null],
    ['exactly the minimum length', 'abcdefghijkl', account, null],
    ['a two-letter username is not looked for', 'abxyzabxyz12', { username: 'ab' }, null],
    ['no list given: the cheap rules only', 'password1234', { username: 'x' }, null],
    ['no NIP: nothing to look for', `nip${NIP}`, { username: 'budi' }, null],
  ];
  it.each(cases)('%s', (_label, password, context, expected) => {
    expect(passwordProblem(password, context)).toBe(expected);
  });

  it('checks the rules in a fixed order: the first one broken is the one reported', () => {
    // Short and containing the username: too short wins; long, repeated and "common": one character wins.
    expect(passwordProblem('budi.santoso', { ...account, username: 'budi' })).toBe('HAS_USERNAME');
    expect(passwordProblem('budi', { username: 'budi' })).toBe('TOO_SHORT');
    expect(passwordProblem('a'.repeat(12), { isCommon: () => true })).toBe('ONE_CHARACTER');
    expect(passwordProblem(`budi${NIP}`, { username: 'budi', nip: NIP })).toBe('HAS_USERNAME');
  });

  it('accepts nothing shorter than the minimum, whatever it is made of', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1, unit: 'binary' }), (p) => {
        expect(passwordProblem(p)).not.toBeNull();
      }),
    );
  });

  it('refuses any password that contains the username or NIP, in any case', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9._-]{2,15}$/);
    fc.assert(
      fc.property(name, fc.string(), fc.string(), fc.boolean(), (username, before, after, upper) => {
        const inside = upper ? username.toUpperCase() : username;
        const password = `${before}${inside}${after}`.padEnd(MIN_PASSWORD_LENGTH, '#');
        expect(passwordProblem(password, { username })).not.toBeNull();
        expect(passwordProblem(`${before}${NIP}${after}`, { nip: NIP })).not.toBeNull();
      }),
    );
  });

  it('only accepts passwords that break no rule (an independent oracle)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30, unit: 'grapheme-composite' }),
        fc.constantFrom('ab', 'abc', 'kinerja'),
        (p, username) => {
          if (passwordProblem(p, { username, nip: NIP }) !== null) return;
          const chars = [...p];
          expect(chars.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
          expect(new Set(chars).size).toBeGreaterThan(1);
          expect(p.trim()).not.toBe('');
          if (username.length >= 3) expect(p.normalize('NFKC').toLowerCase()).not.toContain(username);
          expect(p.replace(/[\s.-]/g, '')).not.toContain(NIP);
        },
      ),
    );
  });

  it('accepts random passwords from the one-time alphabet', () => {
    const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'.split('');
    const groups = fc.array(fc.constantFrom(...alphabet), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(groups, (cs) => {
        const password = [0, 4, 8, 12].map((i) => cs.slice(i, i + 4).join('')).join('-');
        if (new Set(cs).size === 1) return;
        expect(passwordProblem(password, { username: NIP, nip: NIP, isCommon })).toBeNull();
      }),
    );
  });
});
