/**
 * Import/export use cases. `importFile`: parse → validate every row against the file and the
 * existing data → if anything is wrong return the errors (the first 1,000 and counts) and change
 * nothing → otherwise write everything in one transaction with the audit summary. Progress is
 * reported through a callback (CLI progress bar, job rows for the UI).
 *
 * Other tenants keep working meanwhile: parsing and validating run in a worker thread
 * (exchange.offthread.ts) and against a snapshot read *outside* the write transaction, so the
 * transaction — on PGlite the one connection everyone shares — holds only the writes. The snapshot
 * is checked at the start of the write transaction against the instansi's org version (bumped by
 * every org write and import); if someone changed the organisation meanwhile, the file is
 * validated again on the fresh data (decision 0204, amended).
 */

import type { Database } from '../../db/client.ts';
import { refreshStatistics } from '../../db/maintenance.ts';
import { AppError } from '../../http/errors.ts';
import { writeAudit } from '../audit/index.ts';
import { positionsEnded } from '../org/index.ts';
import { CHUNK, completeRun, freshRows, insertFreshInChunks, undoRun } from './exchange.chunked-write.ts';
import { CONTENT_TYPE, type ExportFile, type ExportFormat, toCsv, toXlsx } from './exchange.export.ts';
import { ENTITIES, type Entity, SHEET_NAME } from './exchange.format.ts';
import { ImportLimitError, limitAppError } from './exchange.limits.ts';
import { importRunner } from './exchange.offthread.ts';
import { type IssueReport, issueReport } from './exchange.offthread-steps.ts';
import * as repo from './exchange.repository.ts';
import type { ImportPlan } from './exchange.validate.ts';

export { buildTemplate } from './exchange.export.ts';

export interface ImportProgress {
  phase: 'parse' | 'validate' | 'write:unor' | 'write:jabatan' | 'write:pegawai' | 'write:penempatan' | 'done';
  processed: number;
  total: number;
}

export interface ImportInput {
  instansiId: string;
  actor: { akunId: string | null; label: string };
  fileName: string;
  bytes: Uint8Array;
  /** Entity of a CSV file; detected from the headers when absent. */
  jenis?: Entity;
  /** Validate only; change nothing. */
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  requestId?: string | null;
  /** Import date (TMT default); today in Asia/Jakarta when absent. */
  today?: string;
}

/**
 * The outcome of an import. `errors` and `warnings` hold the first 1,000 of each (file order);
 * `errorCount`/`warningCount` are the totals and the summaries count every (code, column).
 */
export interface ImportResult extends IssueReport {
  ok: boolean;
  dryRun: boolean;
  fileName: string;
  format: 'xlsx' | 'csv';
  counts: ImportPlan['counts'];
  created: number;
  updated: number;
  unchanged: number;
  timings: { parseMs: number; validateMs: number; writeMs: number; totalMs: number };
}

/** Today's date in Indonesia's western time zone (WIB), 'YYYY-MM-DD'. */
export function todayWib(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

const emptyCounts = (): ImportPlan['counts'] => ({
  unor: { rows: 0, created: 0, updated: 0, unchanged: 0 },
  jabatan: { rows: 0, created: 0, updated: 0, unchanged: 0 },
  pegawai: { rows: 0, created: 0, updated: 0, unchanged: 0 },
  penempatan: { opened: 0, closed: 0 },
});

/** Validation runs again on fresh data at most this often when the organisation keeps changing. */
const MAX_SNAPSHOT_RETRIES = 3;

/** The organisation changed between the snapshot and the write: validate again. */
class StaleSnapshotError extends Error {}

/**
 * Parses a file off the HTTP thread. A file beyond a limit throws the 413/422 AppError at once —
 * the import route calls this before it starts a job, so such a file is refused in the response.
 */
export async function parseUpload(input: Pick<ImportInput, 'fileName' | 'bytes' | 'jenis'>) {
  const started = performance.now();
  try {
    const parsed = await importRunner().parse(input.bytes, { fileName: input.fileName, jenis: input.jenis });
    return { ...parsed, parseMs: performance.now() - started };
  } catch (err) {
    if (err instanceof ImportLimitError) throw limitAppError(err);
    throw err;
  }
}

/** Imports a CSV or XLSX file of units, positions and/or people, atomically. */
export async function importFile(
  database: Database,
  input: ImportInput,
  parsedUpload?: Awaited<ReturnType<typeof parseUpload>>,
): Promise<ImportResult> {
  const t0 = performance.now();
  const progress = (phase: ImportProgress['phase'], processed: number, total: number) =>
    input.onProgress?.({ phase, processed, total });
  progress('parse', 0, 1);
  const { token, summary, parseMs } = parsedUpload ?? (await parseUpload(input));
  const runner = importRunner();
  try {
    const totalRows = summary.totalRows;
    progress('parse', 1, 1);
    const t1 = performance.now();
    // Parsing may have happened before (the route parses first): its own duration counts.
    const t0Parse = t1 - parseMs;
    const today = input.today ?? todayWib();
    const base = { dryRun: !!input.dryRun, fileName: input.fileName, format: summary.format };
    const summarize = (counts: ImportPlan['counts'], report: IssueReport, t2: number, t3: number): ImportResult => {
      const sum = (k: 'created' | 'updated' | 'unchanged') => counts.unor[k] + counts.jabatan[k] + counts.pegawai[k];
      return {
        ...base,
        ok: report.errorCount === 0,
        counts,
        created: sum('created'),
        updated: sum('updated'),
        unchanged: sum('unchanged'),
        ...report,
        timings: {
          parseMs: Math.round(parseMs),
          validateMs: Math.round(t2 - t1),
          writeMs: Math.round(t3 - t2),
          totalMs: Math.round(performance.now() - Math.min(t0, t0Parse)),
        },
      };
    };
    if (token === null) return summarize(emptyCounts(), summary, t1, t1);
    if (!(await repo.instansiExists(database.db, input.instansiId))) throw new AppError('NOT_FOUND');

    /** A snapshot of what the file refers to, validated in the worker (no transaction held). */
    const validate = async () => {
      progress('validate', 0, totalRows);
      const version = await repo.orgVersion(database.db, input.instansiId);
      const existing = await repo.loadExisting(database.db, input.instansiId, summary.nips);
      const v = await runner.validate(token, existing, { today });
      progress('validate', totalRows, totalRows);
      // Parse warnings (unknown columns, sheets) come first, as they did in one report.
      return { version, plan: v.plan, report: mergeReports(summary, v) };
    };

    if (input.dryRun) {
      const v = await validate();
      const t2 = performance.now();
      progress('done', totalRows, totalRows);
      return summarize(v.plan?.counts ?? emptyCounts(), v.report, t2, t2);
    }

    for (let attempt = 0; ; attempt++) {
      const v = await validate();
      const t2 = performance.now();
      if (!v.plan) return summarize(emptyCounts(), v.report, t2, t2);
      try {
        await writePlan(database, input, v.plan, v.version, progress);
      } catch (err) {
        if (
          (err instanceof StaleSnapshotError || err instanceof repo.ImportConflictError) &&
          attempt < MAX_SNAPSHOT_RETRIES
        )
          continue;
        throw err;
      }
      // One table per statement: on PGlite others' queries run between them.
      for (const table of ['unit_organisasi', 'jabatan', 'pegawai', 'penempatan'])
        await refreshStatistics(database, [table]);
      const t3 = performance.now();
      progress('done', totalRows, totalRows);
      return summarize(v.plan.counts, v.report, t2, t3);
    }
  } finally {
    if (token !== null) await runner.release(token).catch(() => {});
  }
}

/** One report of the parse step's and the validation's issues (totals and summaries of both). */
function mergeReports(a: IssueReport, b: IssueReport): IssueReport {
  const merged = issueReport([...a.errors, ...b.errors], [...a.warnings, ...b.warnings]);
  const add = (x: IssueReport['errorSummary'], y: IssueReport['errorSummary']) => {
    const byKey = new Map<string, IssueReport['errorSummary'][number]>();
    for (const c of [...x, ...y]) {
      const key = `${c.code}\u0000${c.column ?? ''}`;
      const had = byKey.get(key);
      if (had) had.count += c.count;
      else byKey.set(key, { ...c });
    }
    return [...byKey.values()].sort((p, q) => q.count - p.count || p.code.localeCompare(q.code));
  };
  return {
    errors: merged.errors,
    warnings: merged.warnings,
    errorCount: a.errorCount + b.errorCount,
    warningCount: a.warningCount + b.warningCount,
    errorSummary: add(a.errorSummary, b.errorSummary),
    warningSummary: add(a.warningSummary, b.warningSummary),
  };
}

/**
 * Writes a validated plan in one transaction, after checking that the organisation is still the
 * one it was validated against (the instansi row is locked, so no org write can slip in between).
 */
async function writePlan(
  database: Database,
  input: ImportInput,
  validated: ImportPlan,
  version: number,
  progress: (phase: ImportProgress['phase'], processed: number, total: number) => void,
): Promise<void> {
  // PGlite: a large import's new rows go in short journaled transactions first, so everyone else's
  // queries run between them (exchange.chunked-write.ts); PostgreSQL has a backend per
  // connection, so there one transaction blocks nobody.
  const chunkedRun = database.engine === 'pglite' && freshRows(validated) > CHUNK ? crypto.randomUUID() : null;
  try {
    const plan = chunkedRun
      ? await insertFreshInChunks(database, chunkedRun, input.instansiId, validated, (phase, done, total) =>
          progress(`write:${phase}`, done, total),
        )
      : validated;
    await writeRest(database, input, validated, plan, version, chunkedRun, progress);
  } catch (err) {
    if (chunkedRun) await undoRun(database, chunkedRun);
    throw err;
  }
}

/**
 * The import's one transaction: everything of the plan not yet written, the audit, the org
 * version — and, for a chunked run, the deletion of its journal (its commit point).
 */
async function writeRest(
  database: Database,
  input: ImportInput,
  validated: ImportPlan,
  plan: ImportPlan,
  version: number,
  chunkedRun: string | null,
  progress: (phase: ImportProgress['phase'], processed: number, total: number) => void,
): Promise<void> {
  await database.db.transaction(async (tx) => {
    await repo.lockInstansiForImport(tx, input.instansiId);
    if ((await repo.orgVersion(tx, input.instansiId, { forUpdate: true })) !== version) throw new StaleSnapshotError();
    const totals = {
      unor: plan.units.length,
      jabatan: plan.jabatan.length,
      pegawai: plan.pegawai.length,
      penempatan: plan.openPlacements.length,
    };
    await repo.applyPlan(tx, input.instansiId, plan, (phase, done) => progress(`write:${phase}`, done, totals[phase]));
    if (chunkedRun) {
      await completeRun(tx, chunkedRun);
      await repo.bumpOrgVersion(tx, input.instansiId);
    }
    const audit = {
      instansiId: input.instansiId,
      akunId: input.actor.akunId,
      actorLabel: input.actor.label,
      requestId: input.requestId ?? null,
    };
    // People the file moves to another position: their SKP of the old one closes (see position-events).
    await positionsEnded(
      { tx, ...audit },
      plan.closePlacements.map((c) => ({ pegawaiId: c.pegawaiId, selesai: c.selesai })),
    );
    for (const entity of ENTITIES) {
      const c = validated.counts[entity];
      if (c.rows === 0) continue;
      await writeAudit(tx, {
        ...audit,
        action: 'import',
        entity: 'import',
        entityId: entity,
        after: {
          fileName: input.fileName,
          ...c,
          ...(entity === 'pegawai' ? { penempatan: validated.counts.penempatan } : {}),
        },
      });
    }
    await repo.insertAuditRows(
      tx,
      plan.pegawaiChanges.map((ch) => ({
        ...audit,
        action: 'pegawai.import-update',
        entity: 'pegawai',
        entityId: ch.id,
        before: ch.before,
        after: ch.after,
      })),
    );
  });
}

export interface ExportInput {
  instansiId: string;
  /** One entity, or 'semua' for an XLSX with all three sheets. */
  jenis: Entity | 'semua';
  format: ExportFormat;
}

/** Exports units, positions or people of an instansi in the import format. */
export async function exportData(database: Database, input: ExportInput): Promise<ExportFile> {
  if (!(await repo.instansiExists(database.db, input.instansiId))) throw new AppError('NOT_FOUND');
  const stamp = todayWib();
  if (input.jenis === 'semua') {
    if (input.format === 'csv')
      throw new AppError('VALIDATION.FAILED', { field: 'format', reason: 'CSV holds one entity; choose jenis' });
    const sheets = [];
    for (const entity of ENTITIES)
      sheets.push({ entity, rows: await repo.exportRows(database.db, input.instansiId, entity) });
    return { fileName: `kinerja-${stamp}.xlsx`, contentType: CONTENT_TYPE.xlsx, body: await toXlsx(sheets) };
  }
  const rows = await repo.exportRows(database.db, input.instansiId, input.jenis);
  const name = `kinerja-${SHEET_NAME[input.jenis].toLowerCase()}-${stamp}.${input.format}`;
  const body = input.format === 'csv' ? toCsv(input.jenis, rows) : await toXlsx([{ entity: input.jenis, rows }]);
  return { fileName: name, contentType: CONTENT_TYPE[input.format], body };
}
