/** Home (beranda): one summary read for the caller. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZBeranda, ZBerandaParams, ZBerandaQuery } from './beranda.schema.ts';
import { getBeranda } from './beranda.service.ts';

export const berandaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:instansiId/beranda',
    {
      schema: {
        tags: ['beranda'],
        summary: 'Ringkasan beranda: langkah berikutnya, yang menunggu, angka cakupan / Home summary',
        description:
          'Pegawai: status SKP tahun itu, langkah berikutnya dan batas penetapan. Pejabat penilai: SKP bawahan yang diajukan kepadanya. ' +
          'Admin instansi, auditor, super admin: pengisian SKP seluruh instansi, jumlah masalah hierarki, pekerjaan latar terakhir; admin unit: subtree-nya.',
        params: ZBerandaParams,
        querystring: ZBerandaQuery,
        response: { 200: ZBeranda },
      },
    },
    async (req) => getBeranda({ database: app.database, actor: req.actor }, req.params.instansiId, req.query),
  );
};
