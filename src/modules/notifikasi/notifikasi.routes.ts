/** The caller's notifications: list and mark as read. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLang } from '../../http/lang.ts';
import { ZNotifikasi, ZNotifikasiParams, ZNotifikasiQuery } from './notifikasi.schema.ts';
import { bacaNotifikasi, listNotifikasi } from './notifikasi.service.ts';

const tags = ['notifikasi'];

export const notifikasiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:instansiId/notifikasi',
    {
      schema: {
        tags,
        summary: 'Notifikasi saya / my notifications (texts in the caller’s language)',
        params: z.object({ instansiId: z.uuid() }),
        querystring: ZNotifikasiQuery,
        response: { 200: z.array(ZNotifikasi) },
      },
    },
    async (req) =>
      listNotifikasi({ database: app.database, actor: req.actor }, req.params.instansiId, req.query, requestLang(req)),
  );

  app.post(
    '/instansi/:instansiId/notifikasi/:notifikasiId/baca',
    {
      schema: {
        tags,
        summary: 'Tandai dibaca / mark as read',
        params: ZNotifikasiParams,
        response: { 200: ZNotifikasi },
      },
    },
    async (req) =>
      bacaNotifikasi(
        { database: app.database, actor: req.actor },
        req.params.instansiId,
        req.params.notifikasiId,
        requestLang(req),
      ),
  );
};
