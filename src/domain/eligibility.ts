/**
 * Eligibility rules that use the annual predikat: regular promotion in rank (kenaikan pangkat) and
 * membership of the succession group (kelompok rencana suksesi) both need at least "Baik" in each
 * of the last 2 years.
 */
import { RuleError } from './rule-error.ts';
import { isPredikatAtLeast, PREDIKAT_LABEL, type Predikat, type Sumber, type Teks } from './types.ts';

/** PP 99/2000 jo. PP 12/2002 (kenaikan pangkat PNS): "sekurang-kurangnya bernilai baik dalam 2 tahun terakhir" [CONFIRMED]. */
export const SUMBER_KENAIKAN_PANGKAT: Sumber = {
  regulation: 'PP 99/2000 jo. PP 12/2002',
  article: 'Pasal 13 (penilaian prestasi kerja sekurang-kurangnya bernilai baik dalam 2 tahun terakhir)',
  url: 'https://pasal.id/en/peraturan/pp/pp-no-99-tahun-2000/koreksi/9183467',
  confidence: 'CONFIRMED',
};

/** PP 11/2017 jo. PP 17/2020 Pasal 199: kelompok rencana suksesi [CONFIRMED]. */
export const SUMBER_RENCANA_SUKSESI: Sumber = {
  regulation: 'PP 11/2017 jo. PP 17/2020',
  article: 'Pasal 199 (penilaian kinerja paling kurang bernilai baik dalam 2 tahun terakhir)',
  confidence: 'CONFIRMED',
};

/** The year-by-year verdict. */
export interface TahunKelayakan {
  tahun: number;
  predikat: Predikat | null;
  memenuhi: boolean;
  alasan: Teks;
}

export interface KelayakanRule {
  memenuhi: boolean;
  citation: Sumber;
}

export interface EligibilityResult {
  asOfYear: number;
  memenuhi: boolean;
  tahun: TahunKelayakan[];
  /** The years that fail, most recent first. */
  tahunGagal: number[];
  kenaikanPangkat: KelayakanRule;
  rencanaSuksesi: KelayakanRule;
  explanation: Teks;
}

/** The minimum annual predikat for both rules. */
export const PREDIKAT_MINIMAL_KELAYAKAN: Predikat = 'BAIK';

function judge(tahun: number, predikat: Predikat | null): TahunKelayakan {
  if (predikat === null) {
    return {
      tahun,
      predikat,
      memenuhi: false,
      alasan: {
        id: `Tahun ${tahun}: predikat tahunan tidak ada (belum dinilai), dianggap tidak memenuhi.`,
        en: `Year ${tahun}: no annual rating recorded, so the requirement is not met.`,
      },
    };
  }
  const memenuhi = isPredikatAtLeast(predikat, PREDIKAT_MINIMAL_KELAYAKAN);
  const label = PREDIKAT_LABEL[predikat];
  return {
    tahun,
    predikat,
    memenuhi,
    alasan: memenuhi
      ? {
          id: `Tahun ${tahun}: ${label.id}, memenuhi (minimal Baik).`,
          en: `Year ${tahun}: ${label.en}, meets the minimum (Good).`,
        }
      : {
          id: `Tahun ${tahun}: ${label.id}, di bawah minimal Baik.`,
          en: `Year ${tahun}: ${label.en}, below the minimum (Good).`,
        },
  };
}

/**
 * Checks the annual predikat of `asOfYear` and `asOfYear − 1`, where `asOfYear` is the most recent
 * completed performance year that counts (e.g. 2024 for a promotion processed in 2025). A missing
 * year fails and is named as such. Applies the same test for kenaikan pangkat (PP 99/2000 jo.
 * PP 12/2002) and kelompok rencana suksesi (PP 11/2017 jo. PP 17/2020 Pasal 199).
 */
export function eligibilityForPromotion(
  predikatByYear: Readonly<Record<number, Predikat | null | undefined>>,
  asOfYear: number,
): EligibilityResult {
  if (!Number.isInteger(asOfYear)) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: 'Tahun harus bilangan bulat.', en: 'Year must be an integer.' },
      { field: 'asOfYear', value: asOfYear },
    );
  }
  const tahun = [asOfYear, asOfYear - 1].map((y) => judge(y, predikatByYear[y] ?? null));
  const gagal = tahun.filter((t) => !t.memenuhi);
  const memenuhi = gagal.length === 0;
  return {
    asOfYear,
    memenuhi,
    tahun,
    tahunGagal: gagal.map((t) => t.tahun),
    kenaikanPangkat: { memenuhi, citation: SUMBER_KENAIKAN_PANGKAT },
    rencanaSuksesi: { memenuhi, citation: SUMBER_RENCANA_SUKSESI },
    explanation: memenuhi
      ? {
          id: `Predikat tahun ${asOfYear - 1} dan ${asOfYear} sekurang-kurangnya Baik: memenuhi syarat kenaikan pangkat dan kelompok rencana suksesi.`,
          en: `Ratings for ${asOfYear - 1} and ${asOfYear} are at least Good: eligible for promotion in rank and for the succession group.`,
        }
      : {
          id: `Tidak memenuhi syarat (minimal Baik dalam 2 tahun terakhir). ${gagal.map((t) => t.alasan.id).join(' ')}`,
          en: `Not eligible (at least Good in each of the last 2 years). ${gagal.map((t) => t.alasan.en).join(' ')}`,
        },
  };
}
