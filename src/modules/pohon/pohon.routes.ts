/** Route of the pohon kinerja (performance tree) view. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZPohon, ZPohonParams, ZPohonQuery } from './pohon.schema.ts';
import { getPohon } from './pohon.service.ts';

export const pohonRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:instansiId/pohon-kinerja',
    {
      schema: {
        tags: ['pohon-kinerja'],
        summary: 'Pohon kinerja unit / performance tree of a unit',
        description:
          'Perjanjian Kinerja (sasaran → indikator) → RHK kepala (pk_indikator_id) → setiap RHK yang mengintervensinya, untuk seluruh unit ' +
          'di bawahnya, dengan tanda RHK_YATIM, INDIKATOR_TANPA_RHK, PEGAWAI_TANPA_SKP_DITETAPKAN. Simpul datar pra-urut dengan parentId dan ' +
          'jumlah per simpul, untuk tampilan bertahap. Kepala unit (unitnya ke bawah), admin dalam cakupan, auditor.',
        params: ZPohonParams,
        querystring: ZPohonQuery,
        response: { 200: ZPohon },
      },
    },
    async (req, reply) => {
      const pohon = await getPohon({ database: app.database, actor: req.actor }, req.params.instansiId, req.query);
      // Thousands of nodes: sent as JSON text directly instead of being checked against the zod schema
      // on every request (that check cost as much as building the tree); the schema still documents
      // the shape and the tests parse responses with it.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(JSON.stringify(pohon));
    },
  );
};
