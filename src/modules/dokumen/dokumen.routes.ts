/** Routes of the SKP documents: one SKP as PDF, bulk PDFs of a unit as a zip built by a job. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendZip } from './bulk-job.ts';
import {
  ZInstansiParams,
  ZJobParams,
  ZSkpDokumenParams,
  ZSkpDokumenQuery,
  ZSkpMassalJob,
  ZSkpMassalRequest,
  ZSkpMassalStarted,
} from './dokumen.schema.ts';
import * as svc from './dokumen.service.ts';

const tags = ['dokumen'];

export const dokumenRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null }) => ({
    database: app.database,
    actor: req.actor,
  });

  app.get(
    '/instansi/:instansiId/skp/:skpId/dokumen.pdf',
    {
      schema: {
        tags,
        summary: 'Dokumen SKP dan Lampiran (PDF) / the SKP and its Lampiran as PDF',
        description:
          'Format PermenPANRB 6/2022 sesuai jenis formulir (JPT atau JA/JF; kuantitatif atau kualitatif). Bertanda air "DRAFT" bila belum ditetapkan. ' +
          'Hak akses sama dengan membaca SKP.',
        params: ZSkpDokumenParams,
        querystring: ZSkpDokumenQuery,
      },
    },
    async (req, reply) => {
      const { body, fileName } = await svc.getSkpPdf(ctx(req), req.params.instansiId, req.params.skpId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `${req.query.unduh ? 'attachment' : 'inline'}; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.post(
    '/instansi/:instansiId/dokumen/skp-massal',
    {
      schema: {
        tags,
        summary:
          'Buat PDF semua SKP suatu unit (zip, pekerjaan latar) / render every SKP of a unit into a zip (background job)',
        description:
          'Mengembalikan 202 {jobId}; pantau kemajuan lewat statusUrl (processed/total), unduh lewat unduhUrl bila SUCCEEDED. ' +
          'Admin instansi, admin unit (subtree-nya); bukan auditor (hanya baca) / tenant and unit admins, not the read-only auditor.',
        params: ZInstansiParams,
        body: ZSkpMassalRequest,
        response: { 202: ZSkpMassalStarted },
      },
    },
    async (req, reply) => {
      const { instansiId } = req.params;
      const { jobId, total } = await svc.startSkpMassal(ctx(req), instansiId, req.body);
      return reply.status(202).send({
        jobId,
        status: 'QUEUED' as const,
        total,
        statusUrl: `/api/instansi/${instansiId}/dokumen/skp-massal/${jobId}`,
        unduhUrl: `/api/instansi/${instansiId}/dokumen/unduh/${jobId}`,
      });
    },
  );

  app.get(
    '/instansi/:instansiId/dokumen/skp-massal/:jobId',
    {
      schema: {
        tags,
        summary: 'Status pekerjaan PDF massal / bulk document job status',
        params: ZJobParams,
        response: { 200: ZSkpMassalJob },
      },
    },
    async (req) => svc.getSkpMassalJob(ctx(req), req.params.instansiId, req.params.jobId),
  );

  app.get(
    '/instansi/:instansiId/dokumen/unduh/:jobId',
    {
      schema: {
        tags,
        summary: 'Unduh zip PDF SKP / download the zip of SKP PDFs',
        description: '409 DOKUMEN.BELUM_SIAP selama pekerjaan belum selesai / while the job is not finished.',
        params: ZJobParams,
      },
    },
    async (req, reply) => sendZip(reply, await svc.openSkpMassalZip(ctx(req), req.params.instansiId, req.params.jobId)),
  );
};
