/**
 * Background jobs end, even when their process does not (crash, kill -9, restart, full disk).
 *
 * Every job row names its owner — `host/pid/boot`, a fresh boot id per process — and the owner
 * refreshes `heartbeat_at` while it runs. A QUEUED or RUNNING job is abandoned when:
 * - its owner is this process but the job is not running here (the run ended without writing
 *   its end, e.g. the end itself failed on a full disk);
 * - its owner ran on this host and that process is gone (its pid is dead, or is ours under another
 *   boot id: a restart, also in a container where the pid repeats);
 * - otherwise (another node, PostgreSQL with several app nodes) its heartbeat is older than
 *   `STALE_AFTER_MS` — a live node refreshes it every `HEARTBEAT_MS`, so a job is never failed
 *   while another live process runs it.
 * Abandoned jobs are failed with a reason in both languages (`JOB.ABANDONED`) when the server or a
 * CLI command starts and whenever a job is read; the kind's cleanup then removes its partial
 * files. The update is conditional on the owner and heartbeat seen, so two nodes never both fail
 * (or fail and finish) the same job.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Executor } from '../../db/tx.ts';
import type { Bilingual } from '../../http/errors.ts';

/** This process, as job owner. */
export const BOOT_ID = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
export const HEARTBEAT_MS = 15_000;
/** Eight missed heartbeats: generous for a node under load, short enough for a user waiting. */
export const STALE_AFTER_MS = 120_000;

const runningHere = new Set<string>();

/** Reasons a job fails without an exception of its own, in both languages. */
export const JOB_FAILURES = {
  'JOB.ABANDONED': {
    id: 'Pekerjaan terhenti karena proses server yang menjalankannya berhenti (mis. dimulai ulang atau mati). Tidak ada yang disimpan dari pekerjaan ini; silakan mulai lagi.',
    en: 'The job stopped because the server process running it ended (e.g. a restart or a crash). Nothing of it was kept; please start it again.',
  },
  'JOB.DISK_FULL': {
    id: 'Pekerjaan gagal karena disk server penuh. Minta pengelola server mengosongkan ruang, lalu mulai lagi.',
    en: "The job failed because the server's disk is full. Ask the server's operator to free space, then start it again.",
  },
  'JOB.ERROR': {
    id: 'Pekerjaan gagal karena kesalahan pada server: {detail}',
    en: 'The job failed because of a server error: {detail}',
  },
} as const satisfies Record<string, Bilingual>;

export type JobFailureCode = keyof typeof JOB_FAILURES;

/** What a failed job stores in `result` about why: code, message in both languages, technical detail. */
export interface JobFailure {
  error: string;
  errorCode: JobFailureCode;
  errorMessage: Bilingual;
}

/** The stored reason of a job that ended on `err` (a full disk is named as such). */
export function jobFailure(err: unknown): JobFailure {
  const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const detail = e instanceof Error ? e.message : String(err);
  const diskFull =
    e?.code === 'ENOSPC' ||
    e?.cause?.code === 'ENOSPC' ||
    /ENOSPC|No space left on device|could not extend file/i.test(detail);
  if (diskFull) return { error: detail, errorCode: 'JOB.DISK_FULL', errorMessage: JOB_FAILURES['JOB.DISK_FULL'] };
  const m = JOB_FAILURES['JOB.ERROR'];
  return {
    error: detail,
    errorCode: 'JOB.ERROR',
    errorMessage: { id: m.id.replace('{detail}', detail), en: m.en.replace('{detail}', detail) },
  };
}

/**
 * Marks a job as running in this process and keeps its heartbeat fresh until `stop()`. The timer
 * does not keep the process alive; a failed heartbeat write is retried on the next beat.
 */
export function trackJob(database: Database, jobId: string): () => void {
  runningHere.add(jobId);
  const beat = setInterval(() => {
    database.db
      .execute(sql`update job set heartbeat_at = now() where id = ${jobId} and owner = ${BOOT_ID}`)
      .catch(() => {});
  }, HEARTBEAT_MS);
  beat.unref();
  return () => {
    clearInterval(beat);
    runningHere.delete(jobId);
  };
}

function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface ActiveJob {
  id: string;
  instansiId: string | null;
  jenis: string;
  owner: string | null;
  heartbeatAt: Date | string | null;
  /** The heartbeat exactly as stored (microseconds), for the conditional update. */
  heartbeatText: string | null;
  createdAt: Date | string;
}

const time = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());

/** Whether a QUEUED/RUNNING job's process is gone (see the module comment). */
export function isAbandoned(job: ActiveJob, now = Date.now()): boolean {
  if (job.owner === BOOT_ID) return !runningHere.has(job.id);
  const [host, pidText] = (job.owner ?? '').split('/');
  const pid = Number(pidText);
  if (job.owner && host === hostname() && Number.isInteger(pid) && pid > 0) {
    if (pid === process.pid || !isPidAlive(pid)) return true;
  }
  // Another node (or a row from before owners were recorded): only a stale heartbeat tells.
  const last = time(job.heartbeatAt) ?? time(job.createdAt) ?? 0;
  return now - last > STALE_AFTER_MS;
}

/** Frees what an abandoned job of a kind left behind (partial files); registered by the kind. */
type Cleanup = (database: Database, job: ActiveJob) => Promise<void>;
const cleanups = new Map<string, Cleanup>();

export function onJobAbandoned(jenis: string, cleanup: Cleanup): void {
  cleanups.set(jenis, cleanup);
}

async function activeJobs(exec: Executor, where: ReturnType<typeof sql>): Promise<ActiveJob[]> {
  const res = await exec.execute(sql`
    select id, instansi_id as "instansiId", jenis, owner, heartbeat_at as "heartbeatAt",
           heartbeat_at::text as "heartbeatText", created_at as "createdAt"
      from job where status in ('QUEUED', 'RUNNING') and ${where}`);
  return res.rows as unknown as ActiveJob[];
}

/** Fails one abandoned job if nobody changed it meanwhile; true when this call failed it. */
async function failAbandoned(database: Database, job: ActiveJob): Promise<boolean> {
  const failure = { errorCode: 'JOB.ABANDONED', errorMessage: JOB_FAILURES['JOB.ABANDONED'], error: 'abandoned' };
  const res = await database.db.execute(sql`
    update job set status = 'FAILED', phase = 'done', finished_at = now(),
           result = coalesce(result, '{}'::jsonb) || ${JSON.stringify(failure)}::jsonb
     where id = ${job.id} and status in ('QUEUED', 'RUNNING')
       and owner is not distinct from ${job.owner}
       and heartbeat_at is not distinct from ${job.heartbeatText}::timestamptz
     returning id`);
  if (res.rows.length === 0) return false;
  await cleanups
    .get(job.jenis)?.(database, job)
    .catch(() => {});
  return true;
}

/**
 * Fails every abandoned job (server and CLI start). Returns how many; logs one line when any.
 * On PGlite the data-directory lock means no other process can be running any of them.
 */
export async function failAbandonedJobs(database: Database, log: (line: string) => void = console.warn) {
  const jobs = await activeJobs(database.db, sql`true`);
  let failed = 0;
  for (const job of jobs) {
    if ((database.engine === 'pglite' && job.owner !== BOOT_ID) || isAbandoned(job)) {
      if (await failAbandoned(database, job)) failed++;
    }
  }
  if (failed) log(`kinerja: ${failed} job terhenti ditandai FAILED / ${failed} abandoned job(s) marked FAILED`);
  return failed;
}

/** Fails the job if it is active and abandoned (every read of a job calls this first). */
export async function failIfAbandoned(database: Database, jobId: string): Promise<void> {
  if (runningHere.has(jobId)) return;
  const [job] = await activeJobs(database.db, sql`id = ${jobId}`);
  if (job && isAbandoned(job)) await failAbandoned(database, job);
}
