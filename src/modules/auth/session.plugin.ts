/** Resolves `req.actor` from the session cookie on every request (null when anonymous). */
import fp from 'fastify-plugin';
import { resolveSession, SESSION_COOKIE } from './auth.service.ts';

export const sessionPlugin = fp(async (app) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    // Only the API needs the caller: health checks and static assets skip the session lookup
    // (on PGlite every query queues on one connection, so this keeps them off the queue).
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await resolveSession(app.database, token) : null;
  });
});
