/**
 * Parses an uploaded file into sheets of typed cells: detects XLSX (zip signature) or CSV (text,
 * delimiter `,` `;` or tab, UTF-8 with or without BOM), finds each sheet's entity from its name or
 * its headers, and maps headers to columns case-insensitively with aliases. Rows whose first cell
 * starts with `#` (template hints and examples) and empty rows are skipped; row numbers stay as
 * Excel shows them. A file beyond a limit of exchange.limits.ts throws ImportLimitError before it
 * is parsed further (a CSV is scanned for rows, columns and cell length before csv-parse sees it).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { restoreCsvCell } from './exchange.csv.ts';
import { type ImportError, type ImportWarning, message } from './exchange.errors.ts';
import { COLUMNS, columnLookup, ENTITIES, type Entity, normalizeHeader, SHEET_ALIASES } from './exchange.format.ts';
import { IMPORT_LIMITS, ImportLimitError } from './exchange.limits.ts';
import { type CellValue, readXlsx, XlsxFormatError, type XlsxLimits } from './exchange.xlsx-reader.ts';

export type { CellValue } from './exchange.xlsx-reader.ts';

export interface ParsedRow {
  row: number;
  cells: CellValue[];
}

export interface ParsedSheet {
  entity: Entity;
  sheet: string;
  headerRow: number;
  /** Column key → cell index. */
  columns: Map<string, number>;
  /** Cell index → header text as written. */
  headers: string[];
  rows: ParsedRow[];
}

export interface ParsedFile {
  format: 'xlsx' | 'csv';
  sheets: ParsedSheet[];
  errors: ImportError[];
  warnings: ImportWarning[];
}

export type ParseLimits = XlsxLimits & Pick<typeof IMPORT_LIMITS, 'uploadBytes'>;

export interface ParseOptions {
  fileName: string;
  /** The limits to enforce (tests lower them); IMPORT_LIMITS by default. */
  limits?: ParseLimits;
  /** Entity of a CSV file (or of every unrecognised XLSX sheet); detected from headers when absent. */
  jenis?: Entity;
}

const HEADER_SCAN_ROWS = 10;
/** Instruction sheets (the template's own PETUNJUK) are skipped without a warning. */
const IGNORED_SHEETS = new Set(['petunjuk', 'instructions', 'instruksi', 'readme', 'info', 'keterangan']);

function cellText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Our own exports put a quote before a formula-like text (exchange.csv.ts); the import takes it off. */
function restoreCell(v: CellValue): CellValue {
  return typeof v === 'string' ? restoreCsvCell(v) : v;
}

function isSkipped(cells: CellValue[]): boolean {
  const first = cells.find((c) => c !== null && cellText(c) !== '');
  return first === undefined || cellText(first).startsWith('#');
}

/** Columns of an entity matched by a header row. */
function match(entity: Entity, headers: string[]): Map<string, number> {
  const lookup = columnLookup(entity);
  const found = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = lookup.get(normalizeHeader(h));
    if (key && !found.has(key)) found.set(key, i);
  });
  return found;
}

function entityFromName(name: string): Entity | null {
  const n = normalizeHeader(name);
  return ENTITIES.find((e) => SHEET_ALIASES[e].includes(n)) ?? null;
}

/** The entity whose required columns a header row has (pegawai first: its NIP is unambiguous). */
function entityFromHeaders(headers: string[]): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  for (const entity of ['pegawai', 'jabatan', 'unor'] as Entity[]) {
    const found = match(entity, headers);
    const complete = COLUMNS[entity].every((c) => !c.required || found.has(c.key));
    if (complete && found.size > bestScore) {
      best = entity;
      bestScore = found.size;
    }
  }
  return best;
}

function toSheet(name: string, rows: ParsedRow[], forced: Entity | null, out: ParsedFile): void {
  const byName = forced ?? entityFromName(name);
  // Find the header row among the first rows (some exports put a title above the table).
  let headerIndex = -1;
  let entity: Entity | null = null;
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, rows.length); i++) {
    const headers = rows[i].cells.map(cellText);
    const e =
      byName && COLUMNS[byName].every((c) => !c.required || match(byName, headers).has(c.key))
        ? byName
        : entityFromHeaders(headers);
    if (e && (!byName || e === byName)) {
      headerIndex = i;
      entity = e;
      break;
    }
  }
  if (headerIndex < 0 || !entity) {
    if (byName) {
      const first = rows.find((r) => !r.cells.every((c) => cellText(c) === ''));
      const found = match(byName, (first?.cells ?? []).map(cellText));
      for (const c of COLUMNS[byName]) {
        if (c.required && !found.has(c.key)) {
          out.errors.push({
            sheet: name,
            entity: byName,
            row: first?.row ?? 1,
            column: c.header,
            code: 'EXCHANGE.MISSING_COLUMN',
            message: message('EXCHANGE.MISSING_COLUMN', { column: c.header }),
          });
        }
      }
    } else if (rows.length > 0 && !IGNORED_SHEETS.has(normalizeHeader(name))) {
      out.warnings.push({
        sheet: name,
        entity: null,
        row: 0,
        column: null,
        code: 'EXCHANGE.UNKNOWN_SHEET',
        message: message('EXCHANGE.UNKNOWN_SHEET', { value: name }),
        value: name,
      });
    }
    return;
  }
  const headerRow = rows[headerIndex];
  const headers = headerRow.cells.map(cellText);
  const columns = match(entity, headers);
  const used = new Set(columns.values());
  headers.forEach((h, i) => {
    if (h && !used.has(i)) {
      out.warnings.push({
        sheet: name,
        entity,
        row: headerRow.row,
        column: h,
        code: 'EXCHANGE.UNKNOWN_COLUMN',
        message: message('EXCHANGE.UNKNOWN_COLUMN', { column: h }),
      });
    }
  });
  const data = rows.slice(headerIndex + 1).filter((r) => !isSkipped(r.cells));
  out.sheets.push({ entity, sheet: name, headerRow: headerRow.row, columns, headers, rows: data });
}

function detectDelimiter(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * Checks a CSV text against the limits in one pass, before csv-parse builds any row: rows, fields
 * of a row, fields of the file and characters of a field, quote-aware like csv-parse with
 * `relax_quotes` (a quote opens a quoted field only at its start; `""` inside is one quote).
 */
export function checkCsvLimits(text: string, delimiter: string, sheet: string, limits: ParseLimits): void {
  const d = delimiter.charCodeAt(0);
  let row = 1;
  let fields = 1;
  let cells = 1;
  let chars = 0;
  let quoted = false;
  let fieldStart = true;
  const fail = (kind: 'rows' | 'columns' | 'cells' | 'cellChars') => {
    throw new ImportLimitError(kind, limits[kind], { sheet, row });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) !== 34) {
          quoted = false;
          continue;
        }
        i++;
      }
      if (++chars > limits.cellChars) fail('cellChars');
    } else if (c === 34 && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === d) {
      chars = 0;
      fieldStart = true;
      if (++fields > limits.columns) fail('columns');
      if (++cells > limits.cells) fail('cells');
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 >= text.length) break; // a final line break ends the last row, it opens none
      row++;
      if (row > limits.rows) fail('rows');
      if (++cells > limits.cells) fail('cells');
      fields = 1;
      chars = 0;
      fieldStart = true;
    } else {
      fieldStart = false;
      if (++chars > limits.cellChars) fail('cellChars');
    }
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOle(bytes: Uint8Array): boolean {
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * Parses CSV or XLSX bytes into sheets. File-level problems (type, unreadable, no sheet) are
 * returned as errors; a file beyond a limit throws ImportLimitError (the caller answers 413/422).
 */
export function parseFile(bytes: Uint8Array, options: ParseOptions): ParsedFile {
  const fileName = options.fileName || 'upload';
  const lower = fileName.toLowerCase();
  const limits = options.limits ?? IMPORT_LIMITS;
  if (bytes.length > limits.uploadBytes) throw new ImportLimitError('uploadBytes', limits.uploadBytes);
  if (isZip(bytes)) {
    const out: ParsedFile = { format: 'xlsx', sheets: [], errors: [], warnings: [] };
    try {
      const sheets = readXlsx(bytes, limits);
      for (const s of sheets) {
        for (const r of s.rows) r.cells = r.cells.map(restoreCell);
        const forced = entityFromName(s.name) ?? (sheets.length === 1 ? (options.jenis ?? null) : null);
        toSheet(s.name, s.rows, forced, out);
      }
    } catch (err) {
      if (err instanceof ImportLimitError) throw err;
      const detail = err instanceof XlsxFormatError ? err.message : String(err);
      out.errors.push({
        sheet: fileName,
        entity: null,
        row: 0,
        column: null,
        code: 'EXCHANGE.FILE_UNREADABLE',
        message: message('EXCHANGE.FILE_UNREADABLE', { detail }),
      });
      return out;
    }
    if (out.sheets.length === 0 && out.errors.length === 0) {
      out.errors.push({
        sheet: fileName,
        entity: null,
        row: 0,
        column: null,
        code: 'EXCHANGE.NO_SHEETS',
        message: message('EXCHANGE.NO_SHEETS'),
      });
    }
    return out;
  }
  const out: ParsedFile = { format: 'csv', sheets: [], errors: [], warnings: [] };
  if (isOle(bytes) || lower.endsWith('.xls') || lower.endsWith('.ods') || bytes.includes(0)) {
    const detail = isOle(bytes) || lower.endsWith('.xls') ? 'Excel 97–2003 .xls' : lower.split('.').pop() || 'binary';
    out.errors.push({
      sheet: fileName,
      entity: null,
      row: 0,
      column: null,
      code: 'EXCHANGE.FILE_TYPE',
      message: message('EXCHANGE.FILE_TYPE', { detail }),
    });
    return out;
  }
  let records: string[][];
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  checkCsvLimits(text, delimiter, fileName, limits);
  try {
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: true,
    });
  } catch (err) {
    out.errors.push({
      sheet: fileName,
      entity: null,
      row: 0,
      column: null,
      code: 'EXCHANGE.FILE_UNREADABLE',
      message: message('EXCHANGE.FILE_UNREADABLE', { detail: (err as Error).message }),
    });
    return out;
  }
  const rows: ParsedRow[] = records.map((cells, i) => ({
    row: i + 1,
    cells: cells.map((c) => (c === '' ? null : restoreCsvCell(c))),
  }));
  toSheet(fileName, rows, options.jenis ?? null, out);
  if (out.sheets.length === 0 && out.errors.length === 0) {
    out.errors.push({
      sheet: fileName,
      entity: null,
      row: 0,
      column: null,
      code: 'EXCHANGE.NO_SHEETS',
      message: message('EXCHANGE.NO_SHEETS'),
    });
    out.warnings = out.warnings.filter((w) => w.code !== 'EXCHANGE.UNKNOWN_SHEET');
  }
  return out;
}
