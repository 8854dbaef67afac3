/**
 * Imports as background jobs: a `job` row tracks status and progress (live on the node running it,
 * throttled on the row), the result is stored on the row when it ends, and the job is tracked as
 * alive (owner, heartbeat) so that it is failed, not left RUNNING, if its process dies
 * (jobs.liveness.ts).
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { BOOT_ID, failIfAbandoned, type JobFailure, jobFailure, trackJob } from '../jobs/index.ts';
import { capIssues } from './exchange.errors.ts';
import { importRunner } from './exchange.offthread.ts';
import * as repo from './exchange.repository.ts';
import {
  type ImportInput,
  type ImportProgress,
  type ImportResult,
  importFile,
  type parseUpload,
} from './exchange.service.ts';

/** Latest progress of jobs running on this node (fresher than the throttled job row). */
const liveProgress = new Map<string, ImportProgress>();
const pendingJobs = new Set<Promise<void>>();

export interface ImportJobView {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  phase: string | null;
  processed: number;
  total: number;
  result: ImportResult | JobFailure | { error: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * Starts an import as a background job: a `job` row tracks status and progress, the result (the
 * first 1,000 errors and the counts) is stored on the row when it ends. Returns at once with the
 * job id. `parsed`: the upload already parsed by `parseUpload` (the route parses first, so a file
 * beyond a limit is refused in the response and no job is created).
 */
export async function startImportJob(
  database: Database,
  input: Omit<ImportInput, 'onProgress' | 'dryRun'>,
  parsed?: Awaited<ReturnType<typeof parseUpload>>,
): Promise<{ jobId: string; done: Promise<void> }> {
  if (!(await repo.instansiExists(database.db, input.instansiId))) throw new AppError('NOT_FOUND');
  const jobId = crypto.randomUUID();
  // Tracked before the row exists, so no reader ever sees it without a live owner.
  const untrack = trackJob(database, jobId);
  try {
    await repo.insertJob(database.db, {
      id: jobId,
      instansiId: input.instansiId,
      akunId: input.actor.akunId,
      jenis: 'import',
      owner: BOOT_ID,
    });
  } catch (err) {
    untrack();
    if (parsed?.token != null)
      await importRunner()
        .release(parsed.token)
        .catch(() => {});
    throw err;
  }
  let lastWrite = 0;
  const onProgress = (p: ImportProgress) => {
    liveProgress.set(jobId, p);
    const now = Date.now();
    if (now - lastWrite < 500 && p.processed < p.total) return;
    lastWrite = now;
    // Fire and forget: on PGlite this may queue behind the import's write transaction, which is fine.
    repo.updateJobProgress(database.db, jobId, p).catch(() => {});
  };
  const done = (async () => {
    try {
      const result = await importFile(database, { ...input, onProgress }, parsed);
      await repo.finishJob(database.db, jobId, result.ok ? 'SUCCEEDED' : 'FAILED', result);
    } catch (err) {
      // A full disk or any other failure ends the job with its reason; if even that write fails,
      // the job is failed as abandoned when next read or at the next start (jobs.liveness.ts).
      await repo.finishJob(database.db, jobId, 'FAILED', jobFailure(err)).catch(() => {});
    } finally {
      liveProgress.delete(jobId);
      untrack();
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
  await failIfAbandoned(database, jobId);
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
    result: withReportTotals(job.result as ImportJobView['result']),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** A stored result from before reports were capped carries no totals: they are its lists' lengths. */
function withReportTotals(result: ImportJobView['result'] | undefined): ImportJobView['result'] {
  if (!result || !('errors' in result) || typeof result.errorCount === 'number') return result ?? null;
  const r = result as ImportResult;
  return {
    ...r,
    errorCount: r.errors.length,
    warningCount: r.warnings.length,
    errorSummary: capIssues(r.errors, 0).summary,
    warningSummary: capIssues(r.warnings, 0).summary,
  };
}
