/**
 * A tenant route (`/api/instansi/:instansiId/…`) for a tenant that does not exist answers 404
 * ACCESS.DENIED before the route runs. For most callers membership already implies existence (their
 * account and role rows reference the tenant), so nothing is queried; only cross-tenant roles —
 * super admins and cross-tenant auditors, members of every tenant — need the lookup. Without it a
 * super admin's write to an all-zero or unknown tenant id reached a foreign key and answered 500.
 * Not cached: a demo reset deletes a tenant, and one primary-key lookup is cheap.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';

function isCrossTenant(req: FastifyRequest): boolean {
  return !!req.actor?.roles.some((r) => r.instansiId === null);
}

export function registerTenantGuard(app: FastifyInstance): void {
  // preHandler: after validation, so the id is a well-formed uuid.
  app.addHook('preHandler', async (req) => {
    const id = (req.params as { instansiId?: unknown } | undefined)?.instansiId;
    if (typeof id !== 'string' || !isCrossTenant(req)) return;
    const res = await app.database.pool.query('select 1 from instansi where id = $1', [id]);
    if (res.rowCount === 0) throw new AppError('ACCESS.DENIED');
  });
}
