/**
 * The appraiser's part of the SKP (issue 11 item 7): Ekspektasi Khusus Pimpinan and the Lampiran,
 * from every role that touches it. Rules: domain/skp/isi-akses.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun } from '../../../test/factories.ts';
import { addRhk, createSkp, skpWorld, type Who, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

const lampiran = (dukungan: string[]) => ({
  dukunganSumberDaya: dukungan,
  skemaPertanggungjawaban: [],
  konsekuensi: [],
});
const ekspektasiOf = (body: { perilaku: Array<{ kode: string; ekspektasiKhusus: string | null }> }, kode: string) =>
  body.perilaku.find((p) => p.kode === kode)?.ekspektasiKhusus ?? null;

async function auditOf(skpId: string) {
  const res = await database().pool.query(
    `select actor_label, before, after from audit_log where entity_id = $1 and action = 'ubahIsi' order by at`,
    [skpId],
  );
  return res.rows as Array<{ actor_label: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
}

describe("the appraiser's part of the SKP", () => {
  it('tells each role which parts it may write, and the write agrees (DRAFT → DIAJUKAN → DITETAPKAN)', async () => {
    const skp = await createSkp(w, 'staf');
    await addRhk(w, 'staf', skp);
    const bagian = async (who: Who) => {
      const r = await w.call(who, 'GET', `/skp/${skp.id}`);
      return r.status === 200 ? r.body.bagianDapatDiubah : r.status;
    };
    // DRAFT: the owner drafts the Lampiran and the approach; the appraiser states the expectation.
    expect(await bagian('staf')).toEqual(['pendekatan', 'lampiran']);
    expect(await bagian('kasi')).toEqual(['perilaku', 'lampiran']);
    expect(await bagian('kabid')).toEqual([]); // atasan penilai reads
    expect(await bagian('admin')).toEqual([]); // admins never write the leader's words
    expect(await bagian('auditor')).toEqual([]);
    expect(await bagian('guru')).toBe(404); // a stranger in the tenant does not see it
    expect(await bagian('lain')).toBe(404);

    const byKasi = await w.call('kasi', 'PATCH', `/skp/${skp.id}`, {
      version: skp.version,
      perilaku: { AKUNTABEL: 'Laporan bulanan selalu tepat waktu', KOLABORATIF: 'Membantu rekan seksi lain' },
      lampiran: lampiran(['Laptop kantor']),
    });
    expect(byKasi.status).toBe(200);
    expect(byKasi.body.version).toBe(skp.version + 1);
    skp.version = byKasi.body.version;

    // The owner sees it and is told.
    const mine = await w.call('staf', 'GET', `/skp/${skp.id}`);
    expect(ekspektasiOf(mine.body, 'AKUNTABEL')).toBe('Laporan bulanan selalu tepat waktu');
    expect(mine.body.lampiran.dukunganSumberDaya).toEqual(['Laptop kantor']);
    const notes = (await w.call('staf', 'GET', '/notifikasi')).body;
    expect(notes[0]).toMatchObject({
      jenis: 'SKP_EKSPEKTASI_PENILAI',
      tautan: `/skp/${skp.id}`,
      judul: `Pejabat penilai menulis pada SKP ${mine.body.tahun} Anda`,
    });
    expect(notes[0].isi).toContain(
      `${w.accounts.kasi.username} memperbarui ekspektasi khusus pimpinan dan lampiran SKP ${mine.body.tahun} Anda.`,
    );

    // Audited: who, and the parts before and after.
    const [entry] = await auditOf(skp.id);
    expect(entry.after).toMatchObject({
      oleh: 'PENILAI',
      perilaku: { AKUNTABEL: 'Laporan bulanan selalu tepat waktu' },
    });
    expect(entry.before).toMatchObject({ perilaku: {} });

    // The owner may not write the leader's expectation, nor may the others; nothing changes.
    const refused = async (who: Who, body: Record<string, unknown>) =>
      w.call(who, 'PATCH', `/skp/${skp.id}`, { version: skp.version, ...body });
    const byOwner = await refused('staf', { perilaku: { AKUNTABEL: 'Tulisan saya sendiri' } });
    expect(byOwner.status).toBe(403);
    expect(byOwner.body.error).toMatchObject({ code: 'SKP.NOT_ALLOWED', details: { bagian: 'perilaku' } });
    expect(byOwner.body.error.message).toBe(
      'Hanya pejabat penilai yang dapat menulis ekspektasi khusus pimpinan pada SKP ini.',
    );
    for (const who of ['kabid', 'admin', 'auditor'] as const) {
      const r = await refused(who, { perilaku: { AKUNTABEL: 'x' } });
      expect([who, r.status, r.body.error.code]).toEqual([who, 403, 'SKP.NOT_ALLOWED']);
      expect((await refused(who, { lampiran: lampiran(['x']) })).status).toBe(403);
    }
    for (const who of ['guru', 'lain'] as const)
      expect((await refused(who, { lampiran: lampiran(['x']) })).status).toBe(404);
    expect((await refused('kasi', { pendekatan: 'KUALITATIF' })).body.error.code).toBe('SKP.NOT_ALLOWED');
    expect((await refused('kasi', {})).status).toBe(400);
    expect(ekspektasiOf((await w.call('staf', 'GET', `/skp/${skp.id}`)).body, 'AKUNTABEL')).toBe(
      'Laporan bulanan selalu tepat waktu',
    );

    // The owner adds to the Lampiran while drafting: nobody is notified of their own edit.
    const ownLampiran = await refused('staf', { lampiran: lampiran(['Laptop kantor', 'Akses internet']) });
    expect(ownLampiran.status).toBe(200);
    skp.version = ownLampiran.body.version;
    expect((await w.call('staf', 'GET', '/notifikasi')).body).toHaveLength(notes.length);
    expect((await auditOf(skp.id)).at(-1)?.after).toMatchObject({ oleh: 'PEMILIK' });

    // DIAJUKAN: the appraiser still writes while reviewing; the owner no longer.
    const sub = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sub.status).toBe(200);
    skp.version = sub.body.version;
    expect(await bagian('staf')).toEqual([]);
    expect(await bagian('kasi')).toEqual(['perilaku', 'lampiran']);
    const lateOwner = await refused('staf', { lampiran: lampiran(['Mobil dinas']) });
    expect(lateOwner.status).toBe(409);
    expect(lateOwner.body.error.code).toBe('SKP.NOT_EDITABLE');
    const reviewing = await refused('kasi', {
      perilaku: { AKUNTABEL: null, KOMPETEN: 'Ikut diklat kurikulum' },
      lampiran: { ...lampiran(['Laptop kantor']), konsekuensi: ['Penghargaan bila melampaui target'] },
    });
    expect(reviewing.status).toBe(200);
    const stale = await refused('kasi', { perilaku: { KOMPETEN: 'Versi lama' } }); // skp.version is stale now
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT.VERSION');
    skp.version = reviewing.body.version;
    const reviewed = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    expect(ekspektasiOf(reviewed, 'AKUNTABEL')).toBeNull(); // cleared
    expect(ekspektasiOf(reviewed, 'KOMPETEN')).toBe('Ikut diklat kurikulum'); // not the stale write
    expect(reviewed.lampiran.konsekuensi).toEqual(['Penghargaan bila melampaui target']);

    // DITETAPKAN: frozen with the expectation in it; nobody writes until a perubahan reopens it.
    const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    expect(set.status).toBe(200);
    skp.version = set.body.version;
    expect(await bagian('kasi')).toEqual([]);
    const frozen = await refused('kasi', { perilaku: { KOMPETEN: 'Sesudah ditetapkan' } });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error).toMatchObject({ code: 'SKP.NOT_EDITABLE', details: { bagian: 'perilaku' } });
    expect(frozen.body.error.message).toBe('Pada SKP yang ditetapkan, ekspektasi khusus pimpinan tidak dapat diubah.');
    const versi = await w.call('staf', 'GET', `/skp/${skp.id}/versi/1`);
    expect(ekspektasiOf(versi.body.isi, 'KOMPETEN')).toBe('Ikut diklat kurikulum');
    const reopened = await w.call('kasi', 'POST', `/skp/${skp.id}/ubah`, { version: skp.version });
    expect(reopened.body.status).toBe('DRAFT');
    expect(await bagian('kasi')).toEqual(['perilaku', 'lampiran']);
  });

  it("answers in the caller's language", async () => {
    const skp = await createSkp(w, 'guru');
    const res = await w.app.inject({
      method: 'PATCH',
      url: `/api/instansi/${w.i}/skp/${skp.id}`,
      payload: { version: skp.version, perilaku: { ADAPTIF: 'x' } },
      headers: { cookie: await w.cookieOf('guru'), 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body).error.message).toBe(
      'Only the appraiser may write the leader’s special expectations on this SKP.',
    );
  });

  it("lets the tenant admin write the regional head's expectation for an official the head appraises, in the head's name", async () => {
    const skp = await createSkp(w, 'kadis');
    const read = (await w.call('admin', 'GET', `/skp/${skp.id}`)).body;
    expect(read.peranSaya).toEqual(['PENILAI', 'ADMIN']);
    expect(read.bagianDapatDiubah).toEqual(['perilaku', 'lampiran']);
    const res = await w.call('admin', 'PATCH', `/skp/${skp.id}`, {
      version: skp.version,
      perilaku: { BERORIENTASI_PELAYANAN: 'Indeks kepuasan layanan pendidikan naik' },
    });
    expect(res.status).toBe(200);
    const [note] = (await w.call('kadis', 'GET', '/notifikasi')).body;
    expect(note.jenis).toBe('SKP_EKSPEKTASI_PENILAI');
    expect(note.isi).toMatch(/^Bupati/);
    expect((await auditOf(skp.id))[0].after).toMatchObject({
      oleh: 'PENILAI',
      atasNama: expect.stringMatching(/^Bupati/),
    });
    // An admin of the unit only is no appraiser: refused.
    const unitAdmin = await buildAkun(database(), {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.dinas.id,
    });
    const byUnitAdmin = await w.call(unitAdmin, 'PATCH', `/skp/${skp.id}`, {
      version: res.body.version,
      perilaku: { ADAPTIF: 'x' },
    });
    expect(byUnitAdmin.status).toBe(403);
  });
});
