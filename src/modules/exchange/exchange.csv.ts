/**
 * The one way Kinerja writes CSV (exports, templates, the CLI's `--errors-out` report) and the
 * matching undo on import, so a cell can never become a spreadsheet formula (OWASP "CSV
 * injection"): a text cell that begins with `=`, `+`, `-`, `@`, tab or carriage return gets a
 * single quote in front and is always written quoted. Spreadsheets show such a cell as text.
 *
 * - Every *string* is neutralised, whatever its column: a name, a code, a phone number `+62…` or a
 *   text `-5` alike (OWASP: neutralise all; a column-by-column list would be forgotten for the next
 *   column). Values typed as JS numbers are written as plain numbers: the digits of a number cannot
 *   carry a formula, so a real negative number stays a number for the spreadsheet.
 * - A string that already begins with quotes before such a character gets one more quote, so the
 *   import can always remove exactly one: `restoreCsvCell(neutralizeCsvCell(x)) === x` for every x.
 *   Kinerja's own import applies `restoreCsvCell` to every text cell of CSV and XLSX files, so an
 *   export imports back unchanged (docs/import-format.md, "Formulas").
 */
import { stringify } from 'csv-stringify/sync';

/** A cell that a spreadsheet would read as a formula (after any quotes we added before). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell that `neutralizeCsvCell` changed: one or more quotes, then a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** Long digit strings (NIPs, codes) are quoted so tools reading the CSV keep them as text. */
const LONG_DIGITS = /^[0-9]{10,}$/;

export type CsvValue = string | number | boolean | null | undefined;

/** The text written for a string cell: a leading quote when a spreadsheet would see a formula. */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCsvCell` on an imported text cell (removes the one quote it added). */
export function restoreCsvCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

function cell(value: CsvValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return neutralizeCsvCell(value);
  // Non-finite numbers are not numbers a spreadsheet would read; write them as neutral text.
  if (typeof value === 'number' && !Number.isFinite(value)) return neutralizeCsvCell(String(value));
  return value;
}

/**
 * A CSV file: UTF-8 BOM (so Excel opens it as UTF-8), comma-separated, header row first, every cell
 * neutralised. Neutralised cells and long digit strings are quoted.
 */
export function writeCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): Buffer {
  const body = stringify(
    rows.map((r) => r.map(cell)),
    {
      header: true,
      columns: columns.map((c) => neutralizeCsvCell(c)),
      quoted_match: [NEUTRALISED, LONG_DIGITS],
    },
  );
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(body)]);
}
