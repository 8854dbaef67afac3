/** Home (beranda): request and response of the one summary read. */
import { z } from 'zod';
import { ZPenilaiExplanation } from '../org/index.ts';

export const ZBerandaParams = z.object({ instansiId: z.uuid() });
export const ZBerandaQuery = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

export const ZBeranda = z.object({
  tahun: z.number(),
  hariIni: z.string(),
  /** The caller's own SKP and next step; null for accounts without a pegawai (pure admins). */
  pegawai: z
    .object({
      skp: z
        .object({
          id: z.string(),
          status: z.string(),
          penilaiNama: z.string().nullable(),
          catatanPenilai: z.string().nullable(),
          diajukanAt: z.string().nullable(),
        })
        .nullable(),
      langkah: z.enum(['BUAT', 'AJUKAN', 'PERBAIKI', 'MENUNGGU_PENILAI', 'SELESAI']),
      /** Who appraises them today (for "Belum ada SKP" and "Menunggu persetujuan …"). */
      penilaiNama: z.string().nullable(),
      /** Who appraises them and why ("Siapa yang menilai saya"), from the same resolution. */
      penjelasan: ZPenilaiExplanation.nullable(),
      /** Last day to set the SKP of the year (period settings, else 31 January). */
      batasPenetapanSkp: z.string(),
      terlambat: z.boolean(),
    })
    .nullable(),
  /** What waits for the caller as pejabat penilai; null when they appraise nobody today. */
  penilai: z
    .object({
      jumlahBawahan: z.number(),
      menunggu: z.number(),
      daftar: z.array(z.object({ skpId: z.string(), nama: z.string(), diajukanAt: z.string().nullable() })),
    })
    .nullable(),
  /** Figures for administrators and auditors, over their scope; null for everyone else. */
  admin: z
    .object({
      cakupan: z.enum(['INSTANSI', 'UNIT']),
      pengisian: z.object({
        total: z.number(),
        belumMulai: z.number(),
        draft: z.number(),
        diajukan: z.number(),
        dikembalikan: z.number(),
        ditetapkan: z.number(),
      }),
      /** Hierarchy problems (null when the caller may not read the report). */
      masalahHierarki: z.number().nullable(),
      pekerjaan: z.object({
        gagal7Hari: z.number(),
        terakhir: z.array(z.object({ id: z.string(), jenis: z.string(), status: z.string(), createdAt: z.string() })),
      }),
    })
    .nullable(),
  notifikasiBelumDibaca: z.number(),
});
export type TBeranda = z.infer<typeof ZBeranda>;
