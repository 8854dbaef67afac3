/** Routes for instansi, the unit tree, unit pages, positions and the hierarchy problems report. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createInstansiAsActor, updateInstansiAsActor } from './instansi.service.ts';
import {
  ZCreateInstansi,
  ZCreateJabatan,
  ZCreateUnit,
  ZIdParams,
  ZInstansi,
  ZJabatan,
  ZJabatanParams,
  ZProblemsReport,
  ZTanggalQuery,
  ZUnitDetail,
  ZUnitNode,
  ZUnitParams,
  ZUnitTreeLevel,
  ZUnitTreeQuery,
  ZUpdateInstansi,
  ZUpdateJabatan,
  ZUpdateUnit,
} from './org.schema.ts';
import * as svc from './org.service.ts';
import { getHierarchyProblems } from './pegawai.service.ts';
import { getUnitTreeLevel } from './unit-tree.service.ts';

const tags = ['organisasi'];

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi',
    {
      schema: {
        tags,
        summary: 'Instansi yang dapat diakses / accessible tenants',
        response: { 200: z.array(ZInstansi) },
      },
    },
    async (req) => svc.listInstansiForActor(ctx(req)),
  );

  app.post(
    '/instansi',
    {
      schema: {
        tags,
        summary: 'Tambah instansi (super admin) / create a tenant (super admin)',
        description:
          'Creates an empty instansi: import its organisation next (its top unit becomes the root), then create its admin on Akun pengguna. The kode is permanent.',
        body: ZCreateInstansi,
        response: { 201: ZInstansi },
      },
    },
    async (req, reply) => reply.status(201).send(await createInstansiAsActor(ctx(req), req.body)),
  );

  app.patch(
    '/instansi/:instansiId',
    {
      schema: {
        tags,
        summary: 'Ubah nama/pimpinan instansi (dengan versi; konflik → 409) / update the tenant record',
        params: ZIdParams,
        body: ZUpdateInstansi,
        response: { 200: ZInstansi },
      },
    },
    async (req) => updateInstansiAsActor(ctx(req), req.params.instansiId, req.body),
  );

  app.get(
    '/instansi/:instansiId/units',
    {
      schema: {
        tags,
        summary: 'Pohon unit organisasi (daftar datar dengan parentId) / unit tree (flat list)',
        params: ZIdParams,
        querystring: ZTanggalQuery,
        response: { 200: z.array(ZUnitNode) },
      },
    },
    async (req) => svc.getUnitTree(ctx(req), req.params.instansiId, req.query.tanggal),
  );

  app.get(
    '/instansi/:instansiId/units/cabang',
    {
      schema: {
        tags,
        summary:
          'Pohon unit bertingkat: dua tingkat teratas, anak satu unit, atau hasil pencarian dengan induknya / ' +
          'unit tree a level at a time: the top two levels, one unit’s children, or search matches with their ancestors',
        params: ZIdParams,
        querystring: ZUnitTreeQuery,
        response: { 200: ZUnitTreeLevel },
      },
    },
    async (req) => getUnitTreeLevel(ctx(req), req.params.instansiId, req.query),
  );

  app.post(
    '/instansi/:instansiId/units',
    {
      schema: {
        tags,
        summary: 'Tambah unit / create unit',
        params: ZIdParams,
        body: ZCreateUnit,
        response: { 201: z.object({ id: z.string(), version: z.number() }) },
      },
    },
    async (req, reply) => {
      const row = await svc.createUnit(ctx(req), req.params.instansiId, req.body);
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );

  app.get(
    '/instansi/:instansiId/units/:unitId',
    {
      schema: {
        tags,
        summary: 'Halaman unit: jabatan, pegawai, kepala / unit page',
        params: ZUnitParams,
        querystring: ZTanggalQuery,
        response: { 200: ZUnitDetail },
      },
    },
    async (req) => svc.getUnitDetail(ctx(req), req.params.instansiId, req.params.unitId, req.query.tanggal),
  );

  app.patch(
    '/instansi/:instansiId/units/:unitId',
    {
      schema: {
        tags,
        summary: 'Ubah unit (dengan versi; konflik → 409) / update unit (versioned)',
        params: ZUnitParams,
        body: ZUpdateUnit,
        response: { 200: z.object({ id: z.string(), version: z.number() }) },
      },
    },
    async (req) => {
      const row = await svc.updateUnit(ctx(req), req.params.instansiId, req.params.unitId, req.body);
      return { id: row.id, version: row.version };
    },
  );

  app.post(
    '/instansi/:instansiId/jabatan',
    {
      schema: {
        tags,
        summary: 'Tambah jabatan / create position',
        params: ZIdParams,
        body: ZCreateJabatan,
        response: { 201: ZJabatan },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createJabatan(ctx(req), req.params.instansiId, req.body)),
  );

  app.patch(
    '/instansi/:instansiId/jabatan/:jabatanId',
    {
      schema: {
        tags,
        summary: 'Ubah jabatan (dengan versi) / update position',
        params: ZJabatanParams,
        body: ZUpdateJabatan,
        response: { 200: ZJabatan },
      },
    },
    async (req) => svc.updateJabatan(ctx(req), req.params.instansiId, req.params.jabatanId, req.body),
  );

  app.get(
    '/instansi/:instansiId/masalah-hierarki',
    {
      schema: {
        tags,
        summary: 'Laporan masalah hierarki / hierarchy problems report',
        params: ZIdParams,
        querystring: ZTanggalQuery,
        response: { 200: ZProblemsReport },
      },
    },
    async (req) => getHierarchyProblems(ctx(req), req.params.instansiId, req.query.tanggal),
  );
};
