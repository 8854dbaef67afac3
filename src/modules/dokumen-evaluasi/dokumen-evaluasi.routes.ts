/**
 * Routes of the evaluation documents (docs/evaluasi-dokumen.md): one evaluation's two documents,
 * the Format Penetapan of a predikat organisasi, and the bulk zip job of a unit penilaian × period.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../access/index.ts';
import { sendZip } from '../dokumen/bulk-job.ts';
import {
  ZDokumenInfo,
  ZEvaluasiParams,
  ZInstansiParams,
  ZJobParams,
  ZMassalJob,
  ZMassalRequest,
  ZMassalStarted,
  ZPenetapanParams,
  ZUnduhQuery,
} from './dokumen-evaluasi.schema.ts';
import * as svc from './dokumen-evaluasi.service.ts';
import * as massal from './massal.service.ts';

const tags = ['dokumen-evaluasi'];
const AKSES =
  'Pegawai yang dinilai (setelah ditetapkan), pejabat penilai, atasan pejabat penilai, admin (subtree unit SKP), auditor, kepala unit penilaian. ' +
  'Belum ditetapkan: bertanda "DRAF" (pegawai: 409 DOKUMEN.EVALUASI_BELUM_DITETAPKAN). Setiap unduhan dicatat di log audit.';

export const dokumenEvaluasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const pdf = (reply: import('fastify').FastifyReply, r: { body: Buffer; fileName: string }, unduh: boolean) =>
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `${unduh ? 'attachment' : 'inline'}; filename="${r.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(r.body);

  app.get(
    '/instansi/:instansiId/dokumen-evaluasi/evaluasi/:evaluasiId',
    {
      schema: {
        tags,
        summary: 'Dokumen yang boleh dicetak dari satu evaluasi / what the caller may print of an evaluation',
        description: `${AKSES} Mengembalikan peran, aksi dan tautan PDF (null bila tidak boleh).`,
        params: ZEvaluasiParams,
        response: { 200: ZDokumenInfo },
      },
    },
    async (req) => svc.getDokumenInfo(ctx(req), req.params.instansiId, req.params.evaluasiId),
  );

  for (const [path, jenis, summary] of [
    ['evaluasi-kinerja.pdf', 'EVALUASI', 'Evaluasi Kinerja Pegawai (PDF) / the periodic evaluation form'],
    ['dokumen-evaluasi.pdf', 'DOKUMEN', 'Dokumen Evaluasi Kinerja Pegawai (PDF) / the evaluation document'],
  ] as const) {
    app.get(
      `/instansi/:instansiId/dokumen-evaluasi/evaluasi/:evaluasiId/${path}`,
      {
        schema: {
          tags,
          summary,
          description: `Format PermenPANRB 6/2022 (keputusan 0504). ${AKSES}`,
          params: ZEvaluasiParams,
          querystring: ZUnduhQuery,
        },
      },
      async (req, reply) =>
        pdf(
          reply,
          await svc.getEvaluasiPdf(ctx(req), req.params.instansiId, req.params.evaluasiId, jenis),
          req.query.unduh,
        ),
    );
  }

  app.get(
    '/instansi/:instansiId/dokumen-evaluasi/predikat-organisasi/:predikatOrganisasiId/penetapan.pdf',
    {
      schema: {
        tags,
        summary: 'Format Penetapan Predikat Kinerja (PDF) / the signed organisational predikat and distribution',
        description:
          'Unit, periode, predikat kinerja organisasi, pola distribusi yang diperbolehkan (kalkulator untuk N evaluasi unit), kurva, tanda tangan pimpinan yang menetapkan. ' +
          'Admin (subtree unit), auditor, kepala unit (atau di atasnya), pejabat yang menetapkan. Diaudit.',
        params: ZPenetapanParams,
        querystring: ZUnduhQuery,
      },
    },
    async (req, reply) =>
      pdf(
        reply,
        await svc.getPenetapanPdf(ctx(req), req.params.instansiId, req.params.predikatOrganisasiId),
        req.query.unduh,
      ),
  );

  app.post(
    '/instansi/:instansiId/dokumen-evaluasi/massal',
    {
      schema: {
        tags,
        summary: 'PDF evaluasi semua pegawai satu unit penilaian × periode (zip, pekerjaan latar) / bulk zip job',
        description:
          'Mengembalikan 202 {jobId}; satu PDF per orang (jenis LENGKAP: Evaluasi Kinerja Pegawai + Dokumen Evaluasi). ' +
          'Admin yang lingkupnya mencakup unit penilaian dan kepala unit penilaian; bukan auditor (403). Diaudit.',
        params: ZInstansiParams,
        body: ZMassalRequest,
        response: { 202: ZMassalStarted },
      },
    },
    async (req, reply) => {
      const { instansiId } = req.params;
      const { jobId, total } = await massal.startMassal(ctx(req), instansiId, req.body);
      const base = `/api/instansi/${instansiId}/dokumen-evaluasi/massal/${jobId}`;
      return reply
        .status(202)
        .send({ jobId, status: 'QUEUED' as const, total, statusUrl: base, unduhUrl: `${base}/unduh` });
    },
  );

  app.get(
    '/instansi/:instansiId/dokumen-evaluasi/massal/:jobId',
    {
      schema: {
        tags,
        summary: 'Status pekerjaan PDF evaluasi massal / bulk evaluation document job status',
        params: ZJobParams,
        response: { 200: ZMassalJob },
      },
    },
    async (req) => massal.getMassalJob(ctx(req), req.params.instansiId, req.params.jobId),
  );

  app.get(
    '/instansi/:instansiId/dokumen-evaluasi/massal/:jobId/unduh',
    {
      schema: {
        tags,
        summary: 'Unduh zip PDF evaluasi / download the zip of evaluation PDFs',
        description: '409 DOKUMEN.BELUM_SIAP selama pekerjaan belum selesai. Diaudit.',
        params: ZJobParams,
      },
    },
    async (req, reply) => sendZip(reply, await massal.openMassalZip(ctx(req), req.params.instansiId, req.params.jobId)),
  );
};
