/**
 * Angka kredit (AK) of jabatan fungsional from the predikat kinerja (PermenPANRB 1/2023 Pasal 36,
 * Peraturan BKN 3/2023): proration by months, accumulation, and progress to the next pangkat or
 * jenjang. Every value is kept exact as a fraction over PENYEBUT_AK (1/120 000 of a point) so that
 * twelve monthly conversions add up to the annual one exactly; rounding (3 decimals, half up) is
 * for display only (decision 0106).
 */

import { RuleError } from './rule-error.ts';
import {
  JENJANG_AK,
  KOEFISIEN_AK,
  PERSEN_AK,
  SUMBER_AK_KUMULATIF,
  SUMBER_PERSEN_AK,
  SUMBER_RUMUS_AK,
} from './rules/permenpanrb-1-2023.ts';
import {
  type Golongan,
  JENJANG_LABEL,
  type Jenjang,
  PREDIKAT_LABEL,
  type Predikat,
  type Sumber,
  type Teks,
} from './types.ts';

/** Common denominator of every exact AK value: 100 (coefficient hundredths) × 100 (%) × 12 (months). */
export const PENYEBUT_AK = 120_000;

/** Display rounding: 3 decimals, half up, from the exact fraction. */
export function roundAk(pembilang: number): number {
  return Math.floor((pembilang * 2000 + PENYEBUT_AK) / (2 * PENYEBUT_AK)) / 1000;
}

/** Indonesian decimal comma. */
function koma(x: number): string {
  return String(x).replace('.', ',');
}

/** Input of one conversion: the jenjang held, the predikat, and the months it covers (1–12). */
export interface AngkaKreditInput {
  jenjang: Jenjang;
  predikat: Predikat;
  bulan: number;
}

/** One conversion with its exact value, display value and formula. */
export interface AngkaKreditResult {
  jenjang: Jenjang;
  predikat: Predikat;
  bulan: number;
  persen: number;
  koefisien: number;
  /** Full-precision value (pembilang / penyebut). */
  angkaKredit: number;
  /** Rounded to 3 decimals (half up) for display. */
  angkaKreditDibulatkan: number;
  pembilang: number;
  penyebut: number;
  rumus: Teks;
  explanation: Teks;
  citation: Sumber[];
}

/**
 * AK = bulan/12 × persentase(predikat) × koefisien(jenjang) (Peraturan BKN 3/2023; percentages
 * PermenPANRB 1/2023 Pasal 36). E.g. Ahli Pertama, Baik, 2 months = 2/12 × 100% × 12.5 = 2.083.
 */
export function angkaKredit(input: AngkaKreditInput): AngkaKreditResult {
  const { jenjang, predikat, bulan } = input;
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: 'Jumlah bulan harus bilangan bulat 1–12.', en: 'Months must be an integer from 1 to 12.' },
      { field: 'bulan', value: bulan },
    );
  }
  const persen = PERSEN_AK[predikat];
  const koef = KOEFISIEN_AK[jenjang];
  const pembilang = koef.perseratus * persen * bulan;
  const koefisien = koef.perseratus / 100;
  const dibulatkan = roundAk(pembilang);
  const j = JENJANG_LABEL[jenjang];
  const p = PREDIKAT_LABEL[predikat];
  return {
    jenjang,
    predikat,
    bulan,
    persen,
    koefisien,
    angkaKredit: pembilang / PENYEBUT_AK,
    angkaKreditDibulatkan: dibulatkan,
    pembilang,
    penyebut: PENYEBUT_AK,
    rumus: {
      id: `${bulan}/12 × ${persen}% × ${koma(koefisien)} = ${koma(dibulatkan)}`,
      en: `${bulan}/12 × ${persen}% × ${koefisien} = ${dibulatkan}`,
    },
    explanation: {
      id: `${j.id}, predikat ${p.id} (${persen}%) selama ${bulan} bulan dengan koefisien tahunan ${koma(koefisien)}: angka kredit ${koma(dibulatkan)}.`,
      en: `${j.en}, rated ${p.en} (${persen}%) for ${bulan} month(s) with annual coefficient ${koefisien}: ${dibulatkan} credit points.`,
    },
    citation: [
      SUMBER_RUMUS_AK,
      SUMBER_PERSEN_AK,
      { ...SUMBER_RUMUS_AK, article: 'Koefisien angka kredit tahunan per jenjang', confidence: koef.confidence },
    ],
  };
}

/** The sum of several conversions (e.g. the periods of a year, or of the years in a jenjang). */
export interface AkumulasiAngkaKredit {
  total: number;
  totalDibulatkan: number;
  pembilang: number;
  penyebut: number;
  rincian: AngkaKreditResult[];
  explanation: Teks;
}

/** Adds conversions exactly (integer numerators over PENYEBUT_AK), rounding only the total. */
export function akumulasiAngkaKredit(periode: readonly AngkaKreditInput[]): AkumulasiAngkaKredit {
  const rincian = periode.map(angkaKredit);
  const pembilang = rincian.reduce((sum, r) => sum + r.pembilang, 0);
  const totalDibulatkan = roundAk(pembilang);
  return {
    total: pembilang / PENYEBUT_AK,
    totalDibulatkan,
    pembilang,
    penyebut: PENYEBUT_AK,
    rincian,
    explanation: {
      id: `Jumlah ${rincian.length} konversi (dijumlahkan tanpa pembulatan): ${koma(totalDibulatkan)}.`,
      en: `Sum of ${rincian.length} conversion(s) (added without rounding): ${totalDibulatkan}.`,
    },
  };
}

/** Progress towards one promotion. */
export interface TargetKenaikan {
  target: number;
  tercapai: boolean;
  /** Credit points still missing (0 when reached), rounded to 3 decimals. */
  kekurangan: number;
  golonganTujuan: Golongan;
  jenjangTujuan: Jenjang;
}

export interface ProgressToPromotion {
  jenjang: Jenjang;
  golongan: Golongan;
  kumulatif: number;
  /** Next pangkat (may require the next jenjang when `golongan` is the top of the jenjang); null at the top. */
  kenaikanPangkat: (TargetKenaikan & { melaluiKenaikanJenjang: boolean }) | null;
  /** Next jenjang; null at the top of the track. */
  kenaikanJenjang: TargetKenaikan | null;
  explanation: Teks;
  catatan: Teks[];
  citation: Sumber[];
}

const EPS = 1e-9;

function target(target: number, kumulatif: number, golonganTujuan: Golongan, jenjangTujuan: Jenjang): TargetKenaikan {
  const tercapai = kumulatif + EPS >= target;
  return {
    target,
    tercapai,
    kekurangan: tercapai ? 0 : Math.round((target - kumulatif) * 1000) / 1000,
    golonganTujuan,
    jenjangTujuan,
  };
}

/**
 * Compares the AK accumulated since entering the current jenjang (`cumulative`) with the minimum
 * for the next pangkat and the next jenjang (Peraturan BKN 3/2023, integrasi; §6.1 of the domain
 * notes). Without `golongan` the lowest golongan of the jenjang is assumed (said in the result).
 * Jenjang promotion also needs a competency test, and for Penyelia, Ahli Madya and Ahli Utama
 * professional development; these are listed as notes, not checked.
 */
export function progressToPromotion(input: {
  jenjang: Jenjang;
  golongan?: Golongan;
  cumulative: number;
}): ProgressToPromotion {
  const { jenjang, cumulative } = input;
  const row = JENJANG_AK[jenjang];
  const golongan = input.golongan ?? row.golongan[0];
  const idx = row.golongan.indexOf(golongan);
  if (idx < 0) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      {
        id: `Golongan ${golongan} tidak termasuk jenjang ${JENJANG_LABEL[jenjang].id} (${row.golongan.join(', ')}).`,
        en: `Golongan ${golongan} is not part of jenjang ${JENJANG_LABEL[jenjang].en} (${row.golongan.join(', ')}).`,
      },
      { field: 'golongan', value: golongan },
    );
  }
  if (!Number.isFinite(cumulative) || cumulative < 0) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: 'Angka kredit kumulatif harus ≥ 0.', en: 'Cumulative credit points must be ≥ 0.' },
      { field: 'cumulative', value: cumulative },
    );
  }
  const nextJenjang = row.berikutnya;
  const kenaikanJenjang =
    nextJenjang === null
      ? null
      : target(
          row.ambang[row.ambang.length - 1] as number,
          cumulative,
          JENJANG_AK[nextJenjang].golongan[0],
          nextJenjang,
        );
  const ambang = row.ambang[idx];
  const isTop = idx === row.golongan.length - 1;
  let kenaikanPangkat: ProgressToPromotion['kenaikanPangkat'] = null;
  if (ambang !== null) {
    // A non-null threshold on the top golongan means the track continues (data invariant).
    const [golTujuan, jenjangTujuan] = isTop
      ? [JENJANG_AK[nextJenjang as Jenjang].golongan[0], nextJenjang as Jenjang]
      : [row.golongan[idx + 1], jenjang];
    kenaikanPangkat = { ...target(ambang, cumulative, golTujuan, jenjangTujuan), melaluiKenaikanJenjang: isTop };
  }
  const catatan: Teks[] = [];
  if (input.golongan === undefined) {
    catatan.push({
      id: `Golongan tidak diisi; dianggap ${golongan} (golongan terendah jenjang ini).`,
      en: `No golongan given; ${golongan} (the lowest of this jenjang) is assumed.`,
    });
  }
  if (kenaikanJenjang) {
    catatan.push({
      id: 'Kenaikan jenjang juga mensyaratkan uji kompetensi dan tersedianya kebutuhan jabatan.',
      en: 'Jenjang promotion also requires a competency test and an available position.',
    });
    if (['PENYELIA', 'AHLI_MADYA', 'AHLI_UTAMA'].includes(kenaikanJenjang.jenjangTujuan)) {
      catatan.push({
        id: 'Kenaikan ke jenjang Penyelia, Ahli Madya dan Ahli Utama mensyaratkan pengembangan profesi.',
        en: 'Promotion to Penyelia, Ahli Madya and Ahli Utama requires professional development.',
      });
    }
  }
  const j = JENJANG_LABEL[jenjang];
  const parts: Teks[] = [];
  if (kenaikanPangkat) {
    parts.push(
      kenaikanPangkat.tercapai
        ? {
            id: `syarat kenaikan pangkat ke ${kenaikanPangkat.golonganTujuan} (${kenaikanPangkat.target}) tercapai`,
            en: `the minimum for the next pangkat ${kenaikanPangkat.golonganTujuan} (${kenaikanPangkat.target}) is reached`,
          }
        : {
            id: `kurang ${koma(kenaikanPangkat.kekurangan)} untuk kenaikan pangkat ke ${kenaikanPangkat.golonganTujuan} (${kenaikanPangkat.target})`,
            en: `${kenaikanPangkat.kekurangan} short of the next pangkat ${kenaikanPangkat.golonganTujuan} (${kenaikanPangkat.target})`,
          },
    );
  } else {
    parts.push({ id: 'sudah pada pangkat tertinggi jenjang', en: 'already at the highest pangkat of the track' });
  }
  if (kenaikanJenjang) {
    parts.push(
      kenaikanJenjang.tercapai
        ? {
            id: `syarat kenaikan jenjang ke ${JENJANG_LABEL[kenaikanJenjang.jenjangTujuan].id} (${kenaikanJenjang.target}) tercapai`,
            en: `the minimum for ${JENJANG_LABEL[kenaikanJenjang.jenjangTujuan].en} (${kenaikanJenjang.target}) is reached`,
          }
        : {
            id: `kurang ${koma(kenaikanJenjang.kekurangan)} untuk kenaikan jenjang ke ${JENJANG_LABEL[kenaikanJenjang.jenjangTujuan].id} (${kenaikanJenjang.target})`,
            en: `${kenaikanJenjang.kekurangan} short of ${JENJANG_LABEL[kenaikanJenjang.jenjangTujuan].en} (${kenaikanJenjang.target})`,
          },
    );
  }
  return {
    jenjang,
    golongan,
    kumulatif: cumulative,
    kenaikanPangkat,
    kenaikanJenjang,
    explanation: {
      id: `${j.id} ${golongan} dengan angka kredit kumulatif ${koma(cumulative)}: ${parts.map((x) => x.id).join('; ')}.`,
      en: `${j.en} ${golongan} with ${cumulative} cumulative credit points: ${parts.map((x) => x.en).join('; ')}.`,
    },
    catatan,
    citation: [SUMBER_AK_KUMULATIF],
  };
}
