/** Routes of the predikat organisasi and the appraisal form: thin handlers over the use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../access/index.ts';
import {
  ZDraftBody,
  ZEvaluasiForm,
  ZEvaluasiSaya,
  ZFormParams,
  ZInstansiParams,
  ZKoreksiBody,
  ZPenilaianList,
  ZPeriodeQuery,
  ZPredikatOrganisasiBody,
  ZPredikatOrganisasiList,
  ZPredikatParams,
  ZSaved,
  ZTahunQuery,
  ZTerimaBody,
  ZVersionBody,
} from './evaluasi.schema.ts';
import { getPenilaian, listEvaluasiSaya, listPenilaian, simpanPenilaian } from './penilaian.service.ts';
import { koreksiPenilaian, terimaPenilaian, tetapkanPenilaian } from './penilaian-status.service.ts';
import { listPredikatOrganisasi, setPredikatOrganisasi } from './predikat-organisasi.service.ts';

const tags = ['evaluasi'];

export const evaluasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi/:instansiId/predikat-organisasi',
    {
      schema: {
        tags,
        summary:
          'Predikat kinerja organisasi per unit penilaian dan dasarnya / organisational predikat of a period with its basis',
        params: ZInstansiParams,
        querystring: ZPeriodeQuery,
        response: { 200: ZPredikatOrganisasiList },
      },
    },
    async (req) => listPredikatOrganisasi(ctx(req), req.params.instansiId, req.query),
  );

  app.put(
    '/instansi/:instansiId/predikat-organisasi/:unitId/:tahun/:periode',
    {
      schema: {
        tags,
        summary:
          'Tetapkan/ubah predikat organisasi (pimpinan satu tingkat di atas, atau admin instansi atas nama) / set the organisational predikat',
        params: ZPredikatParams,
        body: ZPredikatOrganisasiBody,
        response: { 200: ZSaved },
      },
    },
    async (req) => {
      const p = req.params;
      return setPredikatOrganisasi(ctx(req), p.instansiId, p.unitId, p.tahun, p.periode, req.body);
    },
  );

  app.get(
    '/instansi/:instansiId/evaluasi/penilaian',
    {
      schema: {
        tags,
        summary: 'Bawahan yang saya nilai pada suatu periode / the subordinates I appraise for a period',
        params: ZInstansiParams,
        querystring: ZPeriodeQuery,
        response: { 200: ZPenilaianList },
      },
    },
    async (req) => listPenilaian(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    '/instansi/:instansiId/evaluasi/saya',
    {
      schema: {
        tags,
        summary: 'Evaluasi kinerja saya dalam setahun / my evaluations of a year',
        params: ZInstansiParams,
        querystring: ZTahunQuery,
        response: { 200: ZEvaluasiSaya },
      },
    },
    async (req) => listEvaluasiSaya(ctx(req), req.params.instansiId, req.query),
  );

  const form = '/instansi/:instansiId/skp/:skpId/evaluasi/:periode';
  app.get(
    form,
    {
      schema: {
        tags,
        summary: 'Formulir evaluasi SKP × periode / the appraisal form of an SKP and period',
        params: ZFormParams,
        response: { 200: ZEvaluasiForm },
      },
    },
    async (req) => getPenilaian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode),
  );

  app.put(
    form,
    {
      schema: {
        tags,
        summary: 'Simpan draf penilaian (pejabat penilai; version 0 membuat) / save the appraisal draft',
        params: ZFormParams,
        body: ZDraftBody,
        response: { 200: ZSaved },
      },
    },
    async (req) => simpanPenilaian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode, req.body),
  );

  app.post(
    `${form}/tetapkan`,
    {
      schema: {
        tags,
        summary: 'Tetapkan dan tandatangani evaluasi (kalibrasi harus final) / set and sign the evaluation',
        params: ZFormParams,
        body: ZVersionBody,
        response: { 200: ZSaved },
      },
    },
    async (req) => tetapkanPenilaian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode, req.body),
  );

  app.post(
    `${form}/terima`,
    {
      schema: {
        tags,
        summary:
          'Terima hasil evaluasi (pegawai) atau catat tanggal penyerahan (admin) / acknowledge receipt or record a hand delivery',
        params: ZFormParams,
        body: ZTerimaBody,
        response: { 200: ZSaved.extend({ batasKeberatan: ZSaved.shape.id }) },
      },
    },
    async (req) => terimaPenilaian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode, req.body),
  );

  app.post(
    `${form}/koreksi`,
    {
      schema: {
        tags,
        summary: 'Koreksi evaluasi yang telah ditetapkan (versi baru, dengan alasan) / correct a set evaluation',
        params: ZFormParams,
        body: ZKoreksiBody,
        response: { 200: ZSaved },
      },
    },
    async (req) => koreksiPenilaian(ctx(req), req.params.instansiId, req.params.skpId, req.params.periode, req.body),
  );
};
