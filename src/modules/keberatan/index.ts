/** Public surface of the keberatan module (issue 11 item 5; PP 30/2019 Pasal 59). */
export { keberatanRoutes } from './keberatan.routes.ts';
