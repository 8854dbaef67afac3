/** Public surface of the evaluation module: predikat organisasi, the appraisal form, set/receive/correct. */

export { tautanEvaluasi, teksNotifikasiEvaluasi } from './evaluasi.notifikasi.ts';
export { evaluasiRoutes } from './evaluasi.routes.ts';
