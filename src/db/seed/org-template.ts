/**
 * The organisation template of a demo regency (kabupaten): the Sekretariat Daerah, the Sekretariat
 * DPRD, the Inspektorat, dinas and badan with their sekretariat, bidang, subbagian, seksi and UPT, and
 * kecamatan with kelurahan. Schools and puskesmas are added by the generator in proportion to the
 * number of teachers and health workers. Structure follows the usual post-2021 regency layout
 * (PP 18/2016 jo. PP 72/2019 Perangkat Daerah; bureaucratic simplification kept a few seksi per bidang):
 * heads of OPD and the Asisten are JPT Pratama; sekretaris, kepala bidang, kepala bagian, inspektur
 * pembantu and camat are Administrator; kepala subbagian, seksi, subbidang, UPT and lurah are Pengawas.
 */
import type { Profesi } from './names.ts';

export type JenisJabatan = 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
export type JenisUnit =
  | 'PEMDA'
  | 'SEKRETARIAT_DAERAH'
  | 'DINAS'
  | 'BADAN'
  | 'SEKRETARIAT'
  | 'BAGIAN'
  | 'BIDANG'
  | 'SUBBAGIAN'
  | 'SEKSI'
  | 'UPT'
  | 'SEKOLAH'
  | 'PUSKESMAS'
  | 'KECAMATAN'
  | 'KELURAHAN'
  | 'LAINNYA';

/** A structural sub-unit in priority order: lower `rank` is created first when the budget is small. */
export interface SubUnitTemplate {
  /** Local key, unique within the OPD; `parent` refers to it ('' = the OPD itself). */
  key: string;
  parent: string;
  nama: string;
  jenis: JenisUnit;
  kepala: string;
  headJenis: JenisJabatan;
  rank: number;
}

export interface OpdTemplate {
  key: string;
  nama: string;
  jenis: JenisUnit;
  kepala: string;
  headJenis: JenisJabatan;
  /** Profession for titles of the structural officials. */
  profesi: Profesi;
  subUnits: SubUnitTemplate[];
  /** Other JF for this OPD: [jf key, weight]. */
  jf: [JfKey, number][];
  /** Weight of this OPD in the distribution of other JF. */
  jfWeight: number;
  /** Marks the OPD where schools (pendidikan) or puskesmas/RSUD (kesehatan) hang. */
  role?: 'PENDIDIKAN' | 'KESEHATAN' | 'KECAMATAN';
}

/** Functional position families (JF) with their tracks and who typically holds them. */
export interface JfSpec {
  nama: string;
  /** Share of the keahlian (ahli) track; the rest is keterampilan. */
  ahli: number;
  profesi: Profesi;
  /** Probability that a holder is PPPK. */
  pppk: number;
  /** Probability that a holder is a woman. */
  female: number;
}

export const JF = {
  guru: { nama: 'Guru', ahli: 1, profesi: 'GURU', pppk: 0.56, female: 0.68 },
  dokter: { nama: 'Dokter', ahli: 1, profesi: 'DOKTER', pppk: 0.3, female: 0.62 },
  dokterGigi: { nama: 'Dokter Gigi', ahli: 1, profesi: 'DOKTER_GIGI', pppk: 0.3, female: 0.75 },
  perawat: { nama: 'Perawat', ahli: 0.35, profesi: 'PERAWAT', pppk: 0.5, female: 0.72 },
  bidan: { nama: 'Bidan', ahli: 0.2, profesi: 'BIDAN', pppk: 0.5, female: 1 },
  apoteker: { nama: 'Apoteker', ahli: 1, profesi: 'FARMASI', pppk: 0.4, female: 0.75 },
  asistenApoteker: { nama: 'Asisten Apoteker', ahli: 0, profesi: 'FARMASI', pppk: 0.4, female: 0.75 },
  sanitarian: { nama: 'Tenaga Sanitasi Lingkungan', ahli: 0.4, profesi: 'KESMAS', pppk: 0.4, female: 0.55 },
  nutrisionis: { nama: 'Nutrisionis', ahli: 0.4, profesi: 'KESMAS', pppk: 0.4, female: 0.85 },
  pranataLab: { nama: 'Pranata Laboratorium Kesehatan', ahli: 0.3, profesi: 'KESMAS', pppk: 0.4, female: 0.7 },
  epidemiolog: { nama: 'Epidemiolog Kesehatan', ahli: 1, profesi: 'KESMAS', pppk: 0.2, female: 0.6 },
  penyuluhKesehatan: { nama: 'Penyuluh Kesehatan Masyarakat', ahli: 1, profesi: 'KESMAS', pppk: 0.3, female: 0.7 },
  adminKesehatan: { nama: 'Administrator Kesehatan', ahli: 1, profesi: 'KESMAS', pppk: 0.1, female: 0.55 },
  perekamMedis: { nama: 'Perekam Medis', ahli: 0.2, profesi: 'KESMAS', pppk: 0.4, female: 0.7 },
  penyuluhPertanian: { nama: 'Penyuluh Pertanian', ahli: 0.6, profesi: 'PERTANIAN', pppk: 0.35, female: 0.35 },
  medikVeteriner: { nama: 'Medik Veteriner', ahli: 1, profesi: 'PERTANIAN', pppk: 0.2, female: 0.45 },
  paramedikVeteriner: { nama: 'Paramedik Veteriner', ahli: 0, profesi: 'PERTANIAN', pppk: 0.2, female: 0.3 },
  penyuluhPerikanan: { nama: 'Penyuluh Perikanan', ahli: 0.6, profesi: 'PERTANIAN', pppk: 0.2, female: 0.35 },
  auditor: { nama: 'Auditor', ahli: 0.85, profesi: 'EKONOMI', pppk: 0, female: 0.5 },
  ppupd: {
    nama: 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah',
    ahli: 1,
    profesi: 'SOSIAL',
    pppk: 0,
    female: 0.45,
  },
  analisKebijakan: { nama: 'Analis Kebijakan', ahli: 1, profesi: 'SOSIAL', pppk: 0.05, female: 0.5 },
  perencana: { nama: 'Perencana', ahli: 1, profesi: 'EKONOMI', pppk: 0.05, female: 0.5 },
  analisSdm: { nama: 'Analis Sumber Daya Manusia Aparatur', ahli: 1, profesi: 'SOSIAL', pppk: 0.05, female: 0.6 },
  pranataSdm: {
    nama: 'Pranata Sumber Daya Manusia Aparatur',
    ahli: 0,
    profesi: 'ADMINISTRASI',
    pppk: 0.1,
    female: 0.6,
  },
  pranataKomputer: { nama: 'Pranata Komputer', ahli: 0.6, profesi: 'KOMPUTER', pppk: 0.3, female: 0.35 },
  pranataHumas: { nama: 'Pranata Hubungan Masyarakat', ahli: 0.6, profesi: 'SOSIAL', pppk: 0.1, female: 0.55 },
  arsiparis: { nama: 'Arsiparis', ahli: 0.5, profesi: 'ADMINISTRASI', pppk: 0.1, female: 0.6 },
  pustakawan: { nama: 'Pustakawan', ahli: 0.5, profesi: 'ADMINISTRASI', pppk: 0.1, female: 0.65 },
  pengelolaPbj: { nama: 'Pengelola Pengadaan Barang/Jasa', ahli: 1, profesi: 'EKONOMI', pppk: 0, female: 0.4 },
  analisKeuangan: { nama: 'Analis Keuangan Pusat dan Daerah', ahli: 1, profesi: 'EKONOMI', pppk: 0.05, female: 0.6 },
  perancangPerundangan: {
    nama: 'Perancang Peraturan Perundang-undangan',
    ahli: 1,
    profesi: 'HUKUM',
    pppk: 0,
    female: 0.5,
  },
  analisHukum: { nama: 'Analis Hukum', ahli: 1, profesi: 'HUKUM', pppk: 0.05, female: 0.5 },
  pengawasSekolah: { nama: 'Pengawas Sekolah', ahli: 1, profesi: 'GURU', pppk: 0, female: 0.45 },
  penilik: { nama: 'Penilik', ahli: 1, profesi: 'GURU', pppk: 0, female: 0.5 },
  pamongBelajar: { nama: 'Pamong Belajar', ahli: 1, profesi: 'GURU', pppk: 0.1, female: 0.55 },
  polpp: { nama: 'Polisi Pamong Praja', ahli: 0.25, profesi: 'NONE', pppk: 0.2, female: 0.2 },
  pemadam: { nama: 'Pemadam Kebakaran', ahli: 0, profesi: 'NONE', pppk: 0.3, female: 0.05 },
  analisKebakaran: { nama: 'Analis Kebakaran', ahli: 1, profesi: 'TEKNIK', pppk: 0, female: 0.2 },
  pekerjaSosial: { nama: 'Pekerja Sosial', ahli: 0.6, profesi: 'SOSIAL', pppk: 0.2, female: 0.6 },
  penyuluhSosial: { nama: 'Penyuluh Sosial', ahli: 0.7, profesi: 'SOSIAL', pppk: 0.1, female: 0.55 },
  penyuluhKb: { nama: 'Penyuluh Keluarga Berencana', ahli: 1, profesi: 'KESMAS', pppk: 0.2, female: 0.7 },
  adminDukcapil: {
    nama: 'Administrator Database Kependudukan',
    ahli: 0.6,
    profesi: 'KOMPUTER',
    pppk: 0.2,
    female: 0.5,
  },
  teknikJalan: { nama: 'Teknik Jalan dan Jembatan', ahli: 0.7, profesi: 'TEKNIK', pppk: 0.15, female: 0.2 },
  teknikPengairan: { nama: 'Teknik Pengairan', ahli: 0.7, profesi: 'TEKNIK', pppk: 0.15, female: 0.2 },
  penataRuang: { nama: 'Penata Ruang', ahli: 1, profesi: 'TEKNIK', pppk: 0.1, female: 0.35 },
  teknikTataBangunan: {
    nama: 'Teknik Tata Bangunan dan Perumahan',
    ahli: 0.7,
    profesi: 'TEKNIK',
    pppk: 0.15,
    female: 0.3,
  },
  pengendaliDampak: { nama: 'Pengendali Dampak Lingkungan', ahli: 0.8, profesi: 'TEKNIK', pppk: 0.1, female: 0.45 },
  pengawasLh: { nama: 'Pengawas Lingkungan Hidup', ahli: 1, profesi: 'TEKNIK', pppk: 0, female: 0.4 },
  pengujiKendaraan: { nama: 'Penguji Kendaraan Bermotor', ahli: 0.3, profesi: 'TEKNIK', pppk: 0.1, female: 0.1 },
  pengawasKoperasi: { nama: 'Pengawas Koperasi', ahli: 1, profesi: 'EKONOMI', pppk: 0, female: 0.5 },
  penera: { nama: 'Penera', ahli: 0.3, profesi: 'TEKNIK', pppk: 0, female: 0.3 },
  analisPerdagangan: { nama: 'Analis Perdagangan', ahli: 1, profesi: 'EKONOMI', pppk: 0, female: 0.5 },
  adyatama: {
    nama: 'Adyatama Kepariwisataan dan Ekonomi Kreatif',
    ahli: 1,
    profesi: 'SOSIAL',
    pppk: 0.1,
    female: 0.55,
  },
  penggerakSwadaya: { nama: 'Penggerak Swadaya Masyarakat', ahli: 1, profesi: 'SOSIAL', pppk: 0.1, female: 0.45 },
  mediatorHi: { nama: 'Mediator Hubungan Industrial', ahli: 1, profesi: 'HUKUM', pppk: 0, female: 0.4 },
  instruktur: { nama: 'Instruktur', ahli: 0.6, profesi: 'TEKNIK', pppk: 0.2, female: 0.35 },
  analisKetahananPangan: { nama: 'Analis Ketahanan Pangan', ahli: 1, profesi: 'PERTANIAN', pppk: 0.1, female: 0.5 },
  pengawasMutuPertanian: {
    nama: 'Pengawas Mutu Hasil Pertanian',
    ahli: 0.6,
    profesi: 'PERTANIAN',
    pppk: 0.1,
    female: 0.45,
  },
  analisBencana: { nama: 'Analis Kebencanaan', ahli: 1, profesi: 'TEKNIK', pppk: 0.1, female: 0.3 },
  statistisi: { nama: 'Statistisi', ahli: 0.6, profesi: 'KOMPUTER', pppk: 0.1, female: 0.55 },
  penataPerizinan: { nama: 'Penata Perizinan', ahli: 1, profesi: 'HUKUM', pppk: 0.1, female: 0.55 },
} as const satisfies Record<string, JfSpec>;

export type JfKey = keyof typeof JF;

/** Health JF in a puskesmas or the RSUD, with weights. */
export const NAKES_MIX: [JfKey, number][] = [
  ['perawat', 34],
  ['bidan', 26],
  ['dokter', 7],
  ['dokterGigi', 2],
  ['apoteker', 2],
  ['asistenApoteker', 4],
  ['sanitarian', 4],
  ['nutrisionis', 4],
  ['pranataLab', 4],
  ['penyuluhKesehatan', 4],
  ['perekamMedis', 4],
  ['adminKesehatan', 3],
  ['epidemiolog', 2],
];

/** Pelaksana positions after the 2024 simplification of nomenclature, with weights and level. */
export const PELAKSANA = [
  { nama: 'Penata Layanan Operasional', weight: 30, level: 'S1', kelas: 8 },
  { nama: 'Pengelola Layanan Operasional', weight: 20, level: 'D3', kelas: 7 },
  { nama: 'Pengadministrasi Perkantoran', weight: 30, level: 'SMA', kelas: 5 },
  { nama: 'Operator Layanan Operasional', weight: 12, level: 'SMA', kelas: 5 },
  { nama: 'Pengelola Umum Operasional', weight: 8, level: 'SD', kelas: 3 },
] as const;

/** Short place names for kecamatan, schools and puskesmas (Sundanese-style, fictional regency). */
export const KECAMATAN = [
  'Sukamaju',
  'Cibeureum',
  'Sindangsari',
  'Pasirjaya',
  'Karangtengah',
  'Mekarsari',
  'Tanjungsari',
  'Margahayu',
  'Bojongsari',
  'Cikaret',
  'Jatiwangi',
  'Sukaresmi',
  'Cipanas',
  'Warungkondang',
];

export const KELURAHAN = [
  'Sukamaju Kaler',
  'Sukamaju Kidul',
  'Pasar Baru',
  'Nagrak',
  'Cigadog',
  'Kebonjati',
  'Babakan',
  'Sindanglaya',
  'Cisalak',
  'Gunungsari',
  'Panyingkiran',
  'Sukajadi',
];

interface BidangSpec {
  nama: string;
  seksi: string[];
}

function standardOpd(
  key: string,
  nama: string,
  jenis: 'DINAS' | 'BADAN' | 'LAINNYA',
  kepala: string,
  profesi: Profesi,
  bidang: BidangSpec[],
  upt: string[],
  jf: [JfKey, number][],
  jfWeight: number,
  role?: OpdTemplate['role'],
): OpdTemplate {
  const isBadan = jenis === 'BADAN';
  const subUnits: SubUnitTemplate[] = [
    {
      key: 'sek',
      parent: '',
      nama: 'Sekretariat',
      jenis: 'SEKRETARIAT',
      kepala: 'Sekretaris',
      headJenis: 'ADMINISTRATOR',
      rank: 1,
    },
  ];
  bidang.forEach((b, i) => {
    subUnits.push({
      key: `b${i}`,
      parent: '',
      nama: `Bidang ${b.nama}`,
      jenis: 'BIDANG',
      kepala: `Kepala Bidang ${b.nama}`,
      headJenis: 'ADMINISTRATOR',
      rank: i < 2 ? 1 : 2,
    });
    b.seksi.forEach((s, j) => {
      const label = isBadan ? 'Subbidang' : 'Seksi';
      subUnits.push({
        key: `b${i}s${j}`,
        parent: `b${i}`,
        nama: `${label} ${s}`,
        jenis: 'SEKSI',
        kepala: `Kepala ${label} ${s}`,
        headJenis: 'PENGAWAS',
        rank: 2 + j + (i < 2 ? 0 : 1),
      });
    });
  });
  const subbag = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Evaluasi'];
  subbag.forEach((s, i) => {
    subUnits.push({
      key: `sb${i}`,
      parent: 'sek',
      nama: `Subbagian ${s}`,
      jenis: 'SUBBAGIAN',
      kepala: `Kepala Subbagian ${s}`,
      headJenis: 'PENGAWAS',
      rank: 2 + i,
    });
  });
  upt.forEach((u, i) => {
    subUnits.push({
      key: `u${i}`,
      parent: '',
      nama: u,
      jenis: 'UPT',
      kepala: `Kepala ${u}`,
      headJenis: 'PENGAWAS',
      rank: 3 + i,
    });
  });
  return { key, nama, jenis, kepala, headJenis: 'JPT_PRATAMA', profesi, subUnits, jf, jfWeight, role };
}

const b = (nama: string, ...seksi: string[]): BidangSpec => ({ nama, seksi });

function sekretariatDaerah(): OpdTemplate {
  const asisten: [string, string[]][] = [
    ['Pemerintahan dan Kesejahteraan Rakyat', ['Pemerintahan', 'Hukum', 'Kesejahteraan Rakyat']],
    [
      'Perekonomian dan Pembangunan',
      ['Perekonomian dan Sumber Daya Alam', 'Administrasi Pembangunan', 'Pengadaan Barang dan Jasa'],
    ],
    ['Administrasi Umum', ['Umum', 'Organisasi', 'Protokol dan Komunikasi Pimpinan']],
  ];
  const subbagian: Record<string, string[]> = {
    Pemerintahan: ['Administrasi Pemerintahan', 'Kerja Sama'],
    Hukum: ['Perundang-undangan', 'Bantuan Hukum'],
    'Kesejahteraan Rakyat': ['Bina Mental dan Spiritual', 'Kesejahteraan Sosial'],
    'Perekonomian dan Sumber Daya Alam': ['Perekonomian', 'Sumber Daya Alam'],
    'Administrasi Pembangunan': ['Pengendalian Pembangunan', 'Evaluasi dan Pelaporan'],
    'Pengadaan Barang dan Jasa': ['Pengelolaan Pengadaan', 'Layanan Pengadaan Secara Elektronik'],
    Umum: ['Tata Usaha Pimpinan', 'Rumah Tangga', 'Keuangan'],
    Organisasi: ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi dan Akuntabilitas Kinerja'],
    'Protokol dan Komunikasi Pimpinan': ['Protokol', 'Komunikasi Pimpinan'],
  };
  const subUnits: SubUnitTemplate[] = [];
  asisten.forEach(([an, bagian], i) => {
    subUnits.push({
      key: `a${i}`,
      parent: '',
      nama: `Asisten ${an}`,
      jenis: 'LAINNYA',
      kepala: `Asisten ${an}`,
      headJenis: 'JPT_PRATAMA',
      rank: 1,
    });
    bagian.forEach((bn, j) => {
      subUnits.push({
        key: `a${i}b${j}`,
        parent: `a${i}`,
        nama: `Bagian ${bn}`,
        jenis: 'BAGIAN',
        kepala: `Kepala Bagian ${bn}`,
        headJenis: 'ADMINISTRATOR',
        rank: 2,
      });
      subbagian[bn].forEach((sn, k) => {
        subUnits.push({
          key: `a${i}b${j}s${k}`,
          parent: `a${i}b${j}`,
          nama: `Subbagian ${sn}`,
          jenis: 'SUBBAGIAN',
          kepala: `Kepala Subbagian ${sn}`,
          headJenis: 'PENGAWAS',
          rank: 3 + k,
        });
      });
    });
  });
  return {
    key: 'setda',
    nama: 'Sekretariat Daerah',
    jenis: 'SEKRETARIAT_DAERAH',
    kepala: 'Sekretaris Daerah',
    headJenis: 'JPT_PRATAMA',
    profesi: 'ADMINISTRASI',
    subUnits,
    jf: [
      ['analisKebijakan', 4],
      ['perancangPerundangan', 2],
      ['analisHukum', 2],
      ['pengelolaPbj', 3],
      ['pranataHumas', 1],
      ['arsiparis', 1],
    ],
    jfWeight: 6,
  };
}

function sekretariatDprd(): OpdTemplate {
  const bagian: [string, string[]][] = [
    ['Umum dan Keuangan', ['Tata Usaha dan Kepegawaian', 'Keuangan']],
    ['Persidangan dan Perundang-undangan', ['Persidangan', 'Perundang-undangan']],
    ['Fasilitasi Penganggaran dan Pengawasan', ['Penganggaran', 'Pengawasan']],
  ];
  const subUnits: SubUnitTemplate[] = [];
  bagian.forEach(([bn, subs], i) => {
    subUnits.push({
      key: `b${i}`,
      parent: '',
      nama: `Bagian ${bn}`,
      jenis: 'BAGIAN',
      kepala: `Kepala Bagian ${bn}`,
      headJenis: 'ADMINISTRATOR',
      rank: 1,
    });
    subs.forEach((sn, j) => {
      subUnits.push({
        key: `b${i}s${j}`,
        parent: `b${i}`,
        nama: `Subbagian ${sn}`,
        jenis: 'SUBBAGIAN',
        kepala: `Kepala Subbagian ${sn}`,
        headJenis: 'PENGAWAS',
        rank: 2 + j,
      });
    });
  });
  return {
    key: 'setwan',
    nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah',
    jenis: 'SEKRETARIAT',
    kepala: 'Sekretaris DPRD',
    headJenis: 'JPT_PRATAMA',
    profesi: 'ADMINISTRASI',
    subUnits,
    jf: [
      ['analisKebijakan', 2],
      ['perancangPerundangan', 1],
      ['pranataHumas', 1],
    ],
    jfWeight: 2,
  };
}

function inspektorat(): OpdTemplate {
  const subUnits: SubUnitTemplate[] = [
    {
      key: 'sek',
      parent: '',
      nama: 'Sekretariat',
      jenis: 'SEKRETARIAT',
      kepala: 'Sekretaris',
      headJenis: 'ADMINISTRATOR',
      rank: 1,
    },
  ];
  ['I', 'II', 'III', 'IV'].forEach((r, i) => {
    subUnits.push({
      key: `ir${i}`,
      parent: '',
      nama: `Inspektur Pembantu Wilayah ${r}`,
      jenis: 'LAINNYA',
      kepala: `Inspektur Pembantu Wilayah ${r}`,
      headJenis: 'ADMINISTRATOR',
      rank: i < 2 ? 1 : 2,
    });
  });
  ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan', 'Evaluasi dan Pelaporan'].forEach((s, i) => {
    subUnits.push({
      key: `sb${i}`,
      parent: 'sek',
      nama: `Subbagian ${s}`,
      jenis: 'SUBBAGIAN',
      kepala: `Kepala Subbagian ${s}`,
      headJenis: 'PENGAWAS',
      rank: 2 + i,
    });
  });
  return {
    key: 'inspektorat',
    nama: 'Inspektorat Daerah',
    jenis: 'LAINNYA',
    kepala: 'Inspektur',
    headJenis: 'JPT_PRATAMA',
    profesi: 'EKONOMI',
    subUnits,
    jf: [
      ['auditor', 6],
      ['ppupd', 4],
    ],
    jfWeight: 8,
  };
}

/** A kecamatan: camat (Administrator), sekretaris kecamatan, subbagian, seksi and kelurahan. */
export function kecamatan(nama: string, kelurahan: string[]): OpdTemplate {
  const subUnits: SubUnitTemplate[] = [
    {
      key: 'sek',
      parent: '',
      nama: 'Sekretariat Kecamatan',
      jenis: 'SEKRETARIAT',
      kepala: 'Sekretaris Kecamatan',
      headJenis: 'ADMINISTRATOR',
      rank: 1,
    },
  ];
  [
    'Pemerintahan',
    'Ketenteraman dan Ketertiban Umum',
    'Pemberdayaan Masyarakat dan Desa',
    'Kesejahteraan Sosial',
  ].forEach((s, i) => {
    subUnits.push({
      key: `s${i}`,
      parent: '',
      nama: `Seksi ${s}`,
      jenis: 'SEKSI',
      kepala: `Kepala Seksi ${s}`,
      headJenis: 'PENGAWAS',
      rank: i < 2 ? 1 : 2,
    });
  });
  ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'].forEach((s, i) => {
    subUnits.push({
      key: `sb${i}`,
      parent: 'sek',
      nama: `Subbagian ${s}`,
      jenis: 'SUBBAGIAN',
      kepala: `Kepala Subbagian ${s}`,
      headJenis: 'PENGAWAS',
      rank: 2 + i,
    });
  });
  kelurahan.forEach((k, i) => {
    subUnits.push({
      key: `kel${i}`,
      parent: '',
      nama: `Kelurahan ${k}`,
      jenis: 'KELURAHAN',
      kepala: `Lurah ${k}`,
      headJenis: 'PENGAWAS',
      rank: 2 + i,
    });
  });
  return {
    key: `kec-${nama.toLowerCase()}`,
    nama: `Kecamatan ${nama}`,
    jenis: 'KECAMATAN',
    kepala: `Camat ${nama}`,
    headJenis: 'ADMINISTRATOR',
    profesi: 'ADMINISTRASI',
    subUnits,
    jf: [['penggerakSwadaya', 1]],
    jfWeight: 0.6,
    role: 'KECAMATAN',
  };
}

/**
 * The OPD of the template in priority order: when the budget is small the first ones are kept
 * (Setda, education, health, one kecamatan, …), so small demos still have schools, a puskesmas and
 * a kecamatan.
 */
export function opdTemplates(kecamatanCount: number): OpdTemplate[] {
  const kec = KECAMATAN.slice(0, Math.max(1, kecamatanCount));
  const kelurahanFor = (i: number) =>
    i === 0 ? KELURAHAN.slice(0, 6) : i < 3 ? KELURAHAN.slice(6 + (i - 1) * 3, 9 + (i - 1) * 3) : [];
  const kecamatanOpds = kec.map((k, i) => kecamatan(k, kelurahanFor(i)));
  const list: OpdTemplate[] = [
    sekretariatDaerah(),
    standardOpd(
      'disdik',
      'Dinas Pendidikan',
      'DINAS',
      'Kepala Dinas Pendidikan',
      'GURU',
      [
        b('Pembinaan Sekolah Dasar', 'Kurikulum dan Penilaian SD', 'Peserta Didik dan Pembangunan Karakter SD'),
        b('Pembinaan Sekolah Menengah Pertama', 'Kurikulum dan Penilaian SMP', 'Sarana dan Prasarana SMP'),
        b('Pembinaan Pendidikan Anak Usia Dini dan Nonformal', 'Kelembagaan PAUD'),
        b('Pembinaan Ketenagaan', 'Pendidik', 'Tenaga Kependidikan'),
      ],
      [],
      [
        ['pengawasSekolah', 5],
        ['penilik', 2],
        ['pamongBelajar', 2],
        ['pranataKomputer', 1],
      ],
      6,
      'PENDIDIKAN',
    ),
    standardOpd(
      'dinkes',
      'Dinas Kesehatan',
      'DINAS',
      'Kepala Dinas Kesehatan',
      'KESMAS',
      [
        b('Kesehatan Masyarakat', 'Kesehatan Keluarga dan Gizi', 'Promosi Kesehatan'),
        b('Pencegahan dan Pengendalian Penyakit', 'Surveilans dan Imunisasi', 'Penyakit Menular'),
        b('Pelayanan Kesehatan', 'Pelayanan Kesehatan Primer', 'Fasilitas Kesehatan'),
        b('Sumber Daya Kesehatan', 'Kefarmasian dan Alat Kesehatan'),
      ],
      ['UPT Laboratorium Kesehatan Daerah', 'UPT Instalasi Farmasi'],
      [
        ['epidemiolog', 2],
        ['adminKesehatan', 2],
        ['penyuluhKesehatan', 1],
      ],
      2,
      'KESEHATAN',
    ),
    ...kecamatanOpds.slice(0, 1),
    inspektorat(),
    standardOpd(
      'bkpsdm',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'BADAN',
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'SOSIAL',
      [
        b('Mutasi dan Promosi', 'Mutasi'),
        b('Pengembangan Kompetensi', 'Diklat'),
        b('Penilaian Kinerja dan Penghargaan', 'Penilaian Kinerja'),
      ],
      [],
      [
        ['analisSdm', 5],
        ['pranataSdm', 3],
        ['arsiparis', 1],
      ],
      4,
    ),
    standardOpd(
      'bappeda',
      'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
      'BADAN',
      'Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
      'EKONOMI',
      [
        b('Perencanaan Pemerintahan dan Pembangunan Manusia', 'Pemerintahan'),
        b('Perencanaan Perekonomian dan Infrastruktur', 'Infrastruktur'),
        b('Riset dan Inovasi', 'Inovasi Daerah'),
      ],
      [],
      [
        ['perencana', 6],
        ['statistisi', 1],
        ['analisKebijakan', 1],
      ],
      4,
    ),
    standardOpd(
      'bpkad',
      'Badan Pengelolaan Keuangan dan Aset Daerah',
      'BADAN',
      'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
      'EKONOMI',
      [
        b('Anggaran', 'Penyusunan Anggaran'),
        b('Perbendaharaan', 'Belanja'),
        b('Akuntansi', 'Pelaporan'),
        b('Aset', 'Pemanfaatan Aset'),
      ],
      [],
      [['analisKeuangan', 5]],
      4,
    ),
    standardOpd(
      'bapenda',
      'Badan Pendapatan Daerah',
      'BADAN',
      'Kepala Badan Pendapatan Daerah',
      'EKONOMI',
      [
        b('Pendataan dan Penetapan', 'Pendataan'),
        b('Penagihan', 'Penagihan Pajak'),
        b('Pajak Bumi dan Bangunan', 'Pelayanan PBB'),
      ],
      ['UPT Pendapatan Wilayah I', 'UPT Pendapatan Wilayah II'],
      [['analisKeuangan', 2]],
      2,
    ),
    standardOpd(
      'pupr',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'DINAS',
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
      'TEKNIK',
      [
        b('Bina Marga', 'Pembangunan Jalan', 'Pemeliharaan Jalan dan Jembatan'),
        b('Sumber Daya Air', 'Irigasi'),
        b('Penataan Ruang', 'Pemanfaatan Ruang'),
        b('Cipta Karya', 'Air Minum dan Sanitasi'),
      ],
      ['UPT Peralatan dan Perbekalan', 'UPT Pengelolaan Irigasi Wilayah Utara'],
      [
        ['teknikJalan', 4],
        ['teknikPengairan', 3],
        ['penataRuang', 2],
      ],
      5,
    ),
    standardOpd(
      'perkim',
      'Dinas Perumahan dan Kawasan Permukiman',
      'DINAS',
      'Kepala Dinas Perumahan dan Kawasan Permukiman',
      'TEKNIK',
      [
        b('Perumahan', 'Rumah Swadaya'),
        b('Kawasan Permukiman', 'Prasarana Permukiman'),
        b('Pertanahan', 'Penyelesaian Sengketa Tanah'),
      ],
      ['UPT Pemakaman Umum'],
      [['teknikTataBangunan', 3]],
      2,
    ),
    standardOpd(
      'dinsos',
      'Dinas Sosial',
      'DINAS',
      'Kepala Dinas Sosial',
      'SOSIAL',
      [
        b('Rehabilitasi Sosial', 'Rehabilitasi Penyandang Disabilitas'),
        b('Perlindungan dan Jaminan Sosial', 'Jaminan Sosial'),
        b('Pemberdayaan Sosial', 'Fakir Miskin'),
      ],
      [],
      [
        ['pekerjaSosial', 3],
        ['penyuluhSosial', 2],
      ],
      3,
    ),
    standardOpd(
      'satpolpp',
      'Satuan Polisi Pamong Praja',
      'LAINNYA',
      'Kepala Satuan Polisi Pamong Praja',
      'HUKUM',
      [
        b('Penegakan Peraturan Daerah', 'Penyidikan dan Penindakan'),
        b('Ketertiban Umum dan Ketenteraman Masyarakat', 'Operasi dan Pengendalian'),
        b('Perlindungan Masyarakat', 'Satuan Perlindungan Masyarakat'),
      ],
      [],
      [['polpp', 10]],
      7,
    ),
    standardOpd(
      'damkar',
      'Dinas Pemadam Kebakaran dan Penyelamatan',
      'DINAS',
      'Kepala Dinas Pemadam Kebakaran dan Penyelamatan',
      'TEKNIK',
      [b('Pencegahan dan Pemberdayaan Masyarakat', 'Pencegahan'), b('Operasi Pemadaman dan Penyelamatan', 'Operasi')],
      ['UPT Pos Pemadam Kebakaran Wilayah Selatan'],
      [
        ['pemadam', 8],
        ['analisKebakaran', 1],
      ],
      5,
    ),
    ...kecamatanOpds.slice(1, 2),
    standardOpd(
      'pertanian',
      'Dinas Pertanian dan Ketahanan Pangan',
      'DINAS',
      'Kepala Dinas Pertanian dan Ketahanan Pangan',
      'PERTANIAN',
      [
        b('Tanaman Pangan dan Hortikultura', 'Produksi Tanaman Pangan', 'Hortikultura'),
        b('Penyuluhan', 'Kelembagaan Penyuluhan'),
        b('Ketahanan Pangan', 'Ketersediaan dan Distribusi Pangan'),
        b('Peternakan dan Kesehatan Hewan', 'Kesehatan Hewan'),
      ],
      [
        'UPT Balai Penyuluhan Pertanian Wilayah I',
        'UPT Balai Penyuluhan Pertanian Wilayah II',
        'UPT Pusat Kesehatan Hewan',
      ],
      [
        ['penyuluhPertanian', 10],
        ['medikVeteriner', 1],
        ['paramedikVeteriner', 2],
        ['analisKetahananPangan', 1],
        ['pengawasMutuPertanian', 1],
      ],
      9,
    ),
    standardOpd(
      'perikanan',
      'Dinas Perikanan',
      'DINAS',
      'Kepala Dinas Perikanan',
      'PERTANIAN',
      [b('Perikanan Budidaya', 'Produksi Budidaya'), b('Perikanan Tangkap dan Pengolahan', 'Pengolahan dan Pemasaran')],
      ['UPT Balai Benih Ikan'],
      [['penyuluhPerikanan', 3]],
      2,
    ),
    standardOpd(
      'dlh',
      'Dinas Lingkungan Hidup',
      'DINAS',
      'Kepala Dinas Lingkungan Hidup',
      'TEKNIK',
      [
        b('Tata Lingkungan', 'Kajian Dampak Lingkungan'),
        b('Pengelolaan Sampah', 'Penanganan Sampah'),
        b('Pengendalian Pencemaran', 'Pengaduan dan Penegakan Hukum Lingkungan'),
      ],
      ['UPT Tempat Pemrosesan Akhir Sampah'],
      [
        ['pengendaliDampak', 3],
        ['pengawasLh', 2],
      ],
      3,
    ),
    standardOpd(
      'dukcapil',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'DINAS',
      'Kepala Dinas Kependudukan dan Pencatatan Sipil',
      'KOMPUTER',
      [
        b('Pelayanan Pendaftaran Penduduk', 'Identitas Penduduk'),
        b('Pelayanan Pencatatan Sipil', 'Kelahiran dan Kematian'),
        b('Pengelolaan Informasi Administrasi Kependudukan', 'Sistem Informasi'),
      ],
      [],
      [['adminDukcapil', 4]],
      3,
    ),
    standardOpd(
      'p3ap2kb',
      'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
      'DINAS',
      'Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
      'KESMAS',
      [
        b('Keluarga Berencana', 'Penyuluhan dan Penggerakan'),
        b('Pemberdayaan Perempuan', 'Kualitas Hidup Perempuan'),
        b('Perlindungan Anak', 'Pemenuhan Hak Anak'),
      ],
      ['UPT Perlindungan Perempuan dan Anak'],
      [['penyuluhKb', 6]],
      5,
    ),
    standardOpd(
      'dishub',
      'Dinas Perhubungan',
      'DINAS',
      'Kepala Dinas Perhubungan',
      'TEKNIK',
      [b('Lalu Lintas dan Angkutan', 'Manajemen Rekayasa Lalu Lintas'), b('Sarana dan Prasarana', 'Perparkiran')],
      ['UPT Pengujian Kendaraan Bermotor', 'UPT Terminal Tipe C'],
      [['pengujiKendaraan', 3]],
      3,
    ),
    standardOpd(
      'kominfo',
      'Dinas Komunikasi dan Informatika',
      'DINAS',
      'Kepala Dinas Komunikasi dan Informatika',
      'KOMPUTER',
      [
        b('Informasi dan Komunikasi Publik', 'Pengelolaan Informasi Publik'),
        b('Aplikasi Informatika', 'Layanan Aplikasi'),
        b('Statistik dan Persandian', 'Statistik Sektoral'),
      ],
      [],
      [
        ['pranataKomputer', 4],
        ['pranataHumas', 2],
        ['statistisi', 1],
      ],
      3,
    ),
    ...kecamatanOpds.slice(2, 4),
    standardOpd(
      'dpmptsp',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'DINAS',
      'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'HUKUM',
      [b('Pelayanan Perizinan', 'Perizinan Berusaha'), b('Penanaman Modal', 'Promosi Penanaman Modal')],
      [],
      [['penataPerizinan', 3]],
      2,
    ),
    standardOpd(
      'diskopukm',
      'Dinas Koperasi, Usaha Kecil dan Menengah',
      'DINAS',
      'Kepala Dinas Koperasi, Usaha Kecil dan Menengah',
      'EKONOMI',
      [b('Koperasi', 'Pengawasan Koperasi'), b('Usaha Mikro', 'Pemberdayaan Usaha Mikro')],
      [],
      [['pengawasKoperasi', 2]],
      1,
    ),
    standardOpd(
      'disdag',
      'Dinas Perdagangan dan Perindustrian',
      'DINAS',
      'Kepala Dinas Perdagangan dan Perindustrian',
      'EKONOMI',
      [
        b('Perdagangan', 'Pengembangan Pasar'),
        b('Perindustrian', 'Industri Kecil dan Menengah'),
        b('Metrologi Legal', 'Tera dan Tera Ulang'),
      ],
      ['UPT Pengelolaan Pasar Wilayah I', 'UPT Metrologi Legal'],
      [
        ['penera', 2],
        ['analisPerdagangan', 1],
      ],
      2,
    ),
    standardOpd(
      'disnaker',
      'Dinas Tenaga Kerja',
      'DINAS',
      'Kepala Dinas Tenaga Kerja',
      'HUKUM',
      [b('Penempatan dan Pelatihan Kerja', 'Pelatihan Kerja'), b('Hubungan Industrial', 'Persyaratan Kerja')],
      ['UPT Balai Latihan Kerja'],
      [
        ['mediatorHi', 2],
        ['instruktur', 2],
      ],
      2,
    ),
    standardOpd(
      'disparpora',
      'Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga',
      'DINAS',
      'Kepala Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga',
      'SOSIAL',
      [
        b('Pariwisata', 'Destinasi Pariwisata'),
        b('Kebudayaan', 'Cagar Budaya'),
        b('Kepemudaan dan Olahraga', 'Pembinaan Olahraga'),
      ],
      ['UPT Gelanggang Olahraga'],
      [['adyatama', 2]],
      1,
    ),
    standardOpd(
      'dpmd',
      'Dinas Pemberdayaan Masyarakat dan Desa',
      'DINAS',
      'Kepala Dinas Pemberdayaan Masyarakat dan Desa',
      'SOSIAL',
      [
        b('Pemerintahan Desa', 'Administrasi Pemerintahan Desa'),
        b('Pemberdayaan Masyarakat', 'Kelembagaan Masyarakat'),
      ],
      [],
      [['penggerakSwadaya', 3]],
      2,
    ),
    standardOpd(
      'arsip',
      'Dinas Perpustakaan dan Kearsipan',
      'DINAS',
      'Kepala Dinas Perpustakaan dan Kearsipan',
      'ADMINISTRASI',
      [b('Perpustakaan', 'Layanan Perpustakaan'), b('Kearsipan', 'Pengelolaan Arsip')],
      [],
      [
        ['pustakawan', 3],
        ['arsiparis', 3],
      ],
      2,
    ),
    standardOpd(
      'bpbd',
      'Badan Penanggulangan Bencana Daerah',
      'BADAN',
      'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
      'TEKNIK',
      [
        b('Pencegahan dan Kesiapsiagaan', 'Kesiapsiagaan'),
        b('Kedaruratan dan Logistik', 'Logistik'),
        b('Rehabilitasi dan Rekonstruksi', 'Rekonstruksi'),
      ],
      [],
      [['analisBencana', 3]],
      2,
    ),
    standardOpd(
      'kesbangpol',
      'Badan Kesatuan Bangsa dan Politik',
      'BADAN',
      'Kepala Badan Kesatuan Bangsa dan Politik',
      'SOSIAL',
      [
        b('Ideologi dan Wawasan Kebangsaan', 'Wawasan Kebangsaan'),
        b('Politik Dalam Negeri dan Organisasi Kemasyarakatan', 'Organisasi Kemasyarakatan'),
      ],
      [],
      [['analisKebijakan', 2]],
      1,
    ),
    sekretariatDprd(),
    ...kecamatanOpds.slice(4),
  ];
  return list;
}
