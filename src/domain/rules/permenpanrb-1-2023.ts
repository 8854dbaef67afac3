/**
 * PermenPANRB 1/2023 Jabatan Fungsional (Pasal 36) and Peraturan BKN 3/2023 (Angka Kredit,
 * Kenaikan Pangkat dan Jenjang JF): conversion of the predikat kinerja into angka kredit (AK), and
 * the cumulative AK needed for the next pangkat or jenjang ("integrasi" scheme).
 */
import type { Confidence, Golongan, Jenjang, Predikat, Sumber } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

/** PermenPANRB 1/2023 Pasal 36: percentage of the annual coefficient per predikat [CONFIRMED]. */
export const SUMBER_PERSEN_AK: Sumber = {
  regulation: 'PermenPANRB 1/2023',
  article: 'Pasal 36 (konversi predikat kinerja ke angka kredit)',
  url: 'https://jdih.maritim.go.id/permen-pan-rb-12023-jabatan-fungsional',
  confidence: 'CONFIRMED',
};

/** Peraturan BKN 3/2023: AK = bulan/12 × persentase × koefisien [CONFIRMED]. */
export const SUMBER_RUMUS_AK: Sumber = {
  regulation: 'Peraturan BKN 3/2023',
  article: 'Lampiran, perhitungan konversi predikat kinerja ke angka kredit (tahunan dan periodik)',
  url: 'https://id.scribd.com/presentation/694983391/3-PERHITUNGAN-KONVERSI-PREDIKAT-KINERJA-PERBKN-NO-3-TAHUN-2023-TEKNIS',
  confidence: 'CONFIRMED',
};

/** BKN Direktorat Jabatan ASN: minimum cumulative AK per jenjang/golongan (integrasi) [CONFIRMED table, LIKELY reading]. */
export const SUMBER_AK_KUMULATIF: Sumber = {
  regulation: 'Peraturan BKN 3/2023',
  article: 'Lampiran, angka kredit kumulatif minimal untuk kenaikan pangkat dan jenjang (integrasi)',
  url: 'https://id.scribd.com/document/712964724/Teknis-Penyesuaian-AK-dari-Konvensional-ke-Integrasi',
  confidence: 'LIKELY',
};

export const PERMENPANRB_1_2023: RuleSetMeta = {
  id: 'permenpanrb-1-2023',
  nama: {
    id: 'PermenPANRB 1/2023 tentang Jabatan Fungsional jo. Peraturan BKN 3/2023',
    en: 'MenPANRB Regulation 1/2023 on Functional Positions with BKN Regulation 3/2023',
  },
  berlakuMulai: '2023-01-01',
  berlakuSampai: null,
  keyakinanTanggal: 'LIKELY',
  mengatur: ['ANGKA_KREDIT'],
  sumber: [SUMBER_PERSEN_AK, SUMBER_RUMUS_AK, SUMBER_AK_KUMULATIF],
  catatan: {
    id: 'DUPAK dihapus; angka kredit diperoleh dari konversi predikat kinerja.',
    en: 'DUPAK item scoring abolished; credit points come from converting the performance rating.',
  },
};

/** PermenPANRB 1/2023 Pasal 36: % of the annual coefficient, by predikat [CONFIRMED]. */
export const PERSEN_AK: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

/**
 * Annual AK coefficient per jenjang (Peraturan BKN 3/2023), held in hundredths of a point so that
 * every conversion is exact integer arithmetic. Ahli Pertama 12.5 and Ahli Madya 37.5 are
 * [CONFIRMED] by worked examples; the others [LIKELY] (decision 0106).
 */
export const KOEFISIEN_AK: Readonly<Record<Jenjang, { perseratus: number; confidence: Confidence }>> = {
  AHLI_PERTAMA: { perseratus: 1250, confidence: 'CONFIRMED' },
  AHLI_MUDA: { perseratus: 2500, confidence: 'LIKELY' },
  AHLI_MADYA: { perseratus: 3750, confidence: 'CONFIRMED' },
  AHLI_UTAMA: { perseratus: 5000, confidence: 'LIKELY' },
  PEMULA: { perseratus: 375, confidence: 'LIKELY' },
  TERAMPIL: { perseratus: 500, confidence: 'LIKELY' },
  MAHIR: { perseratus: 1250, confidence: 'LIKELY' },
  PENYELIA: { perseratus: 2500, confidence: 'LIKELY' },
};

/**
 * Golongan of each jenjang, lowest first, with the cumulative AK (counted from entry into the
 * jenjang; reset to 0 on jenjang promotion) needed to leave that golongan. Leaving the top golongan
 * of a jenjang means the next jenjang (`naikJenjang`). `null` = top of the track.
 * Table: BKN Direktorat Jabatan ASN, integrasi scheme [CONFIRMED numbers; cumulative-per-step
 * reading LIKELY, decision 0106].
 */
export const JENJANG_AK: Readonly<
  Record<Jenjang, { golongan: readonly Golongan[]; ambang: readonly (number | null)[]; berikutnya: Jenjang | null }>
> = {
  AHLI_PERTAMA: { golongan: ['III/a', 'III/b'], ambang: [50, 100], berikutnya: 'AHLI_MUDA' },
  AHLI_MUDA: { golongan: ['III/c', 'III/d'], ambang: [100, 200], berikutnya: 'AHLI_MADYA' },
  AHLI_MADYA: { golongan: ['IV/a', 'IV/b', 'IV/c'], ambang: [150, 300, 450], berikutnya: 'AHLI_UTAMA' },
  AHLI_UTAMA: { golongan: ['IV/d', 'IV/e'], ambang: [200, null], berikutnya: null },
  PEMULA: { golongan: ['II/a'], ambang: [15], berikutnya: 'TERAMPIL' },
  TERAMPIL: { golongan: ['II/b', 'II/c', 'II/d'], ambang: [20, 40, 60], berikutnya: 'MAHIR' },
  MAHIR: { golongan: ['III/a', 'III/b'], ambang: [50, 100], berikutnya: 'PENYELIA' },
  PENYELIA: { golongan: ['III/c', 'III/d'], ambang: [100, null], berikutnya: null },
};
