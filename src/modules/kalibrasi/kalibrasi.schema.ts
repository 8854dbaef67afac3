/** Zod request and response schemas of the calibration board API (docs/evaluasi-kalibrasi.md). */
import { z } from 'zod';
import { ZPredikat, ZRating, ZTeks } from '../../domain/types.ts';
import { zInt4, zVersion } from '../../http/schema.ts';

const kodePeriode = z
  .string()
  .regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/, 'TW1…TW4, B01…B12 or AKHIR')
  .describe('Period: TW1…TW4, B01…B12, or AKHIR (annual)');

export const ZPapanParams = z.object({
  instansiId: z.uuid(),
  unitId: z.uuid().describe('The unit penilaian'),
  tahun: z.coerce.number().int().min(2000).max(2100),
  periodeKode: kodePeriode,
});
export const ZEvaluasiParams = ZPapanParams.extend({ evaluasiId: z.uuid() });

const alasan = (min: number) => z.string().trim().min(min).max(2000);

export const ZUbah = z.object({
  /** Omit to keep it (a unit head's follows the predikat organisasi and cannot change here). */
  ratingHasilKerja: ZRating.optional(),
  ratingPerilaku: ZRating,
  alasan: alasan(5).describe('Why the rating changes (kept in the change log and the audit trail)'),
  version: zVersion().describe("The evaluation's version as read on the board"),
});

export const ZFinal = z.object({
  override: z.boolean().optional(),
  /** Written justification; required (≥ 20 characters) when the pattern is violated and `override` is set. */
  alasan: z.string().trim().max(4000).nullish(),
  version: zInt4(0).optional().describe("The calibration's version as read (0 when never saved)"),
});

export const ZBuka = z.object({
  alasan: alasan(5).describe('Why the calibration is reopened'),
  version: zVersion().optional(),
});

const ZRentang = z.object({ min: z.number(), max: z.number() });
const ZPerRentang = z.record(z.string(), ZRentang);

export const ZPapan = z.object({
  unit: z.object({ id: z.string(), kode: z.string(), nama: z.string() }),
  tahun: z.number(),
  periodeKode: z.string(),
  kalibrasi: z.object({
    id: z.string().nullable(),
    status: z.enum(['TERBUKA', 'FINAL']),
    hasil: z.unknown(),
    override: z.boolean(),
    overrideAlasan: z.string().nullable(),
    finalAt: z.string().nullable(),
    finalOlehNama: z.string().nullable(),
    version: z.number(),
  }),
  predikatOrganisasi: z
    .object({
      predikat: z.string(),
      penetapNama: z.string(),
      penetapJabatan: z.string().nullable(),
      ditetapkanAt: z.string(),
      catatan: z.string().nullable(),
    })
    .nullable(),
  evaluasi: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      pegawaiId: z.string(),
      nip: z.string(),
      nama: z.string(),
      jabatan: z.string().nullable(),
      penilaiPegawaiId: z.string().nullable(),
      penilaiNama: z.string().nullable(),
      ratingHasilKerja: z.string().nullable(),
      ratingHasilKerjaSumber: z.string().nullable(),
      ratingPerilaku: z.string().nullable(),
      predikat: z.string().nullable(),
      predikatUsulan: z.string().nullable(),
      status: z.string(),
      batasKeberatan: z.string().nullable(),
    }),
  ),
  cek: z.object({
    predikatOrganisasi: z.string().nullable(),
    nTotal: z.number(),
    nDinilai: z.number(),
    belumDinilai: z.number(),
    lengkap: z.boolean(),
    jumlah: z.record(z.string(), z.number()),
    rentang: ZPerRentang.nullable(),
    rentangTercapai: ZPerRentang.nullable(),
    batasan: z.array(z.unknown()),
    sesuai: z.boolean().nullable(),
    pelanggaran: z.array(
      z.object({
        aturan: z.string(),
        code: z.string(),
        predikat: z.array(ZPredikat),
        jumlah: z.number(),
        batas: z.number(),
        selisih: z.number(),
        arah: z.enum(['KELUAR', 'MASUK']),
        teks: ZTeks,
        rinci: ZTeks,
      }),
    ),
    peringatan: z.array(ZTeks),
    perbaikan: z.array(z.object({ dari: ZPredikat, ke: ZPredikat, jumlah: z.number(), teks: ZTeks })),
    perluOverride: z.boolean(),
    ringkasan: ZTeks,
  }),
  perubahan: z.array(
    z.object({
      id: z.string(),
      evaluasiId: z.string(),
      pegawaiNama: z.string().nullable(),
      dari: z.unknown(),
      ke: z.unknown(),
      alasan: z.string(),
      olehNama: z.string(),
      createdAt: z.string(),
    }),
  ),
  peran: z.array(z.string()),
  aksi: z.array(z.enum(['LIHAT', 'UBAH', 'FINALKAN', 'BUKA_KEMBALI'])),
});

export const ZUbahHasil = z.object({
  evaluasiId: z.string(),
  version: z.number(),
  ratingHasilKerja: ZRating,
  ratingPerilaku: ZRating,
  predikat: ZPredikat,
  perubahanId: z.string(),
});

export const ZFinalHasil = z.object({
  id: z.string(),
  status: z.literal('FINAL'),
  version: z.number(),
  override: z.boolean(),
  hasil: z.unknown(),
});

export const ZBukaHasil = z.object({ id: z.string(), status: z.literal('TERBUKA'), version: z.number() });
