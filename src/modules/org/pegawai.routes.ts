/** Routes for pegawai, placements, appraiser explanation and overrides. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import {
  ZCreateOverride,
  ZCreatePegawai,
  ZCreatePlacement,
  ZEndPlacement,
  ZIdParams,
  ZPegawaiDetail,
  ZPegawaiListQuery,
  ZPegawaiPage,
  ZPegawaiParams,
  ZPenilaiExplanation,
  ZTanggalQuery,
  ZUpdatePegawai,
} from './org.schema.ts';
import * as svc from './pegawai.service.ts';

const tags = ['pegawai'];
const ZCreated = z.object({ id: z.string(), version: z.number().optional() });

export const pegawaiRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi/:instansiId/pegawai',
    {
      schema: {
        tags,
        summary: 'Daftar pegawai yang boleh dilihat / list the pegawai visible to the caller',
        params: ZIdParams,
        querystring: ZPegawaiListQuery,
        response: { 200: ZPegawaiPage },
      },
    },
    async (req) => svc.listPegawai(ctx(req), req.params.instansiId, req.query) as never,
  );

  app.post(
    '/instansi/:instansiId/pegawai',
    {
      schema: {
        tags,
        summary: 'Tambah pegawai (NIP divalidasi) / create pegawai',
        params: ZIdParams,
        body: ZCreatePegawai,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      const row = await svc.createPegawai(ctx(req), req.params.instansiId, req.body);
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );

  app.get(
    '/instansi/:instansiId/pegawai/:pegawaiId',
    {
      schema: {
        tags,
        summary: 'Profil pegawai, riwayat penempatan, penilai / profile',
        params: ZPegawaiParams,
        response: { 200: ZPegawaiDetail },
      },
    },
    async (req) => svc.getPegawaiDetail(ctx(req), req.params.instansiId, req.params.pegawaiId) as never,
  );

  app.patch(
    '/instansi/:instansiId/pegawai/:pegawaiId',
    {
      schema: {
        tags,
        summary:
          'Ubah pegawai (dengan versi; NIP dapat dikoreksi) / update pegawai (versioned; the NIP can be corrected)',
        params: ZPegawaiParams,
        body: ZUpdatePegawai,
        response: { 200: ZCreated },
      },
    },
    async (req) => {
      const row = await svc.updatePegawai(ctx(req), req.params.instansiId, req.params.pegawaiId, req.body);
      return { id: row.id, version: row.version };
    },
  );

  app.get(
    '/instansi/:instansiId/pegawai/:pegawaiId/penilai',
    {
      schema: {
        tags,
        summary: 'Pejabat penilai dan atasannya pada tanggal tertentu, dengan alasan / appraiser with explanation',
        params: ZPegawaiParams,
        querystring: ZTanggalQuery,
        response: { 200: ZPenilaiExplanation },
      },
    },
    async (req) =>
      svc.explainPenilai(ctx(req), req.params.instansiId, req.params.pegawaiId, req.query.tanggal) as never,
  );

  app.post(
    '/instansi/:instansiId/pegawai/:pegawaiId/penempatan',
    {
      schema: {
        tags,
        summary: 'Tambah penempatan (definitif menutup yang lama; PLT/PLH bertanggal) / add placement',
        params: ZPegawaiParams,
        body: ZCreatePlacement,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      const row = await svc.addPlacement(ctx(req), req.params.instansiId, req.params.pegawaiId, req.body);
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );

  app.post(
    '/instansi/:instansiId/pegawai/:pegawaiId/penempatan/:penempatanId/akhiri',
    {
      schema: {
        tags,
        summary: 'Akhiri penempatan / end a placement',
        params: ZPegawaiParams.extend({ penempatanId: z.uuid() }),
        body: ZEndPlacement,
        response: { 200: ZCreated },
      },
    },
    async (req) => {
      const row = await svc.endPlacement(
        ctx(req),
        req.params.instansiId,
        req.params.pegawaiId,
        req.params.penempatanId,
        req.body.selesai,
      );
      return { id: row.id };
    },
  );

  app.post(
    '/instansi/:instansiId/pegawai/:pegawaiId/penilai-khusus',
    {
      schema: {
        tags,
        summary: 'Tetapkan penilai khusus (delegasi) / set an appraiser override',
        params: ZPegawaiParams,
        body: ZCreateOverride,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      const row = await svc.addOverride(ctx(req), req.params.instansiId, req.params.pegawaiId, req.body);
      return reply.status(201).send({ id: row.id });
    },
  );

  app.delete(
    '/instansi/:instansiId/pegawai/:pegawaiId/penilai-khusus/:overrideId',
    {
      schema: {
        tags,
        summary: 'Hapus penilai khusus / remove an appraiser override',
        params: ZPegawaiParams.extend({ overrideId: z.uuid() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => svc.removeOverride(ctx(req), req.params.instansiId, req.params.pegawaiId, req.params.overrideId),
  );
};
