import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/factories.ts';
import { randomDemoPassword } from '../../db/seed/demo.ts';
import { AppError } from '../../http/errors.ts';
import { generatePassword, generatePasswordFor } from '../akun/akun.service.ts';
import { loadCommonPasswords } from './common-passwords.ts';
import { assertStrongPassword, drawAcceptable, PASSWORD_RULE_CODES, passwordChecker } from './password-rules.ts';

const NIP = '199001012015031001';

describe('the password policy with the shipped common-password list', () => {
  it('loads the list once, lazily, with the well-known entries', async () => {
    const list = await loadCommonPasswords();
    expect(list.size).toBeGreaterThan(40_000);
    expect(list.has('password1234')).toBe(true);
    expect(await loadCommonPasswords()).toBe(list);
  });

  it.each([
    ['            ', 'AUTH.PASSWORD_BLANK'],
    ['pendek', 'AUTH.WEAK_PASSWORD'],
    ['zzzzzzzzzzzz', 'AUTH.PASSWORD_ONE_CHARACTER'],
    ['admin.bkpsdm-2024', 'AUTH.PASSWORD_HAS_USERNAME'],
    [`sandi-${NIP}`, 'AUTH.PASSWORD_HAS_NIP'],
    ['password1234', 'AUTH.PASSWORD_COMMON'],
    ['Iloveyou123!', 'AUTH.PASSWORD_COMMON'],
  ])('refuses %j with %s and says which rule', async (password, code) => {
    const err = await assertStrongPassword(password, { username: 'admin.bkpsdm', nip: NIP }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe(code);
    expect(err.details).toMatchObject({ rule: expect.any(String), minLength: 12 });
    expect(PASSWORD_RULE_CODES[err.details.rule as keyof typeof PASSWORD_RULE_CODES]).toBe(code);
    expect(err.localized('id')).not.toBe(err.localized('en'));
  });

  it('accepts the passwords that tests, the demo and e2e set', async () => {
    const check = await passwordChecker();
    const e2eRoot = `e2e-${randomBytes(12).toString('base64url')}`;
    for (const password of [TEST_PASSWORD, 'kata-sandi-baru-panjang', 'sandi-pilihan-saya-sendiri', e2eRoot]) {
      expect(check(password, { username: 'e2e.root', nip: NIP }), password).toBeNull();
    }
    for (let i = 0; i < 200; i++) {
      const demo = randomDemoPassword();
      expect(check(demo, { username: 'admin.demo', nip: NIP }), demo).toBeNull();
    }
  });

  it('draws one-time passwords that pass for the account, even for a username a random draw could contain', async () => {
    const check = await passwordChecker();
    for (let i = 0; i < 200; i++) {
      const p = await generatePasswordFor({ username: 'abc', nip: NIP });
      expect(check(p, { username: 'abc', nip: NIP })).toBeNull();
    }
    expect(check(generatePassword(), { username: NIP, nip: NIP })).toBeNull();
    // A generator that can never pass is refused loudly instead of looping.
    expect(() =>
      drawAcceptable(
        () => 'abc',
        () => 'TOO_SHORT',
        5,
      ),
    ).toThrow(/password policy/);
    let n = 0;
    expect(
      drawAcceptable(
        () => `p${++n}`,
        (p) => (p === 'p3' ? null : 'COMMON'),
      ),
    ).toBe('p3');
  });
});
