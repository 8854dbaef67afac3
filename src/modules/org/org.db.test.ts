import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, buildPegawai, login, makeNip } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

async function setup() {
  const app = await buildApp(database());
  const org = await buildOrg(database());
  const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
  const cookie = await login(app, admin.username);
  return { app, org, cookie };
}

describe('organisation API', () => {
  it('lists the unit tree with heads and headcounts', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({ url: `/api/instansi/${org.instansi.id}/units`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const units = res.json();
    expect(units).toHaveLength(5);
    const seksi = units.find((u: { id: string }) => u.id === org.units.seksi.id);
    expect(seksi.kepalaNama).toBe('Agus Wijaya');
    expect(seksi.jumlahPegawai).toBe(2);
    expect(seksi.parentId).toBe(org.units.bidang.id);
  });

  it('explains that a pelaksana is appraised by the head of the seksi and the atasan is the kabid', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}/penilai`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.penilai).toMatchObject({ kind: 'PEGAWAI', pegawaiId: org.pegawai.kasi.id, via: 'DEFINITIF' });
    expect(body.atasanPenilai).toMatchObject({ kind: 'PEGAWAI', pegawaiId: org.pegawai.kabid.id });
    expect(body.alasan.map((s: { code: string }) => s.code)).toContain('UNIT_HEAD');
  });

  it('sends the head of an OPD to the Bupati as both appraiser and atasan', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.kadis.id}/penilai`,
      headers: { cookie },
    });
    expect(res.json().penilai).toEqual({ kind: 'PIMPINAN_INSTANSI', jabatan: 'Bupati', nama: null });
    expect(res.json().atasanPenilai).toEqual({ kind: 'PIMPINAN_INSTANSI', jabatan: 'Bupati', nama: null });

    // Once the instansi records the Bupati's name, the explanation names them (the cached
    // hierarchy is keyed by the version the edit bumps).
    const [inst] = (await app.inject({ url: '/api/instansi', headers: { cookie } }))
      .json()
      .filter((i: { id: string }) => i.id === org.instansi.id);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/instansi/${org.instansi.id}`,
      headers: { cookie },
      payload: { version: inst.version, namaPimpinan: 'H. Ahmad Fauzi' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const named = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.kadis.id}/penilai`,
      headers: { cookie },
    });
    expect(named.json().penilai).toEqual({ kind: 'PIMPINAN_INSTANSI', jabatan: 'Bupati', nama: 'H. Ahmad Fauzi' });
  });

  it('lets a school head with a functional position appraise teachers by delegation', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.guru.id}/penilai`,
      headers: { cookie },
    });
    const body = res.json();
    expect(body.penilai.pegawaiId).toBe(org.pegawai.kepsek.id);
    expect(body.alasan.map((s: { code: string }) => s.code)).toContain('DELEGATED_HEAD');
    expect(body.atasanPenilai.pegawaiId).toBe(org.pegawai.kadis.id);
  });

  it('refuses a NIP with an impossible birth date with a specific message', async () => {
    const { app, org, cookie } = await setup();
    const bad = `19801332${makeNip().slice(8)}`;
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/pegawai`,
      headers: { cookie },
      payload: { nip: bad, nama: 'Salah Tanggal', jenisAsn: 'PNS' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PEGAWAI.NIP_INVALID');
    expect(res.json().error.details[0].code).toBe('NIP.BIRTH_DATE_INVALID');
  });

  it('keeps the placement history when a pegawai is transferred', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}/penempatan`,
      headers: { cookie },
      payload: { jabatanId: org.jabatan.jGuru.id, jenis: 'DEFINITIF', mulai: '2024-07-01' },
    });
    expect(res.statusCode).toBe(201);
    const detail = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}`,
      headers: { cookie },
    });
    const riwayat = detail.json().riwayat;
    expect(riwayat).toHaveLength(2);
    expect(riwayat[0]).toMatchObject({ jabatanId: org.jabatan.jGuru.id, selesai: null });
    expect(riwayat[1]).toMatchObject({ jabatanId: org.jabatan.jStaf.id, selesai: '2024-06-30' });
    expect(detail.json().penilai.penilai.pegawaiId).toBe(org.pegawai.kepsek.id);
  });

  it('uses a PLT as appraiser while the head position is vacant, only inside the PLT dates', async () => {
    const { app, org, cookie } = await setup();
    // The kasi leaves; a PLT covers the seksi head for 2024 only.
    const db = database();
    const { penempatan } = await import('../../db/schema.ts');
    const { eq } = await import('drizzle-orm');
    await db.db.update(penempatan).set({ selesai: '2023-12-31' }).where(eq(penempatan.pegawaiId, org.pegawai.kasi.id));
    const plt = await buildPegawai(db, org.instansi.id, {
      nama: 'Plt Seksi',
      jabatan: org.jabatan.jKasi,
      jenis: 'PLT',
      mulai: '2024-01-01',
      selesai: '2024-12-31',
    });
    const url = (t: string) => `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}/penilai?tanggal=${t}`;
    const during = (await app.inject({ url: url('2024-06-01'), headers: { cookie } })).json();
    expect(during.penilai).toMatchObject({ pegawaiId: plt.id, via: 'PLT' });
    const after = (await app.inject({ url: url('2025-02-01'), headers: { cookie } })).json();
    expect(after.penilai.pegawaiId).toBe(org.pegawai.kabid.id);
    expect(after.masalah.map((m: { code: string }) => m.code)).toContain('VACANT_APPRAISER');
  });

  it('refuses a stale update with a conflict instead of overwriting', async () => {
    const { app, org, cookie } = await setup();
    const url = `/api/instansi/${org.instansi.id}/units/${org.units.seksi.id}`;
    const first = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { version: 1, nama: 'Seksi Kurikulum dan Penilaian' },
    });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { version: 1, nama: 'Seksi Lain' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CONFLICT.VERSION');
  });

  it('edits a position (name, code, type, jenjang, class) with its version and refuses stale, duplicate or foreign data', async () => {
    const { app, org, cookie } = await setup();
    const other = await buildOrg(database());
    const url = `/api/instansi/${org.instansi.id}/jabatan/${org.jabatan.jStaf.id}`;
    const patch = (payload: object, c = cookie) =>
      app.inject({ method: 'PATCH', url, headers: { cookie: c }, payload });
    const ok = await patch({
      version: 1,
      nama: 'Guru Ahli Muda',
      kode: 'JF-GURU-MUDA',
      jenis: 'FUNGSIONAL',
      jenjang: 'AHLI_MUDA',
      kelas: 9,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      nama: 'Guru Ahli Muda',
      kode: 'JF-GURU-MUDA',
      jenis: 'FUNGSIONAL',
      jenjang: 'AHLI_MUDA',
      kelas: 9,
      version: 2,
    });
    const stale = await patch({ version: 1, nama: 'Nama Lain' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT.VERSION', details: { currentVersion: 2 } });
    const duplicate = await patch({ version: 2, kode: org.jabatan.jKasi.kode });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'CONFLICT.DUPLICATE', details: { field: 'kode' } });
    const duplicateUnit = await app.inject({
      method: 'PATCH',
      url: `/api/instansi/${org.instansi.id}/units/${org.units.seksi.id}`,
      headers: { cookie },
      payload: { version: org.units.seksi.version, kode: org.units.bidang.kode },
    });
    expect(duplicateUnit.json().error).toMatchObject({ code: 'CONFLICT.DUPLICATE', details: { field: 'kode' } });
    const noJenjang = await patch({ version: 2, jenis: 'PELAKSANA' });
    expect(noJenjang.statusCode).toBe(400);
    expect(noJenjang.json().error.details).toEqual([expect.objectContaining({ field: 'body.jenjang' })]);
    const foreignAtasan = await patch({ version: 2, atasanJabatanId: other.jabatan.jKasi.id });
    expect(foreignAtasan.statusCode).toBe(400);
    expect(foreignAtasan.json().error).toMatchObject({
      code: 'ORG.INVALID_REFERENCE',
      details: { field: 'atasanJabatanId' },
    });
    const backToPelaksana = await patch({
      version: 2,
      jenis: 'PELAKSANA',
      jenjang: null,
      kelas: null,
      atasanJabatanId: org.jabatan.jKasi.id,
    });
    expect(backToPelaksana.json()).toMatchObject({
      jenis: 'PELAKSANA',
      jenjang: null,
      kelas: null,
      atasanJabatanId: org.jabatan.jKasi.id,
      version: 3,
    });

    const adminSekolah = await buildAkun(database(), {
      instansiId: org.instansi.id,
      peran: ['ADMIN_UNIT'],
      unitId: org.units.sekolah.id,
    });
    const outside = await patch({ version: 3, nama: 'Bukan Wewenang' }, await login(app, adminSekolah.username));
    expect(outside.statusCode).toBe(403);
    const adminBidang = await buildAkun(database(), {
      instansiId: org.instansi.id,
      peran: ['ADMIN_UNIT'],
      unitId: org.units.bidang.id,
    });
    const inside = await patch(
      { version: 3, nama: 'Pengadministrasi Kurikulum' },
      await login(app, adminBidang.username),
    );
    expect(inside.statusCode, inside.body).toBe(200);
  });

  it('writes every change to the audit trail with before and after', async () => {
    const { app, org, cookie } = await setup();
    await app.inject({
      method: 'PATCH',
      url: `/api/instansi/${org.instansi.id}/units/${org.units.bidang.id}`,
      headers: { cookie },
      payload: { version: 1, nama: 'Bidang Pembinaan SD' },
    });
    const res = await app.inject({
      url: `/api/instansi/${org.instansi.id}/audit?entity=unit_organisasi`,
      headers: { cookie },
    });
    const entry = res.json().items[0];
    expect(entry.action).toBe('update');
    expect(entry.before.nama).toBe('Bidang SD');
    expect(entry.after.nama).toBe('Bidang Pembinaan SD');
  });

  it('reports hierarchy problems: unit without head and vacant appraiser', async () => {
    const { app, org, cookie } = await setup();
    const { buildUnit, buildJabatan } = await import('../../../test/factories.ts');
    const noHead = await buildUnit(database(), org.instansi.id, {
      nama: 'UPT Tanpa Kepala',
      jenis: 'UPT',
      parent: org.units.dinas,
    });
    const j = await buildJabatan(database(), org.instansi.id, noHead, { nama: 'Pengelola UPT' });
    await buildPegawai(database(), org.instansi.id, { jabatan: j });
    const res = await app.inject({ url: `/api/instansi/${org.instansi.id}/masalah-hierarki`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json().masalah.map((m: { code: string; unitId: string | null }) => `${m.code}:${m.unitId}`);
    expect(codes).toContain(`UNIT_WITHOUT_HEAD:${noHead.id}`);
  });

  it('lists, searches and filters pegawai with correct totals, scoped to what the caller may see', async () => {
    const { app, org, cookie } = await setup();
    const url = (q: string) => `/api/instansi/${org.instansi.id}/pegawai?${q}`;
    const all = (await app.inject({ url: url('pageSize=2'), headers: { cookie } })).json();
    expect(all.total).toBe(6);
    expect(all.items).toHaveLength(2);
    expect(all.items[0].nama <= all.items[1].nama).toBe(true);
    const byName = (await app.inject({ url: url('q=aminah'), headers: { cookie } })).json();
    expect(byName.items.map((p: { id: string }) => p.id)).toEqual([org.pegawai.kabid.id]);
    const byJabatan = (await app.inject({ url: url('q=Guru'), headers: { cookie } })).json();
    expect(byJabatan.total).toBe(2);
    const inSeksi = (await app.inject({ url: url(`unitId=${org.units.seksi.id}`), headers: { cookie } })).json();
    expect(inSeksi.items.map((p: { nama: string }) => p.nama).sort()).toEqual(['Agus Wijaya', 'Dewi Lestari']);
    const secondPage = (await app.inject({ url: url(`q=Guru&page=2&pageSize=1`), headers: { cookie } })).json();
    expect(secondPage).toMatchObject({ total: 2, page: 2 });
    expect(secondPage.items).toHaveLength(1);
    const { buildAkun, login } = await import('../../../test/factories.ts');
    const staf = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const own = (await app.inject({ url: url(''), headers: { cookie: await login(app, staf.username) } })).json();
    expect(own.items.map((p: { id: string }) => p.id)).toEqual([org.pegawai.staf.id]);
    expect(own.total).toBe(1);
  });
});
