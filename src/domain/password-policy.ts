/**
 * What a password must be (OWASP ASVS 4.0 V2.1, NIST SP 800-63B §5.1.1.2): long enough, and not
 * one an attacker tries first — a known common password, the account's own username or NIP, one
 * character repeated, or nothing but blanks. No composition rules (ASVS 2.1.9): length and these
 * refusals are what matters. Pure: the common-password list is passed in by the server (it loads
 * it lazily from a package); the web UI runs the same function without the list for a quick check.
 */

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The rule a password breaks, in the order they are checked; each has its own error code
 * (`AUTH.PASSWORD_*`, src/http/errors.ts).
 */
export type PasswordRule = 'BLANK' | 'TOO_SHORT' | 'ONE_CHARACTER' | 'HAS_USERNAME' | 'HAS_NIP' | 'COMMON';

export interface PasswordContext {
  /** The account's username (any case). */
  username?: string | null;
  /** The NIP of the account's pegawai, when it has one. */
  nip?: string | null;
  /** True when the (lower-cased) password is in a common-password list. */
  isCommon?: (lowerCased: string) => boolean;
}

// Whitespace, separators, control and invisible format characters: a password of only these
// looks empty on screen and in a password manager.
const BLANK = /^[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]*$/u;

/**
 * A username shorter than this is not looked for inside the password: a two-letter name would
 * forbid every password that happens to contain those letters.
 */
const MIN_NAME_IN_PASSWORD = 3;

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The first rule the password breaks, or null when it is acceptable. Length counts code points. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordRule | null {
  if (BLANK.test(password)) return 'BLANK';
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (chars.every((c) => c === chars[0])) return 'ONE_CHARACTER';
  const folded = fold(password);
  const username = fold(context.username?.trim() ?? '');
  if (username.length >= MIN_NAME_IN_PASSWORD && folded.includes(username)) return 'HAS_USERNAME';
  // A NIP is often written in groups ("19900101 201503 1 001"): look for it without the spaces.
  const nip = context.nip?.replace(/\s/g, '') ?? '';
  if (nip && folded.replace(/[\s.-]/g, '').includes(nip)) return 'HAS_NIP';
  if (context.isCommon && isCommonOrDecorated(folded, context.isCommon)) return 'COMMON';
  return null;
}

// Digits, punctuation, symbols and spaces that people add around a word to pass a length rule.
const DECORATION = /^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu;
/** At most this many decoration characters still count as "the common password plus a bit". */
const MAX_DECORATION = 6;
const MIN_CORE = 4;

/**
 * The password is on the list, or is a listed one with a few digits/symbols before or after it
 * ("password123!", "bismillah2024"): the first thing guessing tools try after the list itself.
 */
function isCommonOrDecorated(folded: string, isCommon: (s: string) => boolean): boolean {
  if (isCommon(folded)) return true;
  const core = folded.replace(DECORATION, '');
  const added = [...folded].length - [...core].length;
  return added > 0 && added <= MAX_DECORATION && [...core].length >= MIN_CORE && isCommon(core);
}
