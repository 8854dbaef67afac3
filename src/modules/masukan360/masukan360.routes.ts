/** 360° input routes: thin handlers over the use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import {
  ZCalon,
  ZCalonQuery,
  ZInstansiParams,
  ZJawaban,
  ZMasukanParams,
  ZPermintaanBaru,
  ZPermintaanList,
  ZSkpParams,
  ZTugasSaya,
} from './masukan360.schema.ts';
import * as svc from './masukan360.service.ts';

const tags = ['masukan360'];

export const masukan360Routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi/:instansiId/masukan360/calon',
    {
      schema: {
        tags,
        summary: 'Cari calon responden / search respondents to ask (20 at most)',
        params: ZInstansiParams,
        querystring: ZCalonQuery,
        response: { 200: ZCalon },
      },
    },
    async (req) => svc.cariCalon(ctx(req), req.params.instansiId, req.query.q),
  );

  app.get(
    '/instansi/:instansiId/masukan360/saya',
    {
      schema: {
        tags,
        summary: 'Permintaan masukan 360° yang menunggu jawaban saya / requests waiting for my answer',
        params: ZInstansiParams,
        response: { 200: ZTugasSaya },
      },
    },
    async (req) => svc.tugasSaya(ctx(req), req.params.instansiId),
  );

  app.post(
    '/instansi/:instansiId/masukan360/:masukanId/jawab',
    {
      schema: {
        tags,
        summary: 'Jawab permintaan masukan 360° (sekali, anonim) / answer a request (once, anonymously)',
        params: ZMasukanParams,
        body: ZJawaban,
        response: { 200: z.object({ id: z.string(), dijawab: z.boolean() }) },
      },
    },
    async (req) => svc.jawab(ctx(req), req.params.instansiId, req.params.masukanId, req.body),
  );

  app.post(
    '/instansi/:instansiId/masukan360/:masukanId/tutup',
    {
      schema: {
        tags,
        summary: 'Tutup permintaan masukan 360° / close a request',
        params: ZMasukanParams,
        response: { 200: z.object({ id: z.string(), status: z.literal('DITUTUP') }) },
      },
    },
    async (req) => svc.tutupPermintaan(ctx(req), req.params.instansiId, req.params.masukanId),
  );

  app.get(
    '/instansi/:instansiId/skp/:skpId/masukan360',
    {
      schema: {
        tags,
        summary: 'Permintaan masukan 360° atas SKP dan agregatnya / the requests of an SKP and their aggregate',
        params: ZSkpParams,
        response: { 200: ZPermintaanList },
      },
    },
    async (req) => svc.listPermintaan(ctx(req), req.params.instansiId, req.params.skpId),
  );

  app.post(
    '/instansi/:instansiId/skp/:skpId/masukan360',
    {
      schema: {
        tags,
        summary: 'Minta masukan 360° / ask colleagues for 360° input (employee, appraiser)',
        params: ZSkpParams,
        body: ZPermintaanBaru,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return svc.mintaMasukan(ctx(req), req.params.instansiId, req.params.skpId, req.body);
    },
  );
};
