/**
 * Renders many documents in parallel for bulk jobs: a small pool of worker threads
 * (pdf-worker.mjs), each with pdfmake, the parsed fonts and their word cache loaded once. The HTTP
 * thread only loads data and writes the zip, so the server stays responsive during a long job.
 * One implementation for every bulk job; what differs is a `PdfLayout` (which module's function
 * turns a job's arguments into a document definition — the worker imports it by URL) and, for a
 * pool kept warm between jobs, `warmPdfPool`.
 *
 * Size: `KINERJA_PDF_WORKERS` (0 renders in-process), else the number of CPUs, at most 4. With
 * workers unavailable (no worker threads, a failed start) it falls back to in-process rendering,
 * yielding to the event loop between documents.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type DocDefinition, renderPdf } from './pdf-renderer.ts';
import { type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';

/** What a pool renders: `module` (a file URL) exports `exportName`, the same function as `docDefinition`. */
export interface PdfLayout<A extends unknown[]> {
  module: URL;
  exportName: string;
  docDefinition: (...args: A) => DocDefinition;
}

/** SKP documents (the SKP bulk job). */
export const SKP_LAYOUT: PdfLayout<[SkpDokumen]> = {
  module: new URL('./skp-pdf.layout.ts', import.meta.url),
  exportName: 'skpDocDefinition',
  docDefinition: (doc) => skpDocDefinition(doc),
};

export interface PdfPool<A extends unknown[] = [SkpDokumen]> {
  /** Worker threads in use (0: in-process). */
  readonly size: number;
  render(...args: A): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfPoolOptions {
  /** Unref the workers so they never keep the process alive (a pool kept warm between jobs). */
  unref?: boolean;
}

interface Pending {
  resolve: (b: Buffer) => void;
  reject: (e: Error) => void;
}

interface Job {
  id: number;
  args: unknown[];
}

export function defaultPoolSize(): number {
  const env = process.env.KINERJA_PDF_WORKERS;
  if (env !== undefined && env !== '' && Number.isFinite(Number(env)))
    return Math.max(0, Math.min(16, Math.floor(Number(env))));
  return Math.max(1, Math.min(4, availableParallelism()));
}

const tick = () => new Promise<void>((r) => setImmediate(r));

function inProcess<A extends unknown[]>(layout: PdfLayout<A>): PdfPool<A> {
  return {
    size: 0,
    async render(...args) {
      const pdf = await renderPdf(layout.docDefinition(...args));
      await tick();
      return pdf;
    },
    async close() {},
  };
}

async function startWorker(layout: PdfLayout<unknown[]>, options: PdfPoolOptions): Promise<Worker> {
  const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
    workerData: { module: layout.module.href, exportName: layout.exportName },
    // A larger young generation: pdfmake allocates many short-lived objects per page.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  if (options.unref) worker.unref();
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean }) => {
      if (m.ready) {
        worker.off('error', reject);
        worker.off('message', onMessage);
        resolve();
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  return worker;
}

/** Starts a pool (or the in-process fallback) rendering `layout`. Close it when the job ends. */
export async function createPdfPool<A extends unknown[]>(
  layout: PdfLayout<A>,
  size = defaultPoolSize(),
  options: PdfPoolOptions = {},
): Promise<PdfPool<A>> {
  if (size <= 0) return inProcess(layout);
  let workers: Worker[];
  try {
    workers = await Promise.all(
      Array.from({ length: size }, () => startWorker(layout as PdfLayout<unknown[]>, options)),
    );
  } catch {
    return inProcess(layout);
  }
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [...workers];
  const queue: Job[] = [];
  let nextId = 0;
  let broken: Error | null = null;
  const dispatch = () => {
    while (idle.length && queue.length) (idle.pop() as Worker).postMessage(queue.shift() as Job);
  };
  for (const w of workers) {
    w.on('message', (m: { id: number; bytes?: ArrayBuffer; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      idle.push(w);
      dispatch();
      if (!p) return;
      if (m.bytes) p.resolve(Buffer.from(m.bytes));
      else p.reject(new Error(m.error ?? 'render failed'));
    });
    w.on('error', (err) => {
      broken = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    size,
    render(...args) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, args });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

export interface WarmPdfPool<A extends unknown[]> {
  /** The shared warm pool for one job; call `release` when the job ends. */
  acquire(): Promise<{ pool: PdfPool<A>; release(): void }>;
  /** Closes the shared pool now (graceful shutdown, tests). */
  close(): Promise<void>;
}

/**
 * A pool shared by consecutive jobs and closed after `idleMs()` without use; its workers are
 * unref'd. Worth it when starting the workers (tsx, pdfmake, parsing the fonts, JIT: about a second
 * of CPU) costs more than a job's documents take to render.
 */
export function warmPdfPool<A extends unknown[]>(
  layout: PdfLayout<A>,
  idleMs: () => number,
  size: () => number = defaultPoolSize,
): WarmPdfPool<A> {
  let shared: { pool: Promise<PdfPool<A>>; users: number; timer: NodeJS.Timeout | null } | null = null;
  return {
    async acquire() {
      if (!shared) {
        const pool = createPdfPool(layout, size(), { unref: true });
        shared = { pool, users: 0, timer: null };
        // A pool that failed to start is not kept.
        pool.catch(() => {
          shared = null;
        });
      }
      const entry = shared;
      entry.users++;
      if (entry.timer) {
        clearTimeout(entry.timer);
        entry.timer = null;
      }
      const pool = await entry.pool;
      let released = false;
      return {
        pool,
        release() {
          if (released) return;
          released = true;
          entry.users--;
          if (entry.users === 0 && shared === entry) {
            entry.timer = setTimeout(() => {
              if (shared === entry && entry.users === 0) {
                shared = null;
                void pool.close();
              }
            }, idleMs());
            entry.timer.unref();
          }
        },
      };
    },
    async close() {
      const entry = shared;
      shared = null;
      if (!entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      await (await entry.pool).close();
    },
  };
}
