import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import {
  addRhk,
  createSkp,
  ikiKuantitatif,
  skpWorld,
  submittedStafSkp,
  TAHUN,
  type World,
} from '../../../test/skp-kit.ts';
import { pegawai } from '../../db/schema.ts';
import { capturingMailer, configureMailer } from '../notifikasi/index.ts';

const database = useTestDatabase();
const mailer = capturingMailer();
let w: World;
beforeAll(async () => {
  configureMailer(mailer);
  w = await skpWorld(database());
});
afterAll(async () => {
  configureMailer(null);
  await w.app.close();
});

describe('perubahan SKP keeps the set version', () => {
  it('freezes each set version and shows the changes between versions and against the draft', async () => {
    const skp = await submittedStafSkp(w);
    const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    const open = await w.call('staf', 'POST', `/skp/${skp.id}/ubah`, { version: set.body.version });
    expect(open.body.status).toBe('DRAFT');
    expect((await w.call('kasi', 'GET', '/notifikasi')).body[0]).toMatchObject({ jenis: 'SKP_PERUBAHAN' });
    const draft = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    expect(draft).toMatchObject({ status: 'DRAFT', revisi: 1, versi: [{ revisi: 1 }], ditetapkanAt: null });

    const rhk = draft.rhk[0];
    const edit = await w.call('staf', 'PUT', `/skp/${skp.id}/rhk/${rhk.id}`, {
      version: draft.version,
      jenis: 'UTAMA',
      teks: 'Tersusunnya dokumen kurikulum muatan lokal dan silabus',
      sumber: 'JF',
      iki: [ikiKuantitatif('Jumlah dokumen kurikulum', 15)],
    });
    const lampiran = await w.call('staf', 'PATCH', `/skp/${skp.id}`, {
      version: edit.body.version,
      lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] },
    });
    expect(lampiran.status).toBe(200);
    // Under perubahan (DRAFT, revisi 1) the appraiser writes the ekspektasi khusus again.
    const ekspektasi = await w.call('kasi', 'PATCH', `/skp/${skp.id}`, {
      version: lampiran.body.version,
      perilaku: { KOMPETEN: 'Mengikuti pelatihan kurikulum' },
    });
    expect(ekspektasi.status).toBe(200);

    const frozen = await w.call('staf', 'GET', `/skp/${skp.id}/versi/1`);
    expect(frozen.body).toMatchObject({
      revisi: 1,
      isi: { status: 'DITETAPKAN', rhk: [{ teks: 'Tersusunnya dokumen kurikulum muatan lokal' }] },
    });
    const diff = await w.call('kasi', 'GET', `/skp/${skp.id}/diff?dari=1&ke=sekarang`);
    expect(
      diff.body.perubahan.map((p: { jenis: string; bagian: string; field: string | null }) => [
        p.jenis,
        p.bagian,
        p.field,
      ]),
    ).toEqual([
      ['UBAH', 'rhk', 'teks'],
      ['UBAH', 'iki', null],
      ['TAMBAH', 'perilaku', null],
      ['TAMBAH', 'lampiran', null],
    ]);
    expect(diff.body.perubahan[1]).toMatchObject({
      sebelum: expect.stringContaining('12 dokumen'),
      sesudah: expect.stringContaining('15 dokumen'),
    });

    const sub = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: ekspektasi.body.version });
    const set2 = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect(set2.body.revisi).toBe(2);
    const between = await w.call('staf', 'GET', `/skp/${skp.id}/diff?dari=1&ke=2`);
    expect(between.body.perubahan).toHaveLength(4);
    expect((await w.call('staf', 'GET', `/skp/${skp.id}`)).body.versi.map((v: { revisi: number }) => v.revisi)).toEqual(
      [1, 2],
    );
    expect((await w.call('staf', 'GET', `/skp/${skp.id}/versi/3`)).status).toBe(404);
    expect((await w.call('guru', 'GET', `/skp/${skp.id}/versi/1`)).status).toBe(404);
    // The appraiser may open a perubahan too.
    expect((await w.call('kasi', 'POST', `/skp/${skp.id}/ubah`, { version: set2.body.version })).body.status).toBe(
      'DRAFT',
    );
    expect((await w.call('staf', 'GET', '/notifikasi')).body[0]).toMatchObject({ jenis: 'SKP_PERUBAHAN' });
  });
});

describe('notifications', () => {
  it('emails the next actor when they have an address, and marks notifications read', async () => {
    w = await skpWorld(database(), { app: w.app });
    await database()
      .db.update(pegawai)
      .set({ email: 'kasi@contoh.go.id' })
      .where(eq(pegawai.id, w.org.pegawai.kasi.id));
    mailer.sent.length = 0;
    const skp = await submittedStafSkp(w);
    expect(mailer.sent).toEqual([
      expect.objectContaining({ to: 'kasi@contoh.go.id', subject: expect.stringContaining('Dewi Lestari') }),
    ]);
    expect(mailer.sent[0].text).toContain(`/skp/${skp.id}`);

    const list = await w.call('kasi', 'GET', '/notifikasi?belumDibaca=true');
    expect(list.body).toHaveLength(1);
    const read = await w.call('kasi', 'POST', `/notifikasi/${list.body[0].id}/baca`);
    expect(read.body.dibacaAt).toEqual(expect.any(String));
    expect((await w.call('kasi', 'GET', '/notifikasi?belumDibaca=true')).body).toEqual([]);
    expect((await w.call('staf', 'POST', `/notifikasi/${list.body[0].id}/baca`)).status).toBe(404);

    // The staf has no address: the return is only in the app.
    await w.call('kasi', 'POST', `/skp/${skp.id}/kembalikan`, { version: skp.version, catatan: 'Lengkapi' });
    expect(mailer.sent).toHaveLength(1);
    expect((await w.call('staf', 'GET', '/notifikasi?belumDibaca=true')).body).toHaveLength(1);
    // A failed refused action mails nobody (no transaction committed).
    await w.call('staf', 'POST', `/skp/${skp.id}/tetapkan`, { version: 99 });
    expect(mailer.sent).toHaveLength(1);
  });
});

describe('bulk set and transfers', () => {
  it('sets each item independently and reports the failures', async () => {
    w = await skpWorld(database(), { app: w.app });
    const ok = await submittedStafSkp(w);
    const draft = await createSkp(w, 'guru');
    const res = await w.call('kasi', 'POST', '/skp/tetapkan-massal', {
      items: [
        { skpId: draft.id, version: draft.version },
        { skpId: ok.id, version: ok.version },
      ],
    });
    expect(res.body.berhasil).toEqual([ok.id]);
    expect(res.body.gagal).toEqual([{ skpId: draft.id, code: 'ACCESS.DENIED', message: expect.any(String) }]);
    expect((await w.call('staf', 'GET', `/skp/${ok.id}`)).body.status).toBe('DITETAPKAN');
    const stale = await w.call('kasi', 'POST', '/skp/tetapkan-massal', {
      items: [{ skpId: ok.id, version: ok.version }],
    });
    expect(stale.body.gagal[0].code).toBe('SKP.INVALID_TRANSITION');
  });

  it('closes the SKP on a transfer and lets the pegawai open a new one for the rest of the year', async () => {
    w = await skpWorld(database(), { app: w.app });
    const old = await createSkp(w, 'staf');
    await addRhk(w, 'staf', old);
    // The staf moves to the school on 1 July (placement through the API closes the old one).
    const jGuru = w.org.jabatan.jGuru.id;
    const move = await w.call('admin', 'POST', `/pegawai/${w.org.pegawai.staf.id}/penempatan`, {
      jabatanId: jGuru,
      jenis: 'DEFINITIF',
      mulai: `${TAHUN}-07-01`,
    });
    expect(move.status).toBe(201);
    // The placement closed the SKP of the old position in the same change, audited.
    const audit = await database().pool.query(
      `select action, before, after from audit_log where instansi_id = $1 and entity = 'skp' and entity_id = $2 and action = 'tutup'`,
      [w.i, old.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].before).toMatchObject({ status: 'DRAFT', selesai: `${TAHUN}-12-31` });
    expect((await w.call('staf', 'GET', `/skp/${old.id}`)).body).toMatchObject({
      status: 'DITUTUP',
      selesai: `${TAHUN}-06-30`,
      snapshot: { unit: { nama: 'Seksi Kurikulum' } },
    });
    expect((await w.call('staf', 'GET', '/notifikasi')).body[0]).toMatchObject({ jenis: 'SKP_DITUTUP' });
    // The old appraiser still reads the closed SKP.
    expect((await w.call('kasi', 'GET', `/skp/${old.id}`)).status).toBe(200);
    const fresh = await createSkp(w, 'staf');
    const d = (await w.call('staf', 'GET', `/skp/${fresh.id}`)).body;
    expect(d).toMatchObject({
      mulai: `${TAHUN}-07-01`,
      selesai: `${TAHUN}-12-31`,
      snapshot: { unit: { nama: 'SD Negeri 1' }, penilai: { pegawaiId: w.org.pegawai.kepsek.id } },
    });
    expect((await w.call('staf', 'GET', '/skp/saya')).body.map((s: { status: string }) => s.status).sort()).toEqual([
      'DITUTUP',
      'DRAFT',
    ]);
    // Moving again closes the new SKP too; the one already closed keeps its end date.
    const back = await w.call('admin', 'POST', `/pegawai/${w.org.pegawai.staf.id}/penempatan`, {
      jabatanId: w.org.jabatan.jStaf.id,
      jenis: 'DEFINITIF',
      mulai: `${TAHUN}-10-01`,
    });
    expect(back.status).toBe(201);
    expect((await w.call('staf', 'GET', `/skp/${fresh.id}`)).body).toMatchObject({
      status: 'DITUTUP',
      selesai: `${TAHUN}-09-30`,
    });
    expect((await w.call('staf', 'GET', `/skp/${old.id}`)).body.selesai).toBe(`${TAHUN}-06-30`);
  });
});
