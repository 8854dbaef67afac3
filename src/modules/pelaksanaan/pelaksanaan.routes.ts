/** Execution routes (issue 10): thin handlers over the use cases (docs/pelaksanaan-realisasi.md). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import { bacaKinerja, kinerjaSaya } from './kinerja-saya.service.ts';
import {
  ZBuka,
  ZBukaIn,
  ZInstansiParams,
  ZPelaksanaan,
  ZPelaksanaanQuery,
  ZPelaksanaanSaya,
  ZPeriodeParams,
  ZProgres,
  ZProgresIn,
  ZProgresParams,
  ZProgresQuery,
  ZProgresUpdate,
  ZRealisasi,
  ZRealisasiIn,
  ZRealisasiParams,
  ZRencana,
  ZRencanaIn,
  ZRencanaParams,
  ZRencanaUpdate,
  ZSayaQuery,
  ZSkpParams,
  ZVersionQuery,
} from './pelaksanaan.schema.ts';
import * as progres from './progres.service.ts';
import * as svc from './realisasi.service.ts';

const tags = ['pelaksanaan'];

export const pelaksanaanRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const skp = '/instansi/:instansiId/skp/:skpId';

  app.get(
    '/instansi/:instansiId/pelaksanaan/saya',
    {
      schema: {
        tags,
        summary: 'Kinerja saya: SKP, periode dan tenggat / my SKPs, periods and what is due',
        params: ZInstansiParams,
        querystring: ZSayaQuery,
        response: { 200: ZPelaksanaanSaya },
      },
    },
    async (req) => kinerjaSaya(ctx(req), req.params.instansiId, req.query.tahun),
  );

  app.get(
    `${skp}/pelaksanaan`,
    {
      schema: {
        tags,
        summary: 'Pelaksanaan SKP satu periode / one period of an SKP (one read for the Kinerja Saya screen)',
        params: ZSkpParams,
        querystring: ZPelaksanaanQuery,
        response: { 200: ZPelaksanaan },
      },
    },
    async (req) => bacaKinerja(ctx(req), req.params.instansiId, req.params.skpId, req.query.periode),
  );

  app.put(
    `${skp}/pelaksanaan/:periode/realisasi/:ikiId`,
    {
      schema: {
        tags,
        summary: 'Simpan realisasi IKI / save the realisasi of an IKI for a period',
        params: ZRealisasiParams,
        body: ZRealisasiIn,
        response: { 200: ZRealisasi },
      },
    },
    async (req) => {
      const p = req.params;
      return svc.simpanRealisasi(ctx(req), p.instansiId, p.skpId, p.periode, p.ikiId, req.body);
    },
  );

  app.post(
    `${skp}/pelaksanaan/:periode/buka`,
    {
      schema: {
        tags,
        summary: 'Buka kembali pengisian (pejabat penilai) / reopen entry after the deadline (appraiser)',
        params: ZPeriodeParams,
        body: ZBukaIn,
        response: { 200: ZBuka },
      },
    },
    async (req) => svc.bukaPengisian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode, req.body),
  );

  app.post(
    `${skp}/rencana-aksi`,
    {
      schema: {
        tags,
        summary: 'Tambah rencana aksi / add an action plan to an RHK for a period',
        params: ZSkpParams,
        body: ZRencanaIn,
        response: { 201: ZRencana },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.tambahRencana(ctx(req), req.params.instansiId, req.params.skpId, req.body)),
  );

  app.put(
    `${skp}/rencana-aksi/:rencanaId`,
    {
      schema: {
        tags,
        summary: 'Ubah rencana aksi / edit an action plan',
        params: ZRencanaParams,
        body: ZRencanaUpdate,
        response: { 200: ZRencana },
      },
    },
    async (req) => svc.ubahRencana(ctx(req), req.params.instansiId, req.params.skpId, req.params.rencanaId, req.body),
  );

  app.delete(
    `${skp}/rencana-aksi/:rencanaId`,
    {
      schema: {
        tags,
        summary: 'Hapus rencana aksi / delete an action plan',
        params: ZRencanaParams,
        querystring: ZVersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = req.params;
      await svc.hapusRencana(ctx(req), p.instansiId, p.skpId, p.rencanaId, req.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${skp}/progres-harian`,
    {
      schema: {
        tags,
        summary: 'Daftar progres harian / daily progress entries of an SKP',
        params: ZSkpParams,
        querystring: ZProgresQuery,
        response: { 200: z.array(ZProgres) },
      },
    },
    async (req) => progres.daftarProgres(ctx(req), req.params.instansiId, req.params.skpId, req.query),
  );

  app.post(
    `${skp}/progres-harian`,
    {
      schema: {
        tags,
        summary: 'Catat progres harian (idempoten per clientId) / log daily progress (idempotent by clientId)',
        description: '201 when stored; 200 with the stored entry when the same clientId is sent again (a retry).',
        params: ZSkpParams,
        body: ZProgresIn,
        response: { 200: ZProgres, 201: ZProgres },
      },
    },
    async (req, reply) => {
      const r = await progres.tambahProgres(ctx(req), req.params.instansiId, req.params.skpId, req.body);
      return reply.status(r.status).send(r.body);
    },
  );

  app.patch(
    `${skp}/progres-harian/:progresId`,
    {
      schema: {
        tags,
        summary: 'Ubah progres harian / edit a daily entry',
        params: ZProgresParams,
        body: ZProgresUpdate,
        response: { 200: ZProgres },
      },
    },
    async (req) =>
      progres.ubahProgres(ctx(req), req.params.instansiId, req.params.skpId, req.params.progresId, req.body),
  );

  app.delete(
    `${skp}/progres-harian/:progresId`,
    {
      schema: {
        tags,
        summary: 'Hapus progres harian / delete a daily entry',
        params: ZProgresParams,
        querystring: ZVersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = req.params;
      await progres.hapusProgres(ctx(req), p.instansiId, p.skpId, p.progresId, req.query.version);
      return reply.status(204).send(null);
    },
  );
};
