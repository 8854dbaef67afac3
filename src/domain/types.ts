/**
 * Shared enums and value types of the rule engine.
 *
 * The enum spellings are part of the public API contract (simulation API, database columns):
 * never rename a value. Each enum is exported as a readonly tuple (for tables and iteration),
 * a zod schema (for boundaries) and an inferred TypeScript type.
 */
import { z } from 'zod';

/** Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022, Lampiran). */
export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export const ZRating = z.enum(RATINGS);
export type Rating = z.infer<typeof ZRating>;

/** Predikat kinerja pegawai, best first (PermenPANRB 6/2022, kuadran kinerja). */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const ZPredikat = z.enum(PREDIKATS);
export type Predikat = z.infer<typeof ZPredikat>;

/** Predikat kinerja organisasi, best first (SE MenPANRB 3/2023). */
export const PREDIKAT_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const ZPredikatOrganisasi = z.enum(PREDIKAT_ORGANISASI);
export type PredikatOrganisasi = z.infer<typeof ZPredikatOrganisasi>;

/** Jenjang jabatan fungsional: keahlian then keterampilan (PermenPANRB 1/2023). */
export const JENJANGS = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export const ZJenjang = z.enum(JENJANGS);
export type Jenjang = z.infer<typeof ZJenjang>;

/** Potensi axis of the talent 9-box (PermenPANRB 3/2020). */
export const POTENSIS = ['TINGGI', 'MENENGAH', 'RENDAH'] as const;
export const ZPotensi = z.enum(POTENSIS);
export type Potensi = z.infer<typeof ZPotensi>;

/** Golongan ruang of PNS, lowest first, as printed on SK (e.g. "III/a"). */
export const GOLONGANS = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export const ZGolongan = z.enum(GOLONGANS);
export type Golongan = z.infer<typeof ZGolongan>;

/** Confidence of a rule as marked in docs/domain research (CONFIRMED, LIKELY, UNSURE). */
export const CONFIDENCES = ['CONFIRMED', 'LIKELY', 'UNSURE'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A text in Indonesian (default) and English. */
export interface Teks {
  id: string;
  en: string;
}
export const ZTeks = z.object({ id: z.string(), en: z.string() });

/** Where a rule comes from: regulation, article and, when known, a public link. */
export interface Sumber {
  regulation: string;
  article: string;
  url?: string;
  confidence?: Confidence;
}
export const ZSumber = z.object({
  regulation: z.string(),
  article: z.string(),
  url: z.string().optional(),
  confidence: z.enum(CONFIDENCES).optional(),
});

/** Labels of the employee predikat (PermenPANRB 6/2022; "Kurang/Misconduct" as on the form). */
export const PREDIKAT_LABEL: Readonly<Record<Predikat, Teks>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

/** Labels of the organisational predikat (SE MenPANRB 3/2023). */
export const PREDIKAT_ORGANISASI_LABEL: Readonly<Record<PredikatOrganisasi, Teks>> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

/** Labels of the three-level ratings (PermenPANRB 6/2022). */
export const RATING_LABEL: Readonly<Record<Rating, Teks>> = {
  DI_ATAS: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  SESUAI: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  DI_BAWAH: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
};

/** Labels of the potential axis (PermenPANRB 3/2020). */
export const POTENSI_LABEL: Readonly<Record<Potensi, Teks>> = {
  TINGGI: { id: 'Potensial Tinggi', en: 'High potential' },
  MENENGAH: { id: 'Potensial Menengah', en: 'Medium potential' },
  RENDAH: { id: 'Potensial Rendah', en: 'Low potential' },
};

/** Labels of the jenjang jabatan fungsional (official names, kept in English too). */
export const JENJANG_LABEL: Readonly<Record<Jenjang, Teks>> = {
  AHLI_PERTAMA: { id: 'Ahli Pertama', en: 'Ahli Pertama' },
  AHLI_MUDA: { id: 'Ahli Muda', en: 'Ahli Muda' },
  AHLI_MADYA: { id: 'Ahli Madya', en: 'Ahli Madya' },
  AHLI_UTAMA: { id: 'Ahli Utama', en: 'Ahli Utama' },
  PEMULA: { id: 'Pemula', en: 'Pemula' },
  TERAMPIL: { id: 'Terampil', en: 'Terampil' },
  MAHIR: { id: 'Mahir', en: 'Mahir' },
  PENYELIA: { id: 'Penyelia', en: 'Penyelia' },
};

/** Rank of a predikat: 0 is the best (Sangat Baik), 4 the worst (Sangat Kurang). */
export function predikatRank(predikat: Predikat): number {
  return PREDIKATS.indexOf(predikat);
}

/** True when `a` is at least as good as `b` in the order Sangat Baik > … > Sangat Kurang. */
export function isPredikatAtLeast(a: Predikat, b: Predikat): boolean {
  return predikatRank(a) <= predikatRank(b);
}

/** Rank of a rating: 0 is Di Atas, 2 is Di Bawah. */
export function ratingRank(rating: Rating): number {
  return RATINGS.indexOf(rating);
}
