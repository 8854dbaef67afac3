import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../modules/exchange/index.ts';
import { errorReportCsv } from './import.ts';

describe('kinerja import --errors-out', () => {
  it('writes the offending values of a hostile file without a cell a spreadsheet would run', () => {
    const errors: ImportError[] = [
      {
        sheet: '=evil.csv',
        entity: 'pegawai',
        row: 2,
        column: 'NIP_BARU',
        code: 'EXCHANGE.INVALID_VALUE',
        message: { id: 'Nilai tidak valid', en: 'Invalid value' },
        value: "=cmd|' /C calc'!A0",
      },
      {
        sheet: '=evil.csv',
        entity: 'pegawai',
        row: 3,
        column: null,
        code: 'EXCHANGE.INVALID_VALUE',
        message: { id: 'Nilai tidak valid', en: 'Invalid value' },
      },
    ];
    const report = errorReportCsv(errors).toString('utf8');
    expect(report.startsWith('\uFEFFSHEET,BARIS,KOLOM,KODE,PESAN,MESSAGE,NILAI\n')).toBe(true);
    const rows = parse(report.replace(/^\uFEFF/, '')) as string[][];
    expect(rows[1]).toEqual([
      "'=evil.csv",
      '2',
      'NIP_BARU',
      'EXCHANGE.INVALID_VALUE',
      'Nilai tidak valid',
      'Invalid value',
      "'=cmd|' /C calc'!A0",
    ]);
    expect(rows[2].slice(1, 3)).toEqual(['3', '']);
    for (const c of rows.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});
