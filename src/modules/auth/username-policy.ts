/**
 * What a new username may be (decision 0206). Usernames belong to their tenant; an 18-digit name
 * looks like a NIP, and a NIP names one civil servant nationally, so such a name is reserved to the
 * account of the pegawai who holds that NIP in the same tenant. Otherwise an admin of one tenant could
 * take the NIP of another tenant's employee and make logins by NIP ambiguous.
 */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 100;
/** Letters, digits and the separators people use in account names; nothing that hides or confuses. */
const ALLOWED = /^[A-Za-z0-9._@-]+$/;
/** A NIP has 18 digits (PP 11/2017 and BKN's numbering; src/domain/nip.ts). */
const NIP_LIKE = /^\d{18}$/;

export type UsernameProblem = 'AKUN.USERNAME_INVALID' | 'AKUN.USERNAME_NIP_RESERVED';

/**
 * Why `username` cannot be a new account's name, or null when it can. `pegawaiNip` is the NIP of
 * the pegawai the account is for, in the same tenant (null for an account without a pegawai).
 */
export function usernameProblem(username: string, pegawaiNip: string | null): UsernameProblem | null {
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX || !ALLOWED.test(username)) {
    return 'AKUN.USERNAME_INVALID';
  }
  if (NIP_LIKE.test(username) && username !== pegawaiNip) return 'AKUN.USERNAME_NIP_RESERVED';
  return null;
}
