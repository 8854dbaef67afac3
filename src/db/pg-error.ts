/**
 * The PostgreSQL error code (SQLSTATE) of a failed query, whether the driver's error reached us
 * directly or wrapped: drizzle (0.44+) wraps driver errors in a DrizzleQueryError whose `cause`
 * holds the original, so checking `err.code` alone silently misses them.
 */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** SQLSTATE of a unique-key violation. */
export const UNIQUE_VIOLATION = '23505';
