/**
 * Routes of results out (issue 11, items 8–9): the evaluation export (CSV/XLSX, streamed) and the
 * Monitoring Kurva (list, one unit, workbook). Who: src/domain/evaluasi/hasil-akses.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eksporEvaluasi, UKURAN_BATCH } from './ekspor.service.ts';
import {
  ZDaftarKurva,
  ZDetailKurva,
  ZEksporQuery,
  ZHasilParams,
  ZHasilUnitParams,
  ZKurvaQuery,
} from './hasil.schema.ts';
import * as kurva from './kurva.service.ts';
import { kurvaWorkbook } from './kurva-xlsx.ts';

const tags = ['evaluasi'];

const kurvaDesc =
  'Sebaran predikat terwujud per unit penilaian terhadap pola distribusi predikat organisasinya (kalkulator untuk N), ' +
  'jumlah sudah/belum dinilai, status kalibrasi dan batas pengisian. Admin instansi, auditor, admin unit (subtree), ' +
  'kepala unit penilaian (unitnya sendiri); lainnya 404. / Realised distribution per unit penilaian against the allowed one, ' +
  'rated / not yet rated, calibration state and deadline (docs/evaluasi-monitoring-kurva.md).';

export const hasilRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null }) => ({
    database: app.database,
    actor: req.actor,
  });

  app.get(
    '/instansi/:instansiId/evaluasi/ekspor',
    {
      schema: {
        tags,
        summary: 'Ekspor hasil evaluasi (CSV/XLSX) / export evaluation results',
        description:
          'Satu baris per pegawai dan evaluasi tahun itu (kolom: docs/evaluasi-ekspor.md), dialirkan per ' +
          `${UKURAN_BATCH} baris. Admin instansi, auditor, admin unit (pegawai subtree-nya). Tercatat di audit. / ` +
          'One row per pegawai and evaluation, streamed; the file an agency sends on to SIASN or its tunjangan system.',
        params: ZHasilParams,
        querystring: ZEksporQuery,
      },
    },
    async (req, reply) => {
      const file = await eksporEvaluasi(
        {
          database: app.database,
          actor: req.actor,
          requestId: req.id,
          onError: (e) => req.log.error({ err: e }, 'evaluasi export failed mid-stream'),
        },
        req.params.instansiId,
        req.query,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-jumlah-baris', String(file.baris))
        .send(file.stream);
    },
  );

  app.get(
    '/instansi/:instansiId/evaluasi/monitoring-kurva',
    {
      schema: {
        tags,
        summary: 'Monitoring kurva: semua unit penilaian / distribution monitoring for every unit',
        description: kurvaDesc,
        params: ZHasilParams,
        querystring: ZKurvaQuery,
        response: { 200: ZDaftarKurva },
      },
    },
    async (req) => kurva.getDaftarKurva(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/evaluasi/monitoring-kurva/ekspor',
    {
      schema: {
        tags,
        summary: 'Unduh monitoring kurva (XLSX) / download the distribution monitoring workbook',
        description: kurvaDesc,
        params: ZHasilParams,
        querystring: ZKurvaQuery,
      },
    },
    async (req, reply) => {
      const data = await kurva.getEksporKurva(ctx(req), req.params.instansiId, req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="monitoring-kurva-${data.tahun}-${req.query.periode}.xlsx"`,
        )
        .header('cache-control', 'no-store')
        .send(kurvaWorkbook(data));
    },
  );

  app.get(
    '/instansi/:instansiId/evaluasi/monitoring-kurva/unit/:unitId',
    {
      schema: {
        tags,
        summary: 'Monitoring kurva satu unit penilaian / one unit’s curve',
        description: kurvaDesc,
        params: ZHasilUnitParams,
        querystring: ZKurvaQuery,
        response: { 200: ZDetailKurva },
      },
    },
    async (req) => kurva.getKurvaUnit(ctx(req), req.params.instansiId, req.params.unitId, req.query),
  );
};
