/** Calibration board routes: thin handlers over the use cases (docs/evaluasi-kalibrasi.md). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../access/index.ts';
import {
  ZBuka,
  ZBukaHasil,
  ZEvaluasiParams,
  ZFinal,
  ZFinalHasil,
  ZPapan,
  ZPapanParams,
  ZUbah,
  ZUbahHasil,
} from './kalibrasi.schema.ts';
import * as svc from './kalibrasi.service.ts';

const tags = ['kalibrasi'];

export const kalibrasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const key = (p: { instansiId: string; unitId: string; tahun: number; periodeKode: string }) => ({
    instansiId: p.instansiId,
    unitId: p.unitId,
    tahun: p.tahun,
    periodeKode: p.periodeKode,
  });
  const base = '/instansi/:instansiId/kalibrasi/:unitId/:tahun/:periodeKode';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Papan kalibrasi satu unit penilaian dan periode / the calibration board of a unit and period',
        params: ZPapanParams,
        response: { 200: ZPapan },
      },
    },
    async (req) => svc.getPapan(ctx(req), key(req.params)),
  );

  app.patch(
    `${base}/evaluasi/:evaluasiId`,
    {
      schema: {
        tags,
        summary: 'Ubah rating di papan kalibrasi (dengan alasan) / change one evaluation in place with a reason',
        params: ZEvaluasiParams,
        body: ZUbah,
        response: { 200: ZUbahHasil },
      },
    },
    async (req) => svc.ubah(ctx(req), key(req.params), req.params.evaluasiId, req.body),
  );

  app.post(
    `${base}/final`,
    {
      schema: {
        tags,
        summary:
          'Finalkan kalibrasi (override dengan alasan bila melanggar pola) / finalise, with an override if needed',
        params: ZPapanParams,
        body: ZFinal,
        response: { 200: ZFinalHasil },
      },
    },
    async (req) => svc.finalkan(ctx(req), key(req.params), req.body),
  );

  app.post(
    `${base}/buka`,
    {
      schema: {
        tags,
        summary: 'Buka kembali kalibrasi yang final / reopen a final calibration',
        params: ZPapanParams,
        body: ZBuka,
        response: { 200: ZBukaHasil },
      },
    },
    async (req) => svc.bukaKembali(ctx(req), key(req.params), req.body),
  );
};
