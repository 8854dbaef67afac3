/** Public surface of the pohon kinerja module. */
export { pohonRoutes } from './pohon.routes.ts';
export { getPohon } from './pohon.service.ts';
