/**
 * Row-level import problems: every error names the sheet, the row as shown in Excel (header = row 1),
 * the column and a message in Indonesian and English. Codes are listed in docs/import-format.md.
 */
import type { Bilingual, NipErrorCode } from '../../domain/nip.ts';

export type ImportErrorCode =
  | 'EXCHANGE.FILE_UNREADABLE'
  | 'EXCHANGE.FILE_TYPE'
  | 'EXCHANGE.NO_SHEETS'
  | 'EXCHANGE.MISSING_COLUMN'
  | 'EXCHANGE.REQUIRED'
  | 'EXCHANGE.DUPLICATE'
  | 'EXCHANGE.INVALID_VALUE'
  | 'EXCHANGE.INVALID_DATE'
  | 'EXCHANGE.NIP_AS_NUMBER'
  | 'EXCHANGE.UNKNOWN_REFERENCE'
  | 'EXCHANGE.SELF_REFERENCE'
  | 'EXCHANGE.PARENT_CYCLE'
  | 'EXCHANGE.SECOND_ROOT'
  | 'EXCHANGE.HEAD_OUTSIDE_UNIT'
  | 'EXCHANGE.HEAD_CONFLICT'
  | 'EXCHANGE.UNOR_MISMATCH'
  | 'EXCHANGE.TMT_NOT_AFTER_CURRENT'
  | 'EXCHANGE.JABATAN_NAME_UNKNOWN'
  | 'EXCHANGE.JABATAN_NAME_AMBIGUOUS'
  | 'EXCHANGE.UNOR_NAME_UNKNOWN'
  | 'EXCHANGE.UNOR_NAME_AMBIGUOUS'
  | NipErrorCode;

export type ImportWarningCode =
  | 'EXCHANGE.UNKNOWN_COLUMN'
  | 'EXCHANGE.UNKNOWN_SHEET'
  | 'EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP'
  | 'EXCHANGE.GENDER_DIFFERS_FROM_NIP'
  | 'EXCHANGE.TMT_BEFORE_APPOINTMENT'
  | 'EXCHANGE.JABATAN_KODE_BY_NAME'
  | 'EXCHANGE.TMT_DEFAULTED';

export interface ImportIssue<C extends string = ImportErrorCode> {
  /** Sheet name (XLSX) or file name (CSV). */
  sheet: string;
  entity: 'unor' | 'jabatan' | 'pegawai' | null;
  /** Row as shown in Excel; the header is row 1. 0 for file-level problems. */
  row: number;
  /** Column header as written in the file (or the canonical name when the column is missing). */
  column: string | null;
  code: C;
  message: Bilingual;
  /** The offending value, as text. */
  value?: string;
}

export type ImportError = ImportIssue<ImportErrorCode>;
export type ImportWarning = ImportIssue<ImportWarningCode>;

type Params = Record<string, string | number>;

const fill = (text: string, p: Params) => text.replace(/\{(\w+)\}/g, (_m, k: string) => String(p[k] ?? ''));

const MESSAGES: Record<Exclude<ImportErrorCode, NipErrorCode> | ImportWarningCode, Bilingual> = {
  'EXCHANGE.FILE_UNREADABLE': { id: 'Berkas tidak dapat dibaca: {detail}', en: 'The file cannot be read: {detail}' },
  'EXCHANGE.FILE_TYPE': {
    id: 'Jenis berkas tidak didukung ({detail}). Gunakan .xlsx atau .csv (UTF-8).',
    en: 'Unsupported file type ({detail}). Use .xlsx or .csv (UTF-8).',
  },
  'EXCHANGE.NO_SHEETS': {
    id: 'Tidak ada sheet UNOR, JABATAN atau PEGAWAI yang dikenali (judul kolom tidak cocok).',
    en: 'No UNOR, JABATAN or PEGAWAI sheet recognised (column headers do not match).',
  },
  'EXCHANGE.MISSING_COLUMN': { id: 'Kolom wajib {column} tidak ada.', en: 'Required column {column} is missing.' },
  'EXCHANGE.REQUIRED': { id: 'Kolom {column} wajib diisi.', en: '{column} is required.' },
  'EXCHANGE.DUPLICATE': {
    id: '{column} "{value}" sudah muncul di baris {first}.',
    en: '{column} "{value}" already appears in row {first}.',
  },
  'EXCHANGE.INVALID_VALUE': {
    id: 'Nilai "{value}" tidak valid untuk {column}: {expected}.',
    en: 'Invalid {column} "{value}": {expected}.',
  },
  'EXCHANGE.INVALID_DATE': {
    id: 'Tanggal "{value}" pada {column} tidak valid (pakai TTTT-BB-HH atau HH-BB-TTTT).',
    en: 'Invalid date "{value}" in {column} (use YYYY-MM-DD or DD-MM-YYYY).',
  },
  'EXCHANGE.NIP_AS_NUMBER': {
    id: 'NIP tersimpan sebagai angka ({value}); Excel hanya menyimpan 15 digit sehingga NIP rusak. Format kolom NIP sebagai Teks lalu isi ulang.',
    en: 'The NIP is stored as a number ({value}); Excel keeps only 15 digits, so it is corrupted. Format the NIP column as Text and re-enter it.',
  },
  'EXCHANGE.UNKNOWN_REFERENCE': {
    id: '{column} "{value}" tidak ditemukan di berkas ini maupun di data yang sudah ada.',
    en: '{column} "{value}" is neither in this file nor in the existing data.',
  },
  'EXCHANGE.SELF_REFERENCE': {
    id: '{column} tidak boleh menunjuk dirinya sendiri.',
    en: '{column} cannot refer to the row itself.',
  },
  'EXCHANGE.PARENT_CYCLE': {
    id: 'Unit atasan membentuk lingkaran: {value}.',
    en: 'The parent units form a cycle: {value}.',
  },
  'EXCHANGE.SECOND_ROOT': {
    id: 'Hanya boleh ada satu unit teratas (tanpa UNOR_INDUK_KODE); sudah ada "{value}". Unit di bawahnya: isi UNOR_INDUK_KODE. Organisasi lain: buat instansi baru (menu Instansi atau kinerja instansi create) lalu impor ke sana.',
    en: 'Only one top unit (without UNOR_INDUK_KODE) is allowed; "{value}" already is. A unit under it: fill UNOR_INDUK_KODE. Another organisation: create a new instansi (Instansi page or kinerja instansi create) and import there.',
  },
  'EXCHANGE.HEAD_OUTSIDE_UNIT': {
    id: 'Jabatan kepala "{value}" berada di unit lain ({other}), bukan di unit ini.',
    en: 'Head position "{value}" belongs to another unit ({other}), not this one.',
  },
  'EXCHANGE.HEAD_CONFLICT': {
    id: 'Unit {value} sudah punya kepala lain di berkas ini ({other}).',
    en: 'Unit {value} already has another head in this file ({other}).',
  },
  'EXCHANGE.UNOR_MISMATCH': {
    id: 'UNOR_KODE "{value}" tidak sama dengan unit jabatan {jabatan} ("{other}").',
    en: 'UNOR_KODE "{value}" differs from the unit of position {jabatan} ("{other}").',
  },
  'EXCHANGE.TMT_NOT_AFTER_CURRENT': {
    id: 'Jabatan berubah, tetapi TMT_JABATAN {value} tidak setelah mulai penempatan sekarang ({other}).',
    en: 'The position changes, but TMT_JABATAN {value} is not after the start of the current placement ({other}).',
  },
  // {other} (where the name was looked for) and {fill} (which column to fill) are words, so they
  // differ by language: built with bilingualMessage.
  'EXCHANGE.JABATAN_NAME_UNKNOWN': {
    id: 'Jabatan "{value}" tidak ada di {other}. Tambahkan di sheet JABATAN atau isi JABATAN_KODE.',
    en: 'No position "{value}" in {other}. Add it on the JABATAN sheet or fill JABATAN_KODE.',
  },
  'EXCHANGE.JABATAN_NAME_AMBIGUOUS': {
    id: 'Ada {count} jabatan "{value}" di {other}: {kodes}. Isi {fill} untuk memilih salah satu.',
    en: '{count} positions "{value}" in {other}: {kodes}. Fill {fill} to choose one.',
  },
  'EXCHANGE.UNOR_NAME_UNKNOWN': {
    id: 'Unit "{value}" tidak ditemukan di berkas ini maupun di data yang sudah ada. Periksa ejaannya atau isi UNOR_KODE.',
    en: 'No unit "{value}" in this file or in the existing data. Check the spelling or fill UNOR_KODE.',
  },
  'EXCHANGE.UNOR_NAME_AMBIGUOUS': {
    id: 'Ada {count} unit bernama "{value}": {kodes}. Isi UNOR_KODE untuk memilih salah satu.',
    en: '{count} units are named "{value}": {kodes}. Fill UNOR_KODE to choose one.',
  },
  'EXCHANGE.UNKNOWN_COLUMN': {
    id: 'Kolom "{column}" tidak dikenal dan diabaikan.',
    en: 'Unknown column "{column}" ignored.',
  },
  'EXCHANGE.UNKNOWN_SHEET': {
    id: 'Sheet "{value}" tidak dikenali dan diabaikan.',
    en: 'Sheet "{value}" not recognised; ignored.',
  },
  'EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP': {
    id: 'TANGGAL_LAHIR {value} berbeda dari tanggal lahir pada NIP ({other}); nilai kolom dipakai.',
    en: 'TANGGAL_LAHIR {value} differs from the birth date in the NIP ({other}); the column value is kept.',
  },
  'EXCHANGE.GENDER_DIFFERS_FROM_NIP': {
    id: 'JENIS_KELAMIN {value} berbeda dari digit ke-15 NIP ({other}); nilai kolom dipakai.',
    en: 'JENIS_KELAMIN {value} differs from digit 15 of the NIP ({other}); the column value is kept.',
  },
  'EXCHANGE.TMT_DEFAULTED': {
    id: '{count} penempatan baru tanpa TMT_JABATAN dimulai pada tanggal impor ({value}); SKP tahun ini untuk mereka juga dimulai pada tanggal itu. Isi TMT_JABATAN bila tanggal sebenarnya diketahui.',
    en: '{count} new placements without TMT_JABATAN start on the import date ({value}); so does the default range of their SKP for this year. Fill TMT_JABATAN when the real date is known.',
  },
  'EXCHANGE.JABATAN_KODE_BY_NAME': {
    id: 'JABATAN_KODE "{value}" tidak dikenal; jabatan dipilih dari JABATAN_NAMA ("{other}").',
    en: 'JABATAN_KODE "{value}" is unknown; the position was chosen by JABATAN_NAMA ("{other}").',
  },
  'EXCHANGE.TMT_BEFORE_APPOINTMENT': {
    id: 'TMT_JABATAN {value} sebelum TMT pengangkatan pada NIP ({other}).',
    en: 'TMT_JABATAN {value} is before the appointment encoded in the NIP ({other}).',
  },
};

/** Builds a bilingual message for a code. */
export function message(
  code: Exclude<ImportErrorCode, NipErrorCode> | ImportWarningCode,
  params: Params = {},
): Bilingual {
  const m = MESSAGES[code];
  return { id: fill(m.id, params), en: fill(m.en, params) };
}

/** A message whose parameters differ by language (words inside the sentence, not just values). */
export function bilingualMessage(
  code: Exclude<ImportErrorCode, NipErrorCode> | ImportWarningCode,
  params: { id: Params; en: Params },
): Bilingual {
  const m = MESSAGES[code];
  return { id: fill(m.id, params.id), en: fill(m.en, params.en) };
}

/** Every code with its message template (for docs and the UI). */
export const ISSUE_CATALOGUE = MESSAGES;

/** How many issues of one code in one column a report holds (all of them, not only the kept ones). */
export interface IssueCount {
  code: string;
  column: string | null;
  count: number;
}

/**
 * Caps a list of issues for a report: the first `max` in file order, the total, and the count of
 * every (code, column) pair, most frequent first — so a file with 300,000 bad rows answers with a
 * readable report of a bounded size (a 50 MB CSV once answered 105 MB of JSON).
 */
export function capIssues<T extends { code: string; column: string | null }>(
  issues: T[],
  max: number,
): { kept: T[]; total: number; summary: IssueCount[] } {
  const counts = new Map<string, IssueCount>();
  for (const i of issues) {
    const key = `${i.code}\u0000${i.column ?? ''}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { code: i.code, column: i.column, count: 1 });
  }
  const summary = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.code.localeCompare(b.code) || (a.column ?? '').localeCompare(b.column ?? ''),
  );
  return { kept: issues.length > max ? issues.slice(0, max) : issues, total: issues.length, summary };
}
