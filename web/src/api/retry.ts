/**
 * When react-query tries a failed read again. Pure (no i18n, no browser): it looks at the shape of
 * the client's ApiError, so it is unit-tested in node.
 */

interface ErrorShape {
  status?: unknown;
  code?: unknown;
  details?: unknown;
}

/**
 * A dropped connection is retried twice (react-query waits 1 s, then 2 s), a server error (5xx)
 * once. A read that timed out is not retried — 20 s already passed; its error shows with a retry
 * button. An answer from the server (4xx) is final. Anything else (a bug in a query function) gets
 * react-query's usual two retries.
 */
export function retryRead(failureCount: number, error: unknown): boolean {
  const e = (error ?? {}) as ErrorShape;
  if (typeof e.status !== 'number' || typeof e.code !== 'string') return failureCount < 2;
  if (e.code === 'NETWORK') return !(e.details as { timedOut?: boolean } | null)?.timedOut && failureCount < 2;
  return e.status >= 500 && failureCount < 1;
}
