/**
 * The one normal form of a typed username (or NIP) — used for the account lookup, the failed-login
 * counters and the login_attempt rows alike. If they used different forms, " user", "user " and
 * "user\t" would find the account while being counted as other names (issue 8: they logged in while
 * "user" was locked).
 */

// Whitespace (incl. Unicode spaces such as U+00A0, U+3000), separators, control characters
// (\t \r \n, NUL …) and invisible format characters (zero-width space, BOM) at either end.
const EDGE = /^[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]+|[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]+$/gu;

/**
 * NFKC (full-width and compatibility forms become their plain letters and digits), lower-case, and
 * without leading/trailing whitespace or control/format characters. Idempotent.
 */
export function normalizeUsername(raw: string): string {
  // NFKC again after lower-casing: a few lower-case mappings are not themselves NFKC-stable.
  return raw.normalize('NFKC').toLowerCase().normalize('NFKC').replace(EDGE, '');
}
