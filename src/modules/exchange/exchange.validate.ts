/**
 * Validates every row of a parsed import against the format, the NIP rules (domain/nip.ts), the
 * other sheets of the file and the existing data, collecting every error; when there are none it
 * also returns the write plan (what to insert, update, close and open). Pure: the caller loads the
 * existing data and applies the plan in one transaction.
 *
 * Semantics (docs/import-format.md): rows are keyed by UNOR_KODE, JABATAN_KODE and NIP within the
 * instansi; a column absent from the sheet keeps the stored value, a present but empty optional
 * cell clears it; nothing is deleted. A changed JABATAN_KODE closes the current definitive
 * placement the day before TMT_JABATAN and opens a new one, so history is kept.
 */
import { randomUUID } from 'node:crypto';
import type { ImportError, ImportWarning } from './exchange.errors.ts';
import { COLUMNS, type Entity } from './exchange.format.ts';
import { buildImportPlan } from './exchange.import-plan.ts';
import { readJabatanRows } from './exchange.jabatan-rows.ts';
import type { ParsedFile } from './exchange.parse.ts';
import { readPegawaiRows } from './exchange.pegawai-rows.ts';
import { planPlacements } from './exchange.placements.ts';
import { checkJabatanReferences, checkUnitReferences, indexKodes } from './exchange.references.ts';
import { IssueLog, rowReaders } from './exchange.row-checks.ts';
import { readUnitRows } from './exchange.unor-rows.ts';
import type { Existing, ImportPlan, ValidateOptions, ValidationResult } from './exchange.validate-types.ts';

export { addDaysIso } from './exchange.placements.ts';
export type {
  EntityCounts,
  Existing,
  ExistingJabatan,
  ExistingPegawai,
  ExistingUnit,
  ImportPlan,
  JabatanWrite,
  PegawaiFields,
  PegawaiWrite,
  UnitWrite,
  ValidateOptions,
  ValidationResult,
} from './exchange.validate-types.ts';

/** Validates the parsed file against the existing data; returns every error, or the plan. */
export function validateImport(parsed: ParsedFile, existing: Existing, options: ValidateOptions): ValidationResult {
  const issues = new IssueLog(parsed);
  const newId = options.newId ?? randomUUID;

  // Pass 1: each row on its own.
  const unitRows = readUnitRows(rowReaders(parsed, 'unor'), issues);
  const jabatanRows = readJabatanRows(rowReaders(parsed, 'jabatan'), issues);
  const pegawaiRows = readPegawaiRows(rowReaders(parsed, 'pegawai'), issues, options.today);

  // Pass 2: references across sheets and to the existing data.
  const index = indexKodes(existing, unitRows, jabatanRows, newId);
  checkUnitReferences(unitRows, index, existing, issues);
  const heads = checkJabatanReferences(jabatanRows, index, issues);
  const placements = planPlacements(pegawaiRows, existing, index, issues, { today: options.today, newId });

  const counts: ImportPlan['counts'] = {
    unor: {
      // Existing units whose head is set only through KEPALA_UNOR count as rows too.
      rows:
        unitRows.length +
        [...heads.headFromJabatan.keys()].filter((k) => !index.fileUnit.has(k) && index.existingUnitByKode.has(k))
          .length,
      created: 0,
      updated: 0,
      unchanged: 0,
    },
    jabatan: { rows: jabatanRows.length, created: 0, updated: 0, unchanged: 0 },
    pegawai: { rows: pegawaiRows.length, created: 0, updated: 0, unchanged: 0 },
    penempatan: { opened: placements.openPlacements.length, closed: placements.closePlacements.length },
  };
  const { errors, warnings } = issues;
  if (errors.length > 0)
    return { errors: sortIssues(errors, parsed), warnings: sortIssues(warnings, parsed), plan: null };

  const plan = buildImportPlan({ existing, index, unitRows, jabatanRows, pegawaiRows, heads, placements, counts });
  return { errors, warnings: sortIssues(warnings, parsed), plan };
}

/** Orders issues as the spreadsheet reads: sheet, row, then column. */
function sortIssues<T extends ImportError | ImportWarning>(issues: T[], parsed: ParsedFile): T[] {
  const sheetIndex = new Map(parsed.sheets.map((s, i) => [s.sheet, i]));
  const colIndex = (t: T) => {
    const s = parsed.sheets.find((x) => x.sheet === t.sheet);
    return s && t.column ? s.headers.indexOf(t.column) : -1;
  };
  return issues
    .map((t, i) => ({ t, i, s: sheetIndex.get(t.sheet) ?? -1, c: colIndex(t) }))
    .sort((a, b) => a.s - b.s || a.t.row - b.t.row || a.c - b.c || a.i - b.i)
    .map((x) => x.t);
}

/** Required column headers of an entity (for docs and templates). */
export function requiredColumns(entity: Entity): string[] {
  return COLUMNS[entity].filter((c) => c.required).map((c) => c.key);
}
