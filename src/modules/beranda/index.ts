/** Public surface of the Home (beranda) module. */
export { berandaRoutes } from './beranda.routes.ts';
