/** Resolves `req.actor` from the session cookie on every request (null when anonymous). */
import fp from 'fastify-plugin';
import { resolveSession, SESSION_COOKIE } from './auth.service.ts';

export const sessionPlugin = fp(async (app) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await resolveSession(app.database, token) : null;
  });
});
