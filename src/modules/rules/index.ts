/** Public surface of the rules module: the simulation API plugin. The rules themselves live in src/domain. */
export { RULES_RATE_LIMIT, rulesRoutes } from './rules.routes.ts';
