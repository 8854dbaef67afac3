/** Public surface of the execution module (issue 10): realisasi, rencana aksi, progres harian, Kinerja Saya. */
export { pelaksanaanRoutes } from './pelaksanaan.routes.ts';
