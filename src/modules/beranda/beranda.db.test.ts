import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun } from '../../../test/factories.ts';
import { addRhk, createSkp, skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

const beranda = async (who: Parameters<World['call']>[0]) => {
  const res = await w.call(who, 'GET', '/beranda');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('Home (GET …/beranda) says what to do next, per role', () => {
  it('walks the staff member and the appraiser through submit → return → resubmit, clearing notifications on action', async () => {
    // No SKP yet: create one; the appraiser is named and the deadline comes from the period settings.
    let staf = await beranda('staf');
    expect(staf.pegawai).toMatchObject({ skp: null, langkah: 'BUAT', penilaiNama: 'Agus Wijaya' });
    expect(staf.pegawai.batasPenetapanSkp).toBe(`${TAHUN}-01-31`);
    expect(staf.pegawai.penjelasan).toMatchObject({ penilai: { kind: 'PEGAWAI', nama: 'Agus Wijaya' }, masalah: [] });
    expect(staf.penilai).toBeNull();
    expect(staf.admin).toBeNull();

    const skp = await createSkp(w, 'staf');
    await addRhk(w, 'staf', skp);
    expect((await beranda('staf')).pegawai).toMatchObject({ skp: { id: skp.id, status: 'DRAFT' }, langkah: 'AJUKAN' });

    const kasiBefore = await beranda('kasi');
    expect(kasiBefore.penilai).toMatchObject({ jumlahBawahan: 1, menunggu: 0, daftar: [] });

    const sub = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sub.status).toBe(200);
    staf = await beranda('staf');
    expect(staf.pegawai).toMatchObject({ langkah: 'MENUNGGU_PENILAI', skp: { penilaiNama: 'Agus Wijaya' } });

    const kasi = await beranda('kasi');
    expect(kasi.penilai).toMatchObject({ menunggu: 1, daftar: [{ skpId: skp.id, nama: 'Dewi Lestari' }] });
    expect(kasi.notifikasiBelumDibaca).toBe(1);

    // No return yet: nothing to compare a resubmission with.
    const noDiff = await w.call('kasi', 'GET', `/skp/${skp.id}/diff?dari=dikembalikan`);
    expect(noDiff.status).toBe(404);

    // Returning it clears the appraiser's notification about it, and tells the staff member to fix it.
    const back = await w.call('kasi', 'POST', `/skp/${skp.id}/kembalikan`, {
      version: sub.body.version,
      catatan: 'Target terlalu rendah',
    });
    expect(back.status).toBe(200);
    const kasiAfter = await beranda('kasi');
    expect(kasiAfter).toMatchObject({ notifikasiBelumDibaca: 0, penilai: { menunggu: 0 } });
    staf = await beranda('staf');
    expect(staf).toMatchObject({
      notifikasiBelumDibaca: 1,
      pegawai: { langkah: 'PERBAIKI', skp: { status: 'DIKEMBALIKAN', catatanPenilai: 'Target terlalu rendah' } },
    });

    // The staff member raises the target and resubmits: their "returned" notification is cleared.
    const detail = await w.call('staf', 'GET', `/skp/${skp.id}`);
    const rhk = detail.body.rhk[0];
    const fix = await w.call('staf', 'PUT', `/skp/${skp.id}/rhk/${rhk.id}`, {
      version: back.body.version,
      jenis: 'UTAMA',
      teks: rhk.teks,
      sumber: 'JF',
      iki: [{ aspek: 'KUANTITAS', indikator: 'Jumlah dokumen kurikulum', targetNilai: 15, targetSatuan: 'dokumen' }],
    });
    expect(fix.status, JSON.stringify(fix.body)).toBe(200);
    const again = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: fix.body.version });
    expect(again.status).toBe(200);
    expect((await beranda('staf')).notifikasiBelumDibaca).toBe(0);

    // The appraiser sees what changed since the return, beside the note.
    const diff = await w.call('kasi', 'GET', `/skp/${skp.id}/diff?dari=dikembalikan`);
    expect(diff.status).toBe(200);
    expect(diff.body.dari).toBe('dikembalikan');
    expect(diff.body.perubahan).toEqual([
      expect.objectContaining({ jenis: 'UBAH', bagian: 'iki', sebelum: expect.stringContaining('12') }),
    ]);
    expect(diff.body.perubahan[0].sesudah).toContain('15');
    expect((await w.call('kasi', 'GET', `/skp/${skp.id}`)).body.catatanPenilai).toBe('Target terlalu rendah');

    // Setting it forgets the returned content.
    const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: again.body.version });
    expect(set.status).toBe(200);
    expect((await w.call('kasi', 'GET', `/skp/${skp.id}/diff?dari=dikembalikan`)).status).toBe(404);
    expect((await beranda('staf')).pegawai).toMatchObject({ langkah: 'SELESAI', terlambat: false });
  });

  it('gives administrators and the auditor figures of their scope instead of a personal step', async () => {
    const admin = await beranda('admin');
    expect(admin.pegawai).toBeNull();
    expect(admin.penilai).toBeNull();
    expect(admin.admin).toMatchObject({ cakupan: 'INSTANSI', masalahHierarki: expect.any(Number) });
    const p = admin.admin.pengisian;
    expect(p.total).toBeGreaterThanOrEqual(6);
    expect(p.belumMulai + p.draft + p.diajukan + p.dikembalikan + p.ditetapkan).toBe(p.total);
    expect(admin.admin.pekerjaan).toEqual({ gagal7Hari: 0, terakhir: [] });

    const auditor = await beranda('auditor');
    expect(auditor.admin).toMatchObject({ cakupan: 'INSTANSI', pengisian: p });
    // The same numbers as the monitoring page (one snapshot), and they follow an SKP write at once.
    const monitoring = await w.call('admin', 'GET', `/monitoring-pengisian?tahun=${TAHUN}`);
    expect(monitoring.body.jumlah).toEqual(p);
    await createSkp(w, 'kepsek');
    const after = (await beranda('admin')).admin.pengisian;
    expect(after).toMatchObject({ draft: p.draft + 1, total: p.total });
    expect((await w.call('admin', 'GET', `/monitoring-pengisian?tahun=${TAHUN}`)).body.jumlah).toEqual(after);

    // A unit admin sees their own subtree only: the seksi holds the kasi and the staff member.
    const unitAdmin = await buildAkun(database(), {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.seksi.id,
    });
    const unit = await beranda(unitAdmin);
    expect(unit.admin).toMatchObject({ cakupan: 'UNIT', pengisian: { total: 2 } });
    expect(unit.admin.masalahHierarki).toBeLessThanOrEqual(admin.admin.masalahHierarki);
  });

  it("refuses another tenant's admin and anonymous callers", async () => {
    expect((await w.call('lain', 'GET', '/beranda')).status).toBe(404);
    const anon = await w.app.inject({ method: 'GET', url: `/api/instansi/${w.i}/beranda` });
    expect(anon.statusCode).toBe(401);
  });
});
