/**
 * PermenPANRB 3/2020 Manajemen Talenta ASN: the 9-box talent matrix (kinerja × potensi), the
 * official box labels and the recommended follow-up actions. Boxes 7–9 form the talent pool
 * (kelompok rencana suksesi).
 */
import type { Potensi, Rating, Sumber, Teks } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

/** PermenPANRB 3/2020 Lampiran, kotak manajemen talenta [CONFIRMED]. */
export const SUMBER_TALENTA: Sumber = {
  regulation: 'PermenPANRB 3/2020',
  article: 'Lampiran, pemetaan talenta (9 kotak) dan rekomendasi tindak lanjut',
  confidence: 'CONFIRMED',
};

export const PERMENPANRB_3_2020: RuleSetMeta = {
  id: 'permenpanrb-3-2020',
  nama: {
    id: 'PermenPANRB 3/2020 tentang Manajemen Talenta ASN',
    en: 'MenPANRB Regulation 3/2020 on ASN Talent Management',
  },
  berlakuMulai: '2020-01-01',
  berlakuSampai: null,
  keyakinanTanggal: 'UNSURE',
  mengatur: ['TALENTA'],
  sumber: [SUMBER_TALENTA],
  catatan: {
    id: 'Sumbu potensi berasal dari asesmen/uji kompetensi, bukan dari e-Kinerja.',
    en: 'The potential axis comes from competency assessment, not from e-Kinerja.',
  },
};

/** One box of the 9-box matrix. */
export interface KotakTalentaRow {
  kotak: number;
  kinerja: Rating;
  potensi: Potensi;
  label: Teks;
  rekomendasi: readonly Teks[];
}

const R = {
  promosi: { id: 'Dipromosikan dan dipertahankan', en: 'Promote and retain' },
  pertahankan: { id: 'Dipertahankan', en: 'Retain' },
  suksesiNasional: {
    id: 'Masuk Kelompok Rencana Suksesi Instansi/Nasional',
    en: 'Join the agency or national succession group',
  },
  suksesi: { id: 'Masuk Kelompok Rencana Suksesi Instansi', en: 'Join the agency succession group' },
  penghargaan: { id: 'Penghargaan', en: 'Award' },
  rotasiPerluasan: { id: 'Rotasi/Perluasan jabatan', en: 'Rotation or job enlargement' },
  rotasiPengayaan: { id: 'Rotasi/Pengayaan jabatan', en: 'Rotation or job enrichment' },
  rotasi: { id: 'Rotasi', en: 'Rotation' },
  bimbingan: { id: 'Bimbingan kinerja', en: 'Performance coaching' },
  konseling: { id: 'Konseling kinerja', en: 'Performance counselling' },
  kompetensi: { id: 'Pengembangan kompetensi', en: 'Competency development' },
  tugasBelajar: { id: 'Tugas belajar', en: 'Study assignment' },
  penempatan: { id: 'Penempatan yang sesuai', en: 'Suitable placement' },
  diproses: { id: 'Diproses sesuai ketentuan peraturan perundangan', en: 'Handled under the applicable regulations' },
} satisfies Record<string, Teks>;

/**
 * PermenPANRB 3/2020 Lampiran: the nine boxes [CONFIRMED]. Grid (potensi across, kinerja down):
 * Di atas 4 7 9 / Sesuai 2 5 8 / Di bawah 1 3 6 for potensi Rendah, Menengah, Tinggi.
 */
export const KOTAK_TALENTA: readonly KotakTalentaRow[] = [
  {
    kotak: 1,
    kinerja: 'DI_BAWAH',
    potensi: 'RENDAH',
    label: {
      id: 'Kinerja di bawah ekspektasi dan potensial rendah',
      en: 'Performance below expectations, low potential',
    },
    rekomendasi: [R.diproses],
  },
  {
    kotak: 2,
    kinerja: 'SESUAI',
    potensi: 'RENDAH',
    label: {
      id: 'Kinerja sesuai ekspektasi dan potensial rendah',
      en: 'Performance meets expectations, low potential',
    },
    rekomendasi: [R.bimbingan, R.kompetensi, R.penempatan],
  },
  {
    kotak: 3,
    kinerja: 'DI_BAWAH',
    potensi: 'MENENGAH',
    label: {
      id: 'Kinerja di bawah ekspektasi dan potensial menengah',
      en: 'Performance below expectations, medium potential',
    },
    rekomendasi: [R.bimbingan, R.konseling, R.kompetensi, R.penempatan],
  },
  {
    kotak: 4,
    kinerja: 'DI_ATAS',
    potensi: 'RENDAH',
    label: {
      id: 'Kinerja di atas ekspektasi dan potensial rendah',
      en: 'Performance above expectations, low potential',
    },
    rekomendasi: [R.rotasi, R.kompetensi],
  },
  {
    kotak: 5,
    kinerja: 'SESUAI',
    potensi: 'MENENGAH',
    label: {
      id: 'Kinerja sesuai ekspektasi dan potensial menengah',
      en: 'Performance meets expectations, medium potential',
    },
    rekomendasi: [R.penempatan, R.bimbingan, R.kompetensi],
  },
  {
    kotak: 6,
    kinerja: 'DI_BAWAH',
    potensi: 'TINGGI',
    label: {
      id: 'Kinerja di bawah ekspektasi dan potensial tinggi',
      en: 'Performance below expectations, high potential',
    },
    rekomendasi: [R.penempatan, R.bimbingan, R.konseling],
  },
  {
    kotak: 7,
    kinerja: 'DI_ATAS',
    potensi: 'MENENGAH',
    label: {
      id: 'Kinerja di atas ekspektasi dan potensial menengah',
      en: 'Performance above expectations, medium potential',
    },
    rekomendasi: [R.pertahankan, R.suksesi, R.rotasiPengayaan, R.kompetensi, R.tugasBelajar],
  },
  {
    kotak: 8,
    kinerja: 'SESUAI',
    potensi: 'TINGGI',
    label: {
      id: 'Kinerja sesuai ekspektasi dan potensial tinggi',
      en: 'Performance meets expectations, high potential',
    },
    rekomendasi: [R.pertahankan, R.suksesi, R.rotasiPerluasan, R.bimbingan],
  },
  {
    kotak: 9,
    kinerja: 'DI_ATAS',
    potensi: 'TINGGI',
    label: {
      id: 'Kinerja di atas ekspektasi dan potensial tinggi',
      en: 'Performance above expectations, high potential',
    },
    rekomendasi: [R.promosi, R.suksesiNasional, R.penghargaan],
  },
];

/** Boxes that form the talent pool / succession group (kelompok rencana suksesi). */
export const KOTAK_SUKSESI: readonly number[] = [7, 8, 9];
