/**
 * Import/export use cases. `importFile`: parse → validate every row against the file and the
 * existing data → if anything is wrong return every error and change nothing → otherwise write
 * everything in one transaction with the audit summary. Progress is reported through a callback
 * (CLI progress bar, job rows for the UI).
 */

import type { Database } from '../../db/client.ts';
import { refreshStatistics } from '../../db/maintenance.ts';
import { AppError } from '../../http/errors.ts';
import { writeAudit } from '../audit/index.ts';
import { positionsEnded } from '../org/index.ts';
import type { ImportError, ImportWarning } from './exchange.errors.ts';
import { CONTENT_TYPE, type ExportFile, type ExportFormat, toCsv, toXlsx } from './exchange.export.ts';
import { ENTITIES, type Entity, SHEET_NAME } from './exchange.format.ts';
import { parseFile } from './exchange.parse.ts';
import * as repo from './exchange.repository.ts';
import { type ImportPlan, validateImport } from './exchange.validate.ts';

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

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  fileName: string;
  format: 'xlsx' | 'csv';
  counts: ImportPlan['counts'];
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  warnings: ImportWarning[];
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

/** Imports a CSV or XLSX file of units, positions and/or people, atomically. */
export async function importFile(database: Database, input: ImportInput): Promise<ImportResult> {
  const t0 = performance.now();
  const progress = (phase: ImportProgress['phase'], processed: number, total: number) =>
    input.onProgress?.({ phase, processed, total });
  progress('parse', 0, 1);
  const parsed = parseFile(input.bytes, { fileName: input.fileName, jenis: input.jenis });
  const totalRows = parsed.sheets.reduce((a, s) => a + s.rows.length, 0);
  progress('parse', 1, 1);
  const t1 = performance.now();
  const today = input.today ?? todayWib();
  const base = { dryRun: !!input.dryRun, fileName: input.fileName, format: parsed.format };
  const summarize = (
    counts: ImportPlan['counts'],
    errors: ImportError[],
    warnings: ImportWarning[],
    t2: number,
    t3: number,
  ): ImportResult => {
    const sum = (k: 'created' | 'updated' | 'unchanged') => counts.unor[k] + counts.jabatan[k] + counts.pegawai[k];
    return {
      ...base,
      ok: errors.length === 0,
      counts,
      created: sum('created'),
      updated: sum('updated'),
      unchanged: sum('unchanged'),
      errors,
      warnings,
      timings: {
        parseMs: Math.round(t1 - t0),
        validateMs: Math.round(t2 - t1),
        writeMs: Math.round(t3 - t2),
        totalMs: Math.round(performance.now() - t0),
      },
    };
  };
  if (parsed.errors.length) return summarize(emptyCounts(), parsed.errors, parsed.warnings, t1, t1);

  const nips = new Set<string>();
  for (const s of parsed.sheets) {
    const i = s.columns.get('NIP_BARU');
    if (s.entity !== 'pegawai' || i === undefined) continue;
    for (const r of s.rows) {
      const v = r.cells[i];
      if (typeof v === 'string') nips.add(v.replace(/\s+/g, '').replace(/^'/, ''));
    }
  }
  if (!(await repo.instansiExists(database.db, input.instansiId))) throw new AppError('NOT_FOUND');

  if (input.dryRun) {
    progress('validate', 0, totalRows);
    const existing = await repo.loadExisting(database.db, input.instansiId, [...nips]);
    const v = validateImport(parsed, existing, { today });
    progress('validate', totalRows, totalRows);
    const t2 = performance.now();
    progress('done', totalRows, totalRows);
    return summarize(v.plan?.counts ?? emptyCounts(), v.errors, v.warnings, t2, t2);
  }

  let attempt = 0;
  for (;;) {
    try {
      let t2 = 0;
      const outcome = await database.db.transaction(async (tx) => {
        await repo.lockInstansiForImport(tx, input.instansiId);
        progress('validate', 0, totalRows);
        const existing = await repo.loadExisting(tx, input.instansiId, [...nips]);
        const v = validateImport(parsed, existing, { today });
        progress('validate', totalRows, totalRows);
        t2 = performance.now();
        if (!v.plan) return v;
        const plan = v.plan;
        const totals = {
          unor: plan.units.length,
          jabatan: plan.jabatan.length,
          pegawai: plan.pegawai.length,
          penempatan: plan.openPlacements.length,
        };
        await repo.applyPlan(tx, input.instansiId, plan, (phase, done) =>
          progress(`write:${phase}`, done, totals[phase]),
        );
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
          const c = plan.counts[entity];
          if (c.rows === 0) continue;
          await writeAudit(tx, {
            ...audit,
            action: 'import',
            entity: 'import',
            entityId: entity,
            after: {
              fileName: input.fileName,
              ...c,
              ...(entity === 'pegawai' ? { penempatan: plan.counts.penempatan } : {}),
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
        return v;
      });
      if (outcome.plan) await refreshStatistics(database, ['unit_organisasi', 'jabatan', 'pegawai', 'penempatan']);
      const t3 = performance.now();
      progress('done', totalRows, totalRows);
      return summarize(outcome.plan?.counts ?? emptyCounts(), outcome.errors, outcome.warnings, t2, t3);
    } catch (err) {
      if (err instanceof repo.ImportConflictError && attempt++ < 2) continue;
      throw err;
    }
  }
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

// ---- background import jobs -------------------------------------------------------------------

/** Latest progress of jobs running on this node (fresher than the throttled job row). */
const liveProgress = new Map<string, ImportProgress>();
const pendingJobs = new Set<Promise<void>>();

export interface ImportJobView {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  phase: string | null;
  processed: number;
  total: number;
  result: ImportResult | { error: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * Starts an import as a background job: a `job` row tracks status and progress, the result (with
 * every error) is stored on the row when it ends. Returns at once with the job id.
 */
export async function startImportJob(
  database: Database,
  input: Omit<ImportInput, 'onProgress' | 'dryRun'>,
): Promise<{ jobId: string; done: Promise<void> }> {
  if (!(await repo.instansiExists(database.db, input.instansiId))) throw new AppError('NOT_FOUND');
  const jobId = crypto.randomUUID();
  await repo.insertJob(database.db, {
    id: jobId,
    instansiId: input.instansiId,
    akunId: input.actor.akunId,
    jenis: 'import',
  });
  let lastWrite = 0;
  const onProgress = (p: ImportProgress) => {
    liveProgress.set(jobId, p);
    const now = Date.now();
    if (now - lastWrite < 500 && p.processed < p.total) return;
    lastWrite = now;
    // Fire and forget: on PGlite this queues behind the import's own transaction, which is fine.
    repo.updateJobProgress(database.db, jobId, p).catch(() => {});
  };
  const done = (async () => {
    try {
      const result = await importFile(database, { ...input, onProgress });
      await repo.finishJob(database.db, jobId, result.ok ? 'SUCCEEDED' : 'FAILED', result);
    } catch (err) {
      await repo.finishJob(database.db, jobId, 'FAILED', { error: (err as Error).message }).catch(() => {});
    } finally {
      liveProgress.delete(jobId);
    }
  })();
  pendingJobs.add(done);
  void done.finally(() => pendingJobs.delete(done));
  return { jobId, done };
}

/** Waits for the background jobs of this process (graceful shutdown, tests). */
export async function waitForImportJobs(): Promise<void> {
  await Promise.allSettled([...pendingJobs]);
}

/** A job of the instansi with its progress and, once finished, its result. */
export async function getImportJob(database: Database, instansiId: string, jobId: string): Promise<ImportJobView> {
  const job = await repo.getJob(database.db, instansiId, jobId);
  if (job?.jenis !== 'import') throw new AppError('NOT_FOUND');
  const live = liveProgress.get(jobId);
  const running = job.status === 'QUEUED' || job.status === 'RUNNING';
  return {
    id: job.id,
    status: running && live ? 'RUNNING' : job.status,
    phase: running && live ? live.phase : job.phase,
    processed: running && live ? live.processed : job.processed,
    total: running && live ? live.total : job.total,
    result: (job.result as ImportJobView['result']) ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
