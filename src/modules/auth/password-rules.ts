/**
 * The password policy (src/domain/password-policy.ts) as the server enforces it wherever a password
 * is set: the owner's change, account creation (API, CLI `admin create`), and the generated
 * one-time passwords (single, reset, bulk), which are drawn again until they pass. Each broken rule
 * answers its own error code.
 */
import {
  MIN_PASSWORD_LENGTH,
  type PasswordContext,
  type PasswordRule,
  passwordProblem,
} from '../../domain/password-policy.ts';
import { AppError, type ErrorCode } from '../../http/errors.ts';
import { loadCommonPasswords } from './common-passwords.ts';

export const PASSWORD_RULE_CODES: Readonly<Record<PasswordRule, ErrorCode>> = {
  BLANK: 'AUTH.PASSWORD_BLANK',
  TOO_SHORT: 'AUTH.WEAK_PASSWORD',
  ONE_CHARACTER: 'AUTH.PASSWORD_ONE_CHARACTER',
  HAS_USERNAME: 'AUTH.PASSWORD_HAS_USERNAME',
  HAS_NIP: 'AUTH.PASSWORD_HAS_NIP',
  COMMON: 'AUTH.PASSWORD_COMMON',
};

export type AccountFacts = Pick<PasswordContext, 'username' | 'nip'>;

/** A synchronous checker with the common-password list loaded (for checking many at once). */
export async function passwordChecker(): Promise<(password: string, account: AccountFacts) => PasswordRule | null> {
  const common = await loadCommonPasswords();
  const isCommon = (s: string) => common.has(s);
  return (password, account) => passwordProblem(password, { ...account, isCommon });
}

/** Throws the rule's AppError (details: `{ rule, minLength }`) when the password is not acceptable. */
export async function assertStrongPassword(password: string, account: AccountFacts): Promise<void> {
  const rule = (await passwordChecker())(password, account);
  if (rule) throw new AppError(PASSWORD_RULE_CODES[rule], { rule, minLength: MIN_PASSWORD_LENGTH });
}

/**
 * Draws generated passwords until one passes the policy for this account (a random one breaks it
 * only by rare chance, e.g. containing a short username; a generator that could never pass
 * would loop forever, so give up loudly after many draws).
 */
export function drawAcceptable(
  generate: () => string,
  check: (password: string) => PasswordRule | null,
  maxDraws = 1000,
): string {
  for (let i = 0; i < maxDraws; i++) {
    const p = generate();
    if (!check(p)) return p;
  }
  throw new Error('no generated password passed the password policy');
}
