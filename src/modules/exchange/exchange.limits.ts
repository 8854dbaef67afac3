/**
 * Limits of an uploaded import file (docs/import-format.md "Limits"). Every reader checks them
 * while it reads — a zip part's declared and actual inflated size, a CSV's rows, columns and cell
 * length before it is parsed — so a hostile file (a zip bomb, a CSV of a million columns) is
 * refused before memory grows, not after. The values fit the largest real files we know (a
 * SIASN export of 100,000 pegawai with its 60-odd columns; decision 0204's 13 MiB benchmark
 * workbook) with room to spare; beyond them PostgreSQL and several smaller files are the answer.
 */
import { AppError, type Bilingual } from '../../http/errors.ts';

export const IMPORT_LIMITS: Readonly<{
  uploadBytes: number;
  zipEntries: number;
  partBytes: number;
  totalBytes: number;
  rows: number;
  columns: number;
  cells: number;
  cellChars: number;
  reportedIssues: number;
}> = {
  /** Bytes of one uploaded file (multipart upload; the JSON/base64 route keeps the 2 MB body limit). */
  uploadBytes: 64 * 1024 * 1024,
  /** Entries (files) in an XLSX zip; a workbook has a few dozen. */
  zipEntries: 1_000,
  /** Inflated bytes of one part of an XLSX (a sheet's XML, the shared strings). */
  partBytes: 192 * 1024 * 1024,
  /** Inflated bytes of all parts read from one XLSX. */
  totalBytes: 256 * 1024 * 1024,
  /** Rows of a file (every sheet together, header and skipped rows included). */
  rows: 300_000,
  /** Columns of a row (the position of its last cell): Excel allows 16,384, SIASN exports ~90. */
  columns: 200,
  /**
   * Cells of a file, each row counted up to its last filled cell (a CSV: every field): bounds the
   * memory of the parsed rows (100,000 rows × 60 columns of a full SIASN export is 6 million).
   */
  cells: 10_000_000,
  /** Characters in one cell: Excel's own maximum, so no cell of a real workbook is longer. */
  cellChars: 32_767,
  /** Row errors (and warnings) kept in a report; the rest are counted per code and column. */
  reportedIssues: 1_000,
};

export type LimitKind =
  | 'uploadBytes'
  | 'zipEntries'
  | 'partBytes'
  | 'totalBytes'
  | 'rows'
  | 'columns'
  | 'cells'
  | 'cellChars';

/** Where a limit was hit: sheet (or file) and Excel row, when known. */
export interface LimitPlace {
  sheet?: string;
  row?: number;
}

const MiB = 1024 * 1024;
const number = (n: number, lang: 'id' | 'en') => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
const size = (n: number, lang: 'id' | 'en') => `${number(Math.round(n / MiB), lang)} MB`;

const TEXT: Record<LimitKind, (max: number, lang: 'id' | 'en') => string> = {
  uploadBytes: (m, l) =>
    l === 'id' ? `Berkas lebih besar dari batas ${size(m, l)}.` : `The file is larger than the ${size(m, l)} limit.`,
  zipEntries: (m, l) =>
    l === 'id'
      ? `Berkas XLSX berisi lebih dari ${number(m, l)} bagian; ini bukan buku kerja biasa.`
      : `The XLSX file holds more than ${number(m, l)} parts; this is not an ordinary workbook.`,
  partBytes: (m, l) =>
    l === 'id'
      ? `Satu sheet berkas XLSX melebihi ${size(m, l)} setelah dibuka (dekompresi).`
      : `One sheet of the XLSX file exceeds ${size(m, l)} once uncompressed.`,
  totalBytes: (m, l) =>
    l === 'id'
      ? `Isi berkas XLSX melebihi ${size(m, l)} setelah dibuka (dekompresi).`
      : `The XLSX file's content exceeds ${size(m, l)} once uncompressed.`,
  rows: (m, l) =>
    l === 'id' ? `Berkas berisi lebih dari ${number(m, l)} baris.` : `The file has more than ${number(m, l)} rows.`,
  columns: (m, l) =>
    l === 'id'
      ? `Sebuah baris berisi lebih dari ${number(m, l)} kolom.`
      : `A row has more than ${number(m, l)} columns.`,
  cells: (m, l) =>
    l === 'id' ? `Berkas berisi lebih dari ${number(m, l)} sel.` : `The file has more than ${number(m, l)} cells.`,
  cellChars: (m, l) =>
    l === 'id'
      ? `Sebuah sel berisi lebih dari ${number(m, l)} karakter.`
      : `A cell holds more than ${number(m, l)} characters.`,
};

/** A file beyond a limit: nothing of it is processed further. */
export class ImportLimitError extends Error {
  constructor(
    readonly limit: LimitKind,
    readonly max: number,
    readonly place: LimitPlace = {},
  ) {
    super(`import limit exceeded: ${limit} > ${max}${place.sheet ? ` (${place.sheet}, row ${place.row ?? '?'})` : ''}`);
  }

  /** What was exceeded, where, and what to do, in both languages. */
  bilingual(): Bilingual {
    const where = (lang: 'id' | 'en') =>
      this.place.sheet
        ? lang === 'id'
          ? ` (${this.place.sheet}${this.place.row ? `, baris ${this.place.row}` : ''})`
          : ` (${this.place.sheet}${this.place.row ? `, row ${this.place.row}` : ''})`
        : '';
    return {
      id: `${TEXT[this.limit](this.max, 'id')}${where('id')} Bagi menjadi beberapa berkas. Tidak ada data yang diubah.`,
      en: `${TEXT[this.limit](this.max, 'en')}${where('en')} Split it into several files. Nothing was changed.`,
    };
  }

  /** `details` of the HTTP error: which limit, its value and where. */
  details(): { limit: LimitKind; max: number; sheet: string | null; row: number | null } {
    return { limit: this.limit, max: this.max, sheet: this.place.sheet ?? null, row: this.place.row ?? null };
  }
}

/**
 * The HTTP error for a file beyond a limit: 413 `UPLOAD.TOO_LARGE` for the upload itself, 422
 * `UPLOAD.LIMIT_EXCEEDED` for what is inside it (a zip bomb, too many rows, columns or characters).
 */
export function limitAppError(err: ImportLimitError): AppError {
  return new AppError(
    err.limit === 'uploadBytes' ? 'UPLOAD.TOO_LARGE' : 'UPLOAD.LIMIT_EXCEEDED',
    err.details(),
    err.bilingual(),
  );
}
