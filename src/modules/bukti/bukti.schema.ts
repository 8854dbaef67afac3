/** Request and response schemas of the evidence API (→ OpenAPI). */
import { z } from 'zod';
import { AKSI_PELAKSANAAN } from '../../domain/pelaksanaan/akses.ts';

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZBuktiParams = z.object({ instansiId: z.uuid(), buktiId: z.uuid() });
export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });

const ZPeriodeKode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/);

export const ZBukti = z.object({
  id: z.uuid(),
  jenis: z.enum(['BERKAS', 'TAUTAN']),
  judul: z.string(),
  deskripsi: z.string().nullable(),
  tanggal: z.string(),
  /** The type sniffed from the content (null for a link). */
  mime: z.string().nullable(),
  ukuran: z.number().nullable(),
  namaBerkas: z.string().nullable(),
  url: z.string().nullable(),
});

export const ZTautanIn = z.object({
  url: z.string().min(1).max(2000),
  judul: z.string().trim().min(1).max(200),
  tanggal: z.iso.date(),
  deskripsi: z.string().trim().max(2000).optional(),
});

export const ZLibraryQuery = z.object({
  cari: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ZPemakaian = z.object({
  skpId: z.uuid(),
  tahun: z.number(),
  ikiId: z.uuid(),
  indikator: z.string(),
  periodeKode: z.string(),
});

export const ZLibrary = z.object({
  total: z.number(),
  /** The instansi's size limit of one file (pelaksanaan.buktiMaksimumMb), for the upload form. */
  maksimumMb: z.number(),
  items: z.array(ZBukti.extend({ dipakai: z.array(ZPemakaian), createdAt: z.string() })),
});

export const ZLampiranIn = z.object({ buktiId: z.uuid(), ikiId: z.uuid(), periodeKode: ZPeriodeKode });
export const ZLampiran = ZLampiranIn.extend({ id: z.uuid(), skpId: z.uuid() });

export const ZBuktiIkiQuery = z.object({ ikiId: z.uuid().optional(), periodeKode: ZPeriodeKode.optional() });
export const ZBuktiIkiList = z.object({
  aksi: z.array(z.enum(AKSI_PELAKSANAAN)),
  items: z.array(
    ZBukti.extend({
      lampiranId: z.uuid(),
      ikiId: z.uuid(),
      periodeKode: z.string(),
      dilihatPenilaiAt: z.string().nullable(),
    }),
  ),
});

export const ZUnduhQuery = z.object({ inline: z.enum(['0', '1']).optional() });
