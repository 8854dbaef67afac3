/** SKP routes: thin handlers over the use cases (contract: docs/skp-api-contract.md). */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLang } from '../../http/lang.ts';
import type { Actor } from '../access/index.ts';
import { assignMph, getMph } from './mph.service.ts';
import {
  ZBawahanItem,
  ZBawahanQuery,
  ZCreateSkp,
  ZDeleteRhkQuery,
  ZDiff,
  ZDiffQuery,
  ZIdVersion,
  ZInstansiParams,
  ZKembalikan,
  ZMph,
  ZMphAssign,
  ZMphResult,
  ZPatchSkp,
  ZRhkAtasan,
  ZRhkIn,
  ZRhkParams,
  ZSkpDetail,
  ZSkpParams,
  ZSkpRingkas,
  ZSkpVersi,
  ZTahunQuery,
  ZTetapkanMassal,
  ZTetapkanMassalResult,
  ZTutup,
  ZVersion,
  ZVersiParams,
} from './skp.schema.ts';
import * as svc from './skp.service.ts';
import { ingatkanAtasan } from './skp-reminder.service.ts';
import * as rhkSvc from './skp-rhk.service.ts';
import * as wf from './skp-workflow.service.ts';

const tags = ['skp'];
const ZTransitionResult = z.object({
  id: z.string(),
  version: z.number(),
  status: z.string(),
  revisi: z.number().optional(),
});

export const skpRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const base = '/instansi/:instansiId/skp';

  app.get(
    `${base}/saya`,
    {
      schema: {
        tags,
        summary: 'SKP saya / my SKPs',
        params: ZInstansiParams,
        querystring: ZTahunQuery,
        response: { 200: z.array(ZSkpRingkas) },
      },
    },
    async (req) => svc.listSkpSaya(ctx(req), req.params.instansiId, req.query.tahun),
  );

  app.get(
    `${base}/bawahan`,
    {
      schema: {
        tags,
        summary: 'SKP bawahan yang saya nilai hari ini / SKPs of the people I appraise',
        params: ZInstansiParams,
        querystring: ZBawahanQuery,
        response: { 200: z.array(ZBawahanItem) },
      },
    },
    async (req) => svc.listSkpBawahan(ctx(req), req.params.instansiId, req.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Buat SKP / create an SKP',
        params: ZInstansiParams,
        body: ZCreateSkp,
        response: { 201: ZIdVersion },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createSkp(ctx(req), req.params.instansiId, req.body)),
  );

  app.post(
    `${base}/tetapkan-massal`,
    {
      schema: {
        tags,
        summary: 'Tetapkan banyak SKP / set SKPs in bulk (per item)',
        params: ZInstansiParams,
        body: ZTetapkanMassal,
        response: { 200: ZTetapkanMassalResult },
      },
    },
    async (req) => wf.tetapkanMassal(ctx(req), req.params.instansiId, req.body.items, requestLang(req)),
  );

  app.get(
    `${base}/:skpId`,
    { schema: { tags, summary: 'Detail SKP', params: ZSkpParams, response: { 200: ZSkpDetail } } },
    async (req) => svc.getSkpDetail(ctx(req), req.params.instansiId, req.params.skpId),
  );

  app.patch(
    `${base}/:skpId`,
    {
      schema: {
        tags,
        summary: 'Ubah pendekatan, perilaku, lampiran / edit header content',
        params: ZSkpParams,
        body: ZPatchSkp,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.patchSkp(ctx(req), req.params.instansiId, req.params.skpId, req.body),
  );

  app.post(
    `${base}/:skpId/rhk`,
    {
      schema: {
        tags,
        summary: 'Tambah RHK dengan IKI / add an RHK',
        params: ZSkpParams,
        body: ZRhkIn,
        response: { 201: ZIdVersion },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rhkSvc.addRhk(ctx(req), req.params.instansiId, req.params.skpId, req.body)),
  );

  app.put(
    `${base}/:skpId/rhk/:rhkId`,
    {
      schema: {
        tags,
        summary: 'Ubah RHK (IKI diganti) / update an RHK (IKI replaced)',
        params: ZRhkParams,
        body: ZRhkIn,
        response: { 200: ZIdVersion.extend({ anakDitandai: z.number() }) },
      },
    },
    async (req) => rhkSvc.updateRhk(ctx(req), req.params.instansiId, req.params.skpId, req.params.rhkId, req.body),
  );

  app.delete(
    `${base}/:skpId/rhk/:rhkId`,
    {
      schema: {
        tags,
        summary: 'Hapus RHK / delete an RHK',
        params: ZRhkParams,
        querystring: ZDeleteRhkQuery,
        response: { 200: ZIdVersion },
      },
    },
    async (req) =>
      rhkSvc.deleteRhk(ctx(req), req.params.instansiId, req.params.skpId, req.params.rhkId, req.query.version),
  );

  app.get(
    `${base}/:skpId/rhk-atasan`,
    {
      schema: {
        tags,
        summary: 'RHK pejabat penilai yang dapat diintervensi / appraiser RHK to intervene',
        params: ZSkpParams,
        response: { 200: ZRhkAtasan },
      },
    },
    async (req) => svc.getRhkAtasan(ctx(req), req.params.instansiId, req.params.skpId),
  );

  app.post(
    `${base}/:skpId/ingatkan-atasan`,
    {
      schema: {
        tags,
        summary:
          'Pemilik SKP meminta pejabat penilai menulis RHK untuk diintervensi (sekali selama belum dibaca) / ask the appraiser for RHK to intervene',
        params: ZSkpParams,
        response: {
          200: z.object({
            terkirim: z
              .boolean()
              .describe('false: pengingat sebelumnya belum dibaca / an earlier reminder is still unread'),
            penilai: z.string(),
          }),
        },
      },
    },
    async (req) => ingatkanAtasan(ctx(req), req.params.instansiId, req.params.skpId),
  );

  const transition = (
    name: string,
    summary: string,
    run: (
      req: { params: { instansiId: string; skpId: string }; body: { version: number } },
      c: ReturnType<typeof ctx>,
    ) => Promise<unknown>,
  ) => ({ name, summary, run });
  for (const t of [
    transition('ajukan', 'Ajukan (pegawai menandatangani) / submit', (req, c) =>
      wf.ajukan(c, req.params.instansiId, req.params.skpId, req.body.version),
    ),
    transition('tetapkan', 'Tetapkan (pejabat penilai) / set', (req, c) =>
      wf.tetapkan(c, req.params.instansiId, req.params.skpId, req.body.version),
    ),
    transition('ubah', 'Perubahan SKP (kembali ke DRAFT) / change a set SKP', (req, c) =>
      wf.ubah(c, req.params.instansiId, req.params.skpId, req.body.version),
    ),
  ]) {
    app.post(
      `${base}/:skpId/${t.name}`,
      {
        schema: { tags, summary: t.summary, params: ZSkpParams, body: ZVersion, response: { 200: ZTransitionResult } },
      },
      async (req) => t.run(req, ctx(req)) as Promise<z.infer<typeof ZTransitionResult>>,
    );
  }

  app.post(
    `${base}/:skpId/kembalikan`,
    {
      schema: {
        tags,
        summary: 'Kembalikan dengan catatan / return with notes',
        params: ZSkpParams,
        body: ZKembalikan,
        response: { 200: ZTransitionResult },
      },
    },
    async (req) => wf.kembalikan(ctx(req), req.params.instansiId, req.params.skpId, req.body),
  );

  app.post(
    `${base}/:skpId/tutup`,
    {
      schema: {
        tags,
        summary: 'Tutup SKP (mutasi/promosi, admin) / close on transfer',
        params: ZSkpParams,
        body: ZTutup,
        response: { 200: ZTransitionResult },
      },
    },
    async (req) => wf.tutup(ctx(req), req.params.instansiId, req.params.skpId, req.body),
  );

  app.get(
    `${base}/:skpId/versi/:revisi`,
    {
      schema: {
        tags,
        summary: 'Isi SKP yang dibekukan / a frozen version',
        params: ZVersiParams,
        response: { 200: ZSkpVersi },
      },
    },
    async (req) => svc.getVersi(ctx(req), req.params.instansiId, req.params.skpId, req.params.revisi),
  );

  app.get(
    `${base}/:skpId/diff`,
    {
      schema: {
        tags,
        summary: 'Perbedaan antar versi / diff of versions',
        params: ZSkpParams,
        querystring: ZDiffQuery,
        response: { 200: ZDiff },
      },
    },
    async (req) => svc.getDiff(ctx(req), req.params.instansiId, req.params.skpId, req.query.dari, req.query.ke),
  );

  app.get(
    `${base}/:skpId/matriks-peran-hasil`,
    { schema: { tags, summary: 'Matriks Peran Hasil', params: ZSkpParams, response: { 200: ZMph } } },
    async (req) => getMph(ctx(req), req.params.instansiId, req.params.skpId),
  );

  app.post(
    `${base}/:skpId/matriks-peran-hasil`,
    {
      schema: {
        tags,
        summary: 'Bagikan RHK ke bawahan / assign RHK to subordinates',
        params: ZSkpParams,
        body: ZMphAssign,
        response: { 200: ZMphResult },
      },
    },
    async (req) => assignMph(ctx(req), req.params.instansiId, req.params.skpId, req.body.items, requestLang(req)),
  );
};
