/**
 * Legacy numeric scoring for historical records and regional TPP formulas: PP 30/2019 (70/30 or
 * 60/40 with 360°, bands to predikat) and PP 46/2011 (60/40, bands Sangat Baik … Buruk).
 * Scores are rounded half up to 2 decimals, as printed on the old forms; the band uses the rounded score.
 */

import { RuleError } from './rule-error.ts';
import { BOBOT_PP_30_2019, PITA_PP_30_2019, SKALA_MAKS_PP_30_2019, SUMBER_PP_30_2019 } from './rules/pp-30-2019.ts';
import { BOBOT_PP_46_2011, PITA_PP_46_2011, type SebutanPp46, SUMBER_PP_46_2011 } from './rules/pp-46-2011.ts';
import { PREDIKAT_LABEL, type Predikat, type Sumber, type Teks } from './types.ts';

function assertScore(value: number, field: string, max: number): void {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: `${field} harus di antara 0 dan ${max}.`, en: `${field} must be between 0 and ${max}.` },
      { field, value },
    );
  }
}

/** Weighted score of the two parts, in percent weights, rounded half up to 2 decimals. */
function weighted(skp: number, perilaku: number, bobotSkp: number, bobotPerilaku: number): number {
  return Math.round(skp * bobotSkp + perilaku * bobotPerilaku) / 100;
}

export interface LegacyScoreResult {
  nilai: number;
  bobot: { skp: number; perilaku: number };
  rumus: string;
  citation: Sumber;
}

/** PP 30/2019 Pasal 41: nilai kinerja = 70% SKP + 30% perilaku, or 60/40 when 360° input is used. */
export function legacyScore(input: { nilaiSkp: number; nilaiPerilaku: number; uses360: boolean }): LegacyScoreResult {
  assertScore(input.nilaiSkp, 'nilaiSkp', SKALA_MAKS_PP_30_2019);
  assertScore(input.nilaiPerilaku, 'nilaiPerilaku', SKALA_MAKS_PP_30_2019);
  const bobot = input.uses360 ? BOBOT_PP_30_2019.dengan360 : BOBOT_PP_30_2019.standar;
  const nilai = weighted(input.nilaiSkp, input.nilaiPerilaku, bobot.skp, bobot.perilaku);
  return {
    nilai,
    bobot: { ...bobot },
    rumus: `${bobot.skp}% × ${input.nilaiSkp} + ${bobot.perilaku}% × ${input.nilaiPerilaku} = ${nilai}`,
    citation: SUMBER_PP_30_2019,
  };
}

export interface LegacyPredikatResult {
  predikat: Predikat;
  label: Teks;
  nilai: number;
  explanation: Teks;
  citation: Sumber;
}

/**
 * PP 30/2019 bands (lower bounds inclusive [LIKELY]): 110–120 with an innovation → Sangat Baik;
 * ≥ 90 → Baik (110–120 without innovation too); ≥ 70 → Butuh Perbaikan; ≥ 50 → Kurang; else Sangat Kurang.
 */
export function legacyPredikat(score: number, hasInnovation: boolean): LegacyPredikatResult {
  assertScore(score, 'nilai', SKALA_MAKS_PP_30_2019);
  const band = PITA_PP_30_2019.find(
    (b) => score >= b.min && (!b.perluInovasi || hasInnovation),
  ) as (typeof PITA_PP_30_2019)[number];
  const label = PREDIKAT_LABEL[band.predikat];
  const noInnovation = score >= 110 && !hasInnovation;
  return {
    predikat: band.predikat,
    label,
    nilai: score,
    explanation: {
      id: `Nilai kinerja ${score}: ${label.id}${noInnovation ? ' (nilai 110–120 tanpa inovasi tidak dapat Sangat Baik)' : ''}.`,
      en: `Performance score ${score}: ${label.en}${noInnovation ? ' (110–120 without an innovation cannot be Very good)' : ''}.`,
    },
    citation: SUMBER_PP_30_2019,
  };
}

/** PP 46/2011: prestasi kerja = 60% SKP + 40% perilaku (scores 0–120 accepted, as SKP capaian may exceed 100). */
export function legacyScore46(input: { nilaiSkp: number; nilaiPerilaku: number }): LegacyScoreResult {
  assertScore(input.nilaiSkp, 'nilaiSkp', SKALA_MAKS_PP_30_2019);
  assertScore(input.nilaiPerilaku, 'nilaiPerilaku', SKALA_MAKS_PP_30_2019);
  const { skp, perilaku } = BOBOT_PP_46_2011;
  const nilai = weighted(input.nilaiSkp, input.nilaiPerilaku, skp, perilaku);
  return {
    nilai,
    bobot: { skp, perilaku },
    rumus: `${skp}% × ${input.nilaiSkp} + ${perilaku}% × ${input.nilaiPerilaku} = ${nilai}`,
    citation: SUMBER_PP_46_2011,
  };
}

const SEBUTAN_LABEL: Record<SebutanPp46, Teks> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  CUKUP: { id: 'Cukup', en: 'Fair' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  BURUK: { id: 'Buruk', en: 'Bad' },
};

/** PP 46/2011 sebutan (upper bounds inclusive, decision 0109): ≤ 50 Buruk … > 90 Sangat Baik. */
export function legacySebutan46(score: number): { sebutan: SebutanPp46; label: Teks; nilai: number; citation: Sumber } {
  assertScore(score, 'nilai', SKALA_MAKS_PP_30_2019);
  const band = PITA_PP_46_2011.find((b) => score <= b.maks) as (typeof PITA_PP_46_2011)[number];
  return { sebutan: band.sebutan, label: SEBUTAN_LABEL[band.sebutan], nilai: score, citation: SUMBER_PP_46_2011 };
}
