/**
 * The import limits hold while reading: real zip bombs built with fflate (honest and lying about
 * their sizes), and CSV files with too many rows, columns, cells or characters.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { forgeDeclaredSize, sheetXml, xlsxWithSheet } from '../../../test/zip-bomb.ts';
import { capIssues } from './exchange.errors.ts';
import { IMPORT_LIMITS, ImportLimitError } from './exchange.limits.ts';
import { checkCsvLimits, type ParseLimits, parseFile } from './exchange.parse.ts';
import { readXlsx } from './exchange.xlsx-reader.ts';

const MiB = 1024 * 1024;

const xlsx = xlsxWithSheet;

function limitOf(fn: () => unknown): ImportLimitError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ImportLimitError) return err;
    throw err;
  }
  throw new Error('no limit was hit');
}

const small = (over: Partial<ParseLimits>): ParseLimits => ({ ...IMPORT_LIMITS, ...over });

describe('XLSX limits (zip bombs)', () => {
  it('refuses a real bomb — 200 MiB of sheet XML in under 2 MB — past the default limit', () => {
    const sheet = new Uint8Array(200 * MiB).fill(0x20); // spaces: valid XML whitespace, maximal ratio
    const bomb = xlsx(sheet, {}, 1);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const err = limitOf(() => readXlsx(bomb));
    // Its central directory tells the truth: refused before inflating a byte (no time is asserted:
    // a loaded CI machine must not fail a correct refusal; the lying bombs below bound the work).
    expect(err.limit).toBe('partBytes');
    // Building and deflating 200 MiB takes seconds on a loaded 2-core machine; the refusal does not.
  }, 60_000);

  it('refuses a bomb that declares 2 GB at once, and one that lies about its size after at most the limit', () => {
    const sheet = new Uint8Array(8 * MiB).fill(0x20);
    const honest = forgeDeclaredSize(xlsx(sheet), 'xl/worksheets/sheet1.xml', 2_000_000_000);
    expect(limitOf(() => readXlsx(honest, small({ partBytes: 4 * MiB }))).limit).toBe('partBytes');
    // Declares a harmless 1 KB but inflates to 8 MiB: inflation stops at the 4 MiB limit.
    const liar = forgeDeclaredSize(xlsx(sheet), 'xl/worksheets/sheet1.xml', 1024);
    expect(limitOf(() => readXlsx(liar, small({ partBytes: 4 * MiB }))).limit).toBe('partBytes');
    // Under the limit, a part larger than it declares is a malformed file, not data.
    expect(() => readXlsx(liar)).toThrow(/declares/);
  });

  it('bounds the inflated total over all parts, and the number of zip entries', () => {
    const part = new Uint8Array(3 * MiB).fill(0x20);
    const two = xlsx(part, { 'xl/sharedStrings.xml': part });
    expect(limitOf(() => readXlsx(two, small({ partBytes: 4 * MiB, totalBytes: 5 * MiB }))).limit).toBe('totalBytes');
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`docProps/x${i}.xml`] = strToU8('<x/>');
    expect(limitOf(() => readXlsx(xlsx(sheetXml(1), many), small({ zipEntries: 20 }))).limit).toBe('zipEntries');
  });

  it('counts rows over every sheet, columns of filled cells, cells and cell length — with the row where it stopped', () => {
    const rows = limitOf(() => readXlsx(xlsx(sheetXml(60)), small({ rows: 50 })));
    expect(rows).toMatchObject({ limit: 'rows', max: 50, place: { sheet: 'PEGAWAI', row: 51 } });
    const wide = strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1"/></row>' +
        '<row r="2"><c r="GS2" t="inlineStr"><is><t>far</t></is></c></row></sheetData></worksheet>',
    );
    // An empty, merely formatted cell far right (XFD1) is no column; a filled one (GS = 201st) is.
    expect(limitOf(() => readXlsx(xlsx(wide))).place).toEqual({ sheet: 'PEGAWAI', row: 2 });
    expect(limitOf(() => readXlsx(xlsx(sheetXml(3, 'y'.repeat(40))), small({ cellChars: 30 }))).limit).toBe(
      'cellChars',
    );
    expect(limitOf(() => readXlsx(xlsx(sheetXml(30)), small({ cells: 25 }))).limit).toBe('cells');
  });

  it('reads a workbook within the limits exactly as before', () => {
    const [sheet] = readXlsx(xlsx(sheetXml(3, 'Budi &amp; Sri')));
    expect(sheet.rows.map((r) => r.cells)).toEqual([['Budi & Sri'], ['Budi & Sri'], ['Budi & Sri']]);
  });
});

describe('CSV limits', () => {
  const csvLimits = small({ rows: 5, columns: 4, cells: 100, cellChars: 10 });
  const check = (text: string) => limitOf(() => checkCsvLimits(text, ',', 'x.csv', csvLimits));

  it('refuses too many rows, columns and characters, naming the row', () => {
    expect(check('a\nb\nc\nd\ne\nf\n')).toMatchObject({ limit: 'rows', place: { row: 6 } });
    expect(check('a,b\nc,d,e,f,g\n')).toMatchObject({ limit: 'columns', place: { row: 2 } });
    expect(check('a\n12345678901\n')).toMatchObject({ limit: 'cellChars', place: { row: 2 } });
    expect(check('"1234567890""x"\n')).toMatchObject({ limit: 'cellChars' });
    expect(limitOf(() => checkCsvLimits('a,b,c\n'.repeat(5), ',', 'x.csv', small({ cells: 12 }))).limit).toBe('cells');
  });

  it('counts like csv-parse: a line break or delimiter inside quotes is data, a final line break opens no row', () => {
    expect(() => checkCsvLimits('"\n\n\n\n\n\n",x\r\n', ',', 'x.csv', csvLimits)).not.toThrow();
    expect(() => checkCsvLimits('"a,b,c,d,e",x\n', ',', 'x.csv', csvLimits)).not.toThrow();
    expect(() => checkCsvLimits('a\nb\nc\nd\ne\n', ',', 'x.csv', csvLimits)).not.toThrow();
    // A quote in the middle of a field does not open a quoted field (relax_quotes).
    expect(check('ab"c,d,e,f,g\n')).toMatchObject({ limit: 'columns' });
  });

  it('parseFile refuses before parsing: a CSV of a million empty columns, and a file over the upload limit', () => {
    const flood = Buffer.from(`NIP_BARU,NAMA\n${','.repeat(1_000_000)}\n`);
    expect(limitOf(() => parseFile(flood, { fileName: 'flood.csv' }))).toMatchObject({
      limit: 'columns',
      place: { sheet: 'flood.csv', row: 2 },
    });
    const big = Buffer.alloc(2048, 0x61);
    expect(limitOf(() => parseFile(big, { fileName: 'a.csv', limits: small({ uploadBytes: 1024 }) })).limit).toBe(
      'uploadBytes',
    );
  });

  it('says what was exceeded, where and what to do, in both languages', () => {
    const err = new ImportLimitError('rows', 300_000, { sheet: 'pegawai.csv', row: 300_002 });
    expect(err.bilingual()).toEqual({
      id: 'Berkas berisi lebih dari 300.000 baris. (pegawai.csv, baris 300002) Bagi menjadi beberapa berkas. Tidak ada data yang diubah.',
      en: 'The file has more than 300,000 rows. (pegawai.csv, row 300002) Split it into several files. Nothing was changed.',
    });
    expect(err.details()).toEqual({ limit: 'rows', max: 300_000, sheet: 'pegawai.csv', row: 300_002 });
  });
});

describe('capped reports', () => {
  it('keeps the first issues in file order and counts every one per code and column, most frequent first', () => {
    const issues = [
      ...Array.from({ length: 5 }, (_, i) => ({ code: 'EXCHANGE.REQUIRED', column: 'NAMA', row: i })),
      ...Array.from({ length: 7 }, (_, i) => ({ code: 'NIP.FORMAT', column: 'NIP_BARU', row: 10 + i })),
      { code: 'EXCHANGE.REQUIRED', column: 'JENIS_ASN', row: 99 },
    ];
    const { kept, total, summary } = capIssues(issues, 6);
    expect(kept.map((i) => i.row)).toEqual([0, 1, 2, 3, 4, 10]);
    expect(total).toBe(13);
    expect(summary).toEqual([
      { code: 'NIP.FORMAT', column: 'NIP_BARU', count: 7 },
      { code: 'EXCHANGE.REQUIRED', column: 'NAMA', count: 5 },
      { code: 'EXCHANGE.REQUIRED', column: 'JENIS_ASN', count: 1 },
    ]);
  });
});
