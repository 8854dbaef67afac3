/** Public surface of the documents module (SKP PDF, bulk zip, file store). */
export { dokumenRoutes } from './dokumen.routes.ts';
export {
  cleanUpAbandonedSkpMassal,
  getSkpMassalJob,
  getSkpPdf,
  JENIS_JOB as JENIS_JOB_SKP_MASSAL,
  loadDokumen,
  waitForDokumenJobs,
} from './dokumen.service.ts';
export { defaultFilesDir, type FileStore, fileStoreFor, LocalFileStore, setFileStore } from './file-store.ts';
export { renderPdf, usesSharedFonts } from './pdf-renderer.ts';
export { type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';
