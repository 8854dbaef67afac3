import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertTahun,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isTanggal,
  normalizeTanggal,
  tanggalIndonesia,
  toDayNumber,
} from './calendar.ts';
import { RuleError } from './rule-error.ts';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2023-12-31', '1970-01-01'])('accepts the real date %s', (d) => {
    expect(isTanggal(d)).toBe(true);
    expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-1', '20240101', ''])('rejects %j', (d) => {
    expect(isTanggal(d)).toBe(false);
    expect(() => toDayNumber(d)).toThrow(RuleError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-25', 14)).toBe('2024-01-08');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-04-06')).toBe(6);
    expect(dayOfWeek('2024-04-07')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('normalises a Date to its UTC calendar day and rejects an invalid Date', () => {
    expect(normalizeTanggal(new Date('2024-05-01T23:30:00Z'))).toBe('2024-05-01');
    expect(normalizeTanggal('2024-05-01')).toBe('2024-05-01');
    expect(() => normalizeTanggal(new Date('nope'))).toThrow(RuleError);
  });

  it('counts the days in a month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('accepts plausible years only', () => {
    expect(() => assertTahun(2024)).not.toThrow();
    expect(() => assertTahun(1800)).toThrow(RuleError);
    expect(() => assertTahun(2024.5)).toThrow(RuleError);
  });
});

describe('tanggalIndonesia', () => {
  it.each([
    ['2026-01-20', '20 Januari 2026'],
    ['2026-12-31', '31 Desember 2026'],
    // A timestamp is read in WIB (UTC+7): 18:00 UTC is already the next day in Jakarta.
    ['2026-04-25T18:00:00Z', '26 April 2026'],
    ['2026-04-25T10:00:00Z', '25 April 2026'],
    [null, null],
    [undefined, null],
    ['', null],
    ['not a date', null],
  ])('%s → %s', (value, expected) => {
    expect(tanggalIndonesia(value)).toBe(expected);
  });
});
