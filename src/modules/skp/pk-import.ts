/**
 * Reads a Perjanjian Kinerja from an XLSX sheet with the columns SASARAN, INDIKATOR, TARGET and
 * SATUAN (header row anywhere in the first 10 rows, any order, any case). Consecutive rows with the
 * same SASARAN, or an empty SASARAN cell (merged cells), group their indicators. A numeric TARGET
 * becomes targetNilai with SATUAN; any other text is a narrative target. Every problem is reported
 * with its row, and nothing is written unless the whole sheet is valid.
 */

import type { Bilingual } from '../../http/errors.ts';
import {
  type CellValue,
  IMPORT_LIMITS,
  ImportLimitError,
  limitAppError,
  readXlsx,
  XlsxFormatError,
  type XlsxSheet,
} from '../exchange/index.ts';
import type { PkSasaranInput } from './pk.service.ts';

export interface ImportProblem {
  baris: number;
  kolom: string | null;
  /** Both languages; the error answer carries the caller's. */
  pesan: Bilingual;
}

export type ImportResult =
  | { ok: true; sasaran: PkSasaranInput[]; jumlahBaris: number }
  | { ok: false; masalah: ImportProblem[] };

const COLUMNS = ['SASARAN', 'INDIKATOR', 'TARGET', 'SATUAN'] as const;

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * Parses the first worksheet of an XLSX file with the import module's bounded reader, so the
 * import limits (uncompressed size, rows, columns, cell length; docs/import-format.md) hold here
 * too: a file beyond them throws the 413/422 AppError before anything is read into memory.
 */
export async function parsePkXlsx(data: Buffer): Promise<ImportResult> {
  let sheets: XlsxSheet[];
  try {
    if (data.length > IMPORT_LIMITS.uploadBytes) throw new ImportLimitError('uploadBytes', IMPORT_LIMITS.uploadBytes);
    sheets = readXlsx(data);
  } catch (err) {
    if (err instanceof ImportLimitError) throw limitAppError(err);
    if (!(err instanceof XlsxFormatError)) throw err;
    return {
      ok: false,
      masalah: [
        {
          baris: 0,
          kolom: null,
          pesan: { id: 'Berkas bukan XLSX yang valid.', en: 'The file is not a valid XLSX workbook.' },
        },
      ],
    };
  }
  const ws = sheets[0];
  if (!ws)
    return {
      ok: false,
      masalah: [
        {
          baris: 0,
          kolom: null,
          pesan: { id: 'Berkas tidak memiliki lembar kerja.', en: 'The workbook has no sheet.' },
        },
      ],
    };
  const byNumber = new Map(ws.rows.map((r) => [r.row, r.cells]));
  const lastRow = ws.rows.reduce((max, r) => Math.max(max, r.row), 0);
  let headerRow = 0;
  const col: Partial<Record<(typeof COLUMNS)[number], number>> = {};
  for (let r = 1; r <= Math.min(10, lastRow) && !headerRow; r++) {
    (byNumber.get(r) ?? []).forEach((cell, c) => {
      const name = cellText(cell).toUpperCase() as (typeof COLUMNS)[number];
      if ((COLUMNS as readonly string[]).includes(name)) col[name] = c;
    });
    if (col.SASARAN !== undefined && col.INDIKATOR !== undefined) headerRow = r;
  }
  const missing = COLUMNS.filter((c) => col[c] === undefined);
  if (!headerRow || missing.length) {
    return {
      ok: false,
      masalah: [
        {
          baris: headerRow || 1,
          kolom: missing.join(', '),
          pesan: {
            id: `Kolom wajib tidak ditemukan: ${missing.join(', ')}.`,
            en: `Missing required columns: ${missing.join(', ')}.`,
          },
        },
      ],
    };
  }
  const masalah: ImportProblem[] = [];
  const sasaran: PkSasaranInput[] = [];
  let jumlahBaris = 0;
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const row = byNumber.get(r) ?? [];
    const v = Object.fromEntries(COLUMNS.map((c) => [c, cellText(row[col[c] as number])])) as Record<
      (typeof COLUMNS)[number],
      string
    >;
    if (!v.SASARAN && !v.INDIKATOR && !v.TARGET && !v.SATUAN) continue;
    jumlahBaris++;
    const last = sasaran[sasaran.length - 1];
    if (!v.SASARAN && !last)
      masalah.push({
        baris: r,
        kolom: 'SASARAN',
        pesan: { id: 'SASARAN wajib diisi pada baris pertama.', en: 'SASARAN is required on the first row.' },
      });
    if (!v.INDIKATOR)
      masalah.push({
        baris: r,
        kolom: 'INDIKATOR',
        pesan: { id: 'INDIKATOR wajib diisi.', en: 'INDIKATOR is required.' },
      });
    if (!v.TARGET)
      masalah.push({ baris: r, kolom: 'TARGET', pesan: { id: 'TARGET wajib diisi.', en: 'TARGET is required.' } });
    const numeric = /^-?\d+([.,]\d+)?$/.test(v.TARGET);
    if (numeric && !v.SATUAN)
      masalah.push({
        baris: r,
        kolom: 'SATUAN',
        pesan: { id: 'SATUAN wajib untuk target angka.', en: 'SATUAN is required for a numeric target.' },
      });
    if (v.SASARAN.length > 2000 || v.INDIKATOR.length > 2000)
      masalah.push({
        baris: r,
        kolom: null,
        pesan: { id: 'Teks terlalu panjang (maks. 2000).', en: 'Text too long (max. 2000).' },
      });
    const indikator = {
      indikator: v.INDIKATOR,
      targetNilai: numeric ? v.TARGET.replace(',', '.') : null,
      satuan: v.SATUAN || null,
      targetTeks: numeric ? null : v.TARGET || null,
    };
    if (v.SASARAN && v.SASARAN !== last?.sasaran) sasaran.push({ sasaran: v.SASARAN, indikator: [indikator] });
    else last?.indikator.push(indikator);
  }
  if (!jumlahBaris)
    masalah.push({ baris: headerRow + 1, kolom: null, pesan: { id: 'Tidak ada baris data.', en: 'No data rows.' } });
  return masalah.length ? { ok: false, masalah } : { ok: true, sasaran, jumlahBaris };
}
