/** Public surface of the evidence module (bukti dukung). */

export { removeTenantFiles } from './bukti.cleanup.ts';
export { buktiRoutes } from './bukti.routes.ts';
