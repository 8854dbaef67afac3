/**
 * PP 46/2011 Penilaian Prestasi Kerja PNS with Perka BKN 1/2013 (repealed): prestasi kerja =
 * 60% SKP + 40% perilaku, banded Sangat Baik … Buruk. Only for historical records (2014–2020).
 */
import type { Sumber } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

/** PP 46/2011 Pasal 15–16 and Perka BKN 1/2013 [LIKELY]. */
export const SUMBER_PP_46_2011: Sumber = {
  regulation: 'PP 46/2011 jo. Perka BKN 1/2013',
  article: 'Pasal 15–16 (60% SKP + 40% perilaku) dan Lampiran (sebutan nilai)',
  confidence: 'LIKELY',
};

export const PP_46_2011: RuleSetMeta = {
  id: 'pp-46-2011',
  nama: {
    id: 'PP 46/2011 tentang Penilaian Prestasi Kerja PNS (dicabut)',
    en: 'Government Regulation 46/2011 on civil servant work-achievement appraisal (repealed)',
  },
  berlakuMulai: '2014-01-01',
  berlakuSampai: '2020-12-31',
  keyakinanTanggal: 'LIKELY',
  mengatur: ['PREDIKAT'],
  sumber: [SUMBER_PP_46_2011],
};

/** The five PP 46/2011 sebutan (labels differ from today's predikat). */
export const SEBUTAN_PP_46_2011 = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK'] as const;
export type SebutanPp46 = (typeof SEBUTAN_PP_46_2011)[number];

/** Weights in percent [LIKELY]. */
export const BOBOT_PP_46_2011 = { skp: 60, perilaku: 40 } as const;

/**
 * Bands with inclusive upper bounds, worst first [LIKELY]: ≤ 50 Buruk, ≤ 60 Kurang, ≤ 75 Cukup,
 * ≤ 90 Baik, above 90 Sangat Baik (the printed "91 ke atas" read as "more than 90", so that
 * decimal scores such as 90.5 fall in a band; decision 0109).
 */
export const PITA_PP_46_2011: readonly { sebutan: SebutanPp46; maks: number }[] = [
  { sebutan: 'BURUK', maks: 50 },
  { sebutan: 'KURANG', maks: 60 },
  { sebutan: 'CUKUP', maks: 75 },
  { sebutan: 'BAIK', maks: 90 },
  { sebutan: 'SANGAT_BAIK', maks: Number.POSITIVE_INFINITY },
];
