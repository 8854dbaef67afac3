import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, skpWorld, submittedStafSkp, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

describe('SKP workflow through the API', () => {
  it('creates a draft with a snapshot of position, unit and appraiser', async () => {
    const { id } = await createSkp(w, 'staf');
    const res = await w.call('staf', 'GET', `/skp/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'DRAFT',
      revisi: 0,
      version: 1,
      jenisForm: 'JA_JF',
      mulai: `${TAHUN}-01-01`,
      selesai: `${TAHUN}-12-31`,
      snapshot: {
        pegawai: { id: w.org.pegawai.staf.id, nama: 'Dewi Lestari', golongan: 'III/a' },
        jabatan: { nama: 'Pengadministrasi Umum', jenis: 'PELAKSANA' },
        unit: { nama: 'Seksi Kurikulum' },
        penilai: { pegawaiId: w.org.pegawai.kasi.id, nama: 'Agus Wijaya' },
        atasanPenilai: { pegawaiId: w.org.pegawai.kabid.id },
      },
      peranSaya: ['PEMILIK'],
      aksi: ['ubahIsi', 'ajukan'],
    });
    expect(res.body.perilaku).toHaveLength(7);
    expect(res.body.perilaku[0].panduan).toHaveLength(3);
    expect((await w.call('staf', 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUALITATIF' })).body.error.code).toBe(
      'SKP.OVERLAP',
    );
  });

  it('gives JPT heads the JPT form and a school head (teacher) the JA/JF form', async () => {
    const kadis = await createSkp(w, 'kadis');
    const kepsek = await createSkp(w, 'kepsek');
    expect((await w.call('kadis', 'GET', `/skp/${kadis.id}`)).body).toMatchObject({
      jenisForm: 'JPT',
      snapshot: { penilai: { pegawaiId: null, nama: 'Bupati' } },
    });
    expect((await w.call('kepsek', 'GET', `/skp/${kepsek.id}`)).body.jenisForm).toBe('JA_JF');
  });

  it('refuses to submit an empty SKP and lists what is missing', async () => {
    const skp = await createSkp(w, 'guru');
    const res = await w.call('guru', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('SKP.INCOMPLETE');
    expect(res.body.error.message).toContain('RHK utama');
    await addRhk(w, 'guru', skp, { teks: 'Terlaksananya pembelajaran', iki: [] });
    const again = await w.call('guru', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(again.body.error.details.map((d: { field: string }) => d.field)).toEqual(['rhk', 'rhk[0].iki']);
  });

  it('walks ajukan → kembalikan (with per-item notes) → ajukan → tetapkan, notifying each next actor', async () => {
    const skp = await submittedStafSkpFresh();
    const seen = await w.call('kasi', 'GET', `/skp/${skp.id}`);
    expect(seen.body).toMatchObject({ status: 'DIAJUKAN', peranSaya: ['PENILAI'], aksi: ['kembalikan', 'tetapkan'] });
    expect(seen.body.ditandatanganiAt).toEqual(expect.any(String));
    const kasiNotes = await w.call('kasi', 'GET', '/notifikasi');
    expect(
      kasiNotes.body.some(
        (n: { jenis: string; tautan: string }) => n.jenis === 'SKP_DIAJUKAN' && n.tautan === `/skp/${skp.id}`,
      ),
    ).toBe(true);

    const rhkId = seen.body.rhk[0].id;
    const back = await w.call('kasi', 'POST', `/skp/${skp.id}/kembalikan`, {
      version: skp.version,
      catatan: 'Target terlalu rendah',
      catatanItem: [{ rhkId, catatan: 'Naikkan menjadi 15 dokumen' }],
    });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('DIKEMBALIKAN');
    const returned = await w.call('staf', 'GET', `/skp/${skp.id}`);
    expect(returned.body).toMatchObject({
      status: 'DIKEMBALIKAN',
      catatanPenilai: 'Target terlalu rendah',
      rhk: [{ catatan: 'Naikkan menjadi 15 dokumen' }],
    });
    expect((await w.call('staf', 'GET', '/notifikasi')).body[0]).toMatchObject({ jenis: 'SKP_DIKEMBALIKAN' });

    const resubmit = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: back.body.version });
    expect(resubmit.status).toBe(200);
    const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: resubmit.body.version });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ status: 'DITETAPKAN', revisi: 1 });
    const final = await w.call('staf', 'GET', `/skp/${skp.id}`);
    expect(final.body).toMatchObject({
      status: 'DITETAPKAN',
      ditetapkanOlehNama: 'Agus Wijaya',
      versi: [{ revisi: 1 }],
      aksi: ['ubah'],
    });
    expect(final.body.ditetapkanAt).toEqual(expect.any(String));
    expect((await w.call('staf', 'GET', '/notifikasi')).body[0]).toMatchObject({ jenis: 'SKP_DITETAPKAN' });
  });

  it('refuses transitions the state machine does not allow, with the reason', async () => {
    const skp = await createSkp(w, 'kasi');
    await addRhk(w, 'kasi', skp);
    // The kabid appraises the kasi. A draft cannot be set or returned.
    const early = await w.call('kabid', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    expect([early.status, early.body.error.code]).toEqual([409, 'SKP.INVALID_TRANSITION']);
    expect(
      (await w.call('kabid', 'POST', `/skp/${skp.id}/kembalikan`, { version: skp.version, catatan: 'x' })).body.error
        .code,
    ).toBe('SKP.INVALID_TRANSITION');
    expect((await w.call('kabid', 'POST', `/skp/${skp.id}/ubah`, { version: skp.version })).body.error.code).toBe(
      'SKP.INVALID_TRANSITION',
    );
    // The appraiser may not submit for the employee, nor edit the content.
    const notMine = await w.call('kabid', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect([notMine.status, notMine.body.error.code]).toEqual([403, 'SKP.NOT_ALLOWED']);
    expect(
      (await w.call('kabid', 'PATCH', `/skp/${skp.id}`, { version: skp.version, pendekatan: 'KUALITATIF' })).status,
    ).toBe(403);
    const sub = await w.call('kasi', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    // Submitted: the owner can neither edit nor submit again, nor set it.
    const edit = await w.call('kasi', 'PATCH', `/skp/${skp.id}`, {
      version: sub.body.version,
      pendekatan: 'KUALITATIF',
    });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'SKP.NOT_EDITABLE']);
    expect((await w.call('kasi', 'POST', `/skp/${skp.id}/ajukan`, { version: sub.body.version })).body.error.code).toBe(
      'SKP.INVALID_TRANSITION',
    );
    const own = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect([own.status, own.body.error.code]).toEqual([403, 'SKP.NOT_ALLOWED']);
    // Closing is for admins; after closing nothing moves.
    expect(
      (await w.call('kabid', 'POST', `/skp/${skp.id}/tutup`, { version: sub.body.version, selesai: `${TAHUN}-06-30` }))
        .status,
    ).toBe(403);
    const closed = await w.call('admin', 'POST', `/skp/${skp.id}/tutup`, {
      version: sub.body.version,
      selesai: `${TAHUN}-06-30`,
    });
    expect(closed.body.status).toBe('DITUTUP');
    expect(
      (
        await w.call('admin', 'POST', `/skp/${skp.id}/tutup`, {
          version: closed.body.version,
          selesai: `${TAHUN}-06-30`,
        })
      ).body.error.code,
    ).toBe('SKP.INVALID_TRANSITION');
    expect(
      (await w.call('kasi', 'POST', `/skp/${skp.id}/ubah`, { version: closed.body.version })).body.error.code,
    ).toBe('SKP.INVALID_TRANSITION');
    const detail = await w.call('kasi', 'GET', `/skp/${skp.id}`);
    expect(detail.body).toMatchObject({ status: 'DITUTUP', selesai: `${TAHUN}-06-30`, aksi: [] });
  });

  it('audits every transition with the status before and after', async () => {
    const skp = await submittedStafSkpFresh();
    const audit = await w.call('admin', 'GET', `/audit?entity=skp&entityId=${skp.id}`);
    const actions = audit.body.items.map(
      (a: { action: string; before: { status: string } | null; after: { status: string } }) => [
        a.action,
        a.before?.status ?? null,
        a.after.status,
      ],
    );
    expect(actions).toEqual([
      ['ajukan', 'DRAFT', 'DIAJUKAN'],
      ['rhk.tambah', 'DRAFT', 'DRAFT'],
      ['create', null, 'DRAFT'],
    ]);
  });
});

/** A new org so the staf has no SKP yet. */
async function submittedStafSkpFresh() {
  w = await skpWorld(database(), { app: w.app });
  return submittedStafSkp(w);
}
