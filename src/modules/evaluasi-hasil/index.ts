/** Public surface of results out (issue 11, items 8–9): the evaluation export and the Monitoring Kurva. */
export { hasilRoutes } from './hasil.routes.ts';
