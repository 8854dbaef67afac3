/** Public surface of the planning module (periods, Perjanjian Kinerja, SKP). */
import type { FastifyPluginAsync } from 'fastify';
import { pkRoutes } from './pk.routes.ts';
import { skpRoutes as skpOnly } from './skp.routes.ts';

export const skpRoutes: FastifyPluginAsync = async (app) => {
  await app.register(pkRoutes);
  await app.register(skpOnly);
};

export { ensurePeriode } from './periode.service.ts';
export { loadReadableSkp, loadReadableSkpWithContent, skpAccess } from './skp.policy.ts';
export type { SkpRow } from './skp.repository.ts';
export type { TSkpIsi } from './skp.schema.ts';
export type { SkpCtx } from './skp-ctx.ts';
export { mutate, mutateOnce, type WriteKit } from './skp-ctx.ts';
export { loadIsi, loadRhkTree } from './skp-detail.ts';
export { closeSkpsForTransfers } from './skp-transfer.ts';
