/** Public surface of the evaluation documents module. */
export { dokumenEvaluasiRoutes } from './dokumen-evaluasi.routes.ts';
export { getEvaluasiPdf, getPenetapanPdf } from './dokumen-evaluasi.service.ts';
export { evaluasiDocDefinition, type JenisDokumen } from './layouts.ts';
export {
  cleanUpAbandonedEvaluasiMassal,
  getMassalJob,
  JENIS_JOB_EVALUASI,
  stopEvaluasiMassal,
  waitForEvaluasiMassal,
} from './massal.service.ts';
export type { EvaluasiDok, PenetapanDok } from './model.ts';
export { penetapanDocDefinition } from './penetapan.layout.ts';
