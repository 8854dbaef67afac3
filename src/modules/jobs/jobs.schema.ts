/** Zod schemas of the generic job status endpoints (every kind of row in the `job` table). */
import { z } from 'zod';

export const ZJobsParams = z.object({ instansiId: z.uuid() });
export const ZJobParams = z.object({ instansiId: z.uuid(), jobId: z.uuid() });
export const ZJobListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20).describe('Jumlah job terbaru / how many recent jobs'),
});

export const ZJob = z.object({
  id: z.string(),
  jenis: z.string().describe('import | dokumen.skp-massal'),
  status: z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']),
  total: z.number(),
  processed: z.number(),
  phase: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z
    .string()
    .nullable()
    .describe('Mengapa job gagal (bahasa pemanggil) / why the job failed, in the caller’s language'),
  links: z.object({
    self: z.string(),
    detail: z
      .string()
      .nullable()
      .describe('Rute status khusus jenisnya (hasil lengkap) / the kind’s own status route (full result)'),
    download: z.string().nullable().describe('Berkas hasil bila siap / the result file when ready'),
  }),
});
export const ZJobList = z.object({ items: z.array(ZJob) });

export type TJob = z.infer<typeof ZJob>;
