/**
 * PP 30/2019 Penilaian Kinerja PNS, numeric method (as applied with PermenPANRB 8/2021): nilai
 * kinerja = 70% SKP + 30% perilaku (60/40 with 360° behaviour input), banded to a predikat.
 * Superseded in practice by the PermenPANRB 6/2022 quadrant; kept for historical records, regional
 * TPP formulas and pre-2022 angka kredit.
 */
import type { Predikat, Sumber } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

/** PP 30/2019 Pasal 41 (bobot) and Pasal 42–43 (predikat) as summarised in the sources [CONFIRMED text, LIKELY bounds]. */
export const SUMBER_PP_30_2019: Sumber = {
  regulation: 'PP 30/2019',
  article: 'Pasal 41 (70% SKP + 30% perilaku; 60/40 dengan penilaian 360°) dan predikat nilai kinerja',
  url: 'http://www.infodikdas.com/2019/05/berikut-kriteria-penilaian-kinerja-pns.html',
  confidence: 'CONFIRMED',
};

export const PP_30_2019: RuleSetMeta = {
  id: 'pp-30-2019',
  nama: {
    id: 'PP 30/2019 tentang Penilaian Kinerja PNS (metode numerik, PermenPANRB 8/2021)',
    en: 'Government Regulation 30/2019 on civil servant performance appraisal (numeric method)',
  },
  berlakuMulai: '2021-01-01',
  berlakuSampai: '2021-12-31',
  keyakinanTanggal: 'UNSURE',
  mengatur: ['PREDIKAT'],
  sumber: [
    SUMBER_PP_30_2019,
    {
      regulation: 'PP 30/2019',
      article: 'Pasal 59 (keberatan paling lama 14 hari; keputusan atasan bersifat final)',
      url: 'https://fliphtml5.com/gesmv/pzdd/Sistem_Manjemen_Kinerja_Aparatur_Sipil_Negara/120',
      confidence: 'CONFIRMED',
    },
  ],
  catatan: {
    id: 'Pasal-pasal lain PP 30/2019 (keberatan, sanksi, sistem informasi) tetap berlaku; hanya metode numeriknya yang digantikan.',
    en: 'Other PP 30/2019 articles (objection, sanctions, information system) stay in force; only the numeric method was replaced.',
  },
};

/** Weights in percent: standard 70/30, with 360° behaviour input 60/40 [CONFIRMED]. */
export const BOBOT_PP_30_2019 = {
  standar: { skp: 70, perilaku: 30 },
  dengan360: { skp: 60, perilaku: 40 },
} as const;

/**
 * Bands, best first, lower bounds inclusive [LIKELY]: Sangat Baik 110–120 and only with an
 * innovation; otherwise ≥ 90 Baik; ≥ 70 Butuh Perbaikan; ≥ 50 Kurang; below Sangat Kurang.
 */
export const PITA_PP_30_2019: readonly { predikat: Predikat; min: number; perluInovasi: boolean }[] = [
  { predikat: 'SANGAT_BAIK', min: 110, perluInovasi: true },
  { predikat: 'BAIK', min: 90, perluInovasi: false },
  { predikat: 'BUTUH_PERBAIKAN', min: 70, perluInovasi: false },
  { predikat: 'KURANG', min: 50, perluInovasi: false },
  { predikat: 'SANGAT_KURANG', min: Number.NEGATIVE_INFINITY, perluInovasi: false },
];

/** Scores are on a 0–120 scale. */
export const SKALA_MAKS_PP_30_2019 = 120;
