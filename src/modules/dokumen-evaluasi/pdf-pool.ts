/**
 * The evaluation documents' worker pool: the documents module's pool (src/modules/dokumen/pdf-pool.ts,
 * same sizing and fallback: `KINERJA_PDF_WORKERS`, 0 renders in-process, else the CPUs, at most 4)
 * rendering this module's layouts.
 *
 * Kept warm between jobs: starting a worker (tsx, pdfmake, parsing the fonts, JIT) costs about a
 * second of CPU, more than a unit penilaian's hundred documents take to render, so the pool is
 * shared by consecutive jobs (one per unit penilaian: an instansi's print run is dozens of them)
 * and closed after `KINERJA_PDF_POOL_IDLE_MS` (default 60 s) without use. Idle workers are unref'd
 * so they never keep the process alive.
 */
import { type PdfLayout, type PdfPool, warmPdfPool } from '../dokumen/pdf-pool.ts';
import { evaluasiDocDefinition, type JenisDokumen } from './layouts.ts';
import type { EvaluasiDok } from './model.ts';

export type EvaluasiPdfPool = PdfPool<[EvaluasiDok, JenisDokumen]>;

const EVALUASI_LAYOUT: PdfLayout<[EvaluasiDok, JenisDokumen]> = {
  module: new URL('./layouts.ts', import.meta.url),
  exportName: 'evaluasiDocDefinition',
  docDefinition: (doc, jenis) => evaluasiDocDefinition(doc, jenis),
};

const idleMs = () => {
  const v = Number(process.env.KINERJA_PDF_POOL_IDLE_MS);
  return Number.isFinite(v) && v >= 0 ? v : 60_000;
};

const warm = warmPdfPool(EVALUASI_LAYOUT, idleMs);

/** The shared warm pool for one job; call `release` when the job ends. */
export const acquireEvaluasiPdfPool = () => warm.acquire();

/** Closes the shared pool now (graceful shutdown, tests). */
export const closeEvaluasiPdfPool = () => warm.close();
