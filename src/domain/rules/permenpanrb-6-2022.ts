/**
 * PermenPANRB 6/2022 Pengelolaan Kinerja Pegawai ASN: the 3×3 performance quadrant (kuadran
 * kinerja) that turns rating hasil kerja × rating perilaku kerja into the predikat kinerja pegawai.
 * Applies to PNS and PPPK; periodic (monthly or quarterly) and annual evaluations use the same table.
 */
import type { Predikat, Rating, Sumber } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

const URL_JDIH = 'https://jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara';

/** PermenPANRB 6/2022 Lampiran, kuadran kinerja pegawai [CONFIRMED]. */
export const SUMBER_KUADRAN: Sumber = {
  regulation: 'PermenPANRB 6/2022',
  article: 'Pasal 1 angka 16–17, Pasal 24–25 dan Lampiran (kuadran kinerja pegawai)',
  url: URL_JDIH,
  confidence: 'CONFIRMED',
};

/** Rule set metadata. Dates: first performance year under 6/2022 (see decision 0108). */
export const PERMENPANRB_6_2022: RuleSetMeta = {
  id: 'permenpanrb-6-2022',
  nama: {
    id: 'PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN',
    en: 'MenPANRB Regulation 6/2022 on ASN Performance Management',
  },
  berlakuMulai: '2022-01-01',
  berlakuSampai: null,
  keyakinanTanggal: 'UNSURE',
  mengatur: ['PREDIKAT'],
  sumber: [
    SUMBER_KUADRAN,
    {
      regulation: 'PermenPANRB 6/2022',
      article: 'Pasal 5 (tahapan pengelolaan kinerja), Pasal 14 (penetapan SKP), Pasal 38 (peralihan)',
      url: URL_JDIH,
      confidence: 'CONFIRMED',
    },
  ],
  catatan: {
    id: 'Predikat kinerja ditetapkan dari kuadran rating hasil kerja × rating perilaku kerja; tanpa pembobotan numerik.',
    en: 'The predikat is read from the quadrant of work-result rating × behaviour rating; no numeric weighting.',
  },
};

/**
 * The quadrant as data: `KUADRAN[ratingHasilKerja][ratingPerilaku]`.
 * PermenPANRB 6/2022 Lampiran, kuadran kinerja [CONFIRMED]:
 *
 * | Hasil kerja \ Perilaku | Di Bawah      | Sesuai          | Di Atas         |
 * |------------------------|---------------|-----------------|-----------------|
 * | Di Atas                | Kurang/Misc.  | Baik            | Sangat Baik     |
 * | Sesuai                 | Kurang/Misc.  | Baik            | Baik            |
 * | Di Bawah               | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
 */
export const KUADRAN_6_2022: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** A rule set that carries a quadrant table; future versions of the quadrant plug in here. */
export interface QuadrantRuleSet {
  meta: RuleSetMeta;
  kuadran: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>>;
  sumber: Sumber;
}

/** The PermenPANRB 6/2022 quadrant rule set (the default for every evaluation since 2022). */
export const KUADRAN_PERMENPANRB_6_2022: QuadrantRuleSet = {
  meta: PERMENPANRB_6_2022,
  kuadran: KUADRAN_6_2022,
  sumber: SUMBER_KUADRAN,
};
