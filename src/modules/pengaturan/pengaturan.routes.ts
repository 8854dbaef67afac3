/** GET/PUT /api/instansi/:instansiId/pengaturan — the per-instansi rule settings overlay. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zVersion } from '../../http/schema.ts';
import type { Actor } from '../access/index.ts';
import * as svc from './pengaturan.service.ts';

const ZView = z.object({
  settings: z.record(z.string(), z.unknown()),
  version: z.number(),
  defaults: z.record(z.string(), z.unknown()),
});

export const pengaturanRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const params = z.object({ instansiId: z.uuid() });
  app.get(
    '/instansi/:instansiId/pengaturan',
    {
      schema: {
        tags: ['aturan'],
        summary: 'Pengaturan aturan instansi / per-instansi rule settings',
        params,
        response: { 200: ZView },
      },
    },
    async (req) => svc.getSettings(ctx(req), req.params.instansiId),
  );
  app.put(
    '/instansi/:instansiId/pengaturan',
    {
      schema: {
        tags: ['aturan'],
        summary: 'Ubah pengaturan (versi; konflik → 409) / change settings (versioned)',
        params,
        body: z.object({ version: zVersion(0), settings: z.record(z.string(), z.unknown()) }),
        response: { 200: ZView },
      },
    },
    async (req) => svc.updateSettings(ctx(req), req.params.instansiId, req.body),
  );
};
