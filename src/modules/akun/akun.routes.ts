/** Account administration routes (admin instansi, super admin). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as svc from './akun.service.ts';
import { createAkunMassal } from './akun-massal.service.ts';

const tags = ['akun'];
const ZRole = z.object({ peran: z.enum(['ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR']), unitId: z.uuid().nullish() });
const ZParams = z.object({ instansiId: z.uuid() });
const ZAkunParams = ZParams.extend({ akunId: z.uuid() });
const ZCredentials = z.object({
  id: z.string(),
  username: z.string(),
  password: z.string().describe('Sandi sekali pakai, ditampilkan sekali / one-time password, shown once'),
});
const ZAkunMassalRequest = z.object({
  unitId: z
    .uuid()
    .nullish()
    .describe(
      'Unit beserta sub-unitnya; tanpa ini seluruh instansi (admin unit: unitnya sendiri) / unit subtree; default the whole instansi (unit admins: their own units)',
    ),
  dryRun: z.boolean().default(false).describe('Hanya hitung, tidak membuat akun / count only, create nothing'),
});
const ZAkunMassalResponse = z.object({
  dryRun: z.boolean(),
  jumlah: z
    .number()
    .int()
    .describe('Akun yang dibuat (uji coba: yang akan dibuat) / accounts created (dry run: that would be)'),
  dilewati: z.array(
    z.object({
      pegawaiId: z.string(),
      nip: z.string(),
      nama: z.string(),
      alasan: z.enum(['USERNAME_TERPAKAI', 'SUDAH_PUNYA_AKUN']),
    }),
  ),
  unit: z.object({ id: z.string(), kode: z.string(), nama: z.string() }).nullable(),
  berkas: z
    .object({ namaBerkas: z.string(), mimeType: z.string(), base64: z.string() })
    .nullable()
    .describe(
      'XLSX NIP, nama, unit, nama pengguna, sandi sekali pakai — satu-satunya salinan, tidak disimpan / the only copy of the passwords, not stored',
    ),
  waktuMs: z.object({ hash: z.number(), tulis: z.number() }),
  perkiraanMs: z.number().nullable().describe('Uji coba: perkiraan lama pembuatan / dry run: estimated duration'),
});

export const akunRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: { actor: import('../access/index.ts').Actor | null; id: string }) => ({
    database: app.database,
    actor: req.actor,
    requestId: req.id,
  });

  app.get(
    '/instansi/:instansiId/akun',
    {
      schema: {
        tags,
        summary: 'Daftar akun / list accounts',
        params: ZParams,
        querystring: z.object({ q: z.string().max(100).optional() }),
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              username: z.string(),
              namaTampilan: z.string(),
              pegawaiId: z.string().nullable(),
              nip: z.string().nullable(),
              isActive: z.boolean(),
              lastLoginAt: z.string().nullable(),
              lockedUntil: z
                .string()
                .nullable()
                .describe(
                  'Terkunci sementara karena sandi salah berulang, sampai waktu ini / temporarily locked after repeated wrong passwords, until then',
                ),
              peran: z.array(
                z.object({ peran: z.string(), unitId: z.string().nullable(), unitNama: z.string().nullable() }),
              ),
            }),
          ),
        },
      },
    },
    async (req) => svc.listAkun(ctx(req), req.params.instansiId, req.query.q),
  );

  app.post(
    '/instansi/:instansiId/akun',
    {
      schema: {
        tags,
        summary:
          'Buat akun (sandi sekali pakai dibuat otomatis) / create an account with a generated one-time password',
        params: ZParams,
        body: z.object({
          pegawaiId: z.uuid().nullish(),
          username: z.string().trim().min(3).max(100).nullish(),
          namaTampilan: z.string().trim().max(200).nullish(),
          peran: z.array(ZRole).max(3).default([]),
        }),
        response: { 201: ZCredentials },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createAkunForPegawai(ctx(req), req.params.instansiId, req.body)),
  );

  app.post(
    '/instansi/:instansiId/akun/massal',
    {
      schema: {
        tags,
        summary:
          'Buat akun massal untuk pegawai yang belum punya akun (NIP, sandi sekali pakai, XLSX) / bulk accounts for pegawai without one',
        params: ZParams,
        body: ZAkunMassalRequest,
        response: { 200: ZAkunMassalResponse, 201: ZAkunMassalResponse },
      },
    },
    async (req, reply) => {
      const r = await createAkunMassal(ctx(req), req.params.instansiId, req.body);
      // The answer carries passwords: no cache may keep it.
      reply.header('cache-control', 'no-store');
      return reply.status(r.dryRun ? 200 : 201).send({
        ...r,
        berkas: r.berkas
          ? {
              namaBerkas: r.berkas.namaBerkas,
              mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              base64: r.berkas.isi.toString('base64'),
            }
          : null,
      });
    },
  );

  app.patch(
    '/instansi/:instansiId/akun/:akunId',
    {
      schema: {
        tags,
        summary: 'Ubah peran atau status akun / change roles or status',
        params: ZAkunParams,
        body: z.object({ isActive: z.boolean().optional(), peran: z.array(ZRole).max(3).optional() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => svc.updateAkun(ctx(req), req.params.instansiId, req.params.akunId, req.body),
  );

  app.post(
    '/instansi/:instansiId/akun/:akunId/buka-kunci',
    {
      schema: {
        tags,
        summary:
          'Buka kunci akun yang terkunci sementara karena sandi salah berulang / unlock an account locked after repeated wrong passwords',
        params: ZAkunParams,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => svc.unlockAkun(ctx(req), req.params.instansiId, req.params.akunId, req.ip),
  );

  app.post(
    '/instansi/:instansiId/akun/:akunId/reset-sandi',
    {
      schema: {
        tags,
        summary: 'Atur ulang sandi / reset password',
        params: ZAkunParams,
        response: { 200: ZCredentials },
      },
    },
    async (req) => svc.resetPassword(ctx(req), req.params.instansiId, req.params.akunId),
  );
};
