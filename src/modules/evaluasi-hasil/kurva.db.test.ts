/** Monitoring Kurva over the results fixture: counts, the allowed ranges, reach by role, the workbook. */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildHasilFixture } from '../../../test/evaluasi-fixture-hasil.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { allowedDistribution, checkDistribution } from '../../domain/distribution.ts';
import { buildApp } from '../../http/app.ts';
import type { TDaftarKurva, TDetailKurva } from './hasil.schema.ts';

const database = useTestDatabase();
let app: FastifyInstance;
let org: Awaited<ReturnType<typeof buildOrg>>;
let fx: Awaited<ReturnType<typeof buildHasilFixture>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  const db = database();
  app = await buildApp(db);
  org = await buildOrg(db);
  fx = await buildHasilFixture(db, org);
  const i = org.instansi.id;
  const accounts = {
    admin: await buildAkun(db, { instansiId: i, peran: ['ADMIN_INSTANSI'] }),
    auditor: await buildAkun(db, { instansiId: i, peran: ['AUDITOR'] }),
    adminDinas: await buildAkun(db, { instansiId: i, peran: ['ADMIN_UNIT'], unitId: org.units.dinas.id }),
    adminBidang: await buildAkun(db, { instansiId: i, peran: ['ADMIN_UNIT'], unitId: org.units.bidang.id }),
    kaupt: await buildAkun(db, { instansiId: i, pegawaiId: fx.kaupt.id }),
    staf: await buildAkun(db, { instansiId: i, pegawaiId: org.pegawai.staf.id }),
  };
  for (const [k, a] of Object.entries(accounts)) cookies[k] = await login(app, a.username);
});
afterAll(async () => app?.close());

const base = () => `/api/instansi/${org.instansi.id}/evaluasi/monitoring-kurva`;
const get = (who: string, path: string) =>
  app.inject({ method: 'GET', url: `${base()}${path}`, headers: { cookie: cookies[who] } });

describe('Monitoring Kurva', () => {
  it('lists each unit penilaian with its realised distribution against the allowed one', async () => {
    const res = await get('admin', `?tahun=${fx.tahun}&periode=TW1`);
    expect(res.statusCode).toBe(200);
    const d = res.json() as TDaftarKurva;
    expect(d.periode).toMatchObject({
      kode: 'TW1',
      batasPengisian: `${fx.tahun}-04-10`,
      sumberBatas: 'PERIODE',
      lewat: false,
    });
    expect(d.units.map((u) => u.unit.id).sort()).toEqual([org.units.dinas.id, fx.upt.id].sort());
    const dinas = d.units.find((u) => u.unit.id === org.units.dinas.id) as TDaftarKurva['units'][number];
    // 7 rated; not yet rated: one DRAFT without ratings and one set SKP without an evaluation row.
    expect(dinas).toMatchObject({ predikatOrganisasi: 'BAIK', n: 9, dinilai: 7, belumDinilai: 2, lengkap: false });
    expect(dinas.jumlah).toEqual({ SANGAT_BAIK: 1, BAIK: 4, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 0 });
    expect(dinas.sesuai).toBe(checkDistribution('BAIK', dinas.jumlah).sesuai);
    expect(dinas.rentang).toEqual(allowedDistribution('BAIK', 9).rentangTercapai);
    expect(dinas.status).toMatchObject({ FINAL: 2, DITERIMA: 1, KEBERATAN: 1, DRAFT: 2, BELUM_ADA: 1 });
    expect(dinas.kalibrasi).toMatchObject({ status: 'FINAL', override: false });
    const upt = d.units.find((u) => u.unit.id === fx.upt.id) as TDaftarKurva['units'][number];
    expect(upt).toMatchObject({
      n: 3,
      dinilai: 3,
      sesuai: false,
      lengkap: true,
      kalibrasi: { status: 'FINAL', override: true },
    });
    expect(upt.pelanggaran.length).toBeGreaterThan(0);
    expect(d.instansi).toMatchObject({ n: 12, dinilai: 10, belumDinilai: 2, unitMelanggar: 1, unitOverride: 1 });
    expect(d.aksi).toEqual(['EKSPOR_EVALUASI', 'LIHAT_KURVA', 'EKSPOR_KURVA']);
    expect(dinas.aksi).toEqual(['LIHAT_KURVA', 'EKSPOR_KURVA']);
  });

  it('takes the annual deadline from the settings when the year lists no AKHIR period', async () => {
    const d = (await get('auditor', `?tahun=${fx.tahun}&periode=TAHUNAN`)).json() as TDaftarKurva;
    expect(d.periode).toMatchObject({
      kode: 'AKHIR',
      selesai: `${fx.tahun}-12-31`,
      batasPengisian: `${fx.tahun + 1}-01-10`,
      sumberBatas: 'PENGATURAN',
    });
    const dinas = d.units.find((u) => u.unit.id === org.units.dinas.id);
    expect(dinas).toMatchObject({ predikatOrganisasi: 'ISTIMEWA', dinilai: 2, belumDinilai: 7 });
    const upt = d.units.find((u) => u.unit.id === fx.upt.id);
    expect(upt).toMatchObject({ predikatOrganisasi: null, dinilai: 0, belumDinilai: 3, rentang: null, sesuai: null });
  });

  it('drills into one unit with the pattern’s constraints in words', async () => {
    const res = await get('admin', `/unit/${fx.upt.id}?tahun=${fx.tahun}&periode=TW1`);
    expect(res.statusCode).toBe(200);
    const d = res.json() as TDetailKurva;
    expect(d.kurva.unit.nama).toBe('UPT Pelatihan');
    expect(d.batasan.map((b) => b.aturan)).toEqual(allowedDistribution('BAIK', 3).batasan.map((b) => b.aturan));
    expect(d.batasan[0].teks.id).not.toBe('');
    const empty = await get('admin', `/unit/${org.units.sekolah.id}?tahun=${fx.tahun}&periode=TW1`);
    expect(empty.json()).toMatchObject({ kurva: { n: 0, dinilai: 0, predikatOrganisasi: null }, batasan: [] });
  });

  it('shows a unit penilaian’s head their own unit only', async () => {
    const d = (await get('kaupt', `?tahun=${fx.tahun}&periode=TW1`)).json() as TDaftarKurva;
    expect(d.units.map((u) => u.unit.id)).toEqual([fx.upt.id]);
    expect(d.instansi.n).toBe(3);
    expect(d.aksi).toEqual(['LIHAT_KURVA', 'EKSPOR_KURVA']);
    expect((await get('kaupt', `/unit/${fx.upt.id}?tahun=${fx.tahun}&periode=TW1`)).statusCode).toBe(200);
    expect((await get('kaupt', `/unit/${org.units.dinas.id}?tahun=${fx.tahun}&periode=TW1`)).statusCode).toBe(404);
  });

  it('shows a unit admin the units penilaian inside their subtree', async () => {
    const dinas = (await get('adminDinas', `?tahun=${fx.tahun}&periode=TW1`)).json() as TDaftarKurva;
    expect(dinas.units).toHaveLength(2);
    const bidang = await get('adminBidang', `?tahun=${fx.tahun}&periode=TW1`);
    expect(bidang.statusCode).toBe(200);
    expect(bidang.json().units).toEqual([]);
    expect((await get('adminBidang', `/unit/${org.units.dinas.id}?tahun=${fx.tahun}&periode=TW1`)).statusCode).toBe(
      404,
    );
  });

  it('is refused (404) to an employee who heads no unit penilaian', async () => {
    expect((await get('staf', `?tahun=${fx.tahun}&periode=TW1`)).statusCode).toBe(404);
    expect((await get('staf', `/ekspor?tahun=${fx.tahun}&periode=TW1`)).statusCode).toBe(404);
  });

  it('refuses a period the year does not have', async () => {
    const res = await get('admin', `?tahun=${fx.tahun}&periode=B02`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('EVALUASI.PERIODE_TIDAK_ADA');
  });

  it('downloads the same table as a workbook', async () => {
    const res = await get('admin', `/ekspor?tahun=${fx.tahun}&periode=TW1`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(5);
    const names = [3, 4].map((r) => String(ws.getRow(r).getCell(2).value));
    expect(names).toContain('UPT Pelatihan');
    expect(String(ws.getRow(5).getCell(2).value)).toContain('1 melanggar');
  });
});
