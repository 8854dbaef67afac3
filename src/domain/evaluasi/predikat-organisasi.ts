/**
 * The basis shown to the leader who sets a unit's predikat kinerja organisasi (SE MenPANRB 3/2023;
 * domain.md §4.4). The leader decides; this only summarises the data:
 * - periodic: progress of the unit's rencana aksi. The SE's two confirmed anchors are used as a
 *   suggestion — Istimewa when the achieved action plans exceed the agreed targets, Sangat Kurang when
 *   most action plans show no progress; the intermediate criteria were not captured (UNSURE), so in
 *   between there is no suggestion.
 * - annual: achievement of the Perjanjian Kinerja indicators where a realisasi exists, and the
 *   unit's expectation; how the two combine is UNSURE, so there is no suggestion, only the figures.
 */
import type { PredikatOrganisasi, Sumber, Teks } from '../types.ts';

export const SUMBER_PREDIKAT_ORGANISASI: Sumber = {
  regulation: 'SE MenPANRB 3/2023',
  article: 'Penetapan predikat kinerja organisasi (periodik: progres rencana aksi; tahunan: capaian PK)',
  confidence: 'CONFIRMED',
};

export interface AngkaPeriodik {
  /** Rencana aksi planned for the period in the unit's SKPs. */
  rencanaAksi: number;
  /** Of those, the ones whose RHK has any realisasi in the period. */
  denganProgres: number;
  /**
   * Rencana aksi with a numeric target and a realisasi of its RHK's IKI in the same unit (satuan) in
   * the period, and how many of them reach / exceed their target.
   */
  raTerukur: number;
  raTercapai: number;
  raMelampaui: number;
}

export interface AngkaTahunan {
  /** PK indicators of the unit's Perjanjian Kinerja for the year. */
  indikator: number;
  /** With a numeric target and a realisasi of the RHK that carries them out. */
  indikatorTerukur: number;
  indikatorTercapai: number;
  indikatorMelampaui: number;
}

export interface DasarPredikat {
  jenis: 'PERIODIK' | 'TAHUNAN';
  angka: AngkaPeriodik | AngkaTahunan;
  saran: PredikatOrganisasi | null;
  ringkasan: Teks;
  citation: Sumber;
}

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100));

export function dasarPeriodik(a: AngkaPeriodik): DasarPredikat {
  const tanpa = a.rencanaAksi - a.denganProgres;
  let saran: PredikatOrganisasi | null = null;
  if (a.rencanaAksi > 0 && tanpa * 2 > a.rencanaAksi) saran = 'SANGAT_KURANG';
  else if (a.rencanaAksi > 0 && tanpa === 0 && a.raTerukur > 0 && a.raTercapai === a.raTerukur && a.raMelampaui > 0)
    saran = 'ISTIMEWA';
  const dasar = {
    id: `${a.denganProgres} dari ${a.rencanaAksi} rencana aksi menunjukkan progres (${pct(a.denganProgres, a.rencanaAksi)}%); ${a.raTercapai} dari ${a.raTerukur} rencana aksi bertarget angka tercapai, ${a.raMelampaui} melampaui targetnya.`,
    en: `${a.denganProgres} of ${a.rencanaAksi} action plans show progress (${pct(a.denganProgres, a.rencanaAksi)}%); ${a.raTercapai} of ${a.raTerukur} action plans with a numeric target are achieved, ${a.raMelampaui} exceed it.`,
  };
  const tambahan: Teks =
    saran === 'SANGAT_KURANG'
      ? { id: ' Sebagian besar rencana aksi tanpa progres.', en: ' Most action plans show no progress.' }
      : saran === 'ISTIMEWA'
        ? {
            id: ' Semua rencana aksi berprogres dan capaian melampaui target.',
            en: ' Every action plan progressed and achievement exceeds the targets.',
          }
        : a.rencanaAksi === 0
          ? { id: ' Belum ada rencana aksi untuk periode ini.', en: ' No action plan for this period yet.' }
          : { id: '', en: '' };
  return {
    jenis: 'PERIODIK',
    angka: a,
    saran,
    ringkasan: {
      id: `${dasar.id}${tambahan.id} Predikat ditetapkan oleh pimpinan.`,
      en: `${dasar.en}${tambahan.en} The leader sets the predikat.`,
    },
    citation: SUMBER_PREDIKAT_ORGANISASI,
  };
}

export function dasarTahunan(a: AngkaTahunan): DasarPredikat {
  return {
    jenis: 'TAHUNAN',
    angka: a,
    saran: null,
    ringkasan:
      a.indikator === 0
        ? {
            id: 'Unit ini belum memiliki indikator Perjanjian Kinerja untuk tahun ini. Predikat ditetapkan oleh pimpinan.',
            en: 'The unit has no Perjanjian Kinerja indicator for this year. The leader sets the predikat.',
          }
        : {
            id: `${a.indikatorTercapai} dari ${a.indikatorTerukur} indikator PK terukur mencapai target (${pct(a.indikatorTercapai, a.indikatorTerukur)}%), ${a.indikatorMelampaui} melampauinya; ${a.indikator} indikator seluruhnya. Pertimbangkan juga ekspektasi kinerja unit. Predikat ditetapkan oleh pimpinan.`,
            en: `${a.indikatorTercapai} of ${a.indikatorTerukur} measurable PK indicators reach their target (${pct(a.indikatorTercapai, a.indikatorTerukur)}%), ${a.indikatorMelampaui} exceed it; ${a.indikator} indicators in all. Weigh the unit's expectation too. The leader sets the predikat.`,
          },
    citation: SUMBER_PREDIKAT_ORGANISASI,
  };
}
