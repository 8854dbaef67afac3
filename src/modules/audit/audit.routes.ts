/** Browse and filter the audit trail of a tenant (admin instansi, auditor, super admin). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../access/index.ts';
import { findAuditEntries } from './audit.repository.ts';
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
      const page = await findAuditEntries(app.database.db, { instansiId: req.params.instansiId, ...req.query });
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
          before: r.before,
          after: r.after,
        })),
      };
    },
  );
};
