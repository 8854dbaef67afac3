/** Dialog kinerja routes: thin handlers over the use cases (docs/pelaksanaan-dialog.md). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import {
  ZBatal,
  ZBawahanDialog,
  ZBawahanQuery,
  ZCekKompetensi,
  ZDialogDetail,
  ZDialogParams,
  ZDialogRingkas,
  ZDialogSaya,
  ZIdVersion,
  ZInstansiParams,
  ZJadwal,
  ZKonfirmasi,
  ZRekam,
  ZSkpParams,
  ZUbahJadwal,
  ZUmpanBalikCoaching,
} from './dialog.schema.ts';
import * as svc from './dialog.service.ts';
import * as read from './dialog-read.service.ts';

const tags = ['dialog'];

export const dialogRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const base = '/instansi/:instansiId/dialog';

  app.get(
    `${base}/saya`,
    {
      schema: {
        tags,
        summary: 'Dialog dan rencana pengembangan saya / my dialogues and development items',
        params: ZInstansiParams,
        response: { 200: ZDialogSaya },
      },
    },
    async (req) => read.listSaya(ctx(req), req.params.instansiId),
  );

  app.get(
    `${base}/bawahan`,
    {
      schema: {
        tags,
        summary: 'Bawahan dengan/tanpa dialog pada periode / my appraisees with and without a dialogue this period',
        params: ZInstansiParams,
        querystring: ZBawahanQuery,
        response: { 200: ZBawahanDialog },
      },
    },
    async (req) => read.listBawahan(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/skp/:skpId/dialog',
    {
      schema: {
        tags,
        summary: 'Dialog atas satu SKP / the dialogues of an SKP',
        params: ZSkpParams,
        response: { 200: z.object({ aksi: z.array(z.string()), dialog: z.array(ZDialogRingkas) }) },
      },
    },
    async (req) => read.listSkp(ctx(req), req.params.instansiId, req.params.skpId),
  );

  app.post(
    '/instansi/:instansiId/skp/:skpId/dialog',
    {
      schema: {
        tags,
        summary: 'Jadwalkan dialog kinerja (pejabat penilai) / schedule a dialogue (appraiser)',
        description:
          'Agenda diusulkan otomatis: RHK yang tertinggal dari target, rencana pengembangan yang masih terbuka, nilai BerAKHLAK yang mendapat umpan balik, dan aspirasi karier.',
        params: ZSkpParams,
        body: ZJadwal,
        response: { 201: ZIdVersion },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.jadwalkan(ctx(req), req.params.instansiId, req.params.skpId, req.body)),
  );

  app.get(
    `${base}/:dialogId`,
    {
      schema: {
        tags,
        summary: 'Detail dialog kinerja / a dialogue',
        params: ZDialogParams,
        response: { 200: ZDialogDetail },
      },
    },
    async (req) => read.getDetail(ctx(req), req.params.instansiId, req.params.dialogId),
  );

  app.patch(
    `${base}/:dialogId`,
    {
      schema: {
        tags,
        summary: 'Ubah jadwal, tempat atau jenis / reschedule',
        params: ZDialogParams,
        body: ZUbahJadwal,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.ubahJadwal(ctx(req), req.params.instansiId, req.params.dialogId, req.body),
  );

  app.post(
    `${base}/:dialogId/batal`,
    {
      schema: {
        tags,
        summary: 'Batalkan dialog / cancel',
        params: ZDialogParams,
        body: ZBatal,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.batalkan(ctx(req), req.params.instansiId, req.params.dialogId, req.body),
  );

  app.put(
    `${base}/:dialogId/catatan`,
    {
      schema: {
        tags,
        summary: 'Rekam catatan dialog, rencana pengembangan dan penilaiannya / record the dialogue',
        params: ZDialogParams,
        body: ZRekam,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.rekam(ctx(req), req.params.instansiId, req.params.dialogId, req.body),
  );

  app.post(
    `${base}/:dialogId/konfirmasi`,
    {
      schema: {
        tags,
        summary: 'Konfirmasi catatan dialog (pegawai atau pejabat penilai) / confirm the record',
        params: ZDialogParams,
        body: ZKonfirmasi,
        response: { 200: ZIdVersion.extend({ terkunci: z.boolean() }) },
      },
    },
    async (req) => svc.konfirmasi(ctx(req), req.params.instansiId, req.params.dialogId, req.body.version),
  );

  app.put(
    `${base}/:dialogId/umpan-balik-coaching`,
    {
      schema: {
        tags,
        summary: 'Umpan balik pegawai atas bimbingan (Format B.1.8) / the employee’s feedback on coaching',
        params: ZDialogParams,
        body: ZUmpanBalikCoaching,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.umpanBalikCoaching(ctx(req), req.params.instansiId, req.params.dialogId, req.body),
  );

  app.put(
    `${base}/:dialogId/cek-kompetensi`,
    {
      schema: {
        tags,
        summary: 'Evaluasi kompetensi pasca bimbingan (Format B.1.9) / post-coaching competency check',
        params: ZDialogParams,
        body: ZCekKompetensi,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.cekKompetensi(ctx(req), req.params.instansiId, req.params.dialogId, req.body),
  );

  app.get(
    `${base}/:dialogId/undangan.ics`,
    {
      schema: {
        tags,
        summary: 'Undangan kalender (iCalendar, RFC 5545) / calendar invitation',
        params: ZDialogParams,
      },
    },
    async (req, reply) => {
      const body = await read.undangan(ctx(req), req.params.instansiId, req.params.dialogId);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
        .header('content-disposition', 'attachment; filename="dialog-kinerja.ics"')
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
};
