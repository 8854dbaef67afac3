/**
 * The two CPU-bound steps of an import — parse the file, validate it against the existing data —
 * as functions whose inputs and outputs cross a worker boundary cheaply: the parsed file stays
 * where it was parsed; reports are capped (exchange.limits.ts `reportedIssues`) before they leave.
 * Run in exchange.worker.mjs, or in-process when workers are off (exchange.offthread.ts).
 */
import { capIssues, type ImportError, type ImportWarning, type IssueCount } from './exchange.errors.ts';
import { IMPORT_LIMITS } from './exchange.limits.ts';
import { type ParsedFile, type ParseOptions, parseFile } from './exchange.parse.ts';
import { type Existing, type ImportPlan, type ValidateOptions, validateImport } from './exchange.validate.ts';

/** Errors and warnings of a report, each capped, with totals and counts per code and column. */
export interface IssueReport {
  errors: ImportError[];
  warnings: ImportWarning[];
  errorCount: number;
  warningCount: number;
  errorSummary: IssueCount[];
  warningSummary: IssueCount[];
}

export function issueReport(errors: ImportError[], warnings: ImportWarning[], max = IMPORT_LIMITS.reportedIssues) {
  const e = capIssues(errors, max);
  const w = capIssues(warnings, max);
  return {
    errors: e.kept,
    warnings: w.kept,
    errorCount: e.total,
    warningCount: w.total,
    errorSummary: e.summary,
    warningSummary: w.summary,
  } satisfies IssueReport;
}

export interface ParseSummary extends IssueReport {
  format: ParsedFile['format'];
  /** Data rows of every recognised sheet. */
  totalRows: number;
  /** NIPs the PEGAWAI rows name (to load those people before validating). */
  nips: string[];
}

/** Parses a file; `parsed` is null when the file has file-level errors (nothing to validate). */
export function parseStep(
  bytes: Uint8Array,
  options: ParseOptions,
): { parsed: ParsedFile | null; summary: ParseSummary } {
  const parsed = parseFile(bytes, options);
  const nips = new Set<string>();
  for (const s of parsed.sheets) {
    const i = s.columns.get('NIP_BARU');
    if (s.entity !== 'pegawai' || i === undefined) continue;
    for (const r of s.rows) {
      const v = r.cells[i];
      if (typeof v === 'string') nips.add(v.replace(/\s+/g, '').replace(/^'/, ''));
    }
  }
  const summary: ParseSummary = {
    format: parsed.format,
    totalRows: parsed.sheets.reduce((a, s) => a + s.rows.length, 0),
    nips: [...nips],
    ...issueReport(parsed.errors, parsed.warnings),
  };
  return { parsed: parsed.errors.length ? null : parsed, summary };
}

export interface ValidateSummary extends IssueReport {
  plan: ImportPlan | null;
}

export function validateStep(parsed: ParsedFile, existing: Existing, options: ValidateOptions): ValidateSummary {
  const v = validateImport(parsed, existing, options);
  return { plan: v.plan, ...issueReport(v.errors, v.warnings) };
}
