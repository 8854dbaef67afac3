/** Zod schemas of the results-out routes: the evaluation export and the Monitoring Kurva. */
import { z } from 'zod';
import { AKSI_HASIL } from '../../domain/evaluasi/hasil-akses.ts';
import { PREDIKATS } from '../../domain/types.ts';

export const ZHasilParams = z.object({ instansiId: z.uuid() });
export const ZHasilUnitParams = ZHasilParams.extend({ unitId: z.uuid() });

const zTahun = z.coerce.number().int().min(2000).max(2100).describe('Tahun kinerja / performance year');

export const ZEksporQuery = z.object({
  tahun: zTahun,
  periode: z
    .string()
    .regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR|TAHUNAN)$/)
    .optional()
    .describe('Satu periode saja (TW1…TW4, B01…B12, TAHUNAN/AKHIR); bawaan semua / one period only; default all'),
  format: z.enum(['csv', 'xlsx']).default('csv').describe('csv (RFC 4180, UTF-8) atau xlsx'),
});

export const ZKurvaQuery = z.object({
  tahun: zTahun,
  periode: z
    .string()
    .regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR|TAHUNAN)$/)
    .describe('Kode periode (TW1…TW4, B01…B12, TAHUNAN/AKHIR) / period code'),
});

const ZTeks = z.object({ id: z.string(), en: z.string() });
const ZJumlah = z.object(
  Object.fromEntries(PREDIKATS.map((p) => [p, z.number().int()])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>,
);
const ZRentang = z.object({ min: z.number().int(), max: z.number().int() });

export const ZKurvaUnit = z.object({
  unit: z.object({ id: z.string(), kode: z.string(), nama: z.string(), jenis: z.string() }),
  predikatOrganisasi: z.string().nullable().describe('ISTIMEWA … SANGAT_KURANG; null: belum ditetapkan / not set yet'),
  penetapPredikatOrganisasi: z.string().nullable(),
  n: z.number().int().describe('Pegawai yang dihitung (dinilai + belum) / people counted'),
  dinilai: z.number().int(),
  belumDinilai: z.number().int(),
  jumlah: ZJumlah.describe('Sebaran terwujud: jumlah per predikat yang sudah dinilai / realised counts'),
  rentang: z
    .object(
      Object.fromEntries(PREDIKATS.map((p) => [p, ZRentang])) as Record<(typeof PREDIKATS)[number], typeof ZRentang>,
    )
    .nullable()
    .describe('Rentang yang diizinkan untuk N = n (kalkulator) / allowed ranges for N'),
  sesuai: z.boolean().nullable(),
  lengkap: z.boolean(),
  pelanggaran: z.array(z.object({ code: z.string(), message: ZTeks })),
  status: z
    .record(z.string(), z.number().int())
    .describe('Evaluasi per status efektif / evaluations by effective status'),
  kalibrasi: z
    .object({ status: z.string(), override: z.boolean(), finalAt: z.string().nullable() })
    .nullable()
    .describe('TERBUKA | FINAL (+override); null: belum dibuka / none yet'),
  aksi: z.array(z.enum(AKSI_HASIL)),
});
export type TKurvaUnit = z.infer<typeof ZKurvaUnit>;

export const ZPeriodeKurva = z.object({
  kode: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  batasPengisian: z.string().describe('Batas pengisian periode / the period’s entry deadline'),
  sumberBatas: z
    .enum(['PERIODE', 'PENGATURAN'])
    .describe('PERIODE: dari Manajemen Periode; PENGATURAN: akhir periode + pengaturan batasPengisian'),
  lewat: z.boolean(),
});

export const ZDaftarKurva = z.object({
  tahun: z.number().int(),
  periode: ZPeriodeKurva,
  units: z.array(ZKurvaUnit),
  instansi: z.object({
    n: z.number().int(),
    dinilai: z.number().int(),
    belumDinilai: z.number().int(),
    jumlah: ZJumlah,
    unitSesuai: z.number().int(),
    unitMelanggar: z.number().int(),
    unitTanpaPredikatOrganisasi: z.number().int(),
    unitOverride: z.number().int(),
  }),
  aksi: z.array(z.enum(AKSI_HASIL)),
});
export type TDaftarKurva = z.infer<typeof ZDaftarKurva>;

export const ZDetailKurva = z.object({
  tahun: z.number().int(),
  periode: ZPeriodeKurva,
  kurva: ZKurvaUnit,
  batasan: z.array(
    z.object({ aturan: z.string(), jenis: z.string(), predikat: z.array(z.string()), jumlah: z.number(), teks: ZTeks }),
  ),
});
export type TDetailKurva = z.infer<typeof ZDetailKurva>;
