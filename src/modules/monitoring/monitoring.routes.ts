/** Routes of the monitoring pengisian SKP views (counts, people, XLSX). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZMonitoringParams,
  ZMonitoringPegawaiQuery,
  ZMonitoringQuery,
  ZPegawaiPage,
  ZRekap,
} from './monitoring.schema.ts';
import * as svc from './monitoring.service.ts';
import { monitoringWorkbook } from './monitoring-xlsx.ts';

const tags = ['monitoring'];

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null }) => ({
    database: app.database,
    actor: req.actor,
  });

  app.get(
    '/instansi/:instansiId/monitoring-pengisian',
    {
      schema: {
        tags,
        summary: 'Monitoring pengisian SKP per unit / SKP completion per child unit',
        description:
          'Jumlah pegawai per status SKP tahun itu untuk setiap sub-unit (beserta bawahannya) dan untuk pegawai yang ditempatkan langsung di unit. ' +
          'Admin instansi, auditor: semua unit; admin unit: subtree-nya; kepala unit: unitnya ke bawah; penilai lain: pegawai yang dinilainya.',
        params: ZMonitoringParams,
        querystring: ZMonitoringQuery,
        response: { 200: ZRekap },
      },
    },
    async (req) => svc.getRekap(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/monitoring-pengisian/pegawai',
    {
      schema: {
        tags,
        summary: 'Rincian pegawai per status / the people behind the counts',
        params: ZMonitoringParams,
        querystring: ZMonitoringPegawaiQuery,
        response: { 200: ZPegawaiPage },
      },
    },
    async (req) => svc.getPegawai(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/monitoring-pengisian/ekspor',
    {
      schema: {
        tags,
        summary: 'Unduh monitoring pengisian (XLSX) / download the completion workbook',
        params: ZMonitoringParams,
        querystring: ZMonitoringQuery,
      },
    },
    async (req, reply) => {
      const { rekap, pegawai } = await svc.getEksporData(ctx(req), req.params.instansiId, req.query);
      const nama = `monitoring-pengisian-skp-${rekap.tahun}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${nama}"`)
        .header('cache-control', 'no-store')
        .send(monitoringWorkbook(rekap, pegawai));
    },
  );
};
