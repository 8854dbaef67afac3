/**
 * SE MenPANRB 20/2021 Implementasi Core Values dan Employer Branding ASN: the seven BerAKHLAK core
 * values and their three behaviour guides (panduan perilaku), adopted as the perilaku kerja of the
 * SKP by PermenPANRB 6/2022 (without levels). Indonesian text exactly as on the form replicas.
 */
import type { Sumber, Teks } from '../types.ts';
import type { RuleSetMeta } from './rule-set.ts';

export const SUMBER_BERAKHLAK: Sumber = {
  regulation: 'SE MenPANRB 20/2021',
  article: 'Lampiran, nilai dasar BerAKHLAK dan panduan perilaku; PermenPANRB 6/2022 Lampiran (perilaku kerja)',
  confidence: 'CONFIRMED',
};

export const SE_MENPANRB_20_2021: RuleSetMeta = {
  id: 'se-menpanrb-20-2021',
  nama: {
    id: 'SE MenPANRB 20/2021 tentang Implementasi Core Values dan Employer Branding ASN',
    en: 'MenPANRB Circular 20/2021 on ASN core values and employer branding',
  },
  berlakuMulai: '2022-01-01',
  berlakuSampai: null,
  keyakinanTanggal: 'LIKELY',
  mengatur: ['PERILAKU'],
  sumber: [SUMBER_BERAKHLAK],
  catatan: {
    id: 'Slogan employer branding: "Bangga Melayani Bangsa". Perilaku kerja dinilai tanpa level.',
    en: 'Employer-branding slogan: "Proud to Serve the Nation". Behaviour is rated without levels.',
  },
};

export const NILAI_BERAKHLAK_KODE = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type NilaiBerakhlakKode = (typeof NILAI_BERAKHLAK_KODE)[number];

/** One core value with its three behaviour guides (a, b, c). */
export interface NilaiBerakhlak {
  nomor: number;
  kode: NilaiBerakhlakKode;
  nama: Teks;
  panduan: readonly [Teks, Teks, Teks];
}

/** SE MenPANRB 20/2021: the seven values and their guides [CONFIRMED]. */
export const BERAKHLAK: readonly NilaiBerakhlak[] = [
  {
    nomor: 1,
    kode: 'BERORIENTASI_PELAYANAN',
    nama: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
    panduan: [
      { id: 'Memahami dan memenuhi kebutuhan masyarakat', en: "Understand and meet the public's needs" },
      { id: 'Ramah, cekatan, solutif, dan dapat diandalkan', en: 'Friendly, quick, solution-oriented and reliable' },
      { id: 'Melakukan perbaikan tiada henti', en: 'Improve continuously' },
    ],
  },
  {
    nomor: 2,
    kode: 'AKUNTABEL',
    nama: { id: 'Akuntabel', en: 'Accountable' },
    panduan: [
      {
        id: 'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
        en: 'Do duties honestly, responsibly, carefully, with discipline and high integrity',
      },
      {
        id: 'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
        en: 'Use state assets and property responsibly, effectively and efficiently',
      },
      { id: 'Tidak menyalahgunakan kewenangan jabatan', en: 'Do not abuse the authority of the position' },
    ],
  },
  {
    nomor: 3,
    kode: 'KOMPETEN',
    nama: { id: 'Kompeten', en: 'Competent' },
    panduan: [
      {
        id: 'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
        en: 'Build own competence to meet ever-changing challenges',
      },
      { id: 'Membantu orang lain belajar', en: 'Help others learn' },
      { id: 'Melaksanakan tugas dengan kualitas terbaik', en: 'Do duties to the best quality' },
    ],
  },
  {
    nomor: 4,
    kode: 'HARMONIS',
    nama: { id: 'Harmonis', en: 'Harmonious' },
    panduan: [
      { id: 'Menghargai setiap orang apapun latar belakangnya', en: 'Respect everyone whatever their background' },
      { id: 'Suka menolong orang lain', en: 'Like helping others' },
      { id: 'Membangun lingkungan kerja yang kondusif', en: 'Build a conducive work environment' },
    ],
  },
  {
    nomor: 5,
    kode: 'LOYAL',
    nama: { id: 'Loyal', en: 'Loyal' },
    panduan: [
      {
        id: 'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
        en: 'Hold firmly to Pancasila and the 1945 Constitution; be loyal to the unitary Republic and the lawful government',
      },
      {
        id: 'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
        en: 'Protect the good name of fellow ASN, leaders, the agency and the state',
      },
      { id: 'Menjaga rahasia jabatan dan negara', en: 'Keep official and state secrets' },
    ],
  },
  {
    nomor: 6,
    kode: 'ADAPTIF',
    nama: { id: 'Adaptif', en: 'Adaptive' },
    panduan: [
      { id: 'Cepat menyesuaikan diri menghadapi perubahan', en: 'Adapt quickly to change' },
      { id: 'Terus berinovasi dan mengembangkan kreativitas', en: 'Keep innovating and developing creativity' },
      { id: 'Bertindak proaktif', en: 'Act proactively' },
    ],
  },
  {
    nomor: 7,
    kode: 'KOLABORATIF',
    nama: { id: 'Kolaboratif', en: 'Collaborative' },
    panduan: [
      {
        id: 'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
        en: 'Give various parties the chance to contribute',
      },
      {
        id: 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
        en: 'Be open in cooperating to create added value',
      },
      {
        id: 'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
        en: 'Mobilise the use of various resources for shared goals',
      },
    ],
  },
];
