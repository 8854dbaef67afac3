import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildPegawai } from '../../../test/factories.ts';
import { addRhk, skpWorld, submittedStafSkp, type World } from '../../../test/skp-kit.ts';
import { umpanBalikUntukPenilaian } from './index.ts';

const database = useTestDatabase();
let w: World;
let skp: { id: string; version: number };
let rhkId: string;
let ikiId: string;
let rekan: { username: string };

beforeAll(async () => {
  w = await skpWorld(database());
  skp = await submittedStafSkp(w);
  const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
  expect(set.status, JSON.stringify(set.body)).toBe(200);
  const detail = await w.call('staf', 'GET', `/skp/${skp.id}`);
  rhkId = detail.body.rhk[0].id;
  ikiId = detail.body.rhk[0].iki[0].id;
  // A colleague in the same unit (same position as the staf): reads nothing of the staf's SKP.
  const p = await buildPegawai(database(), w.i, { nama: 'Rina Kartika', jabatan: w.org.jabatan.jStaf });
  rekan = await buildAkun(database(), { instansiId: w.i, pegawaiId: p.id });
  await w.orgChanged();
});
afterAll(async () => {
  await w.app.close();
});

const notifs = async (who: Parameters<World['call']>[0]) =>
  ((await w.call(who, 'GET', '/notifikasi')).body as Array<{ jenis: string; tautan: string; isi: string }>).filter(
    (n) => n.jenis.startsWith('UMPAN_BALIK'),
  );

describe('continuous feedback (umpan balik berkelanjutan)', () => {
  it('the appraiser comments on an RHK and a value, the employee replies, each side is told, all dated', async () => {
    const onRhk = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
      sasaran: 'RHK',
      rhkId,
      teks: 'Draf kurikulumnya sudah bagus, tinggal lampiran 👍',
    });
    expect(onRhk.status, JSON.stringify(onRhk.body)).toBe(201);
    const onValue = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
      sasaran: 'PERILAKU',
      perilakuKode: 'KOLABORATIF',
      periodeKode: 'TW1',
      teks: 'Terima kasih sudah membantu tim sebelah.',
    });
    expect(onValue.status).toBe(201);

    const toStaf = await notifs('staf');
    expect(toStaf.map((n) => n.tautan).sort()).toEqual(
      [`/skp/${skp.id}?utas=${onRhk.body.id}`, `/skp/${skp.id}?utas=${onValue.body.id}`].sort(),
    );
    expect(toStaf[0].isi).toContain('Agus Wijaya');
    expect(await notifs('kasi')).toEqual([]);

    const reply = await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${onRhk.body.id}/balas`, {
      teks: 'Siap, Pak. Lampiran menyusul Jumat 🙏',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const toKasi = await notifs('kasi');
    expect(toKasi).toHaveLength(1);
    expect(toKasi[0]).toMatchObject({ jenis: 'UMPAN_BALIK_BALASAN', tautan: `/skp/${skp.id}?utas=${onRhk.body.id}` });
    expect(await notifs('kabid')).toEqual([]);

    // The atasan penilai joins the thread: the employee and the appraiser who wrote hear of it.
    const atasan = await w.call('kabid', 'POST', `/skp/${skp.id}/umpan-balik/${onRhk.body.id}/balas`, {
      teks: 'Setuju dengan Pak Agus.',
    });
    expect(atasan.status).toBe(201);
    expect((await notifs('kasi')).length).toBe(2);
    expect((await notifs('staf')).filter((n) => n.isi.includes('Siti Aminah'))).toHaveLength(1);

    const list = await w.call('auditor', 'GET', `/skp/${skp.id}/umpan-balik?sasaran=RHK`);
    expect(list.status).toBe(200);
    expect(list.body.aksi).toEqual([]);
    expect(list.body.utas).toHaveLength(1);
    const t = list.body.utas[0];
    expect(t).toMatchObject({ sasaran: 'RHK', rhkId, peranPenulis: 'PENILAI', penulisNama: 'Agus Wijaya' });
    expect(t.balasan.map((b: { peranPenulis: string }) => b.peranPenulis)).toEqual(['PEGAWAI', 'ATASAN_PENILAI']);
    expect(t.menungguPenilai).toBe(false);
    expect(Date.parse(t.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const byValue = await w.call('staf', 'GET', `/skp/${skp.id}/umpan-balik?perilakuKode=KOLABORATIF`);
    expect(byValue.body.utas.map((u: { id: string }) => u.id)).toEqual([onValue.body.id]);
    expect(byValue.body.aksi).toEqual(expect.arrayContaining(['BALAS_UMPAN_BALIK']));
    expect(byValue.body.aksi).not.toContain('TULIS_UMPAN_BALIK');
    const byPeriod = await w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik?periodeKode=TW1`);
    expect(byPeriod.body.utas).toHaveLength(1);
    expect(byPeriod.body.aksi).toEqual(expect.arrayContaining(['TULIS_UMPAN_BALIK', 'BALAS_UMPAN_BALIK']));

    // Audited, each with its text.
    const audit = await database().pool.query(
      "select action, actor_label, after->>'teks' as teks from audit_log where entity = 'umpan_balik' and instansi_id = $1 order by at, id",
      [w.i],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'umpanBalik.tulis',
      'umpanBalik.tulis',
      'umpanBalik.balas',
      'umpanBalik.balas',
    ]);
  });

  it('marks a thread as waiting for the appraiser when the employee wrote last', async () => {
    const root = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
      sasaran: 'RHK',
      rhkId,
      ikiId,
      periodeKode: 'TW2',
      teks: 'Realisasi TW2 belum diisi?',
    });
    expect(root.status).toBe(201);
    await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${root.body.id}/balas`, { teks: 'Sudah, Pak, cek lagi.' });
    const list = await w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik?ikiId=${ikiId}`);
    expect(list.body.utas).toMatchObject([{ id: root.body.id, menungguPenilai: true, periodeKode: 'TW2' }]);
    const bawahan = await w.call('kasi', 'GET', '/bawahan/pelaksanaan?periode=TW2');
    expect(bawahan.status).toBe(200);
    expect(bawahan.body.periodeKode).toBe('TW2');
    const item = bawahan.body.items.find((x: { pegawai: { id: string } }) => x.pegawai.id === w.org.pegawai.staf.id);
    expect(item).toMatchObject({
      skp: { id: skp.id, status: 'DITETAPKAN' },
      ikiTotal: 1,
      ikiTerisi: 0,
      umpanBalikMenunggu: 1,
    });
    // Not an appraiser: an empty list, nothing about anybody.
    expect((await w.call('staf', 'GET', '/bawahan/pelaksanaan')).body.items).toEqual([]);
  });

  it('lets only the appraisers start a thread, only people of the SKP reply, and hides the SKP from others', async () => {
    const body = { sasaran: 'PERILAKU', perilakuKode: 'LOYAL', teks: 'Catatan' };
    expect((await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik`, body)).status).toBe(403);
    expect((await w.call('admin', 'POST', `/skp/${skp.id}/umpan-balik`, body)).body.error.code).toBe(
      'ACCESS.FORBIDDEN',
    );
    expect((await w.call('auditor', 'POST', `/skp/${skp.id}/umpan-balik`, body)).status).toBe(403);
    expect((await w.call('kabid', 'POST', `/skp/${skp.id}/umpan-balik`, body)).status).toBe(201);
    expect((await w.call(rekan, 'GET', `/skp/${skp.id}/umpan-balik`)).status).toBe(404);
    expect((await w.call(rekan, 'POST', `/skp/${skp.id}/umpan-balik`, body)).status).toBe(404);
    expect((await w.call('lain', 'GET', `/skp/${skp.id}/umpan-balik`)).status).toBe(404);
    const root = (await w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik`)).body.utas[0].id;
    expect((await w.call('admin', 'POST', `/skp/${skp.id}/umpan-balik/${root}/balas`, { teks: 'x' })).status).toBe(403);
    expect((await w.call(rekan, 'POST', `/skp/${skp.id}/umpan-balik/${root}/balas`, { teks: 'x' })).status).toBe(404);
    // A reply names a root of this SKP.
    const nope = await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${w.org.pegawai.staf.id}/balas`, {
      teks: 'x',
    });
    expect(nope.status).toBe(404);
    expect((await w.call('admin', 'GET', `/skp/${skp.id}/umpan-balik`)).status).toBe(200);
  });

  it('refuses bad targets and text with a clear message, and stores nothing', async () => {
    const before = (await w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik`)).body.utas.length;
    const post = (body: object) => w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, body);
    const cases: Array<[object, string, string]> = [
      [{ sasaran: 'RHK', teks: 'x' }, 'UMPAN_BALIK.SASARAN_INVALID', 'harus menyebut RHK'],
      [
        { sasaran: 'RHK', rhkId: w.org.pegawai.staf.id, teks: 'x' },
        'UMPAN_BALIK.SASARAN_INVALID',
        'bukan bagian dari SKP',
      ],
      [{ sasaran: 'RHK', rhkId, ikiId, teks: 'x' }, 'UMPAN_BALIK.SASARAN_INVALID', 'periodenya'],
      [
        { sasaran: 'RHK', rhkId, ikiId: rhkId, periodeKode: 'TW1', teks: 'x' },
        'UMPAN_BALIK.SASARAN_INVALID',
        'IKI itu',
      ],
      [{ sasaran: 'PERILAKU', perilakuKode: 'JUJUR', teks: 'x' }, 'UMPAN_BALIK.SASARAN_INVALID', 'tidak dikenal'],
      [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', rhkId, teks: 'x' }, 'UMPAN_BALIK.SASARAN_INVALID', 'Satu utas'],
      [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', teks: '   ' }, 'UMPAN_BALIK.TEKS_INVALID', 'Tulis'],
      [
        { sasaran: 'PERILAKU', perilakuKode: 'LOYAL', teks: '<img src=x onerror=alert(1)>' },
        'UMPAN_BALIK.TEKS_INVALID',
        'HTML',
      ],
      [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', teks: '🙂'.repeat(2001) }, 'UMPAN_BALIK.TEKS_INVALID', '2000'],
      [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', periodeKode: 'TW5', teks: 'x' }, 'VALIDATION.FAILED', ''],
    ];
    for (const [body, code, text] of cases) {
      const res = await post(body);
      expect(res.body.error?.code, JSON.stringify(body)).toBe(code);
      expect(res.body.error.message).toContain(text);
    }
    const en = await w.app.inject({
      method: 'POST',
      url: `/api/instansi/${w.i}/skp/${skp.id}/umpan-balik?lang=en`,
      payload: { sasaran: 'RHK', teks: 'x' },
      headers: { cookie: await w.cookieOf('kasi') },
    });
    expect(JSON.parse(en.body).error.message).toBe('Feedback on results must name the RHK.');
    expect((await w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik`)).body.utas.length).toBe(before);
  });

  it('is written on a set SKP only: a draft refuses, and offers no write action', async () => {
    const stafDraft = await w.call('staf', 'POST', '/skp', { tahun: 2032, pendekatan: 'KUANTITATIF' });
    const sd = { id: stafDraft.body.id, version: stafDraft.body.version };
    const r2 = await addRhk(w, 'staf', sd);
    const refused = await w.call('kasi', 'POST', `/skp/${sd.id}/umpan-balik`, { sasaran: 'RHK', rhkId: r2, teks: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('UMPAN_BALIK.STATUS');
    const list = await w.call('kasi', 'GET', `/skp/${sd.id}/umpan-balik`);
    expect(list.body.aksi).not.toContain('TULIS_UMPAN_BALIK');
  });

  it('gives the evaluation form the threads of a period per RHK and per value', async () => {
    const { perRhk, perPerilaku } = await umpanBalikUntukPenilaian(database(), w.i, skp.id, {
      kode: 'TW1',
      mulai: `${new Date().getUTCFullYear()}-01-01`,
      selesai: `${new Date().getUTCFullYear()}-12-31`,
    });
    // Threads without a period started inside the dates, and those naming TW1; not TW2's.
    expect(perRhk.get(rhkId)?.length).toBe(1);
    expect(perRhk.get(rhkId)?.[0].balasan).toHaveLength(2);
    expect([...perPerilaku.keys()].sort()).toEqual(['KOLABORATIF', 'LOYAL']);
    const none = await umpanBalikUntukPenilaian(database(), w.i, skp.id, {
      kode: 'TW4',
      mulai: '2000-01-01',
      selesai: '2000-03-31',
    });
    expect(none.perRhk.size + none.perPerilaku.size).toBe(0);
  });
});

describe('which SKP takes feedback (an SKP in force: skpSedangBerlaku)', () => {
  it('under perubahan the appraisers keep commenting and the employee replies; Bawahan lists it; once closed, no writes', async () => {
    const cur = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    const ubah = await w.call('staf', 'POST', `/skp/${skp.id}/ubah`, { version: cur.version });
    expect(ubah.status, JSON.stringify(ubah.body)).toBe(200);
    const under = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    expect([under.status, under.revisi]).toEqual(['DRAFT', 1]);
    const aksi = async (who: Parameters<World['call']>[0]) =>
      (await w.call(who, 'GET', `/skp/${skp.id}/umpan-balik`)).body.aksi as string[];
    expect(await aksi('kasi')).toContain('TULIS_UMPAN_BALIK');
    expect(await aksi('staf')).toContain('BALAS_UMPAN_BALIK');
    const root = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
      sasaran: 'RHK',
      rhkId,
      teks: 'Selama perubahan disusun, target lama tetap berlaku.',
    });
    expect(root.status, JSON.stringify(root.body)).toBe(201);
    const onValue = await w.call('kabid', 'POST', `/skp/${skp.id}/umpan-balik`, {
      sasaran: 'PERILAKU',
      perilakuKode: 'ADAPTIF',
      teks: 'Baik sekali menyesuaikan rencana.',
    });
    expect(onValue.status, JSON.stringify(onValue.body)).toBe(201);
    const reply = await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${root.body.id}/balas`, {
      teks: 'Siap, Pak.',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const bawahan = await w.call('kasi', 'GET', '/bawahan/pelaksanaan?periode=TW2');
    const item = bawahan.body.items.find((x: { pegawai: { id: string } }) => x.pegawai.id === w.org.pegawai.staf.id);
    expect(item.skp).toEqual({ id: skp.id, status: 'DRAFT' });

    await database().pool.query(`update skp set status = 'DITUTUP' where id = $1`, [skp.id]);
    const refused = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, { sasaran: 'RHK', rhkId, teks: 'x' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'UMPAN_BALIK.STATUS']);
    const late = await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${root.body.id}/balas`, { teks: 'y' });
    expect([late.status, late.body.error.code]).toEqual([409, 'UMPAN_BALIK.STATUS']);
    expect(await aksi('kasi')).not.toContain('TULIS_UMPAN_BALIK');
    expect(await aksi('staf')).not.toContain('BALAS_UMPAN_BALIK');
  });
});
