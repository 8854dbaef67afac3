import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildJabatan, buildPegawai, buildUnit } from '../../../test/factories.ts';
import { addRhk, createSkp, skpWorld, submittedStafSkp, TAHUN, type World } from '../../../test/skp-kit.ts';
import { tetapkan } from './skp-workflow.service.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};
const today = () => new Date().toISOString().slice(0, 10);

describe('who may see and act on an SKP', () => {
  it('lets the owner, the appraiser, the atasan penilai, tenant admins and the auditor read; others get 404', async () => {
    const skp = await createSkp(w, 'staf');
    const status = async (who: Parameters<World['call']>[0]) => (await w.call(who, 'GET', `/skp/${skp.id}`)).status;
    expect(await status('staf')).toBe(200);
    expect(await status('kasi')).toBe(200);
    expect(await status('kabid')).toBe(200);
    expect(await status('admin')).toBe(200);
    expect(await status('auditor')).toBe(200);
    expect(await status('kadis')).toBe(404);
    expect(await status('guru')).toBe(404);
    expect(await status('lain')).toBe(404);
    const kabid = await w.call('kabid', 'GET', `/skp/${skp.id}`);
    expect(kabid.body).toMatchObject({ peranSaya: ['ATASAN_PENILAI'], aksi: [] });
    // A random id answers exactly like somebody else's SKP.
    const missing = await w.call('guru', 'GET', '/skp/00000000-0000-4000-8000-000000000000');
    const foreign = await w.call('guru', 'GET', `/skp/${skp.id}`);
    expect(missing.body).toEqual(foreign.body);
  });

  it('shows another tenant nothing, not even through its own tenant id', async () => {
    const skp = await createSkp(w, 'guru');
    const other = await w.call('lain', 'GET', `/skp/${skp.id}`);
    expect(other.status).toBe(404);
    const viaOwnTenant = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.other.instansi.id}/skp/${skp.id}`,
      headers: { cookie: await w.cookieOf('lain') },
    });
    expect(viaOwnTenant.statusCode).toBe(404);
    expect((await w.call('lain', 'GET', '/skp/saya')).status).toBe(404);
    expect(
      (await w.call('lain', 'POST', `/skp/${skp.id}/tutup`, { version: 1, selesai: `${TAHUN}-06-30` })).status,
    ).toBe(404);
  });

  it('lets nobody set their own SKP, not even an admin who is also the pegawai', async () => {
    const skp = await createSkp(w, 'kabid');
    await addRhk(w, 'kabid', skp);
    const sub = await w.call('kabid', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    const own = await w.call('kabid', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect([own.status, own.body.error.code]).toEqual([403, 'SKP.NOT_ALLOWED']);
    const adminSelf = await buildAkun(database(), {
      instansiId: w.i,
      pegawaiId: w.org.pegawai.kabid.id,
      peran: ['ADMIN_INSTANSI'],
    });
    const asAdmin = await w.call(adminSelf, 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect([asAdmin.status, asAdmin.body.error.code]).toEqual([403, 'SKP.NOT_ALLOWED']);
    expect((await w.call('admin', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version })).status).toBe(403);
    // Only the kadis (the kabid's appraiser) sets it.
    expect((await w.call('kadis', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version })).status).toBe(200);
  });

  it("lets the tenant admin set, on the regional head's behalf, the SKP of an official the head appraises", async () => {
    const skp = await createSkp(w, 'kadis');
    await addRhk(w, 'kadis', skp, { sumber: 'PENUGASAN', penugasanDari: 'Bupati', perspektif: 'PROSES_BISNIS' });
    const sub = await w.call('kadis', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sub.status).toBe(200);
    expect((await w.call('admin', 'GET', `/skp/${skp.id}`)).body).toMatchObject({
      peranSaya: ['PENILAI', 'ADMIN'],
      aksi: ['kembalikan', 'tetapkan', 'tutup'],
    });
    const unitAdmin = await buildAkun(database(), {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.dinas.id,
    });
    expect((await w.call(unitAdmin, 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version })).status).toBe(
      403,
    );
    const set = await w.call('admin', 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect(set.status).toBe(200);
    expect((await w.call('kadis', 'GET', `/skp/${skp.id}`)).body.ditetapkanOlehNama).toMatch(/^Bupati \(dicatat oleh /);
    // Not for SKPs whose appraiser is a pegawai: there the admin only closes.
    w = await skpWorld(database(), { app: w.app });
    const staf = await submittedStafSkp(w);
    expect((await w.call('admin', 'POST', `/skp/${staf.id}/tetapkan`, { version: staf.version })).status).toBe(403);
  });

  it('lets an appraiser act only on their own subordinates', async () => {
    w = await skpWorld(database(), { app: w.app });
    const skp = await submittedStafSkp(w);
    // The kepsek appraises the guru, not the staf: the staf's SKP does not exist for them.
    const stranger = await w.call('kepsek', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    expect(stranger.status).toBe(404);
    const strangerReturn = await w.call('kepsek', 'POST', `/skp/${skp.id}/kembalikan`, {
      version: skp.version,
      catatan: 'x',
    });
    expect(strangerReturn.status).toBe(404);
    // The atasan penilai may read but not act.
    const kabid = await w.call('kabid', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    expect([kabid.status, kabid.body.error.code]).toEqual([403, 'SKP.NOT_ALLOWED']);
    const bawahan = await w.call('kepsek', 'GET', `/skp/bawahan?tahun=${TAHUN}`);
    expect(bawahan.body.map((b: { pegawai: { id: string } }) => b.pegawai.id)).toEqual([w.org.pegawai.guru.id]);
    const kasi = await w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}`);
    expect(kasi.body).toMatchObject([
      {
        pegawai: { id: w.org.pegawai.staf.id, jabatanNama: 'Pengadministrasi Umum' },
        skp: { id: skp.id, status: 'DIAJUKAN' },
      },
    ]);
    expect((await w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}&status=DRAFT`)).body).toEqual([]);
  });

  it('lets a PLT act only inside the PLT dates', async () => {
    const db = database();
    // A new seksi whose head position is held only by acting officials: one PLT now, one expired.
    const seksi = await buildUnit(db, w.i, { nama: 'Seksi Sarana', jenis: 'SEKSI', parent: w.org.units.bidang });
    const jKasi = await buildJabatan(db, w.i, seksi, {
      nama: 'Kepala Seksi Sarana',
      jenis: 'PENGAWAS',
      isKepala: true,
    });
    const jStaf = await buildJabatan(db, w.i, seksi, { nama: 'Pengelola Sarana', jenis: 'PELAKSANA' });
    const t = today();
    const pltNow = await buildPegawai(db, w.i, {
      nama: 'Plt Sekarang',
      jabatan: jKasi,
      jenis: 'PLT',
      mulai: addDays(t, -30),
      selesai: addDays(t, 30),
    });
    const pltOld = await buildPegawai(db, w.i, {
      nama: 'Plt Lama',
      jabatan: jKasi,
      jenis: 'PLT',
      mulai: '2020-01-01',
      selesai: '2020-12-31',
    });
    const staf = await buildPegawai(db, w.i, { nama: 'Staf Sarana', jabatan: jStaf });
    await w.orgChanged();
    const stafAkun = await buildAkun(db, { instansiId: w.i, pegawaiId: staf.id });
    const nowAkun = await buildAkun(db, { instansiId: w.i, pegawaiId: pltNow.id });
    const oldAkun = await buildAkun(db, { instansiId: w.i, pegawaiId: pltOld.id });
    const created = await w.call(stafAkun, 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUANTITATIF' });
    const skp = { id: created.body.id as string, version: created.body.version as number };
    const rhk = await w.call(stafAkun, 'POST', `/skp/${skp.id}/rhk`, {
      version: skp.version,
      jenis: 'UTAMA',
      teks: 'Terpeliharanya sarana',
      sumber: 'JF',
      iki: [{ aspek: 'KUANTITAS', indikator: 'Jumlah sarana', targetNilai: 10, targetSatuan: 'unit' }],
    });
    const sub = await w.call(stafAkun, 'POST', `/skp/${skp.id}/ajukan`, { version: rhk.body.version });
    expect(sub.status).toBe(200);
    // Outside the dates the old PLT is nobody to this SKP.
    expect((await w.call(oldAkun, 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version })).status).toBe(404);
    // The same acting official, resolved on a date inside their range, is the appraiser (service level).
    const ctxOld = {
      database: db,
      actor: {
        akunId: oldAkun.id,
        username: oldAkun.username,
        nama: 'Plt Lama',
        instansiId: w.i,
        pegawaiId: pltOld.id,
        roles: [],
        sessionId: 's',
        isDemo: false,
      },
    };
    await expect(tetapkan({ ...ctxOld, tanggal: '2020-06-15' }, w.i, skp.id, 999)).rejects.toMatchObject({
      code: 'CONFLICT.VERSION',
    });
    await expect(tetapkan({ ...ctxOld, tanggal: '2021-06-15' }, w.i, skp.id, sub.body.version)).rejects.toMatchObject({
      code: 'ACCESS.DENIED',
    });
    // Inside the dates the current PLT sets it.
    const set = await w.call(nowAkun, 'POST', `/skp/${skp.id}/tetapkan`, { version: sub.body.version });
    expect(set.status).toBe(200);
    expect((await w.call(stafAkun, 'GET', `/skp/${skp.id}`)).body).toMatchObject({
      ditetapkanOlehNama: 'Plt Sekarang',
      snapshot: { penilai: { nama: 'Plt Sekarang' } },
    });
  });

  it('refuses one of two concurrent edits with the same version (no lost update)', async () => {
    const lampiranOf = (x: string) => ({ dukunganSumberDaya: [x], skemaPertanggungjawaban: [], konsekuensi: [] });
    const skp = await createSkp(w, 'kepsek');
    const [a, b] = await Promise.all([
      w.call('kepsek', 'PATCH', `/skp/${skp.id}`, { version: skp.version, lampiran: lampiranOf('Versi A') }),
      w.call('kepsek', 'PATCH', `/skp/${skp.id}`, { version: skp.version, lampiran: lampiranOf('Versi B') }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? 'Versi A' : 'Versi B';
    expect(loser.body.error.code).toBe('CONFLICT.VERSION');
    expect(loser.body.error.message).toContain('diubah oleh orang lain');
    expect(loser.body.error.message).not.toContain('Someone else'); // one language per response
    const after = await w.call('kepsek', 'GET', `/skp/${skp.id}`);
    expect(after.body.version).toBe(skp.version + 1);
    expect(after.body.lampiran.dukunganSumberDaya).toEqual([winner]);
    // The same for an RHK added against a stale version, and for a transition.
    const stale = await w.call('kepsek', 'POST', `/skp/${skp.id}/rhk`, {
      version: skp.version,
      jenis: 'UTAMA',
      teks: 'x',
      sumber: 'JF',
      iki: [],
    });
    expect(stale.status).toBe(409);
    expect((await w.call('kepsek', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version })).status).toBe(422);
  });

  it('counts the RHK of each SKP in the list', async () => {
    const skp = await createSkp(w, 'guru');
    await addRhk(w, 'guru', skp);
    const list = await w.call('guru', 'GET', `/skp/saya?tahun=${TAHUN}`);
    expect(list.body.find((s: { id: string }) => s.id === skp.id).jumlahRhk).toBe(1);
  });

  it('lets a unit admin create an SKP on behalf of a pegawai of their subtree only, and notifies the pegawai', async () => {
    const db = database();
    const adminBidang = await buildAkun(db, { instansiId: w.i, peran: ['ADMIN_UNIT'], unitId: w.org.units.bidang.id });
    const adminSekolah = await buildAkun(db, {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.sekolah.id,
    });
    const fresh = await skpWorld(db, { app: w.app });
    const foreign = await w.call(adminSekolah, 'POST', '/skp', {
      tahun: TAHUN - 1,
      pendekatan: 'KUALITATIF',
      pegawaiId: w.org.pegawai.kasi.id,
    });
    expect(foreign.status).toBe(403);
    const ok = await w.call(adminBidang, 'POST', '/skp', {
      tahun: TAHUN - 1,
      pendekatan: 'KUALITATIF',
      pegawaiId: w.org.pegawai.kasi.id,
    });
    expect(ok.status).toBe(201);
    expect((await w.call('kasi', 'GET', '/notifikasi')).body[0]).toMatchObject({
      jenis: 'SKP_DIBUAT',
      tautan: `/skp/${ok.body.id}`,
    });
    // A pegawai of another tenant is unknown here.
    const other = await w.call('admin', 'POST', '/skp', {
      tahun: TAHUN,
      pendekatan: 'KUALITATIF',
      pegawaiId: fresh.org.pegawai.staf.id,
    });
    expect(other.status).toBe(404);
    await fresh.app.close().catch(() => {});
  });
});
