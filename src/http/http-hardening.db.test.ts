/**
 * The HTTP surface under hostile or unusual requests (issue 8, points 7 and 9): bad input is a 4xx in
 * the documented shape and the caller's language, never a 500; security headers fit a plain-HTTP
 * install; API answers are not cached; the CSRF check compares scheme, host and port.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';
import { buildAkun, buildInstansi, buildUnit, login } from '../../test/factories.ts';
import { buildApp } from './app.ts';

const database = useTestDatabase();
let app: FastifyInstance;
let adminCookie: string;
let superCookie: string;
let instansiId: string;
let unitId: string;

beforeAll(async () => {
  app = await buildApp(database());
  // A route that hands a client value straight to the database, to prove the safety net.
  app.get('/api/uji/angka', { schema: { hide: true } }, async (req) => {
    const { n } = req.query as { n: string };
    await app.database.pool.query('select $1::text::int as n', [n]);
    return { ok: true };
  });
  const inst = await buildInstansi(database());
  instansiId = inst.id;
  unitId = (await buildUnit(database(), inst.id)).id;
  adminCookie = await login(app, (await buildAkun(database(), { instansiId, peran: ['ADMIN_INSTANSI'] })).username);
  superCookie = await login(app, (await buildAkun(database(), { peran: ['SUPER_ADMIN'] })).username);
});
afterAll(async () => {
  await app.close();
});

const shaped = (body: { error: Record<string, unknown> }) => {
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
};

describe('bad input is a 4xx in the documented shape, never a 500', () => {
  it('refuses a NUL character on the login route without a session, in the caller language', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000', password: 'kata-sandi-uji-123' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'VALIDATION.FAILED',
        message: 'Data yang dikirim tidak valid.',
        details: [{ field: 'body.username', message: 'Karakter NUL (U+0000) tidak diperbolehkan.' }],
      },
    });
    const en = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'admin', password: 'sandi\u0000' },
    });
    expect(en.json().error.details).toEqual([
      { field: 'body.password', message: 'The NUL character (U+0000) is not allowed.' },
    ]);
  });

  it('refuses lone surrogates and NUL anywhere: nested body values, keys, the query', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${instansiId}/units`,
      headers: { cookie: adminCookie },
      payload: { kode: 'X1', nama: 'Bidang \uD800', jenis: 'BIDANG', parentId: unitId },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.nama', message: 'Teks berisi karakter Unicode yang rusak (surrogate tunggal).' },
    ]);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/instansi/${instansiId}/pengaturan`,
      headers: { cookie: adminCookie },
      payload: { version: 0, settings: { 'a\u0000': 1 } },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.details[0].field).toBe('body.settings.<key>');
    const q = await app.inject({
      url: `/api/instansi/${instansiId}/pegawai?q=a%00b`,
      headers: { cookie: adminCookie },
    });
    expect(q.statusCode).toBe(400);
    expect(q.json().error.details[0].field).toBe('querystring.q');
    const units = await database().pool.query('select count(*)::int as n from unit_organisasi where instansi_id = $1', [
      instansiId,
    ]);
    expect(units.rows[0].n).toBe(1); // nothing was written
  });

  it('refuses integers outside the database range by field, e.g. version -2147483649', async () => {
    for (const version of [-2147483649, 2147483648]) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/instansi/${instansiId}/units/${unitId}`,
        headers: { cookie: adminCookie },
        payload: { version, nama: 'Nama Baru' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION.FAILED');
      expect(res.json().error.details[0].field).toBe('body.version');
    }
  });

  it('answers an all-zero or unknown tenant id with 404, even for a super admin writing to it', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', crypto.randomUUID()]) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/instansi/${id}/periode`,
        headers: { cookie: superCookie },
        payload: { tahun: 2040, jenisEvaluasi: 'BULANAN' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ACCESS.DENIED');
    }
  });

  it('answers an over-long path parameter with 414 in our shape, without echoing the URL', async () => {
    const long = 'z'.repeat(3000);
    const res = await app.inject({ url: `/api/instansi/${long}/units`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({
      error: {
        code: 'REQUEST.URI_TOO_LONG',
        message: 'The request URL is too long.',
        details: { reason: 'FST_ERR_MAX_PARAM_LENGTH' },
      },
    });
    expect(res.body).not.toContain('zzzz');
    const bad = await app.inject({ url: '/api/instansi/%ED%A0%80/units' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('REQUEST.MALFORMED');
    expect(bad.body).not.toContain('%ED');
  });

  it('answers 413, 415, malformed JSON and unknown API routes in our shape and language', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({
      error: {
        code: 'REQUEST.TOO_LARGE',
        message: 'Permintaan terlalu besar.',
        details: { reason: 'FST_ERR_CTP_BODY_TOO_LARGE', maxBytes: 2 * 1024 * 1024 },
      },
    });
    const type = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml', 'accept-language': 'en' },
      payload: '<login/>',
    });
    expect(type.statusCode).toBe(415);
    expect(type.json().error).toMatchObject({
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      message: "This endpoint does not accept the request's content type (Content-Type).",
    });
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('REQUEST.MALFORMED');
    const unknown = await app.inject({ url: '/api/tidak-ada?lang=en' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found.', details: null } });
    for (const r of [big, type, malformed, unknown]) shaped(r.json());
  });

  it('turns a value the database refuses into a 400, as a safety net behind validation', async () => {
    const res = await app.inject({ url: '/api/uji/angka?n=99999999999' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'VALIDATION.FAILED', message: 'Data yang dikirim tidak valid.', details: { sqlstate: '22003' } },
    });
    const nul = await app.inject({ url: '/api/uji/angka?n=abc' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details).toEqual({ sqlstate: '22P02' });
  });
});

describe('headers', () => {
  it('serves a CSP without upgrade-insecure-requests and no HSTS over plain HTTP', async () => {
    const res = await app.inject({ url: '/healthz', headers: { host: '192.168.1.10:3000' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('marks API answers no-store (also errors), but not the public OpenAPI document', async () => {
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: adminCookie } });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const anon = await app.inject({ url: '/api/auth/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['cache-control']).toBe('no-store');
    const list = await app.inject({ url: `/api/instansi/${instansiId}/pegawai`, headers: { cookie: adminCookie } });
    expect(list.headers['cache-control']).toBe('no-store');
    const doc = await app.inject({ url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['cache-control']).toBeUndefined();
    const health = await app.inject({ url: '/healthz' });
    expect(health.headers['cache-control']).toBeUndefined();
  });
});

describe('CSRF: Origin must match scheme, host and port', () => {
  const post = (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/rules/predikat',
      headers,
      payload: { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI' },
    });

  it.each([
    ['the same origin', 'http://kinerja.local', 'kinerja.local', 200],
    ['an explicit default port', 'http://kinerja.local:80', 'kinerja.local', 200],
    ['a default port in Host', 'http://kinerja.local', 'kinerja.local:80', 200],
    ['another case of the host', 'http://KINERJA.local', 'kinerja.local', 200],
    ['the same host and port over another scheme', 'https://kinerja.local', 'kinerja.local', 403],
    ['another port', 'http://kinerja.local:8080', 'kinerja.local', 403],
    ['another port in Host', 'http://kinerja.local', 'kinerja.local:8080', 403],
    ['another host', 'http://evil.example', 'kinerja.local', 403],
    ['a host that only starts alike', 'http://kinerja.local.evil.example', 'kinerja.local', 403],
    ['Origin: null', 'null', 'kinerja.local', 403],
    ['an unparsable Origin', 'not a url', 'kinerja.local', 403],
    ['a non-web scheme', 'file://kinerja.local', 'kinerja.local', 403],
  ])('%s', async (_label, origin, host, status) => {
    const res = await post({ origin, host });
    expect(res.statusCode).toBe(status);
    if (status === 403) expect(res.json().error.code).toBe('AUTH.CSRF');
  });
});
