/**
 * Cell access and issue reporting shared by every sheet's validation: RowReader reads a row's
 * cells by column key, IssueLog records errors and warnings against the sheet, row and column
 * header as the user wrote it (so messages point at the cell they see in their spreadsheet).
 */
import { type ImportError, type ImportWarning, message } from './exchange.errors.ts';
import type { Entity } from './exchange.format.ts';
import { normalizeDate } from './exchange.normalize.ts';
import type { CellValue, ParsedFile, ParsedRow, ParsedSheet } from './exchange.parse.ts';

/** Reads one sheet row's cells by column key. */
export class RowReader {
  constructor(
    readonly sheet: ParsedSheet,
    readonly row: ParsedRow,
  ) {}

  has(key: string): boolean {
    return this.sheet.columns.has(key);
  }

  raw(key: string): CellValue | undefined {
    const i = this.sheet.columns.get(key);
    return i === undefined ? undefined : (this.row.cells[i] ?? null);
  }

  /** Trimmed text; '' when empty; undefined when the column is absent. */
  text(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (v === null) return '';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
    return String(v).trim();
  }

  header(key: string): string {
    const i = this.sheet.columns.get(key);
    return (i !== undefined && this.sheet.headers[i]) || key;
  }
}

/** Every row of the sheets of one entity, in file order. */
export function rowReaders(parsed: ParsedFile, entity: Entity): RowReader[] {
  return parsed.sheets.filter((s) => s.entity === entity).flatMap((s) => s.rows.map((row) => new RowReader(s, row)));
}

/** What an INVALID_VALUE message says the column accepts. */
export const EXPECTED = {
  JENIS_UNOR: { id: 'salah satu jenis unit (lihat petunjuk)', en: 'one of the unit types (see the hint)' },
  JENIS_JABATAN: {
    id: 'JPT_UTAMA … FUNGSIONAL, atau Struktural dengan ESELON',
    en: 'JPT_UTAMA … FUNGSIONAL, or Struktural with ESELON',
  },
  JENJANG: { id: 'Ahli Pertama … Ahli Utama, Pemula … Penyelia', en: 'Ahli Pertama … Ahli Utama, Pemula … Penyelia' },
  KELAS: { id: 'bilangan bulat 1–17', en: 'a whole number 1–17' },
  KEPALA_UNOR: { id: 'Y atau N', en: 'Y or N' },
  JENIS_ASN: { id: 'PNS atau PPPK', en: 'PNS or PPPK' },
  GOL_PNS: { id: 'golongan PNS I/a … IV/e', en: 'a PNS golongan I/a … IV/e' },
  GOL_PPPK: { id: 'golongan PPPK I … XVII', en: 'a PPPK grade I … XVII' },
  JENIS_KELAMIN: { id: 'L atau P', en: 'L or P' },
  EMAIL: { id: 'alamat e-mail', en: 'an e-mail address' },
  NOMOR_HP: { id: '8–15 digit, boleh diawali +', en: '8–15 digits, optionally starting with +' },
} as const;

/**
 * The errors and warnings of one validation, starting with the parser's. Validation goes on after
 * an error so the user gets every problem of the file in one report.
 */
export class IssueLog {
  readonly errors: ImportError[];
  readonly warnings: ImportWarning[];
  /** Row of the first occurrence of each key, per entity (a duplicate names it). */
  private readonly firstSeen: Record<Entity, Map<string, number>> = {
    unor: new Map(),
    jabatan: new Map(),
    pegawai: new Map(),
  };

  constructor(parsed: ParsedFile) {
    this.errors = [...parsed.errors];
    this.warnings = [...parsed.warnings];
  }

  fail(r: RowReader, key: string | null, code: ImportError['code'], msg: ImportError['message'], value?: string) {
    this.errors.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: key ? r.header(key) : null,
      code,
      message: msg,
      value,
    });
  }

  warn(r: RowReader, key: string, code: ImportWarning['code'], msg: ImportWarning['message'], value?: string) {
    this.warnings.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: r.header(key),
      code,
      message: msg,
      value,
    });
  }

  /** The cell's text, or null after reporting REQUIRED when it is empty or the column is absent. */
  required(r: RowReader, key: string): string | null {
    const v = r.text(key);
    if (!v) {
      this.fail(r, key, 'EXCHANGE.REQUIRED', message('EXCHANGE.REQUIRED', { column: r.header(key) }));
      return null;
    }
    return v;
  }

  invalid(r: RowReader, key: string, value: string, expected: { id: string; en: string }) {
    this.errors.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: r.header(key),
      code: 'EXCHANGE.INVALID_VALUE',
      message: {
        id: message('EXCHANGE.INVALID_VALUE', { column: r.header(key), value, expected: expected.id }).id,
        en: message('EXCHANGE.INVALID_VALUE', { column: r.header(key), value, expected: expected.en }).en,
      },
      value,
    });
  }

  /** 'YYYY-MM-DD'; null when empty or invalid (reported); undefined when the column is absent. */
  optionalDate(r: RowReader, key: string): string | null | undefined {
    const raw = r.raw(key);
    if (raw === undefined) return undefined;
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
    const d = typeof raw === 'boolean' ? null : normalizeDate(raw);
    if (!d)
      this.fail(
        r,
        key,
        'EXCHANGE.INVALID_DATE',
        message('EXCHANGE.INVALID_DATE', { column: r.header(key), value: r.text(key) ?? '' }),
        r.text(key),
      );
    return d;
  }

  /** True (and reported) when the key already appeared on an earlier row of the same entity. */
  duplicate(r: RowReader, key: string, value: string): boolean {
    const seen = this.firstSeen[r.sheet.entity];
    const first = seen.get(value);
    if (first !== undefined) {
      this.fail(
        r,
        key,
        'EXCHANGE.DUPLICATE',
        message('EXCHANGE.DUPLICATE', { column: r.header(key), value, first }),
        value,
      );
      return true;
    }
    seen.set(value, r.row.row);
    return false;
  }

  /** A kode that is neither in the file nor in the existing data. */
  unknownReference(r: RowReader, key: string, value: string) {
    this.fail(
      r,
      key,
      'EXCHANGE.UNKNOWN_REFERENCE',
      message('EXCHANGE.UNKNOWN_REFERENCE', { column: r.header(key), value }),
      value,
    );
  }
}
