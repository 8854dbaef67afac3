/**
 * The app page carries the caller's account (GET /api/auth/me's answer) when the session is live,
 * so the web app starts without that round trip; it is then the caller's own page (no-store).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';
import { buildAkun, buildInstansi, login } from '../../test/factories.ts';
import { akun } from '../db/schema.ts';
import { buildApp } from './app.ts';
import { EMBEDDED_ME_ID, jsonForHtml } from './app-html.ts';

const database = useTestDatabase();
const html =
  '<!doctype html><html lang="id"><head><title>Kinerja</title></head><body><div id="root"></div></body></html>';
let webDist = '';
let app: FastifyInstance;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
  writeFileSync(join(webDist, 'index.html'), html);
  app = await buildApp(database(), { webDist });
});
afterAll(async () => {
  await app.close();
  rmSync(webDist, { recursive: true, force: true });
});

/** The embedded account of a page body, or null. */
function embedded(body: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${EMBEDDED_ME_ID}">(.*?)</script>`).exec(body);
  return m ? JSON.parse(m[1]) : null;
}

describe('the app page', () => {
  it('carries the account of a live session, as /api/auth/me answers it, and is not cached', async () => {
    const inst = await buildInstansi(database());
    const a = await buildAkun(database(), { instansiId: inst.id, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, a.username);
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    for (const url of ['/', '/skp/123', '/pegawai?q=a']) {
      const res = await app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('private, no-store');
      expect(res.headers.vary, url).toMatch(/cookie/i);
      expect(res.headers['content-security-policy'], url).toBeDefined();
      expect(embedded(res.body), url).toEqual(me.json());
      expect(res.body, url).toContain('<div id="root"></div>');
    }
  });

  it('is the static file for a visitor, an unknown or ended session, and a one-time password', async () => {
    const inst = await buildInstansi(database());
    const a = await buildAkun(database(), { instansiId: inst.id, peran: ['AUDITOR'] });
    const cookie = await login(app, a.username);
    await database().db.update(akun).set({ wajibGantiSandi: true }).where(eq(akun.id, a.id));
    for (const headers of [{}, { cookie: 'kinerja_sid=bukan-sesi' }, { cookie }]) {
      const res = await app.inject({ url: '/', headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(html);
    }
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await app.inject({ url: '/masuk', headers: { cookie } })).body).toBe(html);
  });

  it('keeps any name inside the data block: nothing in it can close the element', async () => {
    const inst = await buildInstansi(database());
    const a = await buildAkun(database(), { instansiId: inst.id, peran: ['AUDITOR'] });
    const nama = '</script><script>alert(1)</script> & \u2028 <!--';
    await database().db.update(akun).set({ namaTampilan: nama }).where(eq(akun.id, a.id));
    const res = await app.inject({ url: '/', headers: { cookie: await login(app, a.username) } });
    expect(res.body).not.toContain('<script>alert');
    expect(res.body.match(/<\/script>/g)).toHaveLength(1);
    expect(embedded(res.body)).toMatchObject({ nama });
    expect(jsonForHtml({ a: '<>&\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2029"}');
  });
});
