/**
 * Talent 9-box placement (PermenPANRB 3/2020): box, official label, recommended actions and
 * succession-pool membership, plus the (configurable) mapping from predikat to the performance axis.
 */
import { KOTAK_SUKSESI, KOTAK_TALENTA, type KotakTalentaRow, SUMBER_TALENTA } from './rules/permenpanrb-3-2020.ts';
import { DEFAULT_TALENTA_KINERJA } from './settings.ts';
import {
  POTENSI_LABEL,
  type Potensi,
  PREDIKAT_LABEL,
  PREDIKATS,
  type Predikat,
  RATING_LABEL,
  type Rating,
  type Sumber,
  type Teks,
} from './types.ts';

const BY_CELL = new Map<string, KotakTalentaRow>(KOTAK_TALENTA.map((row) => [`${row.kinerja}|${row.potensi}`, row]));

/** The box with its label, actions and whether it belongs to the succession pool. */
export interface KotakTalentaResult {
  kotak: number;
  kinerja: Rating;
  potensi: Potensi;
  /** Set when the performance axis was derived from a predikat (see `kinerjaFromPredikat`). */
  predikat?: Predikat;
  label: Teks;
  rekomendasi: Teks[];
  isSuksesi: boolean;
  explanation: Teks;
  citation: Sumber[];
}

/**
 * Maps the 5-level predikat to the 3-level performance axis. Agency practice [UNSURE]; default
 * Sangat Baik → Di Atas, Baik → Sesuai, lower → Di Bawah (settings.talentaKinerja; decision 0105).
 */
export function kinerjaFromPredikat(
  predikat: Predikat,
  mapping: Readonly<Record<Predikat, Rating>> = DEFAULT_TALENTA_KINERJA,
): Rating {
  return mapping[predikat];
}

/** True when the value is a predikat (rather than a three-level rating). */
export function isPredikat(value: string): value is Predikat {
  return (PREDIKATS as readonly string[]).includes(value);
}

/**
 * Places an employee in the 9-box (PermenPANRB 3/2020 Lampiran [CONFIRMED]). `kinerja` is the
 * performance axis (a rating) or a predikat, which is mapped with `mapping` first.
 */
export function kotakTalenta(
  kinerja: Rating | Predikat,
  potensi: Potensi,
  mapping: Readonly<Record<Predikat, Rating>> = DEFAULT_TALENTA_KINERJA,
): KotakTalentaResult {
  const predikat = isPredikat(kinerja) ? kinerja : undefined;
  const axis = predikat ? kinerjaFromPredikat(predikat, mapping) : (kinerja as Rating);
  const row = BY_CELL.get(`${axis}|${potensi}`) as KotakTalentaRow;
  const isSuksesi = KOTAK_SUKSESI.includes(row.kotak);
  const citation: Sumber[] = [SUMBER_TALENTA];
  const from = predikat
    ? {
        id: `Predikat ${PREDIKAT_LABEL[predikat].id} dipetakan ke kinerja ${RATING_LABEL[axis].id}. `,
        en: `Rating ${PREDIKAT_LABEL[predikat].en} is mapped to performance "${RATING_LABEL[axis].en}". `,
      }
    : { id: '', en: '' };
  if (predikat) {
    citation.push({
      regulation: 'Kinerja decision 0105',
      article: 'Pemetaan predikat → sumbu kinerja 9 kotak',
      confidence: 'UNSURE',
    });
  }
  return {
    kotak: row.kotak,
    kinerja: axis,
    potensi,
    ...(predikat ? { predikat } : {}),
    label: row.label,
    rekomendasi: [...row.rekomendasi],
    isSuksesi,
    explanation: {
      id: `${from.id}Kinerja ${RATING_LABEL[axis].id} dan ${POTENSI_LABEL[potensi].id}: kotak ${row.kotak}${isSuksesi ? ', termasuk kelompok rencana suksesi (kotak 7–9)' : ''}.`,
      en: `${from.en}Performance "${RATING_LABEL[axis].en}" and ${POTENSI_LABEL[potensi].en.toLowerCase()}: box ${row.kotak}${isSuksesi ? ', in the succession pool (boxes 7–9)' : ''}.`,
    },
    citation,
  };
}
