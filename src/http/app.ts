/**
 * Builds the Fastify application (no listen): plugins, validation, error shape, sessions, CSRF,
 * every module's routes, OpenAPI and the web UI. `server.ts` listens; tests use `app.inject()`.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { registerTenantGuard } from '../modules/access/index.ts';
import { sessionPlugin } from '../modules/auth/index.ts';
import { IMPORT_LIMITS } from '../modules/exchange/index.ts';
import { wireModules } from '../modules/wiring.ts';
import { appHtmlSender } from './app-html.ts';
import { csrfGuard } from './csrf.ts';
import { frameworkErrors, registerErrorHandler, sendNotFound } from './error-handler.ts';
import { inputTextGuard } from './input-guard.ts';
import { bufferedStdout } from './log-destination.ts';
import { webCacheControl } from './precompress.ts';
import { registerRoutes } from './routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { TrustProxy } from './trust-proxy.ts';
import { multipartLimits } from './upload.ts';

export interface AppConfig {
  /** Demo mode shows demo credentials on the login page. */
  isDemo?: boolean;
  logger?: boolean;
  /** Serve the built web UI from this folder when it exists. */
  webDist?: string;
  /**
   * The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (KINERJA_TRUST_PROXY,
   * src/http/trust-proxy.ts); default none: `req.ip` is then the socket's address, which a client
   * cannot forge. The login limits, audit addresses and the session cookie's Secure flag rely on it.
   */
  trustProxy?: TrustProxy;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: AppConfig;
    /** Every registered route (method + url); the authorization matrix test walks it. */
    routeCatalog: Array<{ method: string; url: string }>;
  }
}

export async function buildApp(database: Database, config: AppConfig = {}): Promise<FastifyInstance> {
  wireModules();
  // The request log is buffered (src/http/log-destination.ts): one write per 4 KiB, not per line.
  const log = config.logger ? bufferedStdout() : null;
  const app = Fastify({
    logger: log ? { level: 'info', stream: log.stream } : false,
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // An undecodable URL or an over-long path parameter: our error shape, without echoing the URL.
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  if (log) app.addHook('onClose', async () => log.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('routeCatalog', [] as Array<{ method: string; url: string }>);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeCatalog.push({ method, url: route.url });
    }
  });

  // CSP (without upgrade-insecure-requests), HSTS on HTTPS only, no-store on API answers.
  await registerSecurityHeaders(app);
  // gzip for JSON and the web assets: the pohon kinerja of a 2,000-pegawai unit is ~5 MB of JSON
  // (under 1 MB gzipped), which matters on a phone's mobile connection. Already-compressed types
  // (PDF, zip, XLSX) are left as they are (mime-db marks them not compressible). Level 1: on 2 cores
  // the default level's CPU competed with PGlite's worker and lengthened the queue of simple reads
  // under load (bench/pglite-stall.bench.ts), for only a slightly smaller body. No brotli, same reason.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['gzip', 'deflate'],
    zlibOptions: { level: 1 },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // One file per request, at most the import limit (docs/import-format.md "Limits"); a bigger
  // upload answers 413 UPLOAD.TOO_LARGE (src/http/upload.ts) before anything is parsed.
  await app.register(multipart, { limits: multipartLimits(IMPORT_LIMITS.uploadBytes) });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kinerja API',
        version: '0.1.0',
        description:
          'HTTP API of Kinerja, performance management for ASN (PermenPANRB 6/2022). Session cookie ' +
          '`kinerja_sid` from POST /api/auth/login. Errors are shaped {"error":{"code","message","details"}}.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kinerja_sid' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  if (!config.trustProxy) warnOnceAboutUntrustedProxy(app);
  app.addHook('onRequest', csrfGuard);
  // NUL and lone surrogates in any string of any route's input: 400 before the route runs.
  app.addHook('preValidation', inputTextGuard);
  await app.register(sessionPlugin);
  // An unknown tenant id in the path: 404 before the route (cross-tenant roles would reach a foreign key).
  registerTenantGuard(app);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerRoutes(app);

  const webDist = config.webDist ?? fileURLToPath(new URL('../../dist/web', import.meta.url));
  if (existsSync(webDist)) {
    // The build holds brotli/gzip copies of each file (src/http/precompress.ts), sent as they are
    // (@fastify/compress leaves an answer with a Content-Encoding alone). Hashed files under
    // /assets/ are cached for a year; index.html and the rest are revalidated on every visit, so a
    // new release is picked up at once.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      preCompressed: true,
      // `/` is the app page like every other app path (app-html.ts), not the bare file.
      index: false,
      setHeaders: (reply, path) => reply.header('cache-control', webCacheControl(path)),
    });
    const sendAppHtml = appHtmlSender(webDist, database);
    app.get('/', { schema: { hide: true } }, sendAppHtml);
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return sendAppHtml(req, reply);
      return sendNotFound(req, reply);
    });
  } else {
    app.setNotFoundHandler(sendNotFound);
  }
  return app;
}

/**
 * Forwarding headers from a peer nobody said to trust are ignored (issue 8). Behind a proxy that the
 * operator forgot to name, every user then shares the proxy's address, and one office's typos can
 * spend the per-address login limit for everyone: say so once, where the operator looks.
 */
function warnOnceAboutUntrustedProxy(app: FastifyInstance): void {
  let warned = false;
  app.addHook('onRequest', async (req) => {
    if (warned || !req.headers['x-forwarded-for']) return;
    warned = true;
    const message =
      `kinerja: X-Forwarded-For dari ${req.socket.remoteAddress ?? '?'} diabaikan karena KINERJA_TRUST_PROXY tidak diisi; ` +
      'di belakang proxy, isi alamat proxy itu (docs/operations.md). / X-Forwarded-For from ' +
      `${req.socket.remoteAddress ?? '?'} ignored: KINERJA_TRUST_PROXY is not set; behind a proxy, name it (docs/operations.md).`;
    req.log.warn(message);
    if (!app.log.level || app.log.level === 'silent') console.warn(message);
  });
}
