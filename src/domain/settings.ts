/**
 * Per-instansi settings that overlay the national rules: periodicity, objection window, holiday
 * table, entry deadlines, tukin/TPP policy, the two UNSURE mappings and the distribution rounding.
 * Stored as JSON per instansi; always read through `resolveSettings`, which fills the documented
 * defaults (see docs/rules.md, "Settings overlay").
 */
import { z } from 'zod';
import { daysInMonth, ZTanggal } from './calendar.ts';
import { type Predikat, type PredikatOrganisasi, type Rating, ZRating } from './types.ts';

/** Periodic evaluation: monthly or quarterly (PermenPANRB 6/2022 Pasal 1, "bulanan atau triwulanan"). */
export const EVALUASI_PERIODIK = ['MONTHLY', 'QUARTERLY'] as const;
export type EvaluasiPeriodik = (typeof EVALUASI_PERIODIK)[number];

/** How a window of N days is counted (decision 0103). */
export const JENIS_HARI = ['CALENDAR', 'WORKING'] as const;
export type JenisHari = (typeof JENIS_HARI)[number];

/**
 * Rounding of the distribution percentages to headcounts (decision 0101):
 * - `CEIL_MIN_FLOOR_MAX` (default, strict): minimums round up, maximums round down;
 * - `HALF_UP`: both round to the nearest count, halves up;
 * - `FLOOR_MIN_CEIL_MAX` (lenient): minimums round down, maximums round up.
 */
export const PEMBULATAN_DISTRIBUSI = ['CEIL_MIN_FLOOR_MAX', 'HALF_UP', 'FLOOR_MIN_CEIL_MAX'] as const;
export type PembulatanDistribusi = (typeof PEMBULATAN_DISTRIBUSI)[number];

/**
 * Reading of "sebagian besar (maksimal 70%)" (decision 0102, revised for issue 11): `MAJORITY`
 * (default) binds both words — more than half and at most 70% (in tiny units the majority yields to
 * the ceiling and the "at least one" rule, decision 0101); `ADVISORY` (lenient, an instansi's choice)
 * enforces only the 70% ceiling and warns when the category is not the largest.
 */
export const SEBAGIAN_BESAR = ['ADVISORY', 'MAJORITY'] as const;
export type SebagianBesar = (typeof SEBAGIAN_BESAR)[number];

/** Default 9-box performance axis per predikat (decision 0105). */
export const DEFAULT_TALENTA_KINERJA: Readonly<Record<Predikat, Rating>> = {
  SANGAT_BAIK: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
};

/** Default rating hasil kerja of a unit head per predikat organisasi (decision 0104). */
export const DEFAULT_RATING_PIMPINAN_UNIT: Readonly<Record<PredikatOrganisasi, Rating>> = {
  ISTIMEWA: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
};

const ZTalentaKinerja = z
  .strictObject({
    SANGAT_BAIK: ZRating.default(DEFAULT_TALENTA_KINERJA.SANGAT_BAIK),
    BAIK: ZRating.default(DEFAULT_TALENTA_KINERJA.BAIK),
    BUTUH_PERBAIKAN: ZRating.default(DEFAULT_TALENTA_KINERJA.BUTUH_PERBAIKAN),
    KURANG: ZRating.default(DEFAULT_TALENTA_KINERJA.KURANG),
    SANGAT_KURANG: ZRating.default(DEFAULT_TALENTA_KINERJA.SANGAT_KURANG),
  })
  .prefault({});

const ZRatingPimpinanUnit = z
  .strictObject({
    ISTIMEWA: ZRating.default(DEFAULT_RATING_PIMPINAN_UNIT.ISTIMEWA),
    BAIK: ZRating.default(DEFAULT_RATING_PIMPINAN_UNIT.BAIK),
    BUTUH_PERBAIKAN: ZRating.default(DEFAULT_RATING_PIMPINAN_UNIT.BUTUH_PERBAIKAN),
    KURANG: ZRating.default(DEFAULT_RATING_PIMPINAN_UNIT.KURANG),
    SANGAT_KURANG: ZRating.default(DEFAULT_RATING_PIMPINAN_UNIT.SANGAT_KURANG),
  })
  .prefault({});

const ZWindow = (defaultDays: number) =>
  z
    .strictObject({
      jumlahHari: z.number().int().min(0).max(366).default(defaultDays),
      jenisHari: z.enum(JENIS_HARI).default('CALENDAR'),
    })
    .prefault({});

/** Zod schema of the distribution settings. */
export const ZDistribusiSettings = z
  .strictObject({
    pembulatan: z.enum(PEMBULATAN_DISTRIBUSI).default('CEIL_MIN_FLOOR_MAX'),
    sebagianBesar: z.enum(SEBAGIAN_BESAR).default('MAJORITY'),
  })
  .prefault({});
export type DistribusiSettings = z.infer<typeof ZDistribusiSettings>;

/**
 * Development methods offered in a dialog kinerja, managed per instansi. The default list follows the
 * regulation's development stage (PermenPANRB 6/2022 Pasal 3 and Lampiran: coaching, mentoring,
 * counselling, plus the usual competency-development forms of PP 17/2020 Pasal 203 — LIKELY).
 */
export const DEFAULT_METODE_PENGEMBANGAN: ReadonlyArray<{ kode: string; nama: string }> = [
  { kode: 'COACHING', nama: 'Coaching' },
  { kode: 'MENTORING', nama: 'Mentoring' },
  { kode: 'KONSELING', nama: 'Konseling' },
  { kode: 'PELATIHAN', nama: 'Pelatihan' },
  { kode: 'PENUGASAN', nama: 'Penugasan khusus' },
  { kode: 'MAGANG', nama: 'Magang / praktik kerja' },
  { kode: 'E_LEARNING', nama: 'E-learning' },
  { kode: 'SEMINAR', nama: 'Seminar / lokakarya' },
];

/** Settings of the execution stage (issue 10): action plans, evidence limits, 360° input, dialogs. */
export const ZPelaksanaanSettings = z
  .strictObject({
    /** Rencana aksi is optional by default; e-Kinerja requires it for some forms. */
    rencanaAksiWajib: z.boolean().default(false),
    /** Largest evidence file, in MB (issue 10: default 10 MB). */
    buktiMaksimumMb: z.number().int().min(1).max(100).default(10),
    masukan360: z
      .strictObject({
        aktif: z.boolean().default(false),
        /** Answers needed before any aggregate is shown; never below 3 (anonymity). */
        minimumJawaban: z.number().int().min(3).max(50).default(3),
      })
      .prefault({}),
    metodePengembangan: z
      .array(
        z.strictObject({
          kode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
          nama: z.string().trim().min(1).max(100),
        }),
      )
      .min(1)
      .max(50)
      .refine((l) => new Set(l.map((m) => m.kode)).size === l.length, { message: 'Duplicate kode' })
      .default(DEFAULT_METODE_PENGEMBANGAN.map((m) => ({ ...m }))),
  })
  .prefault({});
export type PelaksanaanSettings = z.infer<typeof ZPelaksanaanSettings>;

/**
 * Settings of the evaluation stage (issue 11). `unitPenilaian`: whose employees form one distribution
 * and carry one predikat organisasi (decision 0501; src/domain/evaluasi/unit-penilaian.ts).
 */
export const ZEvaluasiSettings = z
  .strictObject({
    unitPenilaian: z
      .strictObject({
        /** Depth of the unit penilaian below the root (1 = each OPD under the pemda). */
        kedalaman: z.number().int().min(0).max(10).default(1),
        /** Unit kinds appraised on their own wherever they sit (they carry their own Perjanjian Kinerja). */
        jenisMandiri: z
          .array(z.string().regex(/^[A-Z][A-Z_]{1,39}$/))
          .max(30)
          .default(['UPT', 'PUSKESMAS']),
      })
      .prefault({}),
  })
  .prefault({});
export type EvaluasiSettings = z.infer<typeof ZEvaluasiSettings>;

/** Zod schema of the whole per-instansi overlay; every field has a documented default. */
export const ZRuleSettings = z.strictObject({
  /** Periodic evaluation; the official form prints TRIWULAN I–IV, hence QUARTERLY by default. */
  evaluasiPeriodik: z.enum(EVALUASI_PERIODIK).default('QUARTERLY'),
  /** Objection window: 14 days after receipt (PP 30/2019 Pasal 59), calendar days by default. */
  keberatan: ZWindow(14),
  /** Days after a period ends within which realisation and ratings must be entered (agency choice). */
  batasPengisian: ZWindow(10),
  /** Last day to set the SKP each year: 31 January (PermenPANRB 8/2021 Lampiran E, kept in practice). */
  batasPenetapanSkp: z
    .strictObject({
      bulan: z.number().int().min(1).max(12).default(1),
      tanggal: z.number().int().min(1).max(31).default(31),
    })
    .refine((v) => v.tanggal <= daysInMonth(2023, v.bulan), { message: 'Day does not exist in that month' })
    .prefault({}),
  /** Public holidays and cuti bersama (YYYY-MM-DD), used when counting working days. */
  hariLibur: z.array(ZTanggal).max(1000).default([]),
  /** Tukin/TPP policy id (a preset in tukin-presets.ts or a custom policy), or null for none. */
  tukinPolicyId: z.string().min(1).max(100).nullable().default(null),
  /** Predikat → performance axis of the talent 9-box. */
  talentaKinerja: ZTalentaKinerja,
  /** Predikat organisasi → rating hasil kerja of the unit head. */
  ratingHasilKerjaPimpinanUnit: ZRatingPimpinanUnit,
  distribusi: ZDistribusiSettings,
  pelaksanaan: ZPelaksanaanSettings,
  evaluasi: ZEvaluasiSettings,
});

/** The resolved settings (every field present). */
export type RuleSettings = z.infer<typeof ZRuleSettings>;
/** What an admin may store: any subset of the fields. */
export type RuleSettingsInput = z.input<typeof ZRuleSettings>;

/** Validates a stored overlay and fills every missing field with its default; throws a ZodError. */
export function resolveSettings(input: unknown = {}): RuleSettings {
  return ZRuleSettings.parse(input ?? {});
}

/** The national defaults (what an instansi without an overlay gets). */
export const DEFAULT_SETTINGS: RuleSettings = resolveSettings({});
