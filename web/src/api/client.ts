/**
 * A small typed fetch client for the Kinerja API: same-origin cookies, `Accept-Language` matching
 * the UI language (so server messages come localised), JSON bodies, and one error type that keeps
 * the server's `{ error: { code, message, details } }`. Every request has a deadline: on a bad
 * connection a save must end in a message the user can act on (retry), never in an endless spinner.
 */
import i18n from '../i18n/index.ts';

/** Deadline of an ordinary read or write (ms). */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Deadline of an upload (FormData): a 64 MB import over a slow line needs minutes, not seconds. */
export const UPLOAD_TIMEOUT_MS = 300_000;
/** Deadline of a bulk operation answered in one request (bulk accounts, bulk set). */
export const LONG_REQUEST_TIMEOUT_MS = 300_000;

/** Code of an ApiError raised when the server was not reached or did not answer in time. */
export const NETWORK = 'NETWORK';

/** An error answered by the API (or a network failure or timeout, code `NETWORK`, status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }

  get isConflict(): boolean {
    return this.code === 'CONFLICT.VERSION';
  }

  /** The request did not get an answer (offline, connection cut, timeout): trying again may work. */
  get isNetwork(): boolean {
    return this.code === NETWORK;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Overrides the deadline (ms); by default 20 s, or 5 min for an upload. */
  timeoutMs?: number;
}

/** Builds `path?query`, leaving out empty values. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function lang(): string {
  return i18n.language?.startsWith('en') ? 'en' : 'id';
}

/** Turns a non-OK response into an ApiError. */
export async function toApiError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; details?: unknown } } | null = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const e = body?.error;
  return new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.details ?? null);
}

/**
 * The error of a request that got no answer, in the UI language. A write says the entry is kept —
 * forms keep their values on error, so resubmitting sends it again.
 */
export function networkError(method: string, timedOut: boolean): ApiError {
  const write = method !== 'GET';
  const key = write ? 'error.networkWrite' : timedOut ? 'error.timeoutRead' : 'error.network';
  return new ApiError(0, NETWORK, i18n.t(key), { timedOut });
}

/** Sends a request (JSON or FormData) and returns the parsed JSON body. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang() };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const method = options.method ?? 'GET';
  // One controller aborted by the deadline or by the caller's signal (AbortSignal.any is too new for
  // some office browsers).
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? (body instanceof FormData ? UPLOAD_TIMEOUT_MS : REQUEST_TIMEOUT_MS);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort);
  const signal = controller.signal;
  try {
    let res: Response;
    try {
      res = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin', signal });
    } catch (err) {
      // The caller's own abort (react-query cancelling a stale read) stays an AbortError.
      if (options.signal?.aborted) throw err;
      throw networkError(method, timedOut);
    }
    if (!res.ok) throw await toApiError(res);
    if (res.status === 204) return undefined as T;
    try {
      return (await res.json()) as T;
    } catch (err) {
      if (options.signal?.aborted) throw err;
      // The connection broke (or the deadline passed) while the body was still arriving.
      throw networkError(method, timedOut);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Path of a tenant-scoped resource. */
export function tenant(instansiId: string, rest: string): string {
  return `/api/instansi/${encodeURIComponent(instansiId)}${rest}`;
}
