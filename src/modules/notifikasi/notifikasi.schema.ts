import { z } from 'zod';

export const ZNotifikasi = z.object({
  id: z.string(),
  jenis: z.string(),
  judul: z.string(),
  isi: z.string(),
  tautan: z.string().nullable(),
  dibacaAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZNotifikasiQuery = z.object({
  belumDibaca: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZNotifikasiParams = z.object({ instansiId: z.uuid(), notifikasiId: z.uuid() });
