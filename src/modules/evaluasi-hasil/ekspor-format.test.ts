import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreCsvCell } from '../exchange/index.ts';
import { csvField } from './ekspor-format.ts';

describe('one CSV field of the evaluation export', () => {
  it.each([
    ['BAIK', 'BAIK'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['+62 811', `"'+62 811"`],
    ['-5', `"'-5"`],
    ['@cmd', `"'@cmd"`],
    ['199001012015011001', '"199001012015011001"'],
  ])('%j is written %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('writes numbers as numbers and nothing for null', () => {
    expect(csvField(2030)).toBe('2030');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('NaN');
  });

  it('reads back with an RFC 4180 parser as the neutralised text, which restores to the original', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(csvField).join(',')}\r\n`;
        const [row] = parse(line, { relax_column_count: true }) as string[][];
        expect(row.map(restoreCsvCell)).toEqual(cells);
      }),
    );
  });
});
