/**
 * CSRF protection without burdening API clients: state-changing requests that a browser marks as
 * cross-site (Sec-Fetch-Site) or whose Origin is not the request's own origin are refused.
 * Non-browser clients (curl, integrations) send neither header and are not CSRF vectors. Together
 * with SameSite=Lax HttpOnly session cookies this follows OWASP's "verify origin with standard
 * headers" and "fetch metadata" defences; see docs/decisions/0002-csrf.md.
 *
 * "Origin" means scheme, host and port, compared after URL normalisation (so `http://h` equals
 * `http://h:80`, host names are case-insensitive). The request's own origin comes from Fastify's
 * `req.protocol` and `req.host`, which follow X-Forwarded-Proto/-Host only when the operator trusts
 * the proxy that sent them; this guard never reads forwarding headers itself.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `scheme://host[:port]` normalised by the URL parser (default port dropped), or null if unparsable. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The origin the request was addressed to, as the browser would write it in `Origin`. */
export function requestOrigin(req: Pick<FastifyRequest, 'protocol' | 'host'>): string | null {
  if (!req.host) return null;
  return normalizeOrigin(`${req.protocol}://${req.host}`);
}

export async function csrfGuard(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (SAFE.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('AUTH.CSRF', { secFetchSite: site });
  const origin = req.headers.origin;
  if (origin === undefined) return;
  // `Origin: null` (sandboxed frames, some redirects) and anything unparsable are refused.
  const from = origin === 'null' ? null : normalizeOrigin(origin);
  const to = requestOrigin(req);
  // `expected` tells an operator behind a proxy what Kinerja saw (e.g. http where the browser used https).
  if (!from || !to || from !== to) throw new AppError('AUTH.CSRF', { origin, expected: to });
}
