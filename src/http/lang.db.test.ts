/**
 * Server messages come in the caller's language only — never "Indonesian / English" — whether the
 * language is asked by Accept-Language, the kinerja_lang cookie or ?lang= (also on routes whose query
 * schema would strip it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';
import { createSkp, skpWorld, TAHUN, type Who, type World } from '../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

async function inject(
  who: Who,
  method: 'GET' | 'POST',
  path: string,
  opts: { lang?: string; cookie?: string; payload?: object } = {},
) {
  const res = await w.app.inject({
    method,
    url: `/api/instansi/${w.i}${path}`,
    payload: opts.payload,
    headers: {
      cookie: `${await w.cookieOf(who)}${opts.cookie ? `; ${opts.cookie}` : ''}`,
      ...(opts.lang ? { 'accept-language': opts.lang } : {}),
    },
  });
  return { status: res.statusCode, error: res.json().error as { code: string; message: string; details: unknown } };
}

/** No " / " between two languages anywhere in the error (message and details). */
function expectOneLanguage(error: unknown) {
  expect(JSON.stringify(error)).not.toMatch(/[.!?a-z)] \/ [A-Z]/);
}

describe('errors in one language', () => {
  it('answers the same refusal (an overlapping SKP) in Indonesian or in English, never both', async () => {
    await createSkp(w, 'staf');
    const body = { tahun: TAHUN, pendekatan: 'KUALITATIF' };
    const id = await inject('staf', 'POST', '/skp', { lang: 'id', payload: body });
    const en = await inject('staf', 'POST', '/skp', { lang: 'en', payload: body });
    expect([id.status, en.status]).toEqual([409, 409]);
    expect(id.error.code).toBe('SKP.OVERLAP');
    expect(id.error.message).toMatch(/^Sudah ada SKP terbuka \d{4}-\d\d-\d\d–\d{4}-\d\d-\d\d untuk pegawai ini\.$/);
    expect(en.error.message).toMatch(/^An open SKP \(.+\) of this employee already covers this range\.$/);
    expectOneLanguage(id.error);
    expectOneLanguage(en.error);
  });

  it('localises each line of the details too (what an incomplete SKP lacks)', async () => {
    const skp = await createSkp(w, 'guru');
    const payload = { version: skp.version };
    const id = await inject('guru', 'POST', `/skp/${skp.id}/ajukan`, { payload });
    const en = await inject('guru', 'POST', `/skp/${skp.id}/ajukan`, { lang: 'en', payload });
    expect([id.status, en.status]).toEqual([422, 422]);
    expect(id.error.message).toMatch(/^SKP belum lengkap: /);
    expect(en.error.message).toMatch(/^The SKP is incomplete: /);
    const lines = (e: { details: unknown }) => e.details as { field: string; message: unknown }[];
    expect(lines(en.error).length).toBeGreaterThan(0);
    for (const d of [...lines(id.error), ...lines(en.error)]) expect(typeof d.message).toBe('string');
    expect(lines(id.error)[0].message).not.toBe(lines(en.error)[0].message);
    expectOneLanguage(id.error);
    expectOneLanguage(en.error);
  });

  it('words a schema refusal of each field in the caller’s language', async () => {
    const payload = { tahun: 'dua ribu', pendekatan: 'KUALITATIF' };
    const id = await inject('staf', 'POST', '/skp', { lang: 'id', payload });
    const en = await inject('staf', 'POST', '/skp', { lang: 'en', payload });
    expect(id.error.code).toBe('VALIDATION.FAILED');
    expect(id.error.details).toEqual([
      { field: 'body.tahun', message: expect.stringMatching(/^Input tidak valid: diharapkan number, diterima NaN$/) },
    ]);
    expect(en.error.details).toEqual([
      { field: 'body.tahun', message: expect.stringMatching(/^Invalid input: expected number, received NaN$/) },
    ]);
  });

  it('follows the kinerja_lang cookie over Accept-Language', async () => {
    const res = await inject('staf', 'POST', '/skp', {
      lang: 'id',
      cookie: 'kinerja_lang=en',
      payload: { tahun: TAHUN, pendekatan: 'KUALITATIF' },
    });
    expect(res.error.code).toBe('SKP.OVERLAP');
    expect(res.error.message).toMatch(/^An open SKP/);
  });

  it('keeps ?lang= on a route whose query schema strips unknown keys', async () => {
    // GET /perjanjian-kinerja validates its query with zod; an invalid year is refused there.
    const bad = await inject('admin', 'GET', '/perjanjian-kinerja?tahun=abc&lang=en', { lang: 'id' });
    expect(bad.status).toBe(400);
    expect(bad.error).toMatchObject({ code: 'VALIDATION.FAILED', message: 'The request data is not valid.' });
    // A valid query reaches the service; its refusal (another tenant's admin) is in English too.
    const denied = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/skp/saya?tahun=${TAHUN}&lang=en`,
      headers: { cookie: await w.cookieOf('lain'), 'accept-language': 'id' },
    });
    expect(denied.statusCode).toBe(404);
    expect(denied.json().error).toMatchObject({
      code: 'ACCESS.DENIED',
      message: 'Not found, or you are not allowed to access it.',
    });
  });
});
