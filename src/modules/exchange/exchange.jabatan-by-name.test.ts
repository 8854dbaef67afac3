import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLookup, normalizeHeader } from './exchange.format.ts';
import { parseFile } from './exchange.parse.ts';
import { type Existing, type ExistingJabatan, validateImport } from './exchange.validate.ts';

const TODAY = '2026-01-15';
const NIP = '198609262015051001';

const unit = (kode: string, nama: string, parentId: string | null) => ({
  id: `u-${kode}`,
  kode,
  nama,
  jenis: 'LAINNYA',
  parentId,
  kepalaJabatanId: null,
});
const jabatan = (kode: string, unitKode: string, nama: string): ExistingJabatan => ({
  id: `j-${kode}`,
  kode,
  unitId: `u-${unitKode}`,
  nama,
  jenis: 'PELAKSANA',
  jenjang: null,
  atasanJabatanId: null,
  kelas: null,
});

/** A Diskominfo with one bidang and one seksi, and two secretariats of the same name elsewhere. */
const existing: Existing = {
  units: [
    unit('00', 'Pemerintah Kabupaten Contoh', null),
    unit('05.01', 'Bidang Aplikasi Informatika', 'u-00'),
    unit('05.01.01', 'Seksi Layanan Aplikasi', 'u-05.01'),
    unit('02.01', 'Sekretariat', 'u-00'),
    unit('03.01', 'Sekretariat', 'u-00'),
  ],
  jabatan: [
    jabatan('05.01-01', '05.01', 'Kepala Bidang Aplikasi Informatika'),
    jabatan('05.01-02', '05.01', 'Pranata Komputer Ahli Pertama'),
    jabatan('05.01.01-01', '05.01.01', 'Kepala Seksi Layanan Aplikasi'),
    jabatan('05.01.01-02', '05.01.01', 'Pranata Komputer Ahli Pertama'),
    // Four positions of the same name in one unit: the error names three kodes and "…".
    jabatan('05.01.01-04', '05.01.01', 'Analis'),
    jabatan('05.01.01-05', '05.01.01', 'Analis'),
    jabatan('05.01.01-06', '05.01.01', 'Analis'),
    jabatan('05.01.01-07', '05.01.01', 'Analis'),
  ],
  pegawai: new Map(),
};

const HEADER = 'NIP_BARU,NAMA,JENIS_ASN,JABATAN_KODE,JABATAN_NAMA,UNOR_KODE,UNOR_NAMA';
type Cells = { kode?: string; nama?: string; unorKode?: string; unorNama?: string };
const line = (c: Cells, nip = NIP) =>
  [nip, 'Budi', 'PNS', c.kode, c.nama, c.unorKode, c.unorNama].map((v) => (v === undefined ? '' : `"${v}"`)).join(',');
const validateCsv = (text: string) =>
  validateImport(parseFile(Buffer.from(text), { fileName: 'p.csv' }), existing, { today: TODAY });
const placedIn = (r: ReturnType<typeof validateCsv>) =>
  r.plan?.openPlacements.map((o) => o.jabatanId.replace(/^j-/, ''));

describe('JABATAN_NAMA places a person by the name of the position', () => {
  it.each<[string, Cells, string]>([
    ['within UNOR_KODE', { nama: 'Pranata Komputer Ahli Pertama', unorKode: '05.01.01' }, '05.01.01-02'],
    [
      'within the unit named by UNOR_NAMA',
      { nama: 'Pranata Komputer Ahli Pertama', unorNama: 'Bidang Aplikasi Informatika' },
      '05.01-02',
    ],
    [
      'ignoring case and spaces',
      { nama: '  kepala   SEKSI layanan aplikasi ', unorNama: 'seksi  LAYANAN aplikasi' },
      '05.01.01-01',
    ],
    [
      'in the whole instansi when no unit is given and the name is unique',
      { nama: 'Kepala Bidang Aplikasi Informatika' },
      '05.01-01',
    ],
    [
      'with UNOR_KODE before a UNOR_NAMA naming another unit',
      { nama: 'Pranata Komputer Ahli Pertama', unorKode: '05.01', unorNama: 'Seksi Layanan Aplikasi' },
      '05.01-02',
    ],
    [
      'ignoring the names when JABATAN_KODE is given',
      { kode: '05.01-01', nama: 'Jabatan Lain', unorNama: 'Unit Lain' },
      '05.01-01',
    ],
  ])('%s', (_label, cells, expected) => {
    const r = validateCsv(`${HEADER}\n${line(cells)}\n`);
    expect(r.errors).toEqual([]);
    expect(placedIn(r)).toEqual([expected]);
  });

  it.each<[string, Cells, string, string, string[]]>([
    [
      'an unknown name in the unit',
      { nama: 'Pranata Komputer Ahli Muda', unorKode: '05.01.01' },
      'JABATAN_NAMA',
      'EXCHANGE.JABATAN_NAME_UNKNOWN',
      [
        'No position "Pranata Komputer Ahli Muda" in unit "Seksi Layanan Aplikasi" (05.01.01). Add it on the JABATAN sheet or fill JABATAN_KODE.',
        'Jabatan "Pranata Komputer Ahli Muda" tidak ada di unit "Seksi Layanan Aplikasi" (05.01.01).',
      ],
    ],
    [
      'an unknown name in the instansi',
      { nama: 'Juru Masak' },
      'JABATAN_NAMA',
      'EXCHANGE.JABATAN_NAME_UNKNOWN',
      ['No position "Juru Masak" in this instansi.', 'Jabatan "Juru Masak" tidak ada di instansi ini.'],
    ],
    [
      'several positions of that name in the unit',
      { nama: 'analis', unorKode: '05.01.01' },
      'JABATAN_NAMA',
      'EXCHANGE.JABATAN_NAME_AMBIGUOUS',
      [
        '4 positions "analis" in unit "Seksi Layanan Aplikasi" (05.01.01): 05.01.01-04, 05.01.01-05, 05.01.01-06, …. Fill JABATAN_KODE',
      ],
    ],
    [
      'a name found in several units when no unit is given',
      { nama: 'Pranata Komputer Ahli Pertama' },
      'JABATAN_NAMA',
      'EXCHANGE.JABATAN_NAME_AMBIGUOUS',
      ['this instansi: 05.01-02, 05.01.01-02. Fill UNOR_KODE or JABATAN_KODE', 'Isi UNOR_KODE atau JABATAN_KODE'],
    ],
    [
      'an unknown UNOR_NAMA',
      { nama: 'Analis', unorNama: 'Bidang Persandian' },
      'UNOR_NAMA',
      'EXCHANGE.UNOR_NAME_UNKNOWN',
      ['No unit "Bidang Persandian"'],
    ],
    [
      'a UNOR_NAMA shared by several units',
      { nama: 'Kepala Subbagian Umum', unorNama: 'sekretariat' },
      'UNOR_NAMA',
      'EXCHANGE.UNOR_NAME_AMBIGUOUS',
      ['2 units are named "sekretariat": 02.01, 03.01. Fill UNOR_KODE'],
    ],
    [
      'an unknown UNOR_KODE (reported once, as before)',
      { nama: 'Analis', unorKode: '99' },
      'UNOR_KODE',
      'EXCHANGE.UNKNOWN_REFERENCE',
      [],
    ],
  ])('refuses %s', (_label, cells, column, code, texts) => {
    const r = validateCsv(`${HEADER}\n${line(cells)}\n`);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, column, code]]);
    expect(r.plan).toBeNull();
    const both = `${r.errors[0].message.en} ${r.errors[0].message.id}`;
    for (const t of texts) expect(both).toContain(t);
  });

  it('falls back to the name, with a warning, when JABATAN_KODE is unknown (SIASN "Jabatan Id" holds its own ids)', () => {
    const r = validateCsv(
      `${HEADER}\n${line({ kode: 'A5EB03E2-SIASN', nama: 'Kepala Seksi Layanan Aplikasi', unorKode: '05.01.01' })}\n`,
    );
    expect(r.errors).toEqual([]);
    expect(placedIn(r)).toEqual(['05.01.01-01']);
    const byName = r.warnings.filter((w) => w.code === 'EXCHANGE.JABATAN_KODE_BY_NAME');
    expect(byName.map((w) => [w.row, w.column])).toEqual([[2, 'JABATAN_KODE']]);
    expect(byName[0].message.id).toContain('A5EB03E2-SIASN');
  });

  it('reports both the unknown kode and the unknown name when neither finds a position', () => {
    const r = validateCsv(`${HEADER}\n${line({ kode: 'XX', nama: 'Juru Masak', unorKode: '05.01.01' })}\n`);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'JABATAN_KODE', 'EXCHANGE.UNKNOWN_REFERENCE'],
      [2, 'JABATAN_NAMA', 'EXCHANGE.JABATAN_NAME_UNKNOWN'],
    ]);
    expect(r.plan).toBeNull();
  });

  it('reports every bad row of the file on its own row and the column as written', () => {
    const text = [
      'Nip Baru,Nama,Jenis Asn,Nama Jabatan,Unor Id,Nama Unor',
      `${NIP},Budi,PNS,Analis,05.01.01,`,
      '199001012015031003,Dimas,PNS,Kepala Seksi Layanan Aplikasi,05.01.01,',
      '198807072011011001,Asep,PNS,Analis,,Sekretariat',
    ].join('\n');
    const r = validateCsv(text);
    expect(r.errors.map((e) => `${e.row}:${e.column}:${e.code}:${e.value}`)).toEqual([
      '2:Nama Jabatan:EXCHANGE.JABATAN_NAME_AMBIGUOUS:Analis',
      '4:Nama Unor:EXCHANGE.UNOR_NAME_AMBIGUOUS:Sekretariat',
    ]);
    expect(r.plan).toBeNull();
  });
});

describe('JABATAN_NAMA with the UNOR and JABATAN sheets of the same file', () => {
  it('matches the positions as they are after the import: new ones, and renamed ones by their new name', async () => {
    const wb = new ExcelJS.Workbook();
    const sheets: Record<string, unknown[][]> = {
      UNOR: [
        ['UNOR_KODE', 'UNOR_NAMA', 'UNOR_INDUK_KODE'],
        ['05.02', 'Bidang Persandian', '00'],
      ],
      JABATAN: [
        ['JABATAN_KODE', 'JABATAN_NAMA', 'JENIS_JABATAN', 'UNOR_KODE'],
        ['05.02-01', 'Sandiman Ahli Pertama', 'FUNGSIONAL', '05.02'],
        ['05.01-02', 'Pranata Komputer Ahli Muda', 'FUNGSIONAL', '05.01'],
      ],
      PEGAWAI: [
        ['NIP_BARU', 'NAMA', 'JENIS_ASN', 'JABATAN_NAMA', 'UNOR_NAMA'],
        [NIP, 'Budi', 'PNS', 'Sandiman Ahli Pertama', 'Bidang Persandian'],
        ['199001012015031003', 'Dimas', 'PNS', 'Pranata Komputer Ahli Muda', 'Bidang Aplikasi Informatika'],
        ['198807072011011001', 'Asep', 'PNS', 'Pranata Komputer Ahli Pertama', 'Bidang Aplikasi Informatika'],
      ],
    };
    for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
    const parsed = parseFile(Buffer.from(await wb.xlsx.writeBuffer()), { fileName: 'x.xlsx' });
    const r = validateImport(parsed, existing, { today: TODAY, newId: () => 'new' });
    // 05.01-02 is renamed by the file, so its old name no longer exists in that unit.
    expect(r.errors.map((e) => `${e.sheet}:${e.row}:${e.column}:${e.code}`)).toEqual([
      'PEGAWAI:4:JABATAN_NAMA:EXCHANGE.JABATAN_NAME_UNKNOWN',
    ]);
    sheets.PEGAWAI.pop();
    const wb2 = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) wb2.addWorksheet(name).addRows(rows);
    let n = 0;
    const ok = validateImport(parseFile(Buffer.from(await wb2.xlsx.writeBuffer()), { fileName: 'x.xlsx' }), existing, {
      today: TODAY,
      newId: () => `id${++n}`,
    });
    expect(ok.errors).toEqual([]);
    const newJab = ok.plan?.jabatan.find((j) => j.kode === '05.02-01')?.id;
    expect(ok.plan?.openPlacements.map((o) => o.jabatanId)).toEqual([newJab, 'j-05.01-02']);
  });
});

describe('JABATAN_NAMA and UNOR_NAMA columns', () => {
  it('read SIASN headers, and a SIASN-like sheet is still a PEGAWAI sheet', () => {
    const lookup = columnLookup('pegawai');
    for (const h of ['JABATAN_NAMA', 'Nama Jabatan', 'jabatanNama', 'Jabatan', 'Nama Jab'])
      expect(lookup.get(normalizeHeader(h))).toBe('JABATAN_NAMA');
    for (const h of ['UNOR_NAMA', 'Nama Unor', 'unorNama', 'Nama Unit'])
      expect(lookup.get(normalizeHeader(h))).toBe('UNOR_NAMA');
    // Also a complete JABATAN header row (Jabatan Id, Nama, Jenis Jabatan, Unor Id): PEGAWAI matches more.
    const parsed = parseFile(
      Buffer.from(
        `Nip Baru;Nama;Jenis Asn;Jabatan Id;Nama Jabatan;Jenis Jabatan;Unor Id;Nama Unor\n${NIP};Budi;PNS;;Analis;Pelaksana;05.01.01;\n`,
      ),
      { fileName: 'siasn.csv' },
    );
    expect(parsed.sheets.map((s) => s.entity)).toEqual(['pegawai']);
    expect([...parsed.sheets[0].columns.keys()]).toEqual(expect.arrayContaining(['JABATAN_NAMA', 'UNOR_NAMA']));
  });
});
