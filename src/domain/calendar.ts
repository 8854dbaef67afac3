/**
 * Calendar dates as plain `YYYY-MM-DD` strings, computed through UTC day numbers so that no local
 * timezone can shift a deadline (Indonesia spans UTC+7..+9; servers often run in UTC).
 */
import { z } from 'zod';
import { RuleError } from './rule-error.ts';
import type { Teks } from './types.ts';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (e.g. rejects 2023-02-29). */
export function isTanggal(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Zod schema of a `YYYY-MM-DD` calendar date. */
export const ZTanggal = z.string().refine(isTanggal, { message: 'Expected a real date written YYYY-MM-DD' });

/** Day number since 1970-01-01 (UTC) of a `YYYY-MM-DD` date; throws RULES.INVALID_DATE. */
export function toDayNumber(tanggal: string): number {
  if (!isTanggal(tanggal)) {
    throw new RuleError(
      'RULES.INVALID_DATE',
      {
        id: `Tanggal tidak valid: "${tanggal}" (format YYYY-MM-DD).`,
        en: `Invalid date: "${tanggal}" (format YYYY-MM-DD).`,
      },
      { tanggal },
    );
  }
  const [y, mo, d] = tanggal.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a UTC day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds (or subtracts) calendar days to a `YYYY-MM-DD` date. */
export function addDays(tanggal: string, days: number): string {
  return fromDayNumber(toDayNumber(tanggal) + days);
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(tanggal: string): number {
  return (((toDayNumber(tanggal) + 4) % 7) + 7) % 7;
}

/** A `YYYY-MM-DD` string for a `Date` (its UTC calendar day) or the string itself, validated. */
export function normalizeTanggal(value: string | Date): string {
  if (typeof value === 'string') {
    toDayNumber(value);
    return value;
  }
  if (Number.isNaN(value.getTime())) {
    throw new RuleError('RULES.INVALID_DATE', { id: 'Tanggal tidak valid.', en: 'Invalid date.' }, {});
  }
  return value.toISOString().slice(0, 10);
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws RULES.INVALID_INPUT unless `tahun` is an integer year 1900–9999. */
export function assertTahun(tahun: number): void {
  if (!Number.isInteger(tahun) || tahun < 1900 || tahun > 9999) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: 'Tahun harus 1900–9999.', en: 'Year must be 1900–9999.' },
      { field: 'tahun', value: tahun },
    );
  }
}

/** The months in both languages (index 0 = January). */
export const NAMA_BULAN: readonly Teks[] = [
  { id: 'Januari', en: 'January' },
  { id: 'Februari', en: 'February' },
  { id: 'Maret', en: 'March' },
  { id: 'April', en: 'April' },
  { id: 'Mei', en: 'May' },
  { id: 'Juni', en: 'June' },
  { id: 'Juli', en: 'July' },
  { id: 'Agustus', en: 'August' },
  { id: 'September', en: 'September' },
  { id: 'Oktober', en: 'October' },
  { id: 'November', en: 'November' },
  { id: 'Desember', en: 'December' },
];

/** "20 Januari 2026" for a date, or for a timestamp in WIB (UTC+7); null for none or an unreadable one. */
export function tanggalIndonesia(value: string | null | undefined): string | null {
  if (!value) return null;
  let y: number;
  let m: number;
  let d: number;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) [y, m, d] = value.split('-').map(Number);
  else {
    const t = new Date(Date.parse(value) + 7 * 3_600_000);
    if (Number.isNaN(t.getTime())) return null;
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  }
  return `${d} ${NAMA_BULAN[m - 1].id} ${y}`;
}
