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
import { ZPegawaiRealisasiPage, ZRealisasiPegawaiQuery, ZRealisasiQuery, ZRekapRealisasi } from './realisasi.schema.ts';
import * as realisasi from './realisasi.service.ts';
import { realisasiWorkbook } from './realisasi-xlsx.ts';

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

  // Monitoring realisasi per period (issue 10; docs/pelaksanaan-monitoring-realisasi.md).
  const realisasiDesc =
    'Per periode: SKP yang ditetapkan, berapa yang semua/sebagian/belum satu pun IKI-nya berrealisasi, bukti dukung, ' +
    'dan keadaan pengisian. Hanya admin unit (subtree-nya), admin instansi dan auditor; lainnya 404. / ' +
    'Per period: set SKPs, how many have every / some / no IKI realisasi entered, evidence, entry state. ' +
    'Unit admins (their subtree), the admin instansi and the auditor only.';

  app.get(
    '/instansi/:instansiId/monitoring-pengisian/realisasi',
    {
      schema: {
        tags,
        summary: 'Monitoring realisasi per unit untuk satu periode / realisasi entry per unit for a period',
        description: realisasiDesc,
        params: ZMonitoringParams,
        querystring: ZRealisasiQuery,
        response: { 200: ZRekapRealisasi },
      },
    },
    async (req) => realisasi.getRekapRealisasi(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/monitoring-pengisian/realisasi/pegawai',
    {
      schema: {
        tags,
        summary: 'SKP di balik angka monitoring realisasi / the SKPs behind the realisasi counts',
        description: realisasiDesc,
        params: ZMonitoringParams,
        querystring: ZRealisasiPegawaiQuery,
        response: { 200: ZPegawaiRealisasiPage },
      },
    },
    async (req) => realisasi.getPegawaiRealisasi(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/monitoring-pengisian/realisasi/ekspor',
    {
      schema: {
        tags,
        summary: 'Unduh monitoring realisasi (XLSX) / download the realisasi workbook',
        description: `${realisasiDesc} At most ${realisasi.EKSPOR_BATAS} SKP rows (MONITORING.EKSPOR_TERLALU_BESAR).`,
        params: ZMonitoringParams,
        querystring: ZRealisasiQuery,
      },
    },
    async (req, reply) => {
      const { rekap, pegawai } = await realisasi.getEksporRealisasi(ctx(req), req.params.instansiId, req.query);
      const nama = `monitoring-realisasi-${rekap.tahun}-${rekap.periode.kode}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${nama}"`)
        .header('cache-control', 'no-store')
        .send(realisasiWorkbook(rekap, pegawai));
    },
  );
};
