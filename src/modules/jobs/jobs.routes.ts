/**
 * Generic job status, for every kind of background job of a tenant:
 * - GET /instansi/:instansiId/jobs/:jobId   status, progress, error and links of one job
 * - GET /instansi/:instansiId/jobs?limit=   the caller's own recent jobs, newest first
 * The kinds keep their own routes with their full results (import/jobs/:jobId, dokumen/skp-massal/:jobId).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestLang } from '../../http/lang.ts';
import { ZJob, ZJobList, ZJobListQuery, ZJobParams, ZJobsParams } from './jobs.schema.ts';
import * as svc from './jobs.service.ts';

const tags = ['job'];

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null }) => ({
    database: app.database,
    actor: req.actor,
  });
  const lang = requestLang;

  app.get(
    '/instansi/:instansiId/jobs',
    {
      schema: {
        tags,
        summary: 'Job latar belakang milik saya (terbaru dulu) / my recent background jobs',
        params: ZJobsParams,
        querystring: ZJobListQuery,
        response: { 200: ZJobList },
      },
    },
    async (req) => ({ items: await svc.listOwnJobs(ctx(req), req.params.instansiId, req.query.limit, lang(req)) }),
  );

  app.get(
    '/instansi/:instansiId/jobs/:jobId',
    {
      schema: {
        tags,
        summary: 'Status job latar belakang (impor, PDF massal) / background job status',
        description:
          'Pemilik job melihatnya; selain itu berlaku aturan rute khusus jenisnya (impor: admin instansi; PDF massal: admin ' +
          'yang cakupannya meliputi unitnya; jenis lain: admin instansi). Selain itu 404. / The owner sees the job; others ' +
          'only under the rule of the kind’s own route; anyone else gets 404.',
        params: ZJobParams,
        response: { 200: ZJob },
      },
    },
    async (req) => svc.getJob(ctx(req), req.params.instansiId, req.params.jobId, lang(req)),
  );
};
