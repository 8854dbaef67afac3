import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildSkp } from '../../../test/skp-fixtures.ts';
import { penilaiOverride } from '../../db/schema.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();
const TAHUN = new Date().getUTCFullYear();

describe('monitoring pengisian SKP', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let cookies: Record<'admin' | 'kasi' | 'staf' | 'lain' | 'auditor', string>;
  let url: string;

  beforeAll(async () => {
    const db = database();
    app = await buildApp(db);
    org = await buildOrg(db);
    const other = await buildOrg(db);
    const { pegawai: p, jabatan: j, units: u, instansi } = org;
    const skp = (
      pegawai: { id: string; nama: string; nip: string },
      jab: { id: string; nama: string; jenis: string },
      unit: { id: string; nama: string },
      status: string,
      tahun = TAHUN,
    ) =>
      buildSkp(db, {
        instansiId: instansi.id,
        tahun,
        pegawai,
        jabatan: jab,
        unit,
        status,
        penilai: p.kadis,
        rhk: [{ teks: `RHK ${pegawai.nama}` }],
      });
    await skp(p.kadis, j.jKadis, u.dinas, 'DITETAPKAN');
    await skp(p.kabid, j.jKabid, u.bidang, 'DIAJUKAN');
    await skp(p.kasi, j.jKasi, u.seksi, 'DIKEMBALIKAN');
    await skp(p.staf, j.jStaf, u.seksi, 'DRAFT');
    await skp(p.kepsek, j.jKepsek, u.sekolah, 'DITETAPKAN');
    await skp(p.guru, j.jGuru, u.sekolah, 'DITUTUP'); // closed after a transfer: counts as not started
    await skp(p.guru, j.jGuru, u.sekolah, 'DITETAPKAN', TAHUN - 1); // another year
    // The staf member appraises the guru by delegation (no unit of their own).
    await db.db.insert(penilaiOverride).values({
      instansiId: instansi.id,
      pegawaiId: p.guru.id,
      penilaiPegawaiId: p.staf.id,
      mulai: '2020-01-01',
      alasan: 'uji delegasi',
    });
    const akun = {
      admin: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_INSTANSI'] }),
      kasi: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kasi.id }),
      staf: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.staf.id }),
      lain: await buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
      auditor: await buildAkun(db, { instansiId: instansi.id, peran: ['AUDITOR'] }),
    };
    cookies = {
      admin: await login(app, akun.admin.username),
      kasi: await login(app, akun.kasi.username),
      staf: await login(app, akun.staf.username),
      lain: await login(app, akun.lain.username),
      auditor: await login(app, akun.auditor.username),
    };
    url = `/api/instansi/${instansi.id}/monitoring-pengisian`;
  });
  afterAll(async () => app.close());

  const get = (path: string, cookie: string) => app.inject({ method: 'GET', url: path, headers: { cookie } });

  it("counts each child unit with its subtree, plus the unit's own people, in one response", async () => {
    const res = await get(`${url}?tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cakupan).toMatchObject({ jenis: 'UNIT', unit: { id: org.units.dinas.id }, canUnduhMassal: true });
    const rows = Object.fromEntries(body.baris.map((b: { nama: string }) => [b.nama, b]));
    expect(rows['Dinas Pendidikan']).toMatchObject({ langsung: true, ditetapkan: 1, total: 1, adaSubunit: true });
    expect(rows['Bidang SD']).toMatchObject({
      langsung: false,
      diajukan: 1,
      dikembalikan: 1,
      draft: 1,
      ditetapkan: 0,
      belumMulai: 0,
      total: 3,
      adaSubunit: true,
    });
    expect(rows['SD Negeri 1']).toMatchObject({ ditetapkan: 1, belumMulai: 1, total: 2, adaSubunit: false });
    expect(body.jumlah).toEqual({ belumMulai: 1, draft: 1, diajukan: 1, dikembalikan: 1, ditetapkan: 2, total: 6 });
    expect(body.baris[0].langsung).toBe(true);
  });

  it('starts at the top unit for admins and counts nothing for a year without SKPs', async () => {
    const res = await get(`${url}?tahun=${TAHUN - 5}`, cookies.auditor);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cakupan.unit.id).toBe(org.units.pemda.id);
    expect(body.cakupan.canUnduhMassal).toBe(false); // read-only: the auditor may not start the bulk job
    expect(body.tanggalAcuan).toBe(`${TAHUN - 5}-12-31`);
    expect(body.baris.map((b: { nama: string }) => b.nama)).toEqual(['Pemerintah Kabupaten', 'Dinas Pendidikan']);
    expect(body.jumlah.belumMulai).toBe(body.jumlah.total);
  });

  it('drills down to the people of one status, in a subtree or placed directly in a unit', async () => {
    const belum = (
      await get(`${url}/pegawai?tahun=${TAHUN}&unitId=${org.units.dinas.id}&status=BELUM_MULAI`, cookies.admin)
    ).json();
    expect(belum.items.map((i: { nama: string }) => i.nama)).toEqual(['Putri Rahayu']);
    expect(belum.items[0]).toMatchObject({ status: 'BELUM_MULAI', skpId: null, unitNama: 'SD Negeri 1' });
    const kembali = (
      await get(`${url}/pegawai?tahun=${TAHUN}&unitId=${org.units.dinas.id}&status=DIKEMBALIKAN`, cookies.admin)
    ).json();
    expect(kembali.items).toHaveLength(1);
    expect(kembali.items[0]).toMatchObject({
      nama: 'Agus Wijaya',
      status: 'DIKEMBALIKAN',
      penilaiNama: 'Budi Santoso',
    });
    expect(kembali.items[0].skpId).toBeTruthy();
    const langsung = (
      await get(`${url}/pegawai?tahun=${TAHUN}&unitId=${org.units.bidang.id}&langsung=true`, cookies.admin)
    ).json();
    expect(langsung.items.map((i: { nama: string }) => i.nama)).toEqual(['Siti Aminah']);
    const paged = (
      await get(`${url}/pegawai?tahun=${TAHUN}&unitId=${org.units.dinas.id}&pageSize=2&page=2`, cookies.admin)
    ).json();
    expect(paged).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
  });

  it('lets a unit head see their unit downwards, and nothing above it', async () => {
    const own = await get(`${url}?tahun=${TAHUN}`, cookies.kasi);
    expect(own.statusCode).toBe(200);
    expect(own.json().cakupan.unit.id).toBe(org.units.seksi.id);
    expect(own.json().cakupan.canUnduhMassal).toBe(false); // sees the unit, may not bulk-print it
    expect(own.json().jumlah).toMatchObject({ dikembalikan: 1, draft: 1, total: 2 });
    expect((await get(`${url}?tahun=${TAHUN}&unitId=${org.units.bidang.id}`, cookies.kasi)).statusCode).toBe(404);
    expect((await get(`${url}/pegawai?tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.kasi)).statusCode).toBe(
      404,
    );
  });

  it('shows a delegated appraiser only the people they appraise', async () => {
    const res = await get(`${url}?tahun=${TAHUN}`, cookies.staf);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      cakupan: { jenis: 'BAWAHAN', unit: null, canUnduhMassal: false },
      jumlah: { belumMulai: 1, total: 1 },
    });
    expect(res.json().baris[0].nama).toBe('SD Negeri 1');
    const people = (await get(`${url}/pegawai?tahun=${TAHUN}`, cookies.staf)).json();
    expect(people.items.map((i: { nama: string }) => i.nama)).toEqual(['Putri Rahayu']);
    expect((await get(`${url}?tahun=${TAHUN}&unitId=${org.units.seksi.id}`, cookies.staf)).statusCode).toBe(404);
  });

  it('answers 404 to another tenant', async () => {
    expect((await get(`${url}?tahun=${TAHUN}`, cookies.lain)).statusCode).toBe(404);
    expect((await get(`${url}/ekspor?tahun=${TAHUN}`, cookies.lain)).statusCode).toBe(404);
  });

  it('exports the counts and the people as an XLSX workbook', async () => {
    const res = await get(`${url}/ekspor?tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`monitoring-pengisian-skp-${TAHUN}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rekap = wb.getWorksheet('Rekap');
    const pegawai = wb.getWorksheet('Pegawai');
    if (!rekap || !pegawai) throw new Error('missing sheets');
    expect(rekap.getRow(1).getCell(1).value).toBe('Unit');
    const values = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const r = values(rekap);
    expect(r).toContainEqual(['Bidang SD', 0, 1, 1, 1, 0, 3, 0]);
    expect(r.at(-1)).toEqual([`Jumlah — Dinas Pendidikan — ${TAHUN}`, 1, 1, 1, 1, 2, 6, 33.3]);
    const p = values(pegawai);
    expect(p).toHaveLength(7);
    expect(p.find((row) => row[1] === 'Putri Rahayu')?.[4]).toBe('Belum mulai');
    expect(p.find((row) => row[1] === 'Agus Wijaya')?.[4]).toBe('Dikembalikan');
  });
});
