import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun } from '../../../test/factories.ts';
import { addRhk, createSkp, skpWorld, TAHUN, type Who, type World } from '../../../test/skp-kit.ts';
import { bukti, buktiIki, realisasi, skpPeriode } from '../../db/schema-pelaksanaan.ts';
import { iki, periodeKinerja, rhk, skp as skpTable } from '../../db/schema-skp.ts';

const database = useTestDatabase();
let w: World;
let adminBidang: { username: string };
let adminSekolah: { username: string };

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PERIODE = [
  { kode: 'TW1', mulai: day(-120), selesai: day(-60), batasPengisian: day(-50) },
  { kode: 'TW2', mulai: day(-59), selesai: day(20), batasPengisian: day(30) },
  { kode: 'TW3', mulai: day(21), selesai: day(100), batasPengisian: day(110) },
];

interface SetSkp {
  id: string;
  iki: string[];
}

/** An SKP of `who` with `n` quantitative IKI, submitted and set by `penilai`. */
async function setSkp(who: Who, penilai: Who, n: number): Promise<SetSkp> {
  const s = await createSkp(w, who);
  for (let k = 0; k < n; k++) await addRhk(w, who, s, { teks: `RHK ${who} ${k}` });
  const a = await w.call(who, 'POST', `/skp/${s.id}/ajukan`, { version: s.version });
  const t = await w.call(penilai, 'POST', `/skp/${s.id}/tetapkan`, { version: a.body.version });
  expect(t.status).toBe(200);
  const db = database().db;
  await db
    .update(skpTable)
    .set({ mulai: day(-150), selesai: day(150) })
    .where(eq(skpTable.id, s.id));
  const rows = await db
    .select({ id: iki.id })
    .from(iki)
    .innerJoin(rhk, eq(rhk.id, iki.rhkId))
    .where(eq(rhk.skpId, s.id))
    .orderBy(rhk.urutan);
  return { id: s.id, iki: rows.map((r) => r.id) };
}

const put = (who: Who, skpId: string, periode: string, ikiId: string, nilai: number) =>
  w.call(who, 'PUT', `/skp/${skpId}/pelaksanaan/${periode}/realisasi/${ikiId}`, { version: 0, nilai });

let staf: SetSkp;
let kasi: SetSkp;
let guru: SetSkp;

beforeAll(async () => {
  w = await skpWorld(database());
  adminBidang = await buildAkun(database(), { instansiId: w.i, peran: ['ADMIN_UNIT'], unitId: w.org.units.bidang.id });
  adminSekolah = await buildAkun(database(), {
    instansiId: w.i,
    peran: ['ADMIN_UNIT'],
    unitId: w.org.units.sekolah.id,
  });
  staf = await setSkp('staf', 'kasi', 2);
  kasi = await setSkp('kasi', 'kabid', 1);
  guru = await setSkp('guru', 'kepsek', 3);
  // A draft SKP is not counted: nothing was agreed yet.
  const draft = await createSkp(w, 'kepsek');
  await addRhk(w, 'kepsek', draft);
  await database()
    .db.update(periodeKinerja)
    .set({ periode: PERIODE })
    .where(and(eq(periodeKinerja.instansiId, w.i), eq(periodeKinerja.tahun, TAHUN)));
});
afterAll(async () => {
  await w.app.close();
});

const rekapUrl = (unitId: string, periode = 'TW2') =>
  `/monitoring-pengisian/realisasi?unitId=${unitId}&periode=${periode}&tahun=${TAHUN}`;

/** The figures recomputed from the tables, the plain way (one SKP at a time). */
async function direct(skps: SetSkp[], periode: string) {
  const db = database().db;
  const out = { skp: 0, lengkap: 0, sebagian: 0, belum: 0, bukti: 0 };
  for (const s of skps) {
    const terisi = await db
      .select({ ikiId: realisasi.ikiId })
      .from(realisasi)
      .where(and(eq(realisasi.skpId, s.id), eq(realisasi.periodeKode, periode), inArray(realisasi.ikiId, s.iki)));
    const b = await db
      .selectDistinct({ id: buktiIki.buktiId })
      .from(buktiIki)
      .where(and(eq(buktiIki.skpId, s.id), eq(buktiIki.periodeKode, periode)));
    out.skp++;
    out.bukti += b.length;
    if (terisi.length === s.iki.length) out.lengkap++;
    else if (terisi.length > 0) out.sebagian++;
    else out.belum++;
  }
  return out;
}

describe('monitoring realisasi', () => {
  it('counts set SKPs per child unit and langsung, and the counts match a direct computation after saves', async () => {
    const before = await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id));
    expect(before.status).toBe(200);
    expect(before.body.periode).toMatchObject({ kode: 'TW2', keadaan: 'PENGISIAN' });
    expect(before.body.daftarPeriode).toEqual(['TW1', 'TW2', 'TW3']);
    expect(before.body.jumlah).toMatchObject({ skp: 3, lengkap: 0, sebagian: 0, belum: 3, bukti: 0 });

    expect((await put('staf', staf.id, 'TW2', staf.iki[0], 3)).status).toBe(200);
    expect((await put('staf', staf.id, 'TW2', staf.iki[1], 4)).status).toBe(200);
    expect((await put('kasi', kasi.id, 'TW2', kasi.iki[0], 1)).status).toBe(200);
    expect((await put('guru', guru.id, 'TW2', guru.iki[0], 5)).status).toBe(200);
    const db = database().db;
    const [b] = await db
      .insert(bukti)
      .values({
        instansiId: w.i,
        pegawaiId: w.org.pegawai.guru.id,
        jenis: 'TAUTAN',
        judul: 'Foto',
        tanggal: day(0),
        url: 'https://example.org/f',
      })
      .returning();
    // One item supporting two IKI counts once.
    await db.insert(buktiIki).values([
      { instansiId: w.i, buktiId: b.id, skpId: guru.id, ikiId: guru.iki[0], periodeKode: 'TW2' },
      { instansiId: w.i, buktiId: b.id, skpId: guru.id, ikiId: guru.iki[1], periodeKode: 'TW2' },
      { instansiId: w.i, buktiId: b.id, skpId: guru.id, ikiId: guru.iki[1], periodeKode: 'TW1' },
    ]);

    const r = await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id));
    expect(r.body.jumlah).toMatchObject(await direct([staf, kasi, guru], 'TW2'));
    expect(r.body.jumlah).toMatchObject({ skp: 3, lengkap: 2, sebagian: 1, belum: 0, bukti: 1 });
    const byUnit = Object.fromEntries(
      r.body.baris.map((x: { nama: string; langsung: boolean }) => [`${x.nama}${x.langsung ? ' (langsung)' : ''}`, x]),
    );
    expect(byUnit['Dinas Pendidikan (langsung)']).toMatchObject({ skp: 0, adaSubunit: true });
    expect(byUnit['Bidang SD']).toMatchObject({ adaSubunit: true, ...(await direct([staf, kasi], 'TW2')) });
    expect(byUnit['Bidang SD']).toMatchObject({ skp: 2, lengkap: 2 });
    expect(byUnit['SD Negeri 1']).toMatchObject({ skp: 1, sebagian: 1, bukti: 1, adaSubunit: false });

    // Another period: nothing entered yet; TW1 has the one evidence link.
    const tw1 = await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id, 'TW1'));
    expect(tw1.body.periode.keadaan).toBe('LEWAT_BATAS');
    expect(tw1.body.jumlah).toMatchObject({ ...(await direct([staf, kasi, guru], 'TW1')), belum: 3, bukti: 1 });
    expect((await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id, 'TW3'))).body.periode.keadaan).toBe(
      'BELUM_MULAI',
    );

    // A reopened period of one SKP is counted as such.
    await db
      .insert(skpPeriode)
      .values({ instansiId: w.i, skpId: guru.id, periodeKode: 'TW1', dibukaSampai: new Date(Date.now() + 86_400_000) });
    const reopened = await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id, 'TW1'));
    expect(reopened.body.jumlah.dibukaKembali).toBe(1);
  });

  it('drill-down and export agree with the summary; filters and paging', async () => {
    const seksi = w.org.units.seksi.id;
    const bidang = w.org.units.bidang.id;
    const rekap = (await w.call('admin', 'GET', rekapUrl(bidang))).body;
    const all = await w.call(
      'admin',
      'GET',
      `/monitoring-pengisian/realisasi/pegawai?unitId=${bidang}&periode=TW2&tahun=${TAHUN}`,
    );
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(rekap.jumlah.skp);
    const sum = (k: string) => all.body.items.filter((x: { kelengkapan: string }) => x.kelengkapan === k).length;
    expect(sum('LENGKAP')).toBe(rekap.jumlah.lengkap);
    expect(sum('SEBAGIAN')).toBe(rekap.jumlah.sebagian);
    const dewi = all.body.items.find((x: { nama: string }) => x.nama === 'Dewi Lestari');
    expect(dewi).toMatchObject({
      ikiTotal: 2,
      ikiTerisi: 2,
      kelengkapan: 'LENGKAP',
      jabatanNama: 'Pengadministrasi Umum',
    });
    expect(dewi.terakhir).toMatch(/^\d{4}-\d\d-\d\dT/);

    const langsung = await w.call(
      'admin',
      'GET',
      `/monitoring-pengisian/realisasi/pegawai?unitId=${bidang}&periode=TW2&tahun=${TAHUN}&langsung=true`,
    );
    expect(langsung.body.total).toBe(0);
    const page2 = await w.call(
      'admin',
      'GET',
      `/monitoring-pengisian/realisasi/pegawai?unitId=${seksi}&periode=TW2&tahun=${TAHUN}&pageSize=1&page=2`,
    );
    expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.body.items).toHaveLength(1);
    const belum = await w.call(
      'admin',
      'GET',
      `/monitoring-pengisian/realisasi/pegawai?unitId=${w.org.units.dinas.id}&periode=TW2&tahun=${TAHUN}&kelengkapan=SEBAGIAN`,
    );
    expect(belum.body.items.map((x: { nama: string }) => x.nama)).toEqual(['Putri Rahayu']);

    const res = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/monitoring-pengisian/realisasi/ekspor?unitId=${bidang}&periode=TW2&tahun=${TAHUN}`,
      headers: { cookie: await w.cookieOf('admin') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`monitoring-realisasi-${TAHUN}-TW2.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('SKP');
    expect(sheet?.rowCount).toBe(1 + rekap.jumlah.skp);
    const totalRow = wb.getWorksheet('Rekap')?.lastRow;
    expect(totalRow?.getCell(2).value).toBe(rekap.jumlah.skp);
    expect(totalRow?.getCell(3).value).toBe(rekap.jumlah.lengkap);
  });

  it('who may read: admins of the subtree, admin instansi, auditor; unit heads, staff, other units and tenants get 404', async () => {
    const bidang = w.org.units.bidang.id;
    expect((await w.call('auditor', 'GET', rekapUrl(bidang))).status).toBe(200);
    expect((await w.call(adminBidang, 'GET', rekapUrl(w.org.units.seksi.id))).status).toBe(200);
    // Without a unit: the admin's own unit.
    const own = await w.call(adminBidang, 'GET', `/monitoring-pengisian/realisasi?periode=TW2&tahun=${TAHUN}`);
    expect(own.body.unit.id).toBe(bidang);
    for (const who of ['kabid', 'kasi', 'staf', 'lain'] as const) {
      const r = await w.call(who, 'GET', rekapUrl(bidang));
      expect(r.status, who).toBe(404);
      expect(r.body.error.code).toBe('ACCESS.DENIED');
    }
    expect((await w.call(adminSekolah, 'GET', rekapUrl(bidang))).status).toBe(404);
    expect((await w.call(adminSekolah, 'GET', `/monitoring-pengisian/realisasi/pegawai?unitId=${bidang}`)).status).toBe(
      404,
    );
  });

  it('a period the year does not have is a specific 404; a malformed code is a 400', async () => {
    const r = await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id, 'B05'));
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({ code: 'MONITORING.PERIODE_TIDAK_ADA', details: { periode: 'B05' } });
    expect(r.body.error.message).toContain('B05');
    expect((await w.call('admin', 'GET', rekapUrl(w.org.units.dinas.id, 'X1'))).status).toBe(400);
    // Without a code: the latest started periodic period (TW2 here).
    const dflt = await w.call('admin', 'GET', `/monitoring-pengisian/realisasi?tahun=${TAHUN}`);
    expect(dflt.body.periode.kode).toBe('TW2');
  });
});
