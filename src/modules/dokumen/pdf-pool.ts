/**
 * Renders many SKP documents in parallel for bulk jobs: a small pool of worker threads
 * (pdf-worker.mjs), each with pdfmake, the parsed fonts and their word cache loaded once. The HTTP
 * thread only loads data and writes the zip, so the server stays responsive during a long job.
 *
 * Size: `KINERJA_PDF_WORKERS` (0 renders in-process), else the number of CPUs, at most 4. With
 * workers unavailable (no worker threads, a failed start) it falls back to in-process rendering,
 * yielding to the event loop between documents.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderPdf } from './pdf-renderer.ts';
import { type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';

export interface PdfPool {
  /** Worker threads in use (0: in-process). */
  readonly size: number;
  render(doc: SkpDokumen): Promise<Buffer>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (b: Buffer) => void;
  reject: (e: Error) => void;
}

export function defaultPoolSize(): number {
  const env = process.env.KINERJA_PDF_WORKERS;
  if (env !== undefined && env !== '' && Number.isFinite(Number(env)))
    return Math.max(0, Math.min(16, Math.floor(Number(env))));
  return Math.max(1, Math.min(4, availableParallelism()));
}

const tick = () => new Promise<void>((r) => setImmediate(r));

function inProcess(): PdfPool {
  return {
    size: 0,
    async render(doc) {
      const pdf = await renderPdf(skpDocDefinition(doc));
      await tick();
      return pdf;
    },
    async close() {},
  };
}

async function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
    // A larger young generation: pdfmake allocates many short-lived objects per page.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
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

/** Starts a pool (or the in-process fallback). Close it when the job ends. */
export async function createPdfPool(size = defaultPoolSize()): Promise<PdfPool> {
  if (size <= 0) return inProcess();
  let workers: Worker[];
  try {
    workers = await Promise.all(Array.from({ length: size }, () => startWorker()));
  } catch {
    return inProcess();
  }
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [...workers];
  const queue: Array<{ id: number; doc: SkpDokumen }> = [];
  let nextId = 0;
  let broken: Error | null = null;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop() as Worker;
      const job = queue.shift() as { id: number; doc: SkpDokumen };
      w.postMessage(job);
    }
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
    render(doc) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, doc });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
