/** Public surface of the organisation module. */
import type { FastifyPluginAsync } from 'fastify';
import { orgRoutes as unitRoutes } from './org.routes.ts';
import { pegawaiRoutes } from './pegawai.routes.ts';

export const orgRoutes: FastifyPluginAsync = async (app) => {
  await app.register(unitRoutes);
  await app.register(pegawaiRoutes);
};

export {
  appraisalOf,
  appraiseesIn,
  appraiseesOf,
  cachedOrgIndex,
  countHierarchyProblems,
  explainAppraiser,
  getOrgIndex,
  relationTo,
  today,
} from './hierarchy.service.ts';
export { createInstansi, INSTANSI_PIMPINAN_BAWAAN, invalidInstansiKode } from './instansi.service.ts';
export { findInstansiByKode, getInstansi } from './org.repository.ts';
export { ZPenilaiExplanation } from './org.schema.ts';
export { assertMember, type Ctx, listAllInstansi, mutateOrg } from './org.service.ts';
export { explanation as penilaiExplanation } from './pegawai.service.ts';
export {
  onPositionEnded,
  type PositionEnd,
  type PositionEndContext,
  positionsEnded,
} from './position-events.ts';
