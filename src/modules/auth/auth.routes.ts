/** POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout, POST /api/auth/password, PUT /api/auth/bahasa. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../access/index.ts';
import { requireActor } from '../access/index.ts';
import { appraiseesOf } from '../org/index.ts';
import { setAccountLanguage } from './account-language.ts';
import * as repo from './auth.repository.ts';
import {
  type TMe,
  ZBahasaRequest,
  ZChangePasswordRequest,
  ZDemoAccounts,
  ZLoginRequest,
  ZMe,
  ZOk,
} from './auth.schema.ts';
import { changePassword, login, logout, resolveSession, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service.ts';
import { listDemoCredentials } from './demo-credentials.ts';

/**
 * The request reached us over HTTPS, directly or through a trusted proxy that says so
 * (X-Forwarded-Proto is believed only from KINERJA_TRUST_PROXY's proxies): the session cookie is
 * then Secure, so the browser never sends it over plain HTTP (decision 0004). A plain-HTTP install
 * (trial, intranet by IP) still gets a cookie it can use.
 */
function cameOverHttps(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/** The account as GET /api/auth/me answers it (also embedded in the app page: app-html.ts). */
export async function describeMe(database: Database, actor: Actor): Promise<TMe> {
  const account = await repo.getAkun(database.db, actor.akunId);
  const inst = actor.instansiId ? await repo.getInstansiBrief(database.db, actor.instansiId) : null;
  const peg = actor.pegawaiId ? await repo.getPegawaiBrief(database.db, actor.pegawaiId) : null;
  const bawahan = peg && actor.instansiId ? await appraiseesOf(database, actor.instansiId, peg.id) : [];
  const peran: string[] = [...new Set(actor.roles.map((r) => r.peran))];
  if (peg) peran.push('PEGAWAI');
  if (bawahan.length) peran.push('PEJABAT_PENILAI');
  return {
    id: actor.akunId,
    username: actor.username,
    nama: actor.nama,
    bahasa: account?.bahasa ?? 'id',
    instansi: inst,
    pegawai: peg ? { id: peg.id, nip: peg.nip, nama: peg.nama } : null,
    peran,
    unitAdmin: actor.roles
      .filter((r) => r.peran === 'ADMIN_UNIT')
      .map((r) => ({ instansiId: r.instansiId, unitId: r.unitId })),
    jumlahBawahan: bawahan.length,
    wajibGantiSandi: account?.wajibGantiSandi ?? false,
  };
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Masuk / log in (sets the kinerja_sid session cookie)',
        body: ZLoginRequest,
        response: { 200: ZMe },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await login(app.database, {
        username: req.body.username,
        password: req.body.password,
        instansi: req.body.instansi,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: cameOverHttps(req),
        maxAge: SESSION_TTL_MS / 1000,
      });
      const actor = await resolveSession(app.database, result.token);
      requireActor(actor);
      return describeMe(app.database, actor);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Akun yang sedang masuk / current account', response: { 200: ZMe } } },
    async (req) => {
      requireActor(req.actor);
      return describeMe(app.database, req.actor);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Keluar / log out', response: { 200: ZOk } } },
    async (req, reply) => {
      if (req.actor) await logout(app.database, req.actor, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cameOverHttps(req) });
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ganti kata sandi / change password',
        body: ZChangePasswordRequest,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      requireActor(req.actor);
      await changePassword(app.database, req.actor, req.body, req.ip);
      return { ok: true as const };
    },
  );

  app.put(
    '/auth/bahasa',
    {
      schema: {
        tags: ['auth'],
        summary: 'Bahasa akun / set the account’s language (emails are written in it)',
        body: ZBahasaRequest,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      requireActor(req.actor);
      await setAccountLanguage(app.database, req.actor, req.body.bahasa);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/demo-accounts',
    {
      schema: {
        tags: ['auth'],
        summary: 'Akun demo (hanya mode demo) / demo accounts (demo mode only)',
        response: { 200: ZDemoAccounts },
      },
    },
    async () => {
      if (!app.config.isDemo) return { isDemo: false, accounts: [] };
      return { isDemo: true, accounts: await listDemoCredentials(app.database) };
    },
  );
};
