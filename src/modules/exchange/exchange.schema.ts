/** zod request/response schemas of the import/export routes. */
import { z } from 'zod';

export const ZEntity = z.enum(['unor', 'jabatan', 'pegawai']);
export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZJobParams = z.object({ instansiId: z.uuid(), jobId: z.uuid() });

const ZBool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const ZImportQuery = z.object({ dryRun: ZBool, jenis: ZEntity.optional() });
/** JSON alternative to multipart for integrations (the app's JSON body limit applies, 2 MB). */
export const ZImportJsonBody = z.object({
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().min(1),
  jenis: ZEntity.optional(),
});

export const ZExportQuery = z.object({
  jenis: z.enum(['unor', 'jabatan', 'pegawai', 'semua']).default('pegawai'),
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});
export const ZTemplateQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  jenis: ZEntity.default('pegawai'),
});

const ZBilingual = z.object({ id: z.string(), en: z.string() });
const ZIssue = z.object({
  sheet: z.string(),
  entity: ZEntity.nullable(),
  row: z.number(),
  column: z.string().nullable(),
  code: z.string(),
  message: ZBilingual,
  value: z.string().optional(),
});
const ZIssueCount = z.object({ code: z.string(), column: z.string().nullable(), count: z.number() });
const ZCounts = z.object({ rows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number() });

export const ZImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  counts: z.object({
    unor: ZCounts,
    jabatan: ZCounts,
    pegawai: ZCounts,
    penempatan: z.object({ opened: z.number(), closed: z.number() }),
  }),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(ZIssue).describe('1.000 kesalahan pertama (urutan berkas) / the first 1,000 errors, in file order'),
  warnings: z.array(ZIssue).describe('1.000 peringatan pertama / the first 1,000 warnings'),
  errorCount: z.number().describe('Jumlah semua kesalahan / how many errors in all'),
  warningCount: z.number().describe('Jumlah semua peringatan / how many warnings in all'),
  errorSummary: z
    .array(ZIssueCount)
    .describe('Jumlah kesalahan per kode dan kolom (semua) / every error counted per code and column'),
  warningSummary: z.array(ZIssueCount),
  timings: z.object({ parseMs: z.number(), validateMs: z.number(), writeMs: z.number(), totalMs: z.number() }),
});

export const ZJobStarted = z.object({ jobId: z.uuid(), status: z.literal('QUEUED'), statusUrl: z.string() });

export const ZImportJob = z.object({
  id: z.uuid(),
  status: z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']),
  phase: z.string().nullable(),
  processed: z.number(),
  total: z.number(),
  result: z
    .union([
      ZImportResult,
      z.object({
        error: z.string(),
        errorCode: z.string().optional().describe('JOB.ABANDONED | JOB.DISK_FULL | JOB.ERROR'),
        errorMessage: ZBilingual.optional().describe('Mengapa job gagal / why the job failed'),
      }),
    ])
    .nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
