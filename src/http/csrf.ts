/**
 * CSRF protection without burdening API clients: state-changing requests that a browser marks as
 * cross-site (Sec-Fetch-Site) or whose Origin differs from the host are refused. Non-browser clients
 * (curl, integrations) send neither header and are not CSRF vectors. Together with SameSite=Lax
 * HttpOnly session cookies this follows OWASP's "verify origin with standard headers" and
 * "fetch metadata" defences; see docs/decisions/0002-csrf.md.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function csrfGuard(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (SAFE.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('AUTH.CSRF', { secFetchSite: site });
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError('AUTH.CSRF', { origin });
    }
    const host = req.headers['x-forwarded-host'] ?? req.headers.host;
    if (originHost !== host) throw new AppError('AUTH.CSRF', { origin });
  } else if (origin === 'null') {
    throw new AppError('AUTH.CSRF', { origin });
  }
}
