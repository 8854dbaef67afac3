/**
 * The plumbing every bulk document job shares (the SKP zip in dokumen.service.ts, the evaluation
 * zip in src/modules/dokumen-evaluasi/massal.service.ts): one queue per kind of job run one job at a
 * time, tracked for liveness (src/modules/jobs) from before its row exists; documents loaded in
 * batches (the next while the current one renders), rendered on a worker pool and streamed as a
 * stored (not deflated: PDFs are compressed already) zip to the FileStore; progress in memory and,
 * throttled, in the `job` row; files kept a week; what an abandoned job left removed at start.
 */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { Zip, ZipPassThrough } from 'fflate';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jobFailure, trackJob } from '../jobs/index.ts';
import * as repo from './dokumen.repository.ts';
import { fileStoreFor } from './file-store.ts';

const BATCH = 50;
const RETENTION_MS = 7 * 24 * 3_600_000;

export interface LiveProgress {
  processed: number;
  total: number;
  phase: string;
}

/** Where a job's zip is stored. */
export const zipKey = (instansiId: string, jobId: string) => `dokumen/${instansiId}/${jobId}.zip`;

/** The jobs of one kind running (or queued) in this process. */
export class BulkJobQueue {
  readonly live = new Map<string, LiveProgress>();
  private readonly pending = new Set<Promise<void>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly jenis: string) {}

  /**
   * Tracks the job, writes its row (`register`: insertJob, an audit line …; untracked again if that
   * throws), then queues `run` behind this kind's earlier jobs.
   */
  async start(
    database: Database,
    jobId: string,
    total: number,
    register: () => Promise<void>,
    run: () => Promise<void>,
  ): Promise<void> {
    const untrack = trackJob(database, jobId);
    try {
      await register();
    } catch (err) {
      untrack();
      throw err;
    }
    this.live.set(jobId, { processed: 0, total, phase: 'antre' });
    const job = this.queue.then(run).finally(untrack);
    this.queue = job.catch(() => {});
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job)).catch(() => {});
  }

  /** Waits for this process's jobs of this kind (tests, benchmark, graceful shutdown). */
  async wait(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}

/** A renderer for one job: a pool's size and render function, released (awaited) when the job ends. */
export interface BulkRenderer<Doc> {
  size: number;
  render(doc: Doc): Promise<Buffer>;
  release(): void | Promise<void>;
}

export interface BulkZipJob<Row extends { id: string }, Doc> {
  jobId: string;
  instansiId: string;
  /** The zip's download name. */
  namaFile: string;
  daftar: Row[];
  renderer(): Promise<BulkRenderer<Doc>>;
  /** The documents of a batch by row id. */
  load(batch: Row[]): Promise<Map<string, Doc>>;
  /** A document's file name in the zip (made unique with -2, -3 … in list order). */
  fileName(item: Row, doc: Doc | undefined): string;
  /** A failure entry's id key (`skpId`, `evaluasiId`) and the message for a row whose document is gone. */
  gagalKey: string;
  notFound: string;
}

/** Runs a queued job to the end: SUCCEEDED with the zip stored, or FAILED with nothing left behind. */
export async function runBulkZip<Row extends { id: string }, Doc>(
  database: Database,
  queue: BulkJobQueue,
  job: BulkZipJob<Row, Doc>,
): Promise<void> {
  const { jobId, instansiId, daftar } = job;
  const store = fileStoreFor(database);
  const fileKey = zipKey(instansiId, jobId);
  const gagal: Array<Record<string, string>> = [];
  let processed = 0;
  let lastWrite = 0;
  const progress = async (phase: string, force = false) => {
    queue.live.set(jobId, { processed, total: daftar.length, phase });
    const now = Date.now();
    if (!force && now - lastWrite < 500) return;
    lastWrite = now;
    await repo.updateJobProgress(database.db, jobId, { processed, phase });
  };
  let renderer: BulkRenderer<Doc> | null = null;
  try {
    await removeExpiredFiles(database, queue.jenis);
    await progress('membuat', true);
    renderer = await job.renderer();
    const out = new PassThrough();
    // A failed write (a full disk: ENOSPC) must end the job, not leave it waiting for a 'drain'
    // that never comes: the failure is caught at once and checked after every batch.
    let storeError: unknown = null;
    const stored = store.put(fileKey, out);
    stored.catch((err: unknown) => {
      storeError = err;
      out.destroy();
    });
    const zip = new Zip((err, chunk, final) => {
      if (err) out.destroy(err);
      else {
        out.write(chunk);
        if (final) out.end();
      }
    });
    const used = new Set<string>();
    const batches: Row[][] = [];
    for (let from = 0; from < daftar.length; from += BATCH) batches.push(daftar.slice(from, from + BATCH));
    // The next batch loads while the current one renders.
    let next = batches.length ? job.load(batches[0]) : null;
    for (let k = 0; k < batches.length; k++) {
      const docs = await (next as Promise<Map<string, Doc>>);
      next = k + 1 < batches.length ? job.load(batches[k + 1]) : null;
      const r = renderer;
      // Names fixed in list order, so they do not depend on which worker finishes first.
      const names = batches[k].map((item) => {
        let name = job.fileName(item, docs.get(item.id));
        for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.pdf$/, `-${n}.pdf`);
        used.add(name);
        return name;
      });
      await Promise.all(
        batches[k].map(async (item, i) => {
          try {
            const doc = docs.get(item.id);
            if (!doc) throw new Error(job.notFound);
            const pdf = await r.render(doc);
            const entry = new ZipPassThrough(names[i]);
            zip.add(entry);
            entry.push(pdf, true);
          } catch (err) {
            gagal.push({ [job.gagalKey]: item.id, pesan: (err as Error).message });
          }
          processed++;
          await progress('membuat');
        }),
      );
      if (storeError) throw storeError;
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (storeError) throw storeError;
    }
    zip.end();
    const { size } = await stored;
    await repo.finishJob(database.db, jobId, 'SUCCEEDED', processed, {
      fileKey,
      namaFile: job.namaFile,
      ukuran: size,
      jumlah: processed - gagal.length,
      gagal,
      pekerja: renderer.size,
    });
  } catch (err) {
    await store.delete(fileKey).catch(() => {});
    await store.removeIncomplete(fileKey).catch(() => {});
    // If even this write fails (the database's disk is full too), the job is failed as abandoned
    // when next read or at the next start (jobs.liveness.ts).
    await repo.finishJob(database.db, jobId, 'FAILED', processed, { ...jobFailure(err), gagal }).catch(() => {});
  } finally {
    await renderer?.release();
    queue.live.delete(jobId);
  }
}

/** Deletes bulk files of a kind older than a week (their job rows stay, marked `dihapus`). */
async function removeExpiredFiles(database: Database, jenis: string): Promise<void> {
  const store = fileStoreFor(database);
  const expired = await repo.listExpiredJobFiles(database.db, jenis, new Date(Date.now() - RETENTION_MS));
  for (const e of expired) {
    await store.delete(e.fileKey).catch(() => {});
    await repo.markJobFileDeleted(database.db, e.id);
  }
}

/** Removes what an abandoned bulk job left: the partial zip (jobs.liveness.ts calls this). */
export async function cleanUpAbandonedZip(database: Database, job: { id: string; instansiId: string | null }) {
  if (!job.instansiId) return;
  const store = fileStoreFor(database);
  const key = zipKey(job.instansiId, job.id);
  await store.removeIncomplete(key);
  await store.delete(key);
}

const isBilingual = (v: unknown): v is { id: string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The status fields every bulk job shows: `head` first, the kind's own fields, then `tail`. */
export function jobStatus(job: repo.JobRow, live: LiveProgress | undefined) {
  const r = job.result ?? {};
  return {
    head: {
      id: job.id,
      status: job.status,
      phase: live?.phase ?? job.phase,
      processed: Math.max(live?.processed ?? 0, job.processed),
      total: job.total,
    },
    tail<G>(unduhUrl: string) {
      return {
        namaFile: str(r.namaFile),
        ukuran: num(r.ukuran),
        jumlah: num(r.jumlah),
        gagal: Array.isArray(r.gagal) ? (r.gagal as G[]) : [],
        error: str(r.error),
        errorMessage: isBilingual(r.errorMessage) ? r.errorMessage : null,
        dihapus: r.dihapus === true,
        createdAt: job.createdAt,
        finishedAt: job.finishedAt,
        unduhUrl: job.status === 'SUCCEEDED' && r.dihapus !== true ? unduhUrl : null,
      };
    },
  };
}

/** The stored zip of a finished job, or the error saying why there is none. */
export async function openJobZip(database: Database, job: repo.JobRow) {
  const r = job.result ?? {};
  if (job.status !== 'SUCCEEDED' || typeof r.fileKey !== 'string') {
    throw new AppError('DOKUMEN.BELUM_SIAP', { status: job.status, processed: job.processed, total: job.total });
  }
  const file = r.dihapus === true ? null : await fileStoreFor(database).get(r.fileKey);
  if (!file) throw new AppError('NOT_FOUND', { reason: 'file expired or stored on another node' });
  return { ...file, fileName: typeof r.namaFile === 'string' ? r.namaFile : `${job.id}.zip` };
}

/** Sends a job's zip (openJobZip) as a private download. */
export function sendZip(reply: FastifyReply, file: { stream: Readable; size: number; fileName: string }) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-length', String(file.size))
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}
