/**
 * Evidence routes (docs/pelaksanaan-bukti.md):
 * - POST   /instansi/:instansiId/bukti                 multipart: file + judul + tanggal [+ deskripsi] → 201
 * - POST   /instansi/:instansiId/bukti/tautan          JSON {url, judul, tanggal, deskripsi?} → 201
 * - GET    /instansi/:instansiId/bukti                 my library (paged, ?cari=)
 * - DELETE /instansi/:instansiId/bukti/:buktiId        (refused while it supports a rated period)
 * - GET    /instansi/:instansiId/bukti/:buktiId/unduh  the file, with safe headers
 * - GET    /instansi/:instansiId/skp/:skpId/bukti-iki  evidence of an SKP (?ikiId, ?periodeKode)
 * - POST   /instansi/:instansiId/skp/:skpId/bukti-iki  attach {buktiId, ikiId, periodeKode}
 * - DELETE /instansi/:instansiId/skp/:skpId/bukti-iki  detach {buktiId, ikiId, periodeKode}
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/index.ts';
import {
  ZBukti,
  ZBuktiIkiList,
  ZBuktiIkiQuery,
  ZBuktiParams,
  ZInstansiParams,
  ZLampiran,
  ZLampiranIn,
  ZLibrary,
  ZLibraryQuery,
  ZSkpParams,
  ZTautanIn,
  ZUnduhQuery,
} from './bukti.schema.ts';
import * as svc from './bukti.service.ts';
import { uploadBukti } from './bukti.upload.ts';

const tags = ['bukti'];

/** RFC 6266 / RFC 5987: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export const buktiRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });
  const base = '/instansi/:instansiId/bukti';

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Unggah bukti dukung (multipart) / upload evidence',
        description:
          'multipart/form-data: "file" (satu berkas) dan bidang judul, tanggal (YYYY-MM-DD), deskripsi (opsional), dalam urutan apa pun. ' +
          'Jenis diperiksa dari isinya (PDF, JPG, PNG, WebP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT); batas ukuran dari pengaturan ' +
          'pelaksanaan.buktiMaksimumMb (413 BUKTI.TOO_LARGE); 415 BUKTI.TYPE_NOT_ALLOWED; 422 BUKTI.TYPE_MISMATCH / BUKTI.BOMB / BUKTI.MALFORMED; ' +
          '429 BUKTI.DAILY_LIMIT. Isi yang sama disimpan sekali per instansi. / One file and the fields, any order; the type is checked from the content.',
        params: ZInstansiParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZBukti },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) {
        const { AppError } = await import('../../http/errors.ts');
        throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE');
      }
      return reply.status(201).send(await uploadBukti(ctx(req), req.params.instansiId, req));
    },
  );

  app.post(
    `${base}/tautan`,
    {
      schema: {
        tags,
        summary: 'Tambah tautan sebagai bukti dukung / add a link as evidence',
        description: 'Hanya http/https (400 BUKTI.URL_INVALID). / http and https only.',
        params: ZInstansiParams,
        body: ZTautanIn,
        response: { 201: ZBukti },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createTautan(ctx(req), req.params.instansiId, req.body)),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Pustaka "Bukti saya" (cari, halaman) dengan pemakaiannya / my evidence library with where each is used',
        params: ZInstansiParams,
        querystring: ZLibraryQuery,
        response: { 200: ZLibrary },
      },
    },
    async (req) => svc.listSaya(ctx(req), req.params.instansiId, req.query),
  );

  app.delete(
    `${base}/:buktiId`,
    {
      schema: {
        tags,
        summary: 'Hapus bukti dari pustaka / delete a piece of evidence',
        description:
          'Melepasnya dari semua IKI; ditolak (409 BUKTI.PERIODE_DINILAI) selama mendukung periode yang sudah dinilai. ' +
          'Berkas dihapus bila tidak dipakai bukti lain. / Detaches it everywhere; refused while it supports a rated period.',
        params: ZBuktiParams,
        response: { 200: z.object({ dihapus: z.literal(true) }) },
      },
    },
    async (req) => {
      await svc.deleteBukti(ctx(req), req.params.instansiId, req.params.buktiId);
      return { dihapus: true as const };
    },
  );

  app.get(
    `${base}/:buktiId/unduh`,
    {
      schema: {
        tags,
        summary: 'Unduh berkas bukti / download an evidence file',
        description:
          'Pemiliknya, atau yang boleh membaca SKP yang didukungnya; selain itu 404. ?inline=1 menampilkan gambar di peramban ' +
          '(Content-Security-Policy: sandbox). Dibuka pejabat penilai → ditandai sudah dilihat. / The owner, or readers of an SKP it supports.',
        params: ZBuktiParams,
        querystring: ZUnduhQuery,
      },
    },
    async (req, reply) => {
      const f = await svc.openBukti(ctx(req), req.params.instansiId, req.params.buktiId);
      return sendFile(reply, f, req.query.inline === '1');
    },
  );

  const skpBase = '/instansi/:instansiId/skp/:skpId/bukti-iki';
  app.get(
    skpBase,
    {
      schema: {
        tags,
        summary: 'Bukti dukung sebuah SKP (per IKI dan periode) / evidence of an SKP',
        params: ZSkpParams,
        querystring: ZBuktiIkiQuery,
        response: { 200: ZBuktiIkiList },
      },
    },
    async (req) => svc.listOfSkp(ctx(req), req.params.instansiId, req.params.skpId, req.query),
  );

  app.post(
    skpBase,
    {
      schema: {
        tags,
        summary: 'Lampirkan bukti ke IKI untuk satu periode / attach evidence to an IKI for a period',
        description:
          'Pemilik SKP, dengan bukti dari pustakanya. 409 BUKTI.PERIODE_CLOSED setelah batas pengisian (kecuali dibuka kembali), ' +
          '409 BUKTI.PERIODE_DINILAI setelah dinilai. Melampirkan dua kali = satu lampiran. / Owner only; idempotent.',
        params: ZSkpParams,
        body: ZLampiranIn,
        response: { 201: ZLampiran },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.attach(ctx(req), req.params.instansiId, req.params.skpId, req.body)),
  );

  app.delete(
    skpBase,
    {
      schema: {
        tags,
        summary: 'Lepaskan bukti dari IKI untuk satu periode / detach evidence',
        params: ZSkpParams,
        body: ZLampiranIn,
        response: { 200: ZLampiran },
      },
    },
    async (req) => svc.detach(ctx(req), req.params.instansiId, req.params.skpId, req.body),
  );
};

/**
 * Downloads never run in the browser: a type from the content (octet-stream for office files),
 * attachment unless an image is asked inline, and always sandboxed, so that nothing the file holds
 * can act on the site's origin.
 */
function sendFile(reply: FastifyReply, f: Awaited<ReturnType<typeof svc.openBukti>>, wantInline: boolean) {
  const inline = wantInline && f.kind?.inline === true;
  return reply
    .header('content-type', f.kind?.ownType ? f.mime : 'application/octet-stream')
    .header('content-length', String(f.size))
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', f.namaBerkas))
    .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
    .header('x-content-type-options', 'nosniff')
    .header('cross-origin-resource-policy', 'same-origin')
    .header('cache-control', 'private, no-store')
    .send(f.stream);
}
