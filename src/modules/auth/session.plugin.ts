/**
 * Resolves `req.actor` from the session cookie on every API request (null when anonymous), and is
 * the one place that holds an account with a system-generated password to the password change:
 * until the owner replaces it, every other API route answers 403 AUTH.GANTI_SANDI_WAJIB.
 */
import fp from 'fastify-plugin';
import { AppError } from '../../http/errors.ts';
import { isAllowedBeforePasswordChange, resolveSessionState, SESSION_COOKIE } from './auth.service.ts';

export const sessionPlugin = fp(async (app) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    // Only the API needs the caller: health checks and static assets skip the session lookup
    // (on PGlite every query queues on one connection, so this keeps them off the queue).
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    const state = token ? await resolveSessionState(app.database, token) : null;
    req.actor = state?.actor ?? null;
    if (state?.wajibGantiSandi && !isAllowedBeforePasswordChange(req.method, req.routeOptions.url)) {
      throw new AppError('AUTH.GANTI_SANDI_WAJIB');
    }
  });
});
