import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, ikiKuantitatif, skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

const notes = async (who: Parameters<World['call']>[0], jenis: string) =>
  (await w.call(who, 'GET', '/notifikasi')).body.filter((n: { jenis: string }) => n.jenis === jenis);

describe('cascading without deadlock', () => {
  it('links a subordinate to the draft RHK of the appraiser, reminds the appraiser once, and flags the child when the parent changes', async () => {
    const kasi = await createSkp(w, 'kasi');
    const parentId = await addRhk(w, 'kasi', kasi, { teks: 'Tersusunnya kurikulum muatan lokal', sumber: 'TIM_KERJA' });
    const staf = await createSkp(w, 'staf');

    const atasan = await w.call('staf', 'GET', `/skp/${staf.id}/rhk-atasan`);
    expect(atasan.body).toMatchObject({
      penilai: { pegawaiId: w.org.pegawai.kasi.id },
      skpAtasan: { id: kasi.id, status: 'DRAFT' },
      rhk: [{ id: parentId, skpStatus: 'DRAFT' }],
    });

    const childId = await addRhk(w, 'staf', staf, {
      teks: 'Terhimpunnya bahan kurikulum',
      sumber: 'INTERVENSI',
      parentRhkId: parentId,
      cascading: 'TIDAK_LANGSUNG',
    });
    await addRhk(w, 'staf', staf, {
      teks: 'Terketiknya naskah kurikulum',
      sumber: 'INTERVENSI',
      parentRhkId: parentId,
    });
    expect(await notes('kasi', 'SKP_ATASAN_DITUNGGU')).toHaveLength(1);
    const detail = await w.call('staf', 'GET', `/skp/${staf.id}`);
    expect(detail.body.rhk[0]).toMatchObject({
      id: childId,
      sumber: 'INTERVENSI',
      cascading: 'TIDAK_LANGSUNG',
      perluTinjau: false,
      parent: {
        id: parentId,
        teks: 'Tersusunnya kurikulum muatan lokal',
        skpId: kasi.id,
        pegawaiNama: 'Agus Wijaya',
        skpStatus: 'DRAFT',
      },
    });
    expect(detail.body.rhk[1].cascading).toBe('TIDAK_LANGSUNG');

    // Saving the parent unchanged flags nobody; changing its text flags both children.
    const same = await w.call('kasi', 'PUT', `/skp/${kasi.id}/rhk/${parentId}`, {
      version: kasi.version,
      jenis: 'UTAMA',
      teks: 'Tersusunnya kurikulum muatan lokal',
      sumber: 'TIM_KERJA',
      iki: [ikiKuantitatif()],
    });
    expect(same.body.anakDitandai).toBe(0);
    const changed = await w.call('kasi', 'PUT', `/skp/${kasi.id}/rhk/${parentId}`, {
      version: same.body.version,
      jenis: 'UTAMA',
      teks: 'Tersusunnya kurikulum muatan lokal dan panduan guru',
      sumber: 'TIM_KERJA',
      iki: [ikiKuantitatif()],
    });
    expect(changed.body.anakDitandai).toBe(2);
    kasi.version = changed.body.version;
    const flagged = await w.call('staf', 'GET', `/skp/${staf.id}`);
    expect(flagged.body.perluTinjau).toBe(true);
    expect(flagged.body.rhk.map((r: { perluTinjau: boolean }) => r.perluTinjau)).toEqual([true, true]);
    expect(flagged.body.version).toBe(staf.version);
    expect(await notes('staf', 'SKP_PERLU_TINJAU')).toHaveLength(1);

    // The owner acknowledges by saving each child again; the SKP flag clears with the last one.
    const ack = async (id: string, teks: string) => {
      const r = await w.call('staf', 'PUT', `/skp/${staf.id}/rhk/${id}`, {
        version: staf.version,
        jenis: 'UTAMA',
        teks,
        sumber: 'INTERVENSI',
        parentRhkId: parentId,
        iki: [ikiKuantitatif()],
      });
      expect(r.status).toBe(200);
      staf.version = r.body.version;
    };
    await ack(childId, 'Terhimpunnya bahan kurikulum dan panduan');
    expect((await w.call('staf', 'GET', `/skp/${staf.id}`)).body.perluTinjau).toBe(true);
    await ack(detail.body.rhk[1].id, 'Terketiknya naskah kurikulum');
    expect((await w.call('staf', 'GET', `/skp/${staf.id}`)).body.perluTinjau).toBe(false);

    // Deleting the parent detaches and flags the children.
    const del = await w.call('kasi', 'DELETE', `/skp/${kasi.id}/rhk/${parentId}?version=${kasi.version}`);
    expect(del.status).toBe(200);
    const orphan = await w.call('staf', 'GET', `/skp/${staf.id}`);
    expect(orphan.body.rhk[0]).toMatchObject({ parentRhkId: null, parent: null, perluTinjau: true });
    expect(orphan.body.perluTinjau).toBe(true);
  });

  it("refuses an intervened RHK that is not the current appraiser's RHK of the same year", async () => {
    const guru = await createSkp(w, 'guru');
    const guruRhk = await addRhk(w, 'guru', guru);
    const kabid = await createSkp(w, 'kabid');
    const kabidRhk = await addRhk(w, 'kabid', kabid, { sumber: 'TIM_KERJA' });
    const staf = (await w.call('staf', 'GET', '/skp/saya')).body[0];
    for (const parentRhkId of [guruRhk, kabidRhk]) {
      const res = await w.call('staf', 'POST', `/skp/${staf.id}/rhk`, {
        version: staf.version,
        jenis: 'UTAMA',
        teks: 'x',
        sumber: 'INTERVENSI',
        parentRhkId,
        iki: [],
      });
      expect([res.status, res.body.error.code]).toEqual([400, 'SKP.INVALID_PARENT']);
    }
    const noParent = await w.call('staf', 'POST', `/skp/${staf.id}/rhk`, {
      version: staf.version,
      jenis: 'UTAMA',
      teks: 'x',
      sumber: 'INTERVENSI',
      iki: [],
    });
    expect(noParent.body.error).toMatchObject({
      code: 'SKP.INVALID_CONTENT',
      details: [{ field: 'body.parentRhkId' }],
    });
  });

  it('takes JPT RHK from the Perjanjian Kinerja of their unit with a perspektif, or from an assignment', async () => {
    const pk = await w.call('kadis', 'PUT', '/perjanjian-kinerja', {
      unitId: w.org.units.dinas.id,
      tahun: TAHUN,
      sasaran: [
        {
          sasaran: 'Meningkatnya mutu pendidikan dasar',
          indikator: [{ indikator: 'Angka partisipasi murni SD', targetNilai: 98.5, satuan: '%' }],
        },
      ],
    });
    expect(pk.status).toBe(200);
    const indikatorId = pk.body.sasaran[0].indikator[0].id;
    const skp = (await w.call('kadis', 'GET', '/skp/saya')).body[0] ?? (await createSkp(w, 'kadis'));
    const post = (body: Record<string, unknown>) =>
      w.call('kadis', 'POST', `/skp/${skp.id}/rhk`, {
        version: skp.version,
        jenis: 'UTAMA',
        teks: 'Meningkatnya APM SD',
        iki: [ikiKuantitatif('APM SD', 98)],
        ...body,
      });
    expect((await post({ sumber: 'JF' })).body.error.code).toBe('SKP.INVALID_CONTENT');
    const noPerspektif = await post({ sumber: 'PK', pkIndikatorId: indikatorId });
    expect(noPerspektif.body.error.details).toEqual([expect.objectContaining({ field: 'body.perspektif' })]);
    const foreign = await w.call('kasi', 'PUT', '/perjanjian-kinerja', {
      unitId: w.org.units.seksi.id,
      tahun: TAHUN,
      sasaran: [{ sasaran: 'Kurikulum', indikator: [{ indikator: 'Dokumen', targetNilai: 1, satuan: 'dokumen' }] }],
    });
    const wrongUnit = await post({
      sumber: 'PK',
      pkIndikatorId: foreign.body.sasaran[0].indikator[0].id,
      perspektif: 'PENERIMA_LAYANAN',
    });
    expect(wrongUnit.body.error.code).toBe('SKP.INVALID_CONTENT');
    const ok = await post({ sumber: 'PK', pkIndikatorId: indikatorId, perspektif: 'PENERIMA_LAYANAN' });
    expect(ok.status).toBe(201);
    const assigned = await w.call('kadis', 'POST', `/skp/${skp.id}/rhk`, {
      version: ok.body.version,
      jenis: 'TAMBAHAN',
      teks: 'Terlaksananya tim percepatan',
      sumber: 'PENUGASAN',
      penugasanDari: 'Bupati',
      perspektif: 'PROSES_BISNIS',
      iki: [ikiKuantitatif('Laporan', 4)],
    });
    expect(assigned.status).toBe(201);
    const d = await w.call('kadis', 'GET', `/skp/${skp.id}`);
    expect(d.body.rhk).toMatchObject([
      {
        sumber: 'PK',
        perspektif: 'PENERIMA_LAYANAN',
        pkIndikator: { id: indikatorId, sasaran: 'Meningkatnya mutu pendidikan dasar', targetNilai: '98.5' },
      },
      { sumber: 'PENUGASAN', penugasanDari: 'Bupati', jenis: 'TAMBAHAN' },
    ]);
    // The JPT sees its unit's PK indicators to choose from.
    expect((await w.call('kadis', 'GET', `/skp/${skp.id}/rhk-atasan`)).body).toMatchObject({
      penilai: { pegawaiId: null, nama: 'Bupati' },
      pkIndikator: [{ id: indikatorId }],
    });
  });

  it('asks a narrative target under the qualitative approach', async () => {
    const skp = await createSkp(w, 'kepsek', { pendekatan: 'KUALITATIF' });
    const bad = await w.call('kepsek', 'POST', `/skp/${skp.id}/rhk`, {
      version: skp.version,
      jenis: 'UTAMA',
      teks: 'Meningkatnya mutu',
      sumber: 'JF',
      iki: [ikiKuantitatif()],
    });
    expect(bad.body.error.details).toEqual([expect.objectContaining({ field: 'body.iki.0.targetTeks' })]);
    const ok = await w.call('kepsek', 'POST', `/skp/${skp.id}/rhk`, {
      version: skp.version,
      jenis: 'UTAMA',
      teks: 'Meningkatnya mutu',
      sumber: 'JF',
      iki: [
        { aspek: 'KUALITAS', indikator: 'Mutu pembelajaran', targetTeks: 'Seluruh guru menerapkan kurikulum merdeka' },
      ],
    });
    expect(ok.status).toBe(201);
  });
});

describe('Matriks Peran Hasil', () => {
  it('pre-fills the subordinate draft (creating it), skips what exists or is submitted, and refuses non-subordinates', async () => {
    w = await skpWorld(database(), { app: w.app });
    const kasi = await createSkp(w, 'kasi');
    const a = await addRhk(w, 'kasi', kasi, {
      teks: 'Tersusunnya kurikulum',
      sumber: 'TIM_KERJA',
      iki: [
        ikiKuantitatif('Dokumen', 3),
        { aspek: 'WAKTU', indikator: 'Tepat waktu', targetNilai: 12, targetSatuan: 'bulan' },
      ],
    });
    const b = await addRhk(w, 'kasi', kasi, { teks: 'Terlaksananya sosialisasi', sumber: 'TIM_KERJA' });
    const assign = await w.call('kasi', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
      items: [
        { rhkId: a, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' },
        { rhkId: b, pegawaiId: w.org.pegawai.staf.id, cascading: 'TIDAK_LANGSUNG' },
      ],
    });
    expect(assign.body).toEqual({ dibuat: 2, skpDibuat: 1, dilewati: [] });
    const [stafSkp] = (await w.call('staf', 'GET', '/skp/saya')).body;
    const d = (await w.call('staf', 'GET', `/skp/${stafSkp.id}`)).body;
    expect(d.status).toBe('DRAFT');
    expect(d.rhk).toMatchObject([
      {
        teks: 'Tersusunnya kurikulum',
        sumber: 'INTERVENSI',
        cascading: 'LANGSUNG',
        parentRhkId: a,
        iki: [{ indikator: 'Dokumen', targetNilai: '3' }, { aspek: 'WAKTU' }],
      },
      { teks: '…', cascading: 'TIDAK_LANGSUNG', parentRhkId: b, iki: [] },
    ]);
    expect((await notes('staf', 'SKP_MPH'))[0].tautan).toBe(`/skp/${stafSkp.id}`);

    const mph = await w.call('kasi', 'GET', `/skp/${kasi.id}/matriks-peran-hasil`);
    expect(mph.body).toMatchObject({
      rhk: [{ id: a }, { id: b }],
      bawahan: [{ pegawaiId: w.org.pegawai.staf.id, nama: 'Dewi Lestari', skpId: stafSkp.id, skpStatus: 'DRAFT' }],
    });
    expect(mph.body.sel).toHaveLength(2);

    const again = await w.call('kasi', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
      items: [{ rhkId: a, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' }],
    });
    expect(again.body).toMatchObject({ dibuat: 0, dilewati: [{ rhkId: a }] });

    // The stub must be written before submitting.
    const stub = await w.call('staf', 'POST', `/skp/${stafSkp.id}/ajukan`, { version: d.version });
    expect(stub.body.error.details.map((x: { field: string }) => x.field)).toEqual(['rhk[1].teks', 'rhk[1].iki']);
    const written = await w.call('staf', 'PUT', `/skp/${stafSkp.id}/rhk/${d.rhk[1].id}`, {
      version: d.version,
      jenis: 'UTAMA',
      teks: 'Tersebarnya bahan sosialisasi',
      sumber: 'INTERVENSI',
      parentRhkId: b,
      cascading: 'TIDAK_LANGSUNG',
      iki: [ikiKuantitatif('Bahan', 5)],
    });
    const sub = await w.call('staf', 'POST', `/skp/${stafSkp.id}/ajukan`, { version: written.body.version });
    expect(sub.status).toBe(200);

    const c = await addRhk(w, 'kasi', kasi, { teks: 'Terlaksananya monitoring', sumber: 'TIM_KERJA' });
    const locked = await w.call('kasi', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
      items: [{ rhkId: c, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' }],
    });
    expect(locked.body).toMatchObject({
      dibuat: 0,
      dilewati: [{ rhkId: c, alasan: 'SKP bawahan sudah diajukan' }],
    });
    // The reason comes in the caller's language, without the status code.
    const inEnglish = await w.app.inject({
      method: 'POST',
      url: `/api/instansi/${w.i}/skp/${kasi.id}/matriks-peran-hasil?lang=en`,
      headers: { cookie: await w.cookieOf('kasi') },
      payload: { items: [{ rhkId: c, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' }] },
    });
    expect(inEnglish.json().dilewati).toEqual([
      { rhkId: c, pegawaiId: w.org.pegawai.staf.id, alasan: "The subordinate's SKP is already submitted" },
    ]);
    expect((await w.call('staf', 'GET', `/skp/${stafSkp.id}`)).body.rhk).toHaveLength(2);

    const notMine = await w.call('kasi', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
      items: [{ rhkId: a, pegawaiId: w.org.pegawai.guru.id, cascading: 'LANGSUNG' }],
    });
    expect(notMine.status).toBe(400);
    expect(
      (
        await w.call('staf', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
          items: [{ rhkId: a, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' }],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await w.call('kabid', 'POST', `/skp/${kasi.id}/matriks-peran-hasil`, {
          items: [{ rhkId: a, pegawaiId: w.org.pegawai.staf.id, cascading: 'LANGSUNG' }],
        })
      ).status,
    ).toBe(403);
  });
});
