import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { multipartFile, pkXlsx } from '../../../test/skp-fixture.ts';
import { skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

const importPk = async (who: Parameters<World['call']>[0], unitId: string, tahun: number, data: Buffer) => {
  const { body, headers } = multipartFile(data);
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/instansi/${w.i}/perjanjian-kinerja/impor?tahun=${tahun}&unitId=${unitId}`,
    payload: body,
    headers: { ...headers, cookie: await w.cookieOf(who) },
  });
  return { status: res.statusCode, body: JSON.parse(res.body) };
};

describe('periods', () => {
  it('creates a year with quarterly or monthly periods and entry deadlines, admin instansi only', async () => {
    const tw = await w.call('admin', 'POST', '/periode', { tahun: 2031, jenisEvaluasi: 'TRIWULANAN' });
    expect(tw.status).toBe(201);
    expect(tw.body).toMatchObject({ tahun: 2031, batasPenetapanSkp: '2031-01-31', status: 'AKTIF', version: 1 });
    expect(tw.body.periode.map((p: { kode: string }) => p.kode)).toEqual(['TW1', 'TW2', 'TW3', 'TW4', 'AKHIR']);
    expect(tw.body.periode[0]).toMatchObject({ mulai: '2031-01-01', selesai: '2031-03-31' });
    expect(tw.body.periode[0].batasPengisian > '2031-03-31').toBe(true);
    const bulan = await w.call('admin', 'POST', '/periode', {
      tahun: 2032,
      jenisEvaluasi: 'BULANAN',
      batasPenetapanSkp: '2032-01-15',
    });
    expect(bulan.body.periode).toHaveLength(13);
    expect(bulan.body.periode[1]).toMatchObject({ kode: 'B02', mulai: '2032-02-01', selesai: '2032-02-29' });
    expect((await w.call('admin', 'POST', '/periode', { tahun: 2031, jenisEvaluasi: 'BULANAN' })).body.error.code).toBe(
      'CONFLICT.DUPLICATE',
    );
    expect((await w.call('kadis', 'POST', '/periode', { tahun: 2033, jenisEvaluasi: 'BULANAN' })).status).toBe(403);
    const bad = await w.call('admin', 'POST', '/periode', {
      tahun: 2034,
      jenisEvaluasi: 'BULANAN',
      periode: [{ kode: 'X', mulai: '2035-01-01', selesai: '2035-02-01', batasPengisian: '2035-02-05' }],
    });
    expect(bad.body.error.code).toBe('PERIODE.INVALID');

    const patched = await w.call('admin', 'PATCH', `/periode/${tw.body.id}`, { version: 1, jenisEvaluasi: 'BULANAN' });
    expect(patched.body).toMatchObject({ version: 2, jenisEvaluasi: 'BULANAN' });
    expect(patched.body.periode).toHaveLength(13);
    expect((await w.call('admin', 'PATCH', `/periode/${tw.body.id}`, { version: 1, status: 'DITUTUP' })).status).toBe(
      409,
    );
    expect((await w.call('staf', 'GET', '/periode')).body.map((p: { tahun: number }) => p.tahun)).toEqual([2032, 2031]);
  });

  it('creates the default period when the first SKP of a year is started', async () => {
    const created = await w.call('guru', 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUANTITATIF' });
    expect(created.status).toBe(201);
    const list = await w.call('guru', 'GET', '/periode');
    expect(list.body.find((p: { tahun: number }) => p.tahun === TAHUN)).toMatchObject({
      jenisEvaluasi: 'TRIWULANAN',
      batasPenetapanSkp: `${TAHUN}-01-31`,
    });
  });
});

describe('periods follow the instansi settings', () => {
  it('takes the rhythm, the SKP deadline and the entry window (working days, holidays) of a new year from them', async () => {
    const own = await skpWorld(database());
    const saved = await own.call('admin', 'PUT', '/pengaturan', {
      version: 0,
      settings: {
        evaluasiPeriodik: 'MONTHLY',
        batasPengisian: { jumlahHari: 5, jenisHari: 'WORKING' },
        batasPenetapanSkp: { bulan: 1, tanggal: 15 },
        hariLibur: ['2034-02-01'],
      },
    });
    expect(saved.status).toBe(200);

    // The admin names only the year: monthly periods, SKP due 15 January, January's entries due
    // 5 working days after Tuesday 31 January, skipping the 1 February holiday → Wednesday 8 February.
    const year = await own.call('admin', 'POST', '/periode', { tahun: 2034 });
    expect(year.status, JSON.stringify(year.body)).toBe(201);
    expect(year.body).toMatchObject({ jenisEvaluasi: 'BULANAN', batasPenetapanSkp: '2034-01-15' });
    expect(year.body.periode).toHaveLength(13);
    expect(year.body.periode[0]).toMatchObject({ kode: 'B01', selesai: '2034-01-31', batasPengisian: '2034-02-08' });

    // The year a first SKP creates on its own follows the same settings.
    expect((await own.call('guru', 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUANTITATIF' })).status).toBe(201);
    const auto = (await own.call('guru', 'GET', '/periode')).body.find((p: { tahun: number }) => p.tahun === TAHUN);
    expect(auto).toMatchObject({ jenisEvaluasi: 'BULANAN', batasPenetapanSkp: `${TAHUN}-01-15` });
    expect(auto.periode).toHaveLength(13);
    await own.app.close();
  });
});

describe('Perjanjian Kinerja', () => {
  it('is written by the unit head or admins, read by the tenant, versioned, and set with the signatories', async () => {
    const unitId = w.org.units.bidang.id;
    expect((await w.call('staf', 'GET', `/perjanjian-kinerja?tahun=2030&unitId=${unitId}`)).body).toBeNull();
    const body = {
      unitId,
      tahun: 2030,
      sasaran: [
        { sasaran: 'Meningkatnya akses SD', indikator: [{ indikator: 'APK SD', targetNilai: 105, satuan: '%' }] },
        {
          sasaran: 'Meningkatnya mutu SD',
          indikator: [{ indikator: 'Rata-rata asesmen', targetTeks: 'Di atas rata-rata nasional' }],
        },
      ],
    };
    expect((await w.call('staf', 'PUT', '/perjanjian-kinerja', body)).status).toBe(403);
    expect((await w.call('kasi', 'PUT', '/perjanjian-kinerja', body)).status).toBe(403);
    const created = await w.call('kabid', 'PUT', '/perjanjian-kinerja', body);
    expect(created.body).toMatchObject({
      version: 1,
      status: 'DRAFT',
      sasaran: [{ urutan: 1, indikator: [{ indikator: 'APK SD', targetNilai: '105', satuan: '%' }] }, { urutan: 2 }],
    });
    expect((await w.call('kabid', 'PUT', '/perjanjian-kinerja', body)).body.error.code).toBe('CONFLICT.VERSION');
    const keepId = created.body.sasaran[0].indikator[0].id;
    const edited = await w.call('admin', 'PUT', '/perjanjian-kinerja', {
      ...body,
      version: 1,
      sasaran: [
        {
          id: created.body.sasaran[0].id,
          sasaran: 'Meningkatnya akses SD',
          indikator: [{ id: keepId, indikator: 'APK SD', targetNilai: 106, satuan: '%' }],
        },
      ],
    });
    expect(edited.body).toMatchObject({ version: 2, sasaran: [{ indikator: [{ id: keepId, targetNilai: '106' }] }] });
    expect(edited.body.sasaran).toHaveLength(1);
    const set = await w.call('kabid', 'POST', `/perjanjian-kinerja/${created.body.id}/tetapkan`, { version: 2 });
    expect(set.body).toMatchObject({
      status: 'DITETAPKAN',
      version: 3,
      pihak: {
        pertama: { pegawaiId: w.org.pegawai.kabid.id, nama: 'Siti Aminah' },
        kedua: { pegawaiId: w.org.pegawai.kadis.id },
      },
    });
    expect((await w.call('guru', 'GET', `/perjanjian-kinerja?tahun=2030&unitId=${unitId}`)).body.status).toBe(
      'DITETAPKAN',
    );
    expect((await w.call('lain', 'GET', `/perjanjian-kinerja?tahun=2030&unitId=${unitId}`)).status).toBe(404);
    const empty = await w.call('kabid', 'PUT', '/perjanjian-kinerja', { unitId, tahun: 2029, sasaran: [] });
    expect(
      (await w.call('kabid', 'POST', `/perjanjian-kinerja/${empty.body.id}/tetapkan`, { version: 1 })).body.error.code,
    ).toBe('PK.EMPTY');
  });

  it('imports from XLSX, grouping consecutive rows of the same sasaran', async () => {
    const unitId = w.org.units.dinas.id;
    const data = await pkXlsx([
      ['Meningkatnya mutu pendidikan', 'Angka partisipasi murni SD', 98.5, '%'],
      ['Meningkatnya mutu pendidikan', 'Rata-rata lama sekolah', '9,2', 'tahun'],
      [null, 'Indeks kepuasan', 'Baik', null],
      ['Terwujudnya tata kelola yang akuntabel', 'Nilai SAKIP', 80, 'nilai'],
    ]);
    const res = await importPk('kadis', unitId, 2030, data);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jumlahBaris: 4, version: 1 });
    expect(
      res.body.sasaran.map((s: { sasaran: string; indikator: unknown[] }) => [s.sasaran, s.indikator.length]),
    ).toEqual([
      ['Meningkatnya mutu pendidikan', 3],
      ['Terwujudnya tata kelola yang akuntabel', 1],
    ]);
    expect(res.body.sasaran[0].indikator[1]).toMatchObject({ targetNilai: '9.2', satuan: 'tahun' });
    expect(res.body.sasaran[0].indikator[2]).toMatchObject({ targetNilai: null, targetTeks: 'Baik' });
    expect((await importPk('staf', unitId, 2030, data)).status).toBe(403);
  });

  it('changes nothing when a row is bad, and says which rows', async () => {
    const unitId = w.org.units.dinas.id;
    const before = await w.call('kadis', 'GET', `/perjanjian-kinerja?tahun=2030&unitId=${unitId}`);
    const bad = await pkXlsx([
      ['Sasaran baru', 'Indikator baru', 10, 'dokumen'],
      ['Sasaran baru', null, 5, 'dokumen'],
      ['Sasaran baru', 'Tanpa satuan', 7, null],
    ]);
    const res = await importPk('kadis', unitId, 2030, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PK.IMPORT_INVALID');
    expect(res.body.error.details.map((d: { baris: number; kolom: string }) => [d.baris, d.kolom])).toEqual([
      [3, 'INDIKATOR'],
      [4, 'SATUAN'],
    ]);
    // One language per answer (Indonesian by default), never "id / en".
    expect(res.body.error.details[0].pesan).toBe('INDIKATOR wajib diisi.');
    const after = await w.call('kadis', 'GET', `/perjanjian-kinerja?tahun=2030&unitId=${unitId}`);
    expect(after.body).toEqual(before.body);
    const noColumns = await importPk('kadis', unitId, 2030, await pkXlsx([['a', 'b']], ['SASARAN', 'INDIKATOR']));
    expect(noColumns.body.error.details[0].kolom).toBe('TARGET, SATUAN');
    const notXlsx = await importPk('kadis', unitId, 2030, Buffer.from('bukan excel'));
    expect(notXlsx.body.error.code).toBe('PK.IMPORT_INVALID');
  });

  it('flags RHK whose PK indicator was removed', async () => {
    const unitId = w.org.units.dinas.id;
    const pk = (await w.call('kadis', 'GET', `/perjanjian-kinerja?tahun=${TAHUN}&unitId=${unitId}`)).body;
    const put = pk
      ? null
      : await w.call('kadis', 'PUT', '/perjanjian-kinerja', {
          unitId,
          tahun: TAHUN,
          sasaran: [{ sasaran: 'S', indikator: [{ indikator: 'I', targetNilai: 1, satuan: 'x' }] }],
        });
    const current = pk ?? put?.body;
    const skp = await w.call('kadis', 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUANTITATIF' });
    await w.call('kadis', 'POST', `/skp/${skp.body.id}/rhk`, {
      version: 1,
      jenis: 'UTAMA',
      teks: 'R',
      sumber: 'PK',
      pkIndikatorId: current.sasaran[0].indikator[0].id,
      perspektif: 'ANGGARAN',
      iki: [{ aspek: 'KUANTITAS', indikator: 'I', targetNilai: 1, targetSatuan: 'x' }],
    });
    await w.call('admin', 'PUT', '/perjanjian-kinerja', {
      unitId,
      tahun: TAHUN,
      version: current.version,
      sasaran: [{ sasaran: 'S2', indikator: [{ indikator: 'I2', targetNilai: 2, satuan: 'x' }] }],
    });
    const d = (await w.call('kadis', 'GET', `/skp/${skp.body.id}`)).body;
    expect(d).toMatchObject({ perluTinjau: true, rhk: [{ pkIndikatorId: null, perluTinjau: true }] });
  });
});
