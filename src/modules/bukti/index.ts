/** Public surface of the evidence module (bukti dukung). */

export { prepareTenantFileRemoval } from './bukti.cleanup.ts';
export { buktiRoutes } from './bukti.routes.ts';
export { samplePdf, samplePng } from './bukti.samples.ts';
