/** Zod schemas of the evaluation document endpoints. */
import { z } from 'zod';
import { AKSI_DOKUMEN_EVALUASI, PERAN_DOKUMEN_EVALUASI } from '../../domain/evaluasi/dokumen-akses.ts';
import { JENIS_DOKUMEN } from './layouts.ts';

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZEvaluasiParams = z.object({ instansiId: z.uuid(), evaluasiId: z.uuid() });
export const ZPenetapanParams = z.object({ instansiId: z.uuid(), predikatOrganisasiId: z.uuid() });
export const ZJobParams = z.object({ instansiId: z.uuid(), jobId: z.uuid() });

export const ZUnduhQuery = z.object({
  unduh: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Sebagai unduhan (attachment) alih-alih tampilan (inline) / as a download instead of inline'),
});

export const ZPeriodeKode = z
  .string()
  .regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/, { message: 'Kode periode: TW1–TW4, B01–B12 atau AKHIR' })
  .describe('Kode periode (TW1…TW4, B01…B12, AKHIR untuk tahunan) / period code (AKHIR: annual)');

export const ZDokumenInfo = z.object({
  evaluasiId: z.string(),
  status: z.string().describe('Status efektif (DITERIMA lewat batas keberatan = FINAL) / effective state'),
  draf: z.boolean().describe('Belum ditetapkan: dicetak dengan tanda "DRAF" / not set: printed marked "DRAF"'),
  peran: z.array(z.enum(PERAN_DOKUMEN_EVALUASI)),
  aksi: z.array(z.enum(AKSI_DOKUMEN_EVALUASI)),
  evaluasiKinerjaUrl: z.string().nullable(),
  dokumenEvaluasiUrl: z.string().nullable(),
  keberatan: z.boolean(),
});

export const ZMassalRequest = z.object({
  unitPenilaianId: z.uuid(),
  tahun: z.number().int().min(2000).max(2100),
  periodeKode: ZPeriodeKode,
  jenis: z
    .enum(JENIS_DOKUMEN)
    .default('LENGKAP')
    .describe(
      'EVALUASI (Evaluasi Kinerja Pegawai), DOKUMEN (Dokumen Evaluasi Kinerja Pegawai) atau LENGKAP (keduanya dalam satu PDF per orang) / which document(s) per person',
    ),
});

export const ZMassalStarted = z.object({
  jobId: z.string(),
  status: z.literal('QUEUED'),
  total: z.number().describe('Jumlah evaluasi (PDF) / number of evaluations (PDFs)'),
  statusUrl: z.string(),
  unduhUrl: z.string(),
});

export const ZMassalJob = z.object({
  id: z.string(),
  status: z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']),
  phase: z.string().nullable(),
  processed: z.number(),
  total: z.number(),
  unitPenilaianId: z.string().nullable(),
  tahun: z.number().nullable(),
  periodeKode: z.string().nullable(),
  jenis: z.string().nullable(),
  namaFile: z.string().nullable(),
  ukuran: z.number().nullable(),
  jumlah: z.number().nullable().describe('PDF di dalam zip / PDFs in the zip'),
  gagal: z.array(z.object({ evaluasiId: z.string(), pesan: z.string() })),
  error: z.string().nullable(),
  errorMessage: z.object({ id: z.string(), en: z.string() }).nullable(),
  dihapus: z.boolean().describe('Berkas sudah dihapus (lebih dari 7 hari) / file removed after 7 days'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  unduhUrl: z.string().nullable(),
});
