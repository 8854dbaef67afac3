/**
 * Import/export routes, scoped to a tenant:
 * - POST /instansi/:instansiId/import            file (multipart field "file", or JSON {fileName, contentBase64});
 *                                                 starts a background job → 202 {jobId}; `?dryRun=true` validates only → 200 result
 * - GET  /instansi/:instansiId/import/jobs/:jobId status, progress and (when done) the result with every error
 * - GET  /instansi/:instansiId/import/template    `?format=xlsx|csv&jenis=` the template
 * - GET  /instansi/:instansiId/export             `?jenis=unor|jabatan|pegawai|semua&format=csv|xlsx`
 * Only the tenant's admin and super admins may import; auditors may also export.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/errors.ts';
import { readUploadedFile } from '../../http/upload.ts';
import { actorLabel, authorize } from '../access/index.ts';
import type { ExportFile } from './exchange.export.ts';
import { getImportJob, startImportJob, waitForImportJobs } from './exchange.import-job.ts';
import { IMPORT_LIMITS } from './exchange.limits.ts';
import {
  ZExportQuery,
  ZImportJob,
  ZImportJsonBody,
  ZImportQuery,
  ZImportResult,
  ZInstansiParams,
  ZJobParams,
  ZJobStarted,
  ZTemplateQuery,
} from './exchange.schema.ts';
import { buildTemplate, exportData, importFile, parseUpload } from './exchange.service.ts';

const tags = ['impor-ekspor'];

/** Reads the uploaded file from a multipart request or a JSON body. */
async function readUpload(
  req: FastifyRequest,
): Promise<{ fileName: string; bytes: Uint8Array; jenis?: 'unor' | 'jabatan' | 'pegawai' }> {
  if (req.isMultipart()) {
    const file = await readUploadedFile(req, IMPORT_LIMITS.uploadBytes);
    if (!file)
      throw new AppError('VALIDATION.FAILED', [
        { field: 'body.file', message: { id: 'Pilih berkas yang diimpor.', en: 'Choose the file to import.' } },
      ]);
    const jenis = file.fields.jenis ? ZImportQuery.shape.jenis.safeParse(file.fields.jenis).data : undefined;
    return { fileName: file.fileName, bytes: file.bytes, jenis };
  }
  const body = ZImportJsonBody.safeParse(req.body);
  if (!body.success) {
    throw new AppError(
      'VALIDATION.FAILED',
      body.error.issues.map((i) => ({ field: `body.${i.path.join('.')}`, message: i.message })),
    );
  }
  return {
    fileName: body.data.fileName,
    bytes: Buffer.from(body.data.contentBase64, 'base64'),
    jenis: body.data.jenis,
  };
}

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onClose', async () => waitForImportJobs());

  app.post(
    '/instansi/:instansiId/import',
    {
      schema: {
        tags,
        summary: 'Impor UNOR/JABATAN/PEGAWAI dari XLSX/CSV (multipart "file" atau JSON base64) / import',
        description:
          'Tanpa dryRun: memulai job latar belakang dan mengembalikan 202 {jobId}; pantau lewat /import/jobs/:jobId. ' +
          'Dengan dryRun=true: hanya memeriksa dan mengembalikan hasil (semua kesalahan per baris). Atomik: satu kesalahan = tidak ada perubahan.',
        params: ZInstansiParams,
        querystring: ZImportQuery,
        response: { 200: ZImportResult, 202: ZJobStarted },
      },
    },
    async (req, reply) => {
      const { instansiId } = req.params;
      authorize(req.actor, 'exchange.import', { instansiId });
      const upload = await readUpload(req);
      const input = {
        instansiId,
        actor: { akunId: req.actor.akunId, label: actorLabel(req.actor) },
        fileName: upload.fileName,
        bytes: upload.bytes,
        jenis: req.query.jenis ?? upload.jenis,
        requestId: req.id,
      };
      // Parsed before anything else (off the HTTP thread): a file beyond the import limits is
      // refused here with 413/422, before a job exists.
      const parsed = await parseUpload(input);
      if (req.query.dryRun)
        return reply.status(200).send(await importFile(app.database, { ...input, dryRun: true }, parsed));
      const { jobId } = await startImportJob(app.database, input, parsed);
      return reply
        .status(202)
        .send({ jobId, status: 'QUEUED' as const, statusUrl: `/api/instansi/${instansiId}/import/jobs/${jobId}` });
    },
  );

  app.get(
    '/instansi/:instansiId/import/jobs/:jobId',
    {
      schema: {
        tags,
        summary: 'Status dan hasil job impor / import job status and result',
        params: ZJobParams,
        response: { 200: ZImportJob },
      },
    },
    async (req) => {
      authorize(req.actor, 'exchange.import', { instansiId: req.params.instansiId });
      return getImportJob(app.database, req.params.instansiId, req.params.jobId);
    },
  );

  app.get(
    '/instansi/:instansiId/import/template',
    {
      schema: {
        tags,
        summary: 'Templat impor (XLSX tiga sheet atau CSV satu jenis) / import template',
        params: ZInstansiParams,
        querystring: ZTemplateQuery,
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'exchange.import', { instansiId: req.params.instansiId });
      return sendFile(reply, await buildTemplate(req.query.format, req.query.jenis));
    },
  );

  app.get(
    '/instansi/:instansiId/export',
    {
      schema: {
        tags,
        summary: 'Ekspor UNOR/JABATAN/PEGAWAI ke CSV/XLSX / export',
        params: ZInstansiParams,
        querystring: ZExportQuery,
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'exchange.export', { instansiId: req.params.instansiId });
      return sendFile(
        reply,
        await exportData(app.database, {
          instansiId: req.params.instansiId,
          jenis: req.query.jenis,
          format: req.query.format,
        }),
      );
    },
  );
};
