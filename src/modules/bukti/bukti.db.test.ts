/**
 * Evidence API on a real database and a real directory store: limits (nothing stored when refused),
 * dedupe, reuse across IKI and periods, who may download and with which headers, deleting.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buktiForm } from '../../../test/bukti-form.ts';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildPegawai } from '../../../test/factories.ts';
import { addRhk, createSkp, ikiKuantitatif, skpWorld, type World } from '../../../test/skp-kit.ts';
import { skpPeriode } from '../../db/schema-pelaksanaan.ts';
import { LocalFileStore, setFileStore } from '../dokumen/index.ts';
import { sampleDocx, samplePdf, samplePng } from './bukti.samples.ts';

const database = useTestDatabase();
let filesDir: string;

beforeAll(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'kinerja-bukti-test-'));
  setFileStore(new LocalFileStore(filesDir));
});
afterAll(async () => {
  setFileStore(null);
  await rm(filesDir, { recursive: true, force: true });
});

async function upload(w: World, who: Parameters<World['cookieOf']>[0], form: ReturnType<typeof buktiForm>) {
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/instansi/${w.i}/bukti`,
    payload: form.body,
    headers: { ...form.headers, cookie: await w.cookieOf(who) },
  });
  return { status: res.statusCode, body: res.json() };
}

async function countRows(w: World) {
  const r = await database().pool.query(
    `select (select count(*) from berkas where instansi_id = $1)::int as berkas,
            (select count(*) from bukti where instansi_id = $1)::int as bukti`,
    [w.i],
  );
  return r.rows[0] as { berkas: number; bukti: number };
}

/** Files under the store's tenant directory and anything left in staging. */
function storedFiles(w: World) {
  const list = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  return { tenant: list(join(filesDir, 'bukti', w.i)), staging: list(join(filesDir, 'bukti-staging')) };
}

async function world() {
  const w = await skpWorld(database());
  const skp = await createSkp(w, 'staf');
  await addRhk(w, 'staf', skp, { iki: [ikiKuantitatif('Jumlah laporan', 12), ikiKuantitatif('Jumlah modul', 4)] });
  const detail = await w.call('staf', 'GET', `/skp/${skp.id}`);
  const ikiIds: string[] = detail.body.rhk[0].iki.map((x: { id: string }) => x.id);
  return { w, skpId: skp.id, ikiIds };
}

describe('evidence upload limits (nothing stored when refused)', () => {
  it('refuses a file over the instansi limit with 413 and stores nothing', async () => {
    const { w } = await world();
    const set = await w.call('admin', 'PUT', '/pengaturan', {
      version: 0,
      settings: { pelaksanaan: { buktiMaksimumMb: 1 } },
    });
    expect(set.status).toBe(200);
    const big = Buffer.concat([samplePdf(), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(w, 'staf', buktiForm(big, 'besar.pdf'));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('BUKTI.TOO_LARGE');
    expect(res.body.error.message).toContain('1 MB');
    expect(await countRows(w)).toEqual({ berkas: 0, bukti: 0 });
    expect(storedFiles(w)).toEqual({ tenant: [], staging: [] });
    // Just under the limit is fine.
    const ok = await upload(
      w,
      'staf',
      buktiForm(Buffer.concat([samplePdf(), Buffer.alloc(1000 * 1024, 0x20)]), 'pas.pdf'),
    );
    expect(ok.status).toBe(201);
  });

  it.each([
    ['a PNG named .pdf', samplePng(), 'foto.pdf', 422, 'BUKTI.TYPE_MISMATCH'],
    [
      'a renamed executable',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]),
      'laporan.pdf',
      415,
      'BUKTI.TYPE_NOT_ALLOWED',
    ],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script></html>'), 'a.html', 415, 'BUKTI.TYPE_NOT_ALLOWED'],
    ['a pixel bomb', samplePng(1, 1, [0, 0, 0], { width: 40_000, height: 40_000 }), 'peta.png', 422, 'BUKTI.BOMB'],
    [
      'a zip bomb',
      sampleDocx('x', { 'word/media/nol.bin': new Uint8Array(8 * 1024 * 1024) }),
      'laporan.docx',
      422,
      'BUKTI.BOMB',
    ],
    ['an empty file', Buffer.alloc(0), 'kosong.pdf', 400, 'BUKTI.EMPTY'],
  ])('refuses %s with a clear message and stores nothing', async (_n, bytes, name, status, code) => {
    const { w } = await world();
    const res = await upload(w, 'staf', buktiForm(bytes, name));
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(await countRows(w)).toEqual({ berkas: 0, bukti: 0 });
    expect(storedFiles(w)).toEqual({ tenant: [], staging: [] });
  });

  it('explains a mismatch in the caller’s language, naming both types', async () => {
    const { w } = await world();
    const send = async (lang: string) => {
      const form = buktiForm(samplePng(), 'foto.pdf');
      const res = await w.app.inject({
        method: 'POST',
        url: `/api/instansi/${w.i}/bukti?lang=${lang}`,
        payload: form.body,
        headers: { ...form.headers, cookie: await w.cookieOf('staf') },
      });
      return res.json().error.message as string;
    };
    expect(await send('en')).toMatch(/ends in \.pdf but its content is PNG/);
    expect(await send('id')).toMatch(/berakhiran \.pdf, tetapi isinya PNG/);
  });

  it('refuses missing or invalid fields (400) and a request without a file', async () => {
    const { w } = await world();
    const noTitle = await upload(w, 'staf', buktiForm(samplePdf(), 'a.pdf', { tanggal: '2026-01-02' }));
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.details[0].field).toBe('body.judul');
    const noFile = await upload(w, 'staf', buktiForm(null, '', { judul: 'x', tanggal: '2026-01-02' }));
    expect(noFile.body.error.code).toBe('BUKTI.NO_FILE');
    expect(await countRows(w)).toEqual({ berkas: 0, bukti: 0 });
  });

  it('accepts the fields after the file too, and cleans the file name', async () => {
    const { w } = await world();
    const res = await upload(
      w,
      'staf',
      buktiForm(samplePdf(), '..\\..\\laporan\u202Efdp.pdf', { judul: 'Notulen', tanggal: '2026-02-01' }, true),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      jenis: 'BERKAS',
      judul: 'Notulen',
      mime: 'application/pdf',
      namaBerkas: 'laporanfdp.pdf',
    });
  });

  it('gives an account without a pegawai no library (403) and another tenant nothing (404)', async () => {
    const { w } = await world();
    expect((await upload(w, 'admin', buktiForm(samplePdf(), 'a.pdf'))).status).toBe(403);
    expect((await upload(w, 'lain', buktiForm(samplePdf(), 'a.pdf'))).status).toBe(404);
  });

  it('stops an account at its daily allowance of files', async () => {
    const { w } = await world();
    await database().db.execute(sql`
      insert into bukti (instansi_id, pegawai_id, jenis, judul, tanggal, url)
      select ${w.i}, ${w.org.pegawai.staf.id}, 'TAUTAN', 'x', '2026-01-01', 'https://example.com' from generate_series(1, 3)`);
    // Links do not count (no bytes sent); 100 uploaded files do.
    const first = await upload(w, 'staf', buktiForm(samplePdf('satu'), 'a.pdf'));
    expect(first.status).toBe(201);
    await database().db.execute(sql`
      insert into bukti (instansi_id, pegawai_id, jenis, judul, tanggal, berkas_id)
      select ${w.i}, ${w.org.pegawai.staf.id}, 'BERKAS', 'x', '2026-01-01', berkas_id
        from bukti cross join generate_series(1, 99) where id = ${first.body.id}`);
    const res = await upload(w, 'staf', buktiForm(samplePdf('dua'), 'b.pdf'));
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('BUKTI.DAILY_LIMIT');
  });
});

describe('evidence stored once, used many times', () => {
  it('stores identical bytes once per tenant (two pegawai, two bukti, one berkas) and never across tenants', async () => {
    const { w } = await world();
    const bytes = samplePdf('Undangan rapat');
    const a = await upload(w, 'staf', buktiForm(bytes, 'undangan.pdf'));
    const b = await upload(w, 'kasi', buktiForm(bytes, 'rapat.pdf'));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
    expect(await countRows(w)).toEqual({ berkas: 1, bukti: 2 });
    expect(storedFiles(w).tenant).toHaveLength(1);
    expect(readFileSync(join(filesDir, 'bukti', w.i, storedFiles(w).tenant[0]))).toEqual(bytes);
    // Another tenant's upload of the same bytes is its own file.
    const otherAkun = await buildAkun(database(), {
      instansiId: w.other.instansi.id,
      pegawaiId: w.other.pegawai.staf.id,
    });
    const form = buktiForm(bytes, 'undangan.pdf');
    const other = await w.app.inject({
      method: 'POST',
      url: `/api/instansi/${w.other.instansi.id}/bukti`,
      payload: form.body,
      headers: { ...form.headers, cookie: await w.cookieOf(otherAkun) },
    });
    expect(other.statusCode).toBe(201);
    expect(readdirSync(join(filesDir, 'bukti', w.other.instansi.id))).toHaveLength(1);
    expect(await countRows(w)).toEqual({ berkas: 1, bukti: 2 });
  });

  it('attaches one bukti to two IKI and two periods without a second upload, lists where it is used', async () => {
    const { w, skpId, ikiIds } = await world();
    const up = await upload(w, 'staf', buktiForm(samplePng(), 'kegiatan.png'));
    const attachments = [
      { ikiId: ikiIds[0], periodeKode: 'TW4' },
      { ikiId: ikiIds[1], periodeKode: 'TW4' },
      { ikiId: ikiIds[0], periodeKode: 'AKHIR' },
    ];
    for (const a of attachments) {
      const res = await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { buktiId: up.body.id, ...a });
      expect(res.status).toBe(201);
    }
    // Attaching again is the same attachment (a retry), not a second one.
    const again = await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { buktiId: up.body.id, ...attachments[0] });
    expect(again.status).toBe(201);
    const lib = await w.call('staf', 'GET', '/bukti');
    expect(lib.body.total).toBe(1);
    expect(lib.body.items[0].dipakai).toHaveLength(3);
    const ofIki = await w.call('kasi', 'GET', `/skp/${skpId}/bukti-iki?ikiId=${ikiIds[0]}&periodeKode=TW4`);
    expect(ofIki.body.items.map((x: { id: string }) => x.id)).toEqual([up.body.id]);
    expect(ofIki.body.aksi).not.toContain('ISI_REALISASI');
    expect(await countRows(w)).toEqual({ berkas: 1, bukti: 1 });
    // Detach one; the others stay.
    const off = await w.app.inject({
      method: 'DELETE',
      url: `/api/instansi/${w.i}/skp/${skpId}/bukti-iki`,
      payload: { buktiId: up.body.id, ...attachments[1] },
      headers: { cookie: await w.cookieOf('staf') },
    });
    expect(off.statusCode).toBe(200);
    expect((await w.call('staf', 'GET', '/bukti')).body.items[0].dipakai).toHaveLength(2);
  });

  it('lets only the owner attach, only their own evidence, to an IKI of the SKP in an open period', async () => {
    const { w, skpId, ikiIds } = await world();
    const mine = await upload(w, 'staf', buktiForm(samplePdf('a'), 'a.pdf'));
    const kasis = await upload(w, 'kasi', buktiForm(samplePdf('b'), 'b.pdf'));
    const body = { buktiId: mine.body.id, ikiId: ikiIds[0], periodeKode: 'TW4' };
    expect((await w.call('kasi', 'POST', `/skp/${skpId}/bukti-iki`, body)).status).toBe(403);
    expect((await w.call('guru', 'POST', `/skp/${skpId}/bukti-iki`, body)).status).toBe(404);
    expect((await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { ...body, buktiId: kasis.body.id })).status).toBe(
      404,
    );
    const otherIki = await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { ...body, ikiId: w.org.pegawai.kasi.id });
    expect(otherIki.body.error.code).toBe('BUKTI.IKI_NOT_IN_SKP');
    const unknown = await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { ...body, periodeKode: 'B05' });
    expect(unknown.body.error.code).toBe('BUKTI.PERIODE_UNKNOWN');
    // TW1's batas pengisian is long past unless reopened.
    const closed = await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { ...body, periodeKode: 'TW1' });
    expect([closed.status, closed.body.error.code]).toEqual([409, 'BUKTI.PERIODE_CLOSED']);
    await database()
      .db.insert(skpPeriode)
      .values({
        instansiId: w.i,
        skpId,
        periodeKode: 'TW1',
        dibukaSampai: new Date(Date.now() + 86_400_000),
        dibukaAlasan: 'uji',
      });
    expect((await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, { ...body, periodeKode: 'TW1' })).status).toBe(201);
  });

  it('refuses deleting evidence of a rated period, deletes otherwise and removes the unused file', async () => {
    const { w, skpId, ikiIds } = await world();
    const a = await upload(w, 'staf', buktiForm(samplePdf('dinilai'), 'a.pdf'));
    const b = await upload(w, 'staf', buktiForm(samplePdf('bebas'), 'b.pdf'));
    await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, {
      buktiId: a.body.id,
      ikiId: ikiIds[0],
      periodeKode: 'TW4',
    });
    await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, {
      buktiId: b.body.id,
      ikiId: ikiIds[0],
      periodeKode: 'TW4',
    });
    await database()
      .db.insert(skpPeriode)
      .values({ instansiId: w.i, skpId, periodeKode: 'TW4', dinilaiAt: new Date() });
    const refused = await w.call('staf', 'DELETE', `/bukti/${a.body.id}`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'BUKTI.PERIODE_DINILAI']);
    // Nor can it be detached from the rated period.
    const detach = await w.app.inject({
      method: 'DELETE',
      url: `/api/instansi/${w.i}/skp/${skpId}/bukti-iki`,
      payload: { buktiId: a.body.id, ikiId: ikiIds[0], periodeKode: 'TW4' },
      headers: { cookie: await w.cookieOf('staf') },
    });
    expect(detach.statusCode).toBe(409);
    await database().db.execute(sql`delete from skp_periode where skp_id = ${skpId}`);
    expect((await w.call('kasi', 'DELETE', `/bukti/${b.body.id}`)).status).toBe(404);
    expect(storedFiles(w).tenant).toHaveLength(2);
    expect((await w.call('staf', 'DELETE', `/bukti/${b.body.id}`)).status).toBe(200);
    expect(await countRows(w)).toEqual({ berkas: 1, bukti: 1 });
    expect(storedFiles(w).tenant).toHaveLength(1);
    const audit = await database().pool.query(
      `select action from audit_log where instansi_id = $1 and entity like 'bukti%' order by id`,
      [w.i],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['bukti.create', 'bukti.attach', 'bukti.delete']),
    );
  });

  it('adds links: http/https only', async () => {
    const { w } = await world();
    const ok = await w.call('staf', 'POST', '/bukti/tautan', {
      url: 'https://drive.example.go.id/rapat',
      judul: 'Notulen rapat',
      tanggal: '2026-04-01',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ jenis: 'TAUTAN', url: 'https://drive.example.go.id/rapat', mime: null });
    const bad = await w.call('staf', 'POST', '/bukti/tautan', {
      url: 'javascript:alert(1)',
      judul: 'x',
      tanggal: '2026-04-01',
    });
    expect(bad.body.error.code).toBe('BUKTI.URL_INVALID');
    const search = await w.call('staf', 'GET', '/bukti?cari=notulen');
    expect(search.body.total).toBe(1);
    expect((await w.call('staf', 'GET', '/bukti?cari=tidakada')).body.total).toBe(0);
  });
});

describe('who may open a piece of evidence', () => {
  it('opens for the owner and readers of a supported SKP; 404 for a colleague and another tenant; safe headers', async () => {
    const { w, skpId, ikiIds } = await world();
    const up = await upload(w, 'staf', buktiForm(samplePdf('Laporan'), 'laporan rapat é.pdf'));
    const adminUnit = await buildAkun(database(), {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.bidang.id,
    });
    const rekan = await buildPegawai(database(), w.i, { nama: 'Rekan Seksi', jabatan: w.org.jabatan.jStaf });
    const rekanAkun = await buildAkun(database(), { instansiId: w.i, pegawaiId: rekan.id });
    await w.orgChanged();
    const open = async (who: Parameters<World['cookieOf']>[0], q = '') =>
      w.app.inject({
        method: 'GET',
        url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh${q}`,
        headers: { cookie: await w.cookieOf(who) },
      });
    // Not attached yet: only the owner.
    expect((await open('staf')).statusCode).toBe(200);
    expect((await open('kasi')).statusCode).toBe(404);
    await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, {
      buktiId: up.body.id,
      ikiId: ikiIds[0],
      periodeKode: 'TW4',
    });
    for (const who of ['staf', 'kasi', 'kabid', 'admin', 'auditor', adminUnit] as const)
      expect([who, (await open(who)).statusCode]).toEqual([who, 200]);
    for (const who of ['guru', 'lain', rekanAkun] as const)
      expect([who, (await open(who)).statusCode]).toEqual([who, 404]);
    const res = await open('staf');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="laporan rapat _.pdf"; filename*=UTF-8''laporan%20rapat%20%C3%A9.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(res.rawPayload).toEqual(samplePdf('Laporan'));
    // A PDF is downloaded even when asked inline (PDF viewers do not run sandboxed).
    expect((await open('staf', '?inline=1')).headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('shows an image inline only when asked, sandboxed', async () => {
    const { w } = await world();
    const up = await upload(w, 'staf', buktiForm(samplePng(), 'foto.png'));
    const get = async (q: string) =>
      w.app.inject({
        method: 'GET',
        url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh${q}`,
        headers: { cookie: await w.cookieOf('staf') },
      });
    const inline = await get('?inline=1');
    expect(inline.headers['content-type']).toBe('image/png');
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename="foto.png"/);
    expect(inline.headers['content-security-policy']).toMatch(/^sandbox/);
    expect((await get('')).headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('serves office documents as an octet-stream attachment even when asked inline', async () => {
    const { w } = await world();
    const up = await upload(w, 'staf', buktiForm(sampleDocx(), 'notulen.docx'));
    const res = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh?inline=1`,
      headers: { cookie: await w.cookieOf('staf') },
    });
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('marks evidence seen when the appraiser opens it, not when others do', async () => {
    const { w, skpId, ikiIds } = await world();
    const up = await upload(w, 'staf', buktiForm(samplePdf('x'), 'x.pdf'));
    await w.call('staf', 'POST', `/skp/${skpId}/bukti-iki`, {
      buktiId: up.body.id,
      ikiId: ikiIds[0],
      periodeKode: 'TW4',
    });
    const seen = async () =>
      (await w.call('staf', 'GET', `/skp/${skpId}/bukti-iki`)).body.items[0].dilihatPenilaiAt as string | null;
    await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh`,
      headers: { cookie: await w.cookieOf('admin') },
    });
    await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh`,
      headers: { cookie: await w.cookieOf('staf') },
    });
    expect(await seen()).toBeNull();
    await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/bukti/${up.body.id}/unduh`,
      headers: { cookie: await w.cookieOf('kasi') },
    });
    expect(await seen()).not.toBeNull();
  });
});
