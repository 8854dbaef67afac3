import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate, toXlsx } from './exchange.export.ts';
import {
  columnLookup,
  normalizeDate,
  normalizeGolongan,
  normalizeHeader,
  normalizeJenisAsn,
  normalizeJenisJabatan,
  normalizeJenisKelamin,
  normalizeJenisUnor,
  normalizePhone,
} from './exchange.format.ts';
import { parseFile } from './exchange.parse.ts';
import { type Existing, validateImport } from './exchange.validate.ts';
import { readXlsx } from './exchange.xlsx-reader.ts';

const TODAY = '2026-01-15';
const none: Existing = { units: [], jabatan: [], pegawai: new Map() };

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (text: string) => Buffer.from(text);

describe('format normalisers', () => {
  it.each([
    ['III/c', 'PNS', 'III/c'],
    ['III-C', 'PNS', 'III/c'],
    ['IIIc', 'PNS', 'III/c'],
    ['3c', 'PNS', 'III/c'],
    ['Penata (III/c)', 'PNS', 'III/c'],
    ['IV/e', 'PNS', 'IV/e'],
    ['III/e', 'PNS', null],
    ['IX', 'PNS', null],
    ['IX', 'PPPK', 'IX'],
    ['9', 'PPPK', 'IX'],
    ['Golongan XI', 'PPPK', 'XI'],
    ['XVIII', 'PPPK', null],
    ['III/a', 'PPPK', null],
  ] as const)('golongan %s for %s → %s', (input, kind, expected) => {
    expect(normalizeGolongan(input, kind)).toBe(expected);
  });

  it('reads jenis jabatan names, SIASN codes and Struktural with eselon', () => {
    expect(normalizeJenisJabatan('Fungsional Tertentu', null)).toBe('FUNGSIONAL');
    expect(normalizeJenisJabatan('JFU', null)).toBe('PELAKSANA');
    expect(normalizeJenisJabatan('jpt pratama', null)).toBe('JPT_PRATAMA');
    expect(normalizeJenisJabatan('Struktural', 'II.b')).toBe('JPT_PRATAMA');
    expect(normalizeJenisJabatan('1', 'III.a')).toBe('ADMINISTRATOR');
    expect(normalizeJenisJabatan('Struktural', 'Eselon IV.a')).toBe('PENGAWAS');
    expect(normalizeJenisJabatan('Struktural', null)).toBe('NEEDS_ESELON');
    expect(normalizeJenisJabatan('Kepala', null)).toBeNull();
  });

  it('reads kinds of ASN, units, gender, phones and dates', () => {
    expect([
      normalizeJenisAsn('PNS'),
      normalizeJenisAsn('CPNS'),
      normalizeJenisAsn('P3K'),
      normalizeJenisAsn('PPPK Paruh Waktu'),
      normalizeJenisAsn('honorer'),
    ]).toEqual(['PNS', 'PNS', 'PPPK', 'PPPK', null]);
    expect([
      normalizeJenisUnor('Dinas'),
      normalizeJenisUnor('sub bagian'),
      normalizeJenisUnor('UPTD'),
      normalizeJenisUnor('Kantor'),
    ]).toEqual(['DINAS', 'SUBBAGIAN', 'UPT', null]);
    expect([
      normalizeJenisKelamin('Laki-laki'),
      normalizeJenisKelamin('Perempuan'),
      normalizeJenisKelamin('x'),
    ]).toEqual(['L', 'P', null]);
    expect([normalizePhone('0812-3456-7890'), normalizePhone('+62 812 3456 7890'), normalizePhone('12')]).toEqual([
      '081234567890',
      '+6281234567890',
      null,
    ]);
    expect(normalizeDate('1986-09-26')).toBe('1986-09-26');
    expect(normalizeDate('26-09-1986')).toBe('1986-09-26');
    expect(normalizeDate('26/9/1986')).toBe('1986-09-26');
    expect(normalizeDate('30-02-2020')).toBeNull();
    expect(normalizeDate(31681)).toBe('1986-09-26');
    expect(normalizeDate(new Date(Date.UTC(1986, 8, 26)))).toBe('1986-09-26');
    expect(normalizeDate('kemarin')).toBeNull();
  });

  it('matches headers case-insensitively with SIASN aliases', () => {
    const lookup = columnLookup('pegawai');
    for (const h of ['NIP_BARU', 'Nip Baru', 'nipBaru', 'NIP']) expect(lookup.get(normalizeHeader(h))).toBe('NIP_BARU');
    expect(lookup.get(normalizeHeader('golRuangAkhir'))).toBe('GOL_RUANG');
    expect(lookup.get(normalizeHeader('Gelar Blk'))).toBe('GELAR_BELAKANG');
    expect(lookup.get(normalizeHeader('noHp'))).toBe('NOMOR_HP');
    expect(columnLookup('unor').get(normalizeHeader('DiatasanId'))).toBe('UNOR_INDUK_KODE');
  });
});

describe('parseFile', () => {
  it('reads a semicolon CSV with BOM, skips # rows and keeps Excel row numbers', () => {
    const parsed = parseFile(
      csv('\uFEFFNip Baru;Nama;Jenis ASN;Kolom Lain\n# petunjuk;;;\n\n198609262015051001;Budi;PNS;x\n'),
      { fileName: 'p.csv' },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.sheets).toHaveLength(1);
    expect(parsed.sheets[0].entity).toBe('pegawai');
    expect(parsed.sheets[0].rows.map((r) => r.row)).toEqual([4]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['EXCHANGE.UNKNOWN_COLUMN']);
  });

  it('reports a missing required column of a named sheet at its header row', async () => {
    const parsed = parseFile(
      await xlsx({
        PEGAWAI: [
          ['NIP_BARU', 'NAMA'],
          ['198609262015051001', 'Budi'],
        ],
      }),
      { fileName: 'p.xlsx' },
    );
    expect(parsed.errors.map((e) => [e.code, e.row, e.column])).toEqual([['EXCHANGE.MISSING_COLUMN', 1, 'JENIS_ASN']]);
  });

  it('refuses old .xls and unrecognisable files', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(parseFile(ole, { fileName: 'lama.xls' }).errors[0].code).toBe('EXCHANGE.FILE_TYPE');
    expect(parseFile(csv('a,b\n1,2\n'), { fileName: 'x.csv' }).errors[0].code).toBe('EXCHANGE.NO_SHEETS');
  });

  it('finds the header below a title row and recognises sheets by their headers', async () => {
    const bytes = await xlsx({
      Sheet1: [['Data unit Pemkab'], ['Kode Unor', 'Nama Unor', 'Diatasan Id'], ['01', 'Pemkab', null]],
      Lembar2: [
        ['JABATAN_KODE', 'JABATAN_NAMA', 'JENIS_JABATAN', 'UNOR_KODE'],
        ['01-01', 'Sekda', 'JPT_PRATAMA', '01'],
      ],
    });
    const parsed = parseFile(bytes, { fileName: 'x.xlsx' });
    expect(parsed.sheets.map((s) => [s.entity, s.headerRow, s.rows.map((r) => r.row)])).toEqual([
      ['unor', 2, [3]],
      ['jabatan', 1, [2]],
    ]);
  });
});

describe('readXlsx', () => {
  it('reads shared strings, numbers, booleans, dates and sparse cells from an exceljs workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data & "lain"');
    ws.addRow(['teks <&>', 42, true, new Date(Date.UTC(2024, 0, 2))]);
    ws.getCell('F2').value = 'jauh';
    ws.getCell('A3').value = { richText: [{ text: 'kaya ' }, { text: 'teks', font: { bold: true } }] };
    const sheets = readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets[0].name).toBe('Data & "lain"');
    const [r1, r2, r3] = sheets[0].rows;
    expect(r1.cells.slice(0, 3)).toEqual(['teks <&>', 42, true]);
    expect((r1.cells[3] as Date).toISOString().slice(0, 10)).toBe('2024-01-02');
    expect(r2).toEqual({ row: 2, cells: [null, null, null, null, null, 'jauh'] });
    expect(r3.cells[0]).toBe('kaya teks');
  });

  it('reads the streaming writer output of our own export', async () => {
    const bytes = await toXlsx([
      {
        entity: 'unor',
        rows: [
          {
            UNOR_KODE: '01',
            UNOR_NAMA: 'Pemkab',
            UNOR_INDUK_KODE: null,
            JENIS_UNOR: 'PEMDA',
            JABATAN_KEPALA_KODE: null,
          },
        ],
      },
    ]);
    const [sheet] = readXlsx(bytes);
    expect(sheet.name).toBe('UNOR');
    expect(sheet.rows[1].cells).toEqual(['01', 'Pemkab', null, 'PEMDA']);
  });

  it('parses the template into empty sheets without errors (hints and examples are # rows)', async () => {
    const parsed = parseFile((await buildTemplate('xlsx')).body, { fileName: 'template.xlsx' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sheets.map((s) => [s.entity, s.rows.length])).toEqual([
      ['unor', 0],
      ['jabatan', 0],
      ['pegawai', 0],
    ]);
    const csvTemplate = parseFile((await buildTemplate('csv', 'jabatan')).body, { fileName: 'template.csv' });
    expect(csvTemplate.errors).toEqual([]);
    expect(csvTemplate.sheets[0]).toMatchObject({ entity: 'jabatan', rows: [] });
  });
});

describe('validateImport', () => {
  const validate = (text: string, existing = none) =>
    validateImport(parseFile(csv(text), { fileName: 'f.csv' }), existing, { today: TODAY });
  const codes = (r: ReturnType<typeof validate>) => r.errors.map((e) => `${e.row}:${e.column}:${e.code}`);

  it('accepts a valid pegawai file and fills birth date and gender from the NIP', () => {
    const r = validate(
      'NIP_BARU,NAMA,JENIS_ASN,GOL_RUANG\n198609262015051001,Budi,PNS,III/c\n199312282025212001,Ani,PPPK,IX\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.plan?.pegawai.map((p) => [p.nip, p.tanggalLahir, p.jenisKelamin, p.golongan])).toEqual([
      ['198609262015051001', '1986-09-26', 'L', 'III/c'],
      ['199312282025212001', '1993-12-28', 'P', 'IX'],
    ]);
    expect(r.plan?.counts.pegawai).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0 });
  });

  it('reports every error of every row, in row then column order', () => {
    const r = validate(
      'NIP_BARU,NAMA,JENIS_ASN,GOL_RUANG,TANGGAL_LAHIR,EMAIL\n' +
        '198609262015051001,Budi,PNS,III/c,,\n' +
        '198609262015051001,Budi lagi,PNS,III/c,,\n' +
        '19860926201505100,,PNSX,,32-01-1990,salah\n' +
        '196813111993133000,Cici,PNS,V/a,,\n',
    );
    expect(codes(r)).toEqual([
      '3:NIP_BARU:EXCHANGE.DUPLICATE',
      '4:NIP_BARU:NIP.FORMAT',
      '4:NAMA:EXCHANGE.REQUIRED',
      '4:JENIS_ASN:EXCHANGE.INVALID_VALUE',
      '4:TANGGAL_LAHIR:EXCHANGE.INVALID_DATE',
      '4:EMAIL:EXCHANGE.INVALID_VALUE',
      '5:NIP_BARU:NIP.BIRTH_DATE_INVALID',
      '5:NIP_BARU:NIP.APPOINTMENT_MONTH_INVALID',
      '5:NIP_BARU:NIP.GENDER_INVALID',
      '5:NIP_BARU:NIP.SEQUENCE_INVALID',
      '5:GOL_RUANG:EXCHANGE.INVALID_VALUE',
    ]);
    expect(r.plan).toBeNull();
    expect(r.errors[0].message.id).toContain('baris 2');
  });

  it('refuses a NIP that Excel stored as a number', async () => {
    const bytes = await xlsx({
      PEGAWAI: [
        ['NIP_BARU', 'NAMA', 'JENIS_ASN'],
        [198609262015051000, 'Budi', 'PNS'],
      ],
    });
    const r = validateImport(parseFile(bytes, { fileName: 'x.xlsx' }), none, { today: TODAY });
    expect(r.errors.map((e) => e.code)).toEqual(['EXCHANGE.NIP_AS_NUMBER']);
  });

  it('checks references across sheets and to existing data', async () => {
    const bytes = await xlsx({
      UNOR: [
        ['UNOR_KODE', 'UNOR_NAMA', 'UNOR_INDUK_KODE', 'JENIS_UNOR', 'JABATAN_KEPALA_KODE'],
        ['A', 'Akar', null, 'PEMDA', null],
        ['B', 'Dinas B', 'A', 'DINAS', 'B-1'],
        ['C', 'Bidang C', 'Z', 'BIDANG', 'B-1'],
        ['D', 'Lain', null, 'LAINNYA', null],
        ['E', 'Kantor', 'E', 'Kantor', null],
      ],
      JABATAN: [
        ['JABATAN_KODE', 'JABATAN_NAMA', 'JENIS_JABATAN', 'UNOR_KODE', 'ATASAN_JABATAN_KODE'],
        ['B-1', 'Kepala Dinas', 'JPT_PRATAMA', 'B', null],
        ['B-2', 'Analis', 'FUNGSIONAL', 'Q', 'B-9'],
        ['B-3', 'Pelaksana', 'PELAKSANA', 'B', 'B-3'],
      ],
      PEGAWAI: [
        ['NIP_BARU', 'NAMA', 'JENIS_ASN', 'JABATAN_KODE', 'UNOR_KODE'],
        ['198609262015051001', 'Budi', 'PNS', 'B-1', 'A'],
        ['198609262015051002', 'Badu', 'PNS', 'B-7', null],
      ],
    });
    const r = validateImport(parseFile(bytes, { fileName: 'x.xlsx' }), none, { today: TODAY });
    expect(r.errors.map((e) => `${e.sheet}:${e.row}:${e.column}:${e.code}`)).toEqual([
      'UNOR:4:UNOR_INDUK_KODE:EXCHANGE.UNKNOWN_REFERENCE',
      'UNOR:4:JABATAN_KEPALA_KODE:EXCHANGE.HEAD_OUTSIDE_UNIT',
      'UNOR:5:UNOR_INDUK_KODE:EXCHANGE.SECOND_ROOT',
      'UNOR:6:UNOR_INDUK_KODE:EXCHANGE.SELF_REFERENCE',
      'UNOR:6:JENIS_UNOR:EXCHANGE.INVALID_VALUE',
      'JABATAN:3:UNOR_KODE:EXCHANGE.UNKNOWN_REFERENCE',
      'JABATAN:3:ATASAN_JABATAN_KODE:EXCHANGE.UNKNOWN_REFERENCE',
      'JABATAN:4:ATASAN_JABATAN_KODE:EXCHANGE.SELF_REFERENCE',
      'PEGAWAI:2:UNOR_KODE:EXCHANGE.UNOR_MISMATCH',
      'PEGAWAI:3:JABATAN_KODE:EXCHANGE.UNKNOWN_REFERENCE',
    ]);
  });

  it('finds parent cycles formed together with existing units', () => {
    const existing: Existing = {
      units: [
        { id: 'r', kode: 'R', nama: 'Root', jenis: 'PEMDA', parentId: null, kepalaJabatanId: null },
        { id: 'x', kode: 'X', nama: 'X', jenis: 'BIDANG', parentId: 'r', kepalaJabatanId: null },
        { id: 'y', kode: 'Y', nama: 'Y', jenis: 'SEKSI', parentId: 'x', kepalaJabatanId: null },
      ],
      jabatan: [],
      pegawai: new Map(),
    };
    const r = validate('UNOR_KODE,UNOR_NAMA,UNOR_INDUK_KODE\nX,X,Y\n', existing);
    expect(r.errors.map((e) => [e.code, e.value])).toEqual([['EXCHANGE.PARENT_CYCLE', 'Y']]);
    expect(r.errors[0].message.en).toContain('X → Y → X');
  });

  it('closes the current placement the day before the new TMT, and refuses a TMT not after it', () => {
    const existing: Existing = {
      units: [{ id: 'u', kode: 'U', nama: 'U', jenis: 'PEMDA', parentId: null, kepalaJabatanId: null }],
      jabatan: [
        {
          id: 'j1',
          kode: 'J1',
          unitId: 'u',
          nama: 'Lama',
          jenis: 'PELAKSANA',
          jenjang: null,
          atasanJabatanId: null,
          kelas: null,
        },
        {
          id: 'j2',
          kode: 'J2',
          unitId: 'u',
          nama: 'Baru',
          jenis: 'PELAKSANA',
          jenjang: null,
          atasanJabatanId: null,
          kelas: null,
        },
      ],
      pegawai: new Map([
        [
          '198609262015051001',
          {
            id: 'p',
            nip: '198609262015051001',
            nama: 'Budi',
            gelarDepan: null,
            gelarBelakang: null,
            jenisAsn: 'PNS',
            golongan: 'III/a',
            tanggalLahir: '1986-09-26',
            jenisKelamin: 'L',
            email: null,
            telepon: null,
            current: { id: 'pl', jabatanId: 'j1', mulai: '2020-01-01' },
            lastSelesai: null,
          },
        ],
      ]),
    };
    const moved = validate(
      'NIP_BARU,NAMA,JENIS_ASN,JABATAN_KODE,TMT_JABATAN\n198609262015051001,Budi,PNS,J2,2025-03-01\n',
      existing,
    );
    expect(moved.errors).toEqual([]);
    expect(moved.plan?.closePlacements).toEqual([{ id: 'pl', pegawaiId: 'p', selesai: '2025-02-28' }]);
    expect(moved.plan?.openPlacements.map((o) => [o.jabatanId, o.mulai])).toEqual([['j2', '2025-03-01']]);
    expect(moved.plan?.counts.pegawai).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    const same = validate('NIP_BARU,NAMA,JENIS_ASN,JABATAN_KODE\n198609262015051001,Budi,PNS,J1\n', existing);
    expect(same.plan?.counts.pegawai.unchanged).toBe(1);
    expect(same.plan?.openPlacements).toEqual([]);
    const early = validate(
      'NIP_BARU,NAMA,JENIS_ASN,JABATAN_KODE,TMT_JABATAN\n198609262015051001,Budi,PNS,J2,2019-12-31\n',
      existing,
    );
    expect(codes(early)).toEqual(['2:TMT_JABATAN:EXCHANGE.TMT_NOT_AFTER_CURRENT']);
  });
});

describe('readXlsx robustness', () => {
  it('reads the same large workbook twice with the same result (no state between calls)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      UNOR_KODE: `K${i}`,
      UNOR_NAMA: `Unit ${i} & <lain>`,
      UNOR_INDUK_KODE: i ? 'K0' : null,
      JENIS_UNOR: 'BIDANG',
      JABATAN_KEPALA_KODE: null,
    }));
    const bytes = await toXlsx([{ entity: 'unor', rows }]);
    const a = readXlsx(bytes);
    const b = readXlsx(bytes);
    expect(b).toEqual(a);
    expect(a[0].rows).toHaveLength(3001);
    expect(a[0].rows[3000].cells[1]).toBe('Unit 2999 & <lain>');
  });

  it('refuses a truncated or non-zip file instead of hanging', () => {
    expect(() => readXlsx(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow();
  });
});
