/** Browse and filter the audit trail of a tenant (admin instansi, auditor, super admin). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../access/index.ts';
import { findAuditEntries, findTargetLabels } from './audit.repository.ts';
import { ZAuditPage, ZAuditQuery } from './audit.schema.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:instansiId/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Jejak audit / audit trail',
        params: z.object({ instansiId: z.uuid() }),
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.read', { instansiId: req.params.instansiId });
      const { instansiId } = req.params;
      const page = await findAuditEntries(app.database.db, { instansiId, ...req.query });
      const labels = await findTargetLabels(app.database.db, instansiId, page.items);
      return {
        page: req.query.page,
        hasMore: page.hasMore,
        items: page.items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          akunId: r.akunId,
          actorLabel: r.actorLabel,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          targetLabel: (r.entityId && labels.get(`${r.entity}:${r.entityId}`)) ?? keptName(r.before, r.after),
          before: r.before,
          after: r.after,
        })),
      };
    },
  );
};

/** The name an entry kept of its record (`nama`, `username`), for records deleted since. */
function keptName(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    const o = v as { nama?: unknown; username?: unknown } | null;
    if (o && typeof o === 'object') {
      if (typeof o.nama === 'string') return o.nama;
      if (typeof o.username === 'string') return o.username;
    }
  }
  return null;
}
