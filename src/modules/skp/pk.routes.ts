/** Period and Perjanjian Kinerja routes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import { readUploadedFile } from '../../http/upload.ts';
import type { Actor } from '../access/index.ts';
import { IMPORT_LIMITS } from '../exchange/index.ts';
import * as periode from './periode.service.ts';
import * as pk from './pk.service.ts';
import { parsePkXlsx } from './pk-import.ts';
import {
  ZCreatePeriode,
  ZInstansiParams,
  ZPeriode,
  ZPeriodeParams,
  ZPk,
  ZPkHak,
  ZPkHakQuery,
  ZPkImportQuery,
  ZPkParams,
  ZPkQuery,
  ZPutPk,
  ZUpdatePeriode,
  ZVersion,
} from './skp.schema.ts';

export const pkRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi/:instansiId/periode',
    {
      schema: {
        tags: ['periode'],
        summary: 'Periode kinerja / performance years',
        params: ZInstansiParams,
        response: { 200: z.array(ZPeriode) },
      },
    },
    async (req) => periode.listPeriode(ctx(req), req.params.instansiId),
  );
  app.post(
    '/instansi/:instansiId/periode',
    {
      schema: {
        tags: ['periode'],
        summary: 'Tambah periode (admin instansi) / add a year',
        params: ZInstansiParams,
        body: ZCreatePeriode,
        response: { 201: ZPeriode },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await periode.createPeriode(ctx(req), req.params.instansiId, req.body)),
  );
  app.patch(
    '/instansi/:instansiId/periode/:periodeId',
    {
      schema: {
        tags: ['periode'],
        summary: 'Ubah periode / update a year',
        params: ZPeriodeParams,
        body: ZUpdatePeriode,
        response: { 200: ZPeriode },
      },
    },
    async (req) => periode.updatePeriode(ctx(req), req.params.instansiId, req.params.periodeId, req.body),
  );

  const tags = ['perjanjian-kinerja'];
  app.get(
    '/instansi/:instansiId/perjanjian-kinerja',
    {
      schema: {
        tags,
        summary: 'Perjanjian Kinerja unit per tahun (null bila belum ada)',
        params: ZInstansiParams,
        querystring: ZPkQuery,
        response: { 200: ZPk.nullable() },
      },
    },
    async (req) => pk.getPk(ctx(req), req.params.instansiId, req.query.unitId, req.query.tahun),
  );
  app.get(
    '/instansi/:instansiId/perjanjian-kinerja/hak',
    {
      schema: {
        tags,
        summary: 'Hak pemanggil atas Perjanjian Kinerja unit (ubah/impor/tetapkan) / what the caller may do',
        params: ZInstansiParams,
        querystring: ZPkHakQuery,
        response: { 200: ZPkHak },
      },
    },
    async (req) => pk.hakPk(ctx(req), req.params.instansiId, req.query.unitId),
  );
  app.put(
    '/instansi/:instansiId/perjanjian-kinerja',
    {
      schema: {
        tags,
        summary: 'Simpan isi Perjanjian Kinerja (dengan versi)',
        params: ZInstansiParams,
        body: ZPutPk,
        response: { 200: ZPk },
      },
    },
    async (req) => pk.putPk(ctx(req), req.params.instansiId, req.body),
  );
  app.post(
    '/instansi/:instansiId/perjanjian-kinerja/:pkId/tetapkan',
    {
      schema: {
        tags,
        summary: 'Tetapkan Perjanjian Kinerja',
        params: ZPkParams,
        body: ZVersion,
        response: { 200: ZPk },
      },
    },
    async (req) => pk.tetapkanPk(ctx(req), req.params.instansiId, req.params.pkId, req.body.version),
  );
  app.post(
    '/instansi/:instansiId/perjanjian-kinerja/impor',
    {
      schema: {
        tags,
        summary: 'Impor Perjanjian Kinerja dari XLSX (SASARAN, INDIKATOR, TARGET, SATUAN); atomik',
        params: ZInstansiParams,
        querystring: ZPkImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ZPk.extend({ jumlahBaris: z.number() }) },
      },
    },
    async (req) => {
      const c = ctx(req);
      await pk.assertPkWriter(c, req.params.instansiId, req.query.unitId);
      if (!req.isMultipart())
        throw new AppError('VALIDATION.FAILED', [
          {
            field: 'body',
            message: {
              id: 'Kirim satu berkas XLSX sebagai multipart/form-data.',
              en: 'Send one XLSX file as multipart/form-data.',
            },
          },
        ]);
      const file = await readUploadedFile(req, IMPORT_LIMITS.uploadBytes);
      if (!file)
        throw new AppError('VALIDATION.FAILED', [
          { field: 'body.file', message: { id: 'Pilih berkas XLSX.', en: 'Choose an XLSX file.' } },
        ]);
      const parsed = await parsePkXlsx(file.bytes);
      if (!parsed.ok) throw new AppError('PK.IMPORT_INVALID', parsed.masalah);
      const saved = await pk.importPkContent(
        c,
        req.params.instansiId,
        req.query.unitId,
        req.query.tahun,
        parsed.sasaran,
      );
      return { ...saved, jumlahBaris: parsed.jumlahBaris };
    },
  );
};
