/**
 * The evaluation export read back the way the outside reviewer will: a CSV parser, then each
 * PREDIKAT recomputed from the two ratings with predikat.ts and each unit's distribution checked
 * with checkDistribution against its PREDIKAT_ORGANISASI.
 */
import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildHasilFixture } from '../../../test/evaluasi-fixture-hasil.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema.ts';
import { checkDistribution } from '../../domain/distribution.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import type { Predikat, PredikatOrganisasi, Rating } from '../../domain/types.ts';
import { buildApp } from '../../http/app.ts';
import { eksporEvaluasi } from './ekspor.service.ts';
import { HEADER_EKSPOR } from './ekspor-format.ts';

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
  const other = await buildOrg(db);
  const i = org.instansi.id;
  const accounts = {
    admin: await buildAkun(db, { instansiId: i, peran: ['ADMIN_INSTANSI'] }),
    auditor: await buildAkun(db, { instansiId: i, peran: ['AUDITOR'] }),
    adminBidang: await buildAkun(db, { instansiId: i, peran: ['ADMIN_UNIT'], unitId: org.units.bidang.id }),
    staf: await buildAkun(db, { instansiId: i, pegawaiId: org.pegawai.staf.id }),
    kadis: await buildAkun(db, { instansiId: i, pegawaiId: org.pegawai.kadis.id }),
    lain: await buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
  };
  for (const [k, a] of Object.entries(accounts)) cookies[k] = await login(app, a.username);
});
afterAll(async () => app?.close());

const url = (q: string) => `/api/instansi/${org.instansi.id}/evaluasi/ekspor?${q}`;
const get = (who: string, q: string) => app.inject({ method: 'GET', url: url(q), headers: { cookie: cookies[who] } });
type Row = Record<string, string>;
const rowsOf = (body: string): Row[] => parse(body, { columns: true, skip_empty_lines: true });

describe('evaluation export (CSV)', () => {
  it('is RFC 4180 with a header row, one row per evaluation, and every required column', async () => {
    const res = await get('admin', `tahun=${fx.tahun}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(`evaluasi-${fx.tahun}.csv`);
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.split('\r\n')[0]).toBe(HEADER_EKSPOR.join(','));
    for (const c of [
      'NIP',
      'NAMA',
      'TAHUN',
      'PERIODE',
      'UNIT_PENILAIAN_KODE',
      'PREDIKAT_ORGANISASI',
      'RATING_HASIL_KERJA',
      'RATING_PERILAKU',
      'PREDIKAT',
      'STATUS',
      'OVERRIDE',
    ])
      expect(HEADER_EKSPOR).toContain(c);
    const rows = rowsOf(res.body);
    expect(rows).toHaveLength(13);
    expect(res.headers['x-jumlah-baris']).toBe('13');
    expect(new Set(rows.map((r) => r.PERIODE))).toEqual(new Set(['TW1', 'TAHUNAN']));
    expect(rows.every((r) => r.TAHUN === String(fx.tahun))).toBe(true);
    const staf = rows.find((r) => r.NIP === org.pegawai.staf.nip && r.PERIODE === 'TW1');
    expect(staf).toMatchObject({
      NAMA: org.pegawai.staf.nama,
      JABATAN: org.jabatan.jStaf.nama,
      UNIT_KERJA: org.units.seksi.nama,
      UNIT_PENILAIAN_NAMA: org.units.dinas.nama,
      KEBERATAN: 'DIAJUKAN',
      STATUS: 'KEBERATAN',
      PENILAI_NIP: org.pegawai.kasi.nip,
      TANGGAL_PENETAPAN: `${fx.tahun}-04-05`,
    });
  });

  it('recomputes to the same PREDIKAT from the two ratings, and the same distribution verdict per unit', async () => {
    const rows = rowsOf((await get('auditor', `tahun=${fx.tahun}`)).body);
    let rated = 0;
    for (const r of rows) {
      if (!r.RATING_HASIL_KERJA || !r.RATING_PERILAKU) {
        expect(r.PREDIKAT).toBe('');
        continue;
      }
      rated++;
      expect(r.PREDIKAT).toBe(
        predikatFromRatings(r.RATING_HASIL_KERJA as Rating, r.RATING_PERILAKU as Rating).predikat,
      );
    }
    expect(rated).toBe(12);
    const units = new Map<string, Row[]>();
    for (const r of rows)
      units.set(`${r.UNIT_PENILAIAN_KODE}|${r.PERIODE}`, [
        ...(units.get(`${r.UNIT_PENILAIAN_KODE}|${r.PERIODE}`) ?? []),
        r,
      ]);
    const verdicts: Record<string, string> = {};
    for (const [key, list] of units) {
      const org = list[0].PREDIKAT_ORGANISASI as PredikatOrganisasi;
      expect(new Set(list.map((r) => r.PREDIKAT_ORGANISASI)).size).toBe(1);
      const counts: Partial<Record<Predikat, number>> = {};
      for (const r of list) if (r.PREDIKAT) counts[r.PREDIKAT as Predikat] = (counts[r.PREDIKAT as Predikat] ?? 0) + 1;
      const expected = checkDistribution(org, counts).sesuai ? 'Y' : 'N';
      for (const r of list) expect(r.DISTRIBUSI_SESUAI).toBe(expected);
      verdicts[key] = expected;
    }
    // The UPT rated everyone Sangat Baik under a Baik predikat: a violation, finalised with an override.
    const upt = rows.filter((r) => r.UNIT_PENILAIAN_NAMA === 'UPT Pelatihan');
    expect(upt).toHaveLength(3);
    expect(upt.every((r) => r.DISTRIBUSI_SESUAI === 'N' && r.OVERRIDE === 'Y' && r.KALIBRASI === 'FINAL')).toBe(true);
    expect(rows.filter((r) => r.UNIT_PENILAIAN_NAMA === org.units.dinas.nama).every((r) => r.OVERRIDE === 'N')).toBe(
      true,
    );
    expect(Object.keys(verdicts)).toHaveLength(3);
  });

  it('writes the effective status: DITERIMA past the keberatan deadline is FINAL', async () => {
    const rows = rowsOf((await get('admin', `tahun=${fx.tahun}&periode=TW1`)).body);
    const of = (nip: string) => rows.find((r) => r.NIP === nip) as Row;
    expect(of(org.pegawai.kabid.nip).STATUS).toBe('FINAL');
    expect(of(org.pegawai.kasi.nip).STATUS).toBe('DITERIMA');
    expect(of(org.pegawai.kepsek.nip).STATUS).toBe('FINAL');
    expect(of(org.pegawai.guru.nip).STATUS).toBe('DRAFT');
    expect(rows).toHaveLength(11);
  });

  it('neutralises a name a spreadsheet would run as a formula, and quotes the NIP', async () => {
    const res = await get('admin', `tahun=${fx.tahun}&periode=TW1`);
    expect(res.body).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(res.body).toContain(`"${fx.jahat.nip}"`);
    const row = rowsOf(res.body).find((r) => r.NIP === fx.jahat.nip) as Row;
    expect(row.NAMA.startsWith("'=")).toBe(true);
  });

  it('filters one period: TAHUNAN is the annual evaluation', async () => {
    const rows = rowsOf((await get('admin', `tahun=${fx.tahun}&periode=TAHUNAN`)).body);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.PERIODE === 'TAHUNAN' && r.PREDIKAT_ORGANISASI === 'ISTIMEWA')).toBe(true);
  });

  it('refuses a period the year does not have, naming the periods there are', async () => {
    const res = await get('admin', `tahun=${fx.tahun}&periode=B05`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('EVALUASI.PERIODE_TIDAK_ADA');
    expect(res.json().error.message).toContain('TW1, TW2, TW3, TW4, TAHUNAN');
    const bad = await get('admin', `tahun=${fx.tahun}&periode=TW9`);
    expect(bad.statusCode).toBe(400);
  });

  it('gives a unit admin only the rows of their subtree', async () => {
    const rows = rowsOf((await get('adminBidang', `tahun=${fx.tahun}`)).body);
    const nips = new Set(rows.map((r) => r.NIP));
    expect(rows).toHaveLength(7);
    for (const n of [org.pegawai.kabid.nip, org.pegawai.kasi.nip, org.pegawai.staf.nip, fx.jahat.nip, fx.belum.nip])
      expect(nips.has(n)).toBe(true);
    for (const n of [org.pegawai.kadis.nip, org.pegawai.guru.nip, fx.upt1.nip]) expect(nips.has(n)).toBe(false);
  });

  it('is refused (404) to an employee, a unit head and another tenant’s admin', async () => {
    for (const who of ['staf', 'kadis', 'lain']) expect((await get(who, `tahun=${fx.tahun}`)).statusCode).toBe(404);
    const anon = await app.inject({ method: 'GET', url: url(`tahun=${fx.tahun}`) });
    expect(anon.statusCode).toBe(401);
  });

  it('is audited as an export, naming the scope and the row count', async () => {
    await get('auditor', `tahun=${fx.tahun}&periode=TW1&format=csv`);
    const rows = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, org.instansi.id), eq(auditLog.action, 'evaluasi.ekspor')));
    expect(
      rows.some(
        (r) =>
          (r.after as { baris: number; periode: string }).baris === 11 &&
          (r.after as { periode: string }).periode === 'TW1',
      ),
    ).toBe(true);
  });

  it('reads in keyset batches that together are exactly the one-batch file', async () => {
    const actor = { database: database(), actor: null, onError: () => {} };
    const q = { tahun: fx.tahun, format: 'csv' as const };
    const who = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookies.admin } })).json();
    const ctx = {
      ...actor,
      actor: {
        ...who,
        akunId: who.id ?? who.akunId,
        roles: [{ peran: 'ADMIN_INSTANSI', instansiId: org.instansi.id, unitId: null, unitPath: null }],
        instansiId: org.instansi.id,
        pegawaiId: null,
      },
    };
    const small = await text((await eksporEvaluasi({ ...ctx, ukuranBatch: 2 }, org.instansi.id, q)).stream);
    const big = await text((await eksporEvaluasi({ ...ctx, ukuranBatch: 1000 }, org.instansi.id, q)).stream);
    expect(rowsOf(small)).toHaveLength(13);
    expect(small).toBe(big);
  });
});

describe('evaluation export (XLSX)', () => {
  it('has the same header and rows, text kept as text', async () => {
    const res = await get('admin', `tahun=${fx.tahun}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('EVALUASI');
    if (!ws) throw new Error('no EVALUASI sheet');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(HEADER_EKSPOR);
    expect(ws.rowCount).toBe(14);
    const namaCol = HEADER_EKSPOR.indexOf('NAMA') + 1;
    const names: string[] = [];
    ws.eachRow((r, i) => {
      if (i > 1) names.push(String(r.getCell(namaCol).value));
    });
    expect(names.some((n) => n.startsWith("'=HYPERLINK"))).toBe(true);
  });
});
