/** Zod schemas of the SKP document endpoints. */
import { z } from 'zod';

export const ZSkpDokumenParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZSkpDokumenQuery = z.object({
  unduh: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Sebagai unduhan (attachment) alih-alih tampilan (inline) / as a download instead of inline'),
});
export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZJobParams = z.object({ instansiId: z.uuid(), jobId: z.uuid() });

export const ZSkpMassalRequest = z.object({
  unitId: z.uuid(),
  tahun: z.number().int().min(2000).max(2100),
});

export const ZSkpMassalStarted = z.object({
  jobId: z.string(),
  status: z.literal('QUEUED'),
  total: z.number().describe('Jumlah SKP yang akan dibuat / number of SKPs to render'),
  statusUrl: z.string(),
  unduhUrl: z.string(),
});

export const ZSkpMassalJob = z.object({
  id: z.string(),
  status: z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']),
  phase: z.string().nullable(),
  processed: z.number(),
  total: z.number(),
  unitId: z.string().nullable(),
  tahun: z.number().nullable(),
  namaFile: z.string().nullable(),
  ukuran: z.number().nullable().describe('Ukuran zip (byte) / zip size in bytes'),
  jumlah: z.number().nullable().describe('PDF di dalam zip / PDFs in the zip'),
  gagal: z.array(z.object({ skpId: z.string(), pesan: z.string() })),
  error: z.string().nullable(),
  errorMessage: z
    .object({ id: z.string(), en: z.string() })
    .nullable()
    .describe(
      'Mengapa job gagal, dua bahasa (mis. proses server berhenti, disk penuh) / why the job failed, both languages',
    ),
  dihapus: z.boolean().describe('Berkas sudah dihapus (lebih dari 7 hari) / file removed after 7 days'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  unduhUrl: z.string().nullable(),
});
