/** Keberatan routes (PP 30/2019 Pasal 59): thin handlers over the use cases (docs/evaluasi-keberatan.md). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../access/index.ts';
import {
  ZAjukan,
  ZDaftar,
  ZDaftarQuery,
  ZEvaluasiParams,
  ZEvaluasiSaya,
  ZIdVersion,
  ZInfoPengajuan,
  ZInstansiParams,
  ZKasus,
  ZKeberatanParams,
  ZKeputusan,
  ZPenjelasan,
} from './keberatan.schema.ts';
import * as svc from './keberatan.service.ts';
import * as read from './keberatan-read.service.ts';

const tags = ['keberatan'];

export const keberatanRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const base = '/instansi/:instansiId/keberatan';
  const ofEvaluasi = '/instansi/:instansiId/evaluasi/:evaluasiId/keberatan';

  app.get(
    ofEvaluasi,
    {
      schema: {
        tags,
        summary:
          'Keberatan atas satu evaluasi: batas waktu, tujuan, boleh diajukan / the keberatan side of an evaluation',
        description:
          'Batas waktu (hari terakhir) dan sisa hari, atasan pejabat penilai yang dituju, apakah pemanggil boleh mengajukan sekarang dan, bila tidak, alasannya (sama dengan penolakan API), serta keberatan bila sudah ada.',
        params: ZEvaluasiParams,
        response: { 200: ZInfoPengajuan },
      },
    },
    async (req) => read.infoPengajuan(ctx(req), req.params.instansiId, req.params.evaluasiId),
  );

  app.post(
    ofEvaluasi,
    {
      schema: {
        tags,
        summary: 'Ajukan keberatan (pegawai) / file a keberatan (the employee)',
        description:
          'Hanya atas evaluasi yang sudah DITERIMA, paling lambat batas_keberatan (PP 30/2019 Pasal 59), satu kali per evaluasi, kepada atasan pejabat penilai (`kepada`: id pegawai atasan, atau PIMPINAN_INSTANSI).',
        params: ZEvaluasiParams,
        body: ZAjukan,
        response: { 201: ZIdVersion },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.ajukan(ctx(req), req.params.instansiId, req.params.evaluasiId, req.body)),
  );

  app.get(
    `${base}/saya`,
    {
      schema: {
        tags,
        summary: 'Evaluasi saya yang dapat/telah diajukan keberatan / my evaluations open to or under a keberatan',
        params: ZInstansiParams,
        response: { 200: ZEvaluasiSaya },
      },
    },
    async (req) => read.saya(ctx(req), req.params.instansiId),
  );

  app.get(
    `${base}/masuk`,
    {
      schema: {
        tags,
        summary: 'Kotak masuk keberatan (atasan pejabat penilai, pejabat penilai) / keberatan inbox',
        params: ZInstansiParams,
        querystring: ZDaftarQuery,
        response: { 200: ZDaftar },
      },
    },
    async (req) => read.masuk(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Semua keberatan instansi (admin, auditor) / every keberatan of the agency (admins, auditor)',
        params: ZInstansiParams,
        querystring: ZDaftarQuery,
        response: { 200: ZDaftar },
      },
    },
    async (req) => read.daftarInstansi(ctx(req), req.params.instansiId, req.query),
  );

  app.get(
    `${base}/:keberatanId`,
    {
      schema: { tags, summary: 'Detail keberatan / a keberatan', params: ZKeberatanParams, response: { 200: ZKasus } },
    },
    async (req) => read.detail(ctx(req), req.params.instansiId, req.params.keberatanId),
  );

  app.post(
    `${base}/:keberatanId/penjelasan-penilai`,
    {
      schema: {
        tags,
        summary: 'Catat penjelasan pejabat penilai / record the appraiser’s explanation',
        description:
          'Oleh pejabat penilai sendiri (bertanggal hari ini), atau oleh atasan yang mencatat penjelasan yang disampaikan (dengan `tanggal`).',
        params: ZKeberatanParams,
        body: ZPenjelasan,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.penjelasan(ctx(req), req.params.instansiId, req.params.keberatanId, 'PENILAI', req.body),
  );

  app.post(
    `${base}/:keberatanId/penjelasan-pegawai`,
    {
      schema: {
        tags,
        summary: 'Catat penjelasan pegawai / record the employee’s explanation',
        params: ZKeberatanParams,
        body: ZPenjelasan,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.penjelasan(ctx(req), req.params.instansiId, req.params.keberatanId, 'PEGAWAI', req.body),
  );

  app.post(
    `${base}/:keberatanId/keputusan`,
    {
      schema: {
        tags,
        summary: 'Putuskan keberatan (atasan pejabat penilai) — final / decide (final)',
        description:
          'TETAP atau UBAH dengan rating baru (predikat dari kuadran); alasan wajib. Evaluasi menjadi FINAL; UBAH membuat versi evaluasi baru.',
        params: ZKeberatanParams,
        body: ZKeputusan,
        response: { 200: ZIdVersion },
      },
    },
    async (req) => svc.putuskan(ctx(req), req.params.instansiId, req.params.keberatanId, req.body),
  );
};
