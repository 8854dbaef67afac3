/**
 * Renders many evaluation documents in parallel for the bulk job: worker threads (pdf-worker.mjs)
 * with the documents module's renderer (pdfmake, the fonts parsed once, the shared word cache) and
 * this module's layouts. Same sizing and fallback as the SKP pool (src/modules/dokumen/pdf-pool.ts):
 * `KINERJA_PDF_WORKERS` (0 renders in-process), else the CPUs, at most 4.
 *
 * Kept warm between jobs: starting a worker (tsx, pdfmake, parsing the fonts, JIT) costs about a
 * second of CPU, more than a unit penilaian's hundred documents take to render, so the pool is
 * shared by consecutive jobs (one per unit penilaian: an instansi's print run is dozens of them)
 * and closed after `KINERJA_PDF_POOL_IDLE_MS` (default 60 s) without use. Idle workers are unref'd
 * so they never keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { defaultPoolSize } from '../dokumen/pdf-pool.ts';
import { renderPdf } from '../dokumen/pdf-renderer.ts';
import { evaluasiDocDefinition, type JenisDokumen } from './layouts.ts';
import type { EvaluasiDok } from './model.ts';

export { defaultPoolSize };

export interface EvaluasiPdfPool {
  /** Worker threads in use (0: in-process). */
  readonly size: number;
  render(doc: EvaluasiDok, jenis: JenisDokumen): Promise<Buffer>;
  close(): Promise<void>;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

function inProcess(): EvaluasiPdfPool {
  return {
    size: 0,
    async render(doc, jenis) {
      const pdf = await renderPdf(evaluasiDocDefinition(doc, jenis));
      await tick();
      return pdf;
    },
    async close() {},
  };
}

async function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  worker.unref();
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

interface Job {
  id: number;
  doc: EvaluasiDok;
  jenis: JenisDokumen;
}

/** Starts a pool (or the in-process fallback). Close it when the job ends. */
export async function createEvaluasiPdfPool(size = defaultPoolSize()): Promise<EvaluasiPdfPool> {
  if (size <= 0) return inProcess();
  let workers: Worker[];
  try {
    workers = await Promise.all(Array.from({ length: size }, () => startWorker()));
  } catch {
    return inProcess();
  }
  const pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
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
    render(doc, jenis) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, doc, jenis });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

let shared: { pool: Promise<EvaluasiPdfPool>; users: number; timer: NodeJS.Timeout | null } | null = null;

const idleMs = () => {
  const v = Number(process.env.KINERJA_PDF_POOL_IDLE_MS);
  return Number.isFinite(v) && v >= 0 ? v : 60_000;
};

/** The shared warm pool for one job; call `release` when the job ends. */
export async function acquireEvaluasiPdfPool(): Promise<{ pool: EvaluasiPdfPool; release(): void }> {
  if (!shared) {
    const pool = createEvaluasiPdfPool();
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
}

/** Closes the shared pool now (graceful shutdown, tests). */
export async function closeEvaluasiPdfPool(): Promise<void> {
  const entry = shared;
  shared = null;
  if (!entry) return;
  if (entry.timer) clearTimeout(entry.timer);
  await (await entry.pool).close();
}
