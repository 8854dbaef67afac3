/**
 * Predikat kinerja pegawai from the two ratings (PermenPANRB 6/2022 kuadran kinerja), and the
 * rating hasil kerja of a unit head from the organisational predikat (SE MenPANRB 3/2023).
 */
import { KUADRAN_PERMENPANRB_6_2022, type QuadrantRuleSet } from './rules/permenpanrb-6-2022.ts';
import { SUMBER_POLA_DISTRIBUSI } from './rules/se-menpanrb-3-2023.ts';
import { DEFAULT_RATING_PIMPINAN_UNIT } from './settings.ts';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI_LABEL,
  type Predikat,
  type PredikatOrganisasi,
  RATING_LABEL,
  type Rating,
  type Sumber,
  type Teks,
} from './types.ts';

/** The predikat with its labels, the quadrant cell and the citation. */
export interface PredikatResult {
  predikat: Predikat;
  label: Teks;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  ruleSetId: string;
  explanation: Teks;
  citation: Sumber;
}

/**
 * Reads the predikat kinerja pegawai off the quadrant: rating hasil kerja (row) × rating perilaku
 * (column). PermenPANRB 6/2022 Lampiran, kuadran kinerja [CONFIRMED]. Behaviour below expectations
 * gives at best Kurang/Misconduct; results below expectations give at best Butuh Perbaikan.
 */
export function predikatFromRatings(
  ratingHasilKerja: Rating,
  ratingPerilaku: Rating,
  ruleSet: QuadrantRuleSet = KUADRAN_PERMENPANRB_6_2022,
): PredikatResult {
  const predikat = ruleSet.kuadran[ratingHasilKerja][ratingPerilaku];
  const label = PREDIKAT_LABEL[predikat];
  const hk = RATING_LABEL[ratingHasilKerja];
  const rp = RATING_LABEL[ratingPerilaku];
  return {
    predikat,
    label,
    ratingHasilKerja,
    ratingPerilaku,
    ruleSetId: ruleSet.meta.id,
    explanation: {
      id: `Rating hasil kerja ${hk.id} dan rating perilaku kerja ${rp.id} menempatkan pegawai pada kuadran berpredikat ${label.id} (${ruleSet.sumber.regulation}).`,
      en: `Work-result rating "${hk.en}" and behaviour rating "${rp.en}" place the employee in the quadrant cell rated ${label.en} (${ruleSet.sumber.regulation}).`,
    },
    citation: ruleSet.sumber,
  };
}

/** The unit head's rating hasil kerja with its explanation. */
export interface RatingPimpinanUnitResult {
  rating: Rating;
  predikatOrganisasi: PredikatOrganisasi;
  explanation: Teks;
  citation: Sumber[];
}

/**
 * For the head of the unit being evaluated, the unit's capaian kinerja organisasi is the head's
 * rating hasil kerja (SE MenPANRB 3/2023 [CONFIRMED]). The level mapping is [UNSURE]: default
 * Istimewa → Di Atas, Baik → Sesuai, lower → Di Bawah; configurable per instansi
 * (settings.ratingHasilKerjaPimpinanUnit; decision 0104).
 */
export function ratingHasilKerjaPimpinanUnit(
  predikatOrganisasi: PredikatOrganisasi,
  mapping: Readonly<Record<PredikatOrganisasi, Rating>> = DEFAULT_RATING_PIMPINAN_UNIT,
): RatingPimpinanUnitResult {
  const rating = mapping[predikatOrganisasi];
  const org = PREDIKAT_ORGANISASI_LABEL[predikatOrganisasi];
  return {
    rating,
    predikatOrganisasi,
    explanation: {
      id: `Pegawai adalah pimpinan unit kerja: capaian kinerja organisasi ${org.id} ditetapkan sebagai rating hasil kerja ${RATING_LABEL[rating].id}.`,
      en: `The employee heads the unit: organisational rating ${org.en} is taken as work-result rating "${RATING_LABEL[rating].en}".`,
    },
    citation: [
      {
        ...SUMBER_POLA_DISTRIBUSI,
        article: 'Capaian kinerja organisasi ditetapkan sebagai rating hasil kerja pimpinan unit kerja',
        confidence: 'CONFIRMED',
      },
      {
        regulation: 'Kinerja decision 0104',
        article: 'Pemetaan predikat organisasi → rating hasil kerja',
        confidence: 'UNSURE',
      },
    ],
  };
}
