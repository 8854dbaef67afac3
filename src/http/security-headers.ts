/**
 * Response headers that protect the UI and the data (OWASP ASVS V14.4):
 *
 * - Content-Security-Policy: same-origin only. Helmet's default `upgrade-insecure-requests` is
 *   removed: on a plain-HTTP install (an agency's intranet, opened by IP or host name) it made the
 *   browser fetch every script and style over https, which fails, so the UI was a blank page. An
 *   HTTPS install does not need it: every asset is same-origin and relative.
 * - Strict-Transport-Security only on requests that came over HTTPS (directly, or through a proxy the
 *   operator trusts, which is what `req.protocol` reports). On plain HTTP it would be ignored by
 *   browsers anyway; docs/operations.md shows the TLS proxy set-up.
 * - Cache-Control: no-store on API answers, which carry personal data (names, NIPs, appraisals):
 *   no browser or shared cache keeps them after logout. The OpenAPI document and its viewer are
 *   public and may be cached; static assets keep their own caching (not set here).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const HSTS = 'max-age=31536000; includeSubDomains';

/** API paths that hold no personal data and may be cached. */
function isPublicApiDocument(url: string): boolean {
  const path = url.split('?', 1)[0];
  return path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/');
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (req, reply) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') && !isPublicApiDocument(req.url) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
