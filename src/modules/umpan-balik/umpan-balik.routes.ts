/** Continuous-feedback routes and the appraiser's Bawahan read: thin handlers over the use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import { listBawahanPelaksanaan } from './bawahan.service.ts';
import {
  ZBalasan,
  ZBawahanPelaksanaan,
  ZBawahanQuery,
  ZInstansiParams,
  ZSkpParams,
  ZUmpanBalikList,
  ZUmpanBalikQuery,
  ZUtasBaru,
  ZUtasParams,
} from './umpan-balik.schema.ts';
import * as svc from './umpan-balik.service.ts';

const tags = ['umpan-balik'];
const ZCreated = z.object({ id: z.string(), createdAt: z.string() });

export const umpanBalikRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const base = '/instansi/:instansiId/skp/:skpId/umpan-balik';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Utas umpan balik SKP / feedback threads of an SKP (filter by RHK, IKI, value, period)',
        params: ZSkpParams,
        querystring: ZUmpanBalikQuery,
        response: { 200: ZUmpanBalikList },
      },
    },
    async (req) => svc.listUmpanBalik(ctx(req), req.params.instansiId, req.params.skpId, req.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Tulis umpan balik (utas baru) / start a feedback thread (appraiser, atasan penilai)',
        params: ZSkpParams,
        body: ZUtasBaru,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return svc.tulisUmpanBalik(ctx(req), req.params.instansiId, req.params.skpId, req.body);
    },
  );

  app.post(
    `${base}/:utasId/balas`,
    {
      schema: {
        tags,
        summary: 'Balas utas umpan balik / reply in a feedback thread (employee, appraisers)',
        params: ZUtasParams,
        body: ZBalasan,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return svc.balasUmpanBalik(ctx(req), req.params.instansiId, req.params.skpId, req.params.utasId, req.body);
    },
  );

  app.get(
    '/instansi/:instansiId/bawahan/pelaksanaan',
    {
      schema: {
        tags,
        summary: 'Bawahan: progres realisasi, bukti belum dilihat, umpan balik menunggu / my appraisees this period',
        params: ZInstansiParams,
        querystring: ZBawahanQuery,
        response: { 200: ZBawahanPelaksanaan },
      },
    },
    async (req) => listBawahanPelaksanaan(ctx(req), req.params.instansiId, req.query),
  );
};
