/**
 * Zod request and response schemas of the public simulation API (`/api/rules/*`). The enum
 * spellings come from the domain and are part of the public contract.
 */
import { z } from 'zod';
import { ZTanggal } from '../../domain/calendar.ts';
import { TOPIKS } from '../../domain/rules/rule-set.ts';
import { JENIS_HARI, PEMBULATAN_DISTRIBUSI, SEBAGIAN_BESAR } from '../../domain/settings.ts';
import { ZTukinPolicy } from '../../domain/tukin.ts';
import {
  CONFIDENCES,
  ZGolongan,
  ZJenjang,
  ZPotensi,
  ZPredikat,
  ZPredikatOrganisasi,
  ZRating,
  ZSumber,
  ZTeks,
} from '../../domain/types.ts';
import { SCHEMA_MESSAGES } from '../../http/schema-messages.ts';

const perPredikat = <T extends z.ZodType>(schema: T) =>
  z.object({ SANGAT_BAIK: schema, BAIK: schema, BUTUH_PERBAIKAN: schema, KURANG: schema, SANGAT_KURANG: schema });

/** A headcount in a request: a whole number of employees. */
const ZCount = z.number().int().min(0).max(1_000_000);

// ---- GET /api/rules ------------------------------------------------------------------------

export const ZRulesQuery = z.object({
  tanggal: z.iso.date().optional().describe('YYYY-MM-DD of an evaluated period: also say which rule set governs it'),
});

export const ZRuleSetMeta = z.object({
  id: z.string(),
  nama: ZTeks,
  berlakuMulai: z.string(),
  berlakuSampai: z.string().nullable(),
  keyakinanTanggal: z.enum(CONFIDENCES),
  mengatur: z.array(z.enum(TOPIKS)),
  sumber: z.array(ZSumber),
  catatan: ZTeks.optional(),
});

export const ZTukinPresetSummary = z.object({
  id: z.string(),
  nama: ZTeks,
  periodisitas: z.string(),
  keyakinan: z.enum(CONFIDENCES),
  komponen: z.array(z.object({ kode: z.string(), label: ZTeks, bobotPersen: z.number(), dasar: z.string() })),
  sumber: z.array(ZSumber),
  catatan: z.array(ZTeks),
});

export const ZRulesList = z.object({
  ruleSets: z.array(ZRuleSetMeta),
  berlaku: z
    .object({ tanggal: z.string(), topik: z.record(z.enum(TOPIKS), z.string().nullable()) })
    .nullable()
    .describe('Rule set id per topic for `tanggal`, when given'),
  tukinPresets: z.array(ZTukinPresetSummary),
});

// ---- POST /api/rules/predikat ----------------------------------------------------------------

export const ZPredikatRequest = z.object({
  ratingHasilKerja: ZRating,
  ratingPerilaku: ZRating,
  tanggal: ZTanggal.optional().describe('Date of the evaluated period (default: the current quadrant)'),
});

export const ZPredikatResponse = z.object({
  predikat: ZPredikat,
  label: ZTeks,
  ratingHasilKerja: ZRating,
  ratingPerilaku: ZRating,
  ruleSetId: z.string(),
  explanation: ZTeks,
  citation: ZSumber,
});

// ---- POST /api/rules/distribusi (+ /kalkulator) --------------------------------------------------

const ZDistribusiOptions = {
  pembulatan: z
    .enum(PEMBULATAN_DISTRIBUSI)
    .optional()
    .describe('Rounding for small units (default CEIL_MIN_FLOOR_MAX)'),
  sebagianBesar: z
    .enum(SEBAGIAN_BESAR)
    .optional()
    .describe(
      '"Sebagian besar" reading (default MAJORITY: more than half and at most 70%; ADVISORY: ceiling only, with a warning)',
    ),
};

export const ZDistribusiRequest = z.object({
  predikatOrganisasi: ZPredikatOrganisasi,
  jumlah: z.strictObject({
    SANGAT_BAIK: ZCount.default(0),
    BAIK: ZCount.default(0),
    BUTUH_PERBAIKAN: ZCount.default(0),
    KURANG: ZCount.default(0),
    SANGAT_KURANG: ZCount.default(0),
  }),
  ...ZDistribusiOptions,
});

export const ZKalkulatorRequest = z.object({
  predikatOrganisasi: ZPredikatOrganisasi,
  n: ZCount,
  ...ZDistribusiOptions,
});

const ZRentang = z.object({ min: z.number(), max: z.number() });

const ZBatasan = z.object({
  aturan: z.string(),
  jenis: z.enum(['MIN', 'MAX']),
  predikat: z.array(ZPredikat),
  kelompok: z.boolean(),
  jumlah: z.number(),
  persen: z.number().nullable(),
  teks: ZTeks,
  disesuaikan: z.object({ dari: z.number(), alasan: ZTeks }).optional(),
});

export const ZKalkulatorResponse = z.object({
  predikatOrganisasi: ZPredikatOrganisasi,
  n: z.number(),
  rentang: perPredikat(ZRentang),
  rentangTercapai: perPredikat(ZRentang),
  batasan: z.array(ZBatasan),
  selebihnya: ZTeks,
  catatan: z.array(ZTeks),
  pengaturan: z.object({ pembulatan: z.enum(PEMBULATAN_DISTRIBUSI), sebagianBesar: z.enum(SEBAGIAN_BESAR) }),
  sumber: z.array(ZSumber),
});

export const ZDistribusiResponse = ZKalkulatorResponse.extend({
  sesuai: z.boolean(),
  jumlah: perPredikat(z.number()),
  pelanggaran: z.array(
    z.object({
      code: z.string(),
      aturan: z.string(),
      predikat: z.array(ZPredikat),
      jumlah: z.number(),
      batas: z.number(),
      persenBatas: z.number().nullable(),
      persenAktual: z.number(),
      n: z.number(),
      message: ZTeks,
    }),
  ),
  peringatan: z.array(z.object({ code: z.string(), aturan: z.string(), predikat: z.array(ZPredikat), message: ZTeks })),
  explanation: ZTeks,
});

// ---- POST /api/rules/angka-kredit -------------------------------------------------------------

export const ZAngkaKreditRequest = z.object({
  jenjang: ZJenjang,
  predikat: ZPredikat,
  bulan: z.number().int().min(1).max(12).default(12),
  golongan: ZGolongan.optional().describe('With kumulatifSebelumnya: also report progress to promotion'),
  kumulatifSebelumnya: z
    .number()
    .min(0)
    .max(100_000)
    .optional()
    .describe('AK accumulated in this jenjang before this period'),
});

const ZTarget = z.object({
  target: z.number(),
  tercapai: z.boolean(),
  kekurangan: z.number(),
  golonganTujuan: ZGolongan,
  jenjangTujuan: ZJenjang,
});

export const ZProgress = z.object({
  jenjang: ZJenjang,
  golongan: ZGolongan,
  kumulatif: z.number(),
  kenaikanPangkat: ZTarget.extend({ melaluiKenaikanJenjang: z.boolean() }).nullable(),
  kenaikanJenjang: ZTarget.nullable(),
  explanation: ZTeks,
  catatan: z.array(ZTeks),
  citation: z.array(ZSumber),
});

export const ZAngkaKreditResponse = z.object({
  jenjang: ZJenjang,
  predikat: ZPredikat,
  bulan: z.number(),
  persen: z.number(),
  koefisien: z.number(),
  angkaKredit: z.number().describe('Full precision'),
  angkaKreditDibulatkan: z.number().describe('Rounded half up to 3 decimals, for display'),
  pembilang: z.number(),
  penyebut: z.number(),
  rumus: ZTeks,
  explanation: ZTeks,
  citation: z.array(ZSumber),
  progres: ZProgress.nullable(),
});

// ---- POST /api/rules/kotak-talenta --------------------------------------------------------------

export const ZKotakTalentaRequest = z.object({
  kinerja: z.union([ZRating, ZPredikat]).describe('Performance axis (DI_ATAS|SESUAI|DI_BAWAH) or a predikat'),
  potensi: ZPotensi,
});

export const ZKotakTalentaResponse = z.object({
  kotak: z.number().int().min(1).max(9),
  kinerja: ZRating,
  potensi: ZPotensi,
  predikat: ZPredikat.optional(),
  label: z.string().describe('Official Indonesian label (PermenPANRB 3/2020)'),
  labelEn: z.string(),
  rekomendasi: z.array(z.string()).describe('Recommended actions, official Indonesian'),
  rekomendasiEn: z.array(z.string()),
  isSuksesi: z.boolean(),
  explanation: ZTeks,
  citation: z.array(ZSumber),
});

// ---- POST /api/rules/tukin ---------------------------------------------------------------------------

export const ZTukinRequest = z
  .object({
    presetId: z.string().max(100).optional(),
    policy: ZTukinPolicy.optional().describe('A custom policy instead of a preset'),
    baseAmount: z.number().int().min(0).max(100_000_000_000),
    predikat: ZPredikat.optional(),
    disiplinPct: z.number().min(0).max(100).optional(),
    missingReport: z.boolean().optional(),
  })
  .refine((b) => (b.presetId === undefined) !== (b.policy === undefined), {
    message: SCHEMA_MESSAGES.presetOrPolicy.en,
    path: ['presetId'],
  });

export const ZTukinResponse = z.object({
  policyId: z.string(),
  baseAmount: z.number(),
  amount: z.number(),
  lines: z.array(z.object({ kode: z.string(), label: ZTeks, amount: z.number(), explanation: ZTeks })),
  explanation: ZTeks,
  citation: z.array(ZSumber),
});

// ---- POST /api/rules/tenggat-keberatan ---------------------------------------------------------------

export const ZTenggatKeberatanRequest = z.object({
  tanggalDiterima: ZTanggal,
  jumlahHari: z.number().int().min(1).max(60).optional(),
  jenisHari: z.enum(JENIS_HARI).optional(),
  hariLibur: z.array(ZTanggal).max(1000).optional(),
  tanggalKeberatan: ZTanggal.optional().describe('When given, also say whether it is on time'),
});

export const ZTenggatKeberatanResponse = z.object({
  batas: z.string(),
  mulai: z.string(),
  jumlahHari: z.number(),
  jenisHari: z.enum(JENIS_HARI),
  dilewati: z.array(z.string()),
  tepatWaktu: z.boolean().nullable(),
  explanation: ZTeks,
  citation: ZSumber,
});

// ---- POST /api/rules/kelayakan -----------------------------------------------------------------------

export const ZKelayakanRequest = z.object({
  predikatPerTahun: z.record(z.string().regex(/^\d{4}$/), ZPredikat.nullable()),
  tahun: z.number().int().min(1900).max(9999).describe('Latest completed performance year that counts'),
});

export const ZKelayakanResponse = z.object({
  asOfYear: z.number(),
  memenuhi: z.boolean(),
  tahun: z.array(z.object({ tahun: z.number(), predikat: ZPredikat.nullable(), memenuhi: z.boolean(), alasan: ZTeks })),
  tahunGagal: z.array(z.number()),
  kenaikanPangkat: z.object({ memenuhi: z.boolean(), citation: ZSumber }),
  rencanaSuksesi: z.object({ memenuhi: z.boolean(), citation: ZSumber }),
  explanation: ZTeks,
});

export type TDistribusiRequest = z.infer<typeof ZDistribusiRequest>;
