/**
 * SE MenPANRB 3/2023 Tata Cara Penetapan Predikat Kinerja Pegawai ASN (signed 31 January 2023):
 * the organisational predikat fixes the allowed distribution (pola distribusi) of employee predikat
 * in the unit. The five patterns are held here as data; src/domain/distribution.ts turns them into
 * counts for a headcount N.
 */
import type { Predikat, PredikatOrganisasi, Sumber, Teks } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

const URL_SE =
  'https://naikpangkat.com/se-terbaru-menpan-rb-tetapkan-3-tahap-evaluasi-kinerja-asn-harus-lebih-waspada/3';

/** SE MenPANRB 3/2023, angka romawi "pola distribusi predikat kinerja pegawai" [CONFIRMED]. */
export const SUMBER_POLA_DISTRIBUSI: Sumber = {
  regulation: 'SE MenPANRB 3/2023',
  article: 'Tata cara penetapan predikat kinerja pegawai, pola distribusi (kurva) per predikat kinerja organisasi',
  url: URL_SE,
  confidence: 'CONFIRMED',
};

export const SE_MENPANRB_3_2023: RuleSetMeta = {
  id: 'se-menpanrb-3-2023',
  nama: {
    id: 'SE MenPANRB 3/2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai ASN',
    en: 'MenPANRB Circular 3/2023 on setting ASN employee performance ratings',
  },
  berlakuMulai: '2023-01-01',
  berlakuSampai: null,
  keyakinanTanggal: 'LIKELY',
  mengatur: ['DISTRIBUSI'],
  sumber: [
    SUMBER_POLA_DISTRIBUSI,
    {
      regulation: 'SE MenPANRB 3/2023',
      article: 'Capaian kinerja organisasi: pimpinan unit kerja, rating hasil kerja = capaian kinerja organisasi',
      url: 'https://postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-dalam-pengawasan-ketat/16',
      confidence: 'CONFIRMED',
    },
  ],
  catatan: {
    id: 'Distribusi merupakan pertimbangan pimpinan yang dituangkan dalam format penetapan predikat kinerja.',
    en: 'The distribution is a consideration for the leader, fixed in the signed format penetapan predikat kinerja.',
  },
};

/**
 * One distribution rule as printed in the SE. Kinds:
 * - `SEBAGIAN_BESAR`: "sebagian besar (maksimal P%)": a hard ceiling of P%; "most" itself is
 *   a hard majority by default (decision 0102, setting MAJORITY) and advisory under ADVISORY.
 * - `MIN_PERSEN`: at least P% in the listed predikat combined ("dan/atau" makes it one group).
 * - `MAKS_PERSEN`: at most P%.
 * - `MIN_SATU`: "terdapat pegawai dengan predikat …": at least one employee, an absolute count.
 * - `DILARANG`: no employee may have this predikat.
 * `prioritas` decides which minimum yields when small units make the minimums exceed N
 * (1 = primary, kept; 2 = secondary, reduced; decision 0101).
 */
export type AturanDistribusi =
  | { kode: string; jenis: 'SEBAGIAN_BESAR'; predikat: readonly [Predikat]; persen: number; teks: Teks }
  | { kode: string; jenis: 'MIN_PERSEN'; predikat: readonly Predikat[]; persen: number; prioritas: 1 | 2; teks: Teks }
  | { kode: string; jenis: 'MAKS_PERSEN'; predikat: readonly [Predikat]; persen: number; teks: Teks }
  | { kode: string; jenis: 'MIN_SATU'; predikat: readonly Predikat[]; teks: Teks }
  | { kode: string; jenis: 'DILARANG'; predikat: readonly [Predikat]; teks: Teks };

/** The pattern for one organisational predikat: its rules and the "selebihnya" (the rest) clause. */
export interface PolaDistribusi {
  aturan: readonly AturanDistribusi[];
  selebihnya: Teks;
}

/**
 * SE MenPANRB 3/2023, pola distribusi predikat kinerja pegawai [CONFIRMED], one entry per
 * predikat kinerja organisasi. Percentages are integers (70 = 70%).
 */
export const POLA_DISTRIBUSI_3_2023: Readonly<Record<PredikatOrganisasi, PolaDistribusi>> = {
  ISTIMEWA: {
    aturan: [
      {
        kode: 'ISTIMEWA.SANGAT_BAIK_SEBAGIAN_BESAR',
        jenis: 'SEBAGIAN_BESAR',
        predikat: ['SANGAT_BAIK'],
        persen: 70,
        teks: {
          id: 'Sebagian besar (maksimal 70%) pegawai berpredikat Sangat Baik.',
          en: 'Most employees (at most 70%) are rated Very good.',
        },
      },
    ],
    selebihnya: {
      id: 'Selebihnya berpredikat Baik, Butuh Perbaikan, Kurang/Misconduct, dan/atau Sangat Kurang.',
      en: 'The rest may be Good, Needs improvement, Poor/Misconduct and/or Very poor.',
    },
  },
  BAIK: {
    aturan: [
      {
        kode: 'BAIK.BAIK_SEBAGIAN_BESAR',
        jenis: 'SEBAGIAN_BESAR',
        predikat: ['BAIK'],
        persen: 70,
        teks: {
          id: 'Sebagian besar (maksimal 70%) pegawai berpredikat Baik.',
          en: 'Most employees (at most 70%) are rated Good.',
        },
      },
      {
        kode: 'BAIK.ADA_BUTUH_PERBAIKAN_ATAU_KURANG',
        jenis: 'MIN_SATU',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        teks: {
          id: 'Terdapat pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct.',
          en: 'There must be employees rated Needs improvement and/or Poor/Misconduct.',
        },
      },
    ],
    selebihnya: {
      id: 'Selebihnya berpredikat Sangat Baik dan/atau Sangat Kurang.',
      en: 'The rest may be Very good and/or Very poor.',
    },
  },
  BUTUH_PERBAIKAN: {
    aturan: [
      {
        kode: 'BUTUH_PERBAIKAN.BUTUH_PERBAIKAN_MIN_60',
        jenis: 'MIN_PERSEN',
        predikat: ['BUTUH_PERBAIKAN'],
        persen: 60,
        prioritas: 1,
        teks: {
          id: 'Paling sedikit 60% pegawai berpredikat Butuh Perbaikan.',
          en: 'At least 60% of employees are rated Needs improvement.',
        },
      },
      {
        kode: 'BUTUH_PERBAIKAN.SANGAT_BAIK_MAKS_10',
        jenis: 'MAKS_PERSEN',
        predikat: ['SANGAT_BAIK'],
        persen: 10,
        teks: {
          id: 'Paling banyak 10% pegawai berpredikat Sangat Baik.',
          en: 'At most 10% of employees are rated Very good.',
        },
      },
    ],
    selebihnya: {
      id: 'Selebihnya berpredikat Sangat Baik (maksimal 10%), Baik, Kurang/Misconduct, dan/atau Sangat Kurang.',
      en: 'The rest may be Very good (at most 10%), Good, Poor/Misconduct and/or Very poor.',
    },
  },
  KURANG: {
    aturan: [
      {
        kode: 'KURANG.KURANG_MIN_60',
        jenis: 'MIN_PERSEN',
        predikat: ['KURANG'],
        persen: 60,
        prioritas: 1,
        teks: {
          id: 'Paling sedikit 60% pegawai berpredikat Kurang/Misconduct.',
          en: 'At least 60% of employees are rated Poor/Misconduct.',
        },
      },
      {
        kode: 'KURANG.BUTUH_PERBAIKAN_MIN_10',
        jenis: 'MIN_PERSEN',
        predikat: ['BUTUH_PERBAIKAN'],
        persen: 10,
        prioritas: 2,
        teks: {
          id: 'Paling sedikit 10% pegawai berpredikat Butuh Perbaikan.',
          en: 'At least 10% of employees are rated Needs improvement.',
        },
      },
      {
        kode: 'KURANG.SANGAT_BAIK_MAKS_10',
        jenis: 'MAKS_PERSEN',
        predikat: ['SANGAT_BAIK'],
        persen: 10,
        teks: {
          id: 'Paling banyak 10% pegawai berpredikat Sangat Baik.',
          en: 'At most 10% of employees are rated Very good.',
        },
      },
    ],
    selebihnya: {
      id: 'Selebihnya berpredikat Sangat Baik (maksimal 10%), Baik, dan/atau Sangat Kurang.',
      en: 'The rest may be Very good (at most 10%), Good and/or Very poor.',
    },
  },
  SANGAT_KURANG: {
    aturan: [
      {
        kode: 'SANGAT_KURANG.SANGAT_KURANG_MIN_60',
        jenis: 'MIN_PERSEN',
        predikat: ['SANGAT_KURANG'],
        persen: 60,
        prioritas: 1,
        teks: {
          id: 'Paling sedikit 60% pegawai berpredikat Sangat Kurang.',
          en: 'At least 60% of employees are rated Very poor.',
        },
      },
      {
        kode: 'SANGAT_KURANG.KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10',
        jenis: 'MIN_PERSEN',
        predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
        persen: 10,
        prioritas: 2,
        teks: {
          id: 'Paling sedikit 10% pegawai berpredikat Kurang/Misconduct dan/atau Butuh Perbaikan.',
          en: 'At least 10% of employees are rated Poor/Misconduct and/or Needs improvement (combined).',
        },
      },
      {
        kode: 'SANGAT_KURANG.TANPA_SANGAT_BAIK',
        jenis: 'DILARANG',
        predikat: ['SANGAT_BAIK'],
        teks: {
          id: 'Tidak ada pegawai berpredikat Sangat Baik.',
          en: 'No employee may be rated Very good.',
        },
      },
    ],
    selebihnya: {
      id: 'Selebihnya berpredikat Baik.',
      en: 'The rest may be Good.',
    },
  },
};
