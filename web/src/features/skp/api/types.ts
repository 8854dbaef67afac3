/**
 * Types of the SKP planning API (docs/skp-api-contract.md). Written by hand from the shared
 * contract so the UI could be built while the server was; field names follow the contract.
 */
export type SkpStatus = 'DRAFT' | 'DIAJUKAN' | 'DIKEMBALIKAN' | 'DITETAPKAN' | 'DITUTUP';
export const SKP_STATUSES: readonly SkpStatus[] = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN', 'DITUTUP'];
export type SkpAksi = 'ubahIsi' | 'ajukan' | 'kembalikan' | 'tetapkan' | 'ubah' | 'tutup';
export type Pendekatan = 'KUANTITATIF' | 'KUALITATIF';
export type JenisForm = 'JPT' | 'JA_JF';
export type JenisRhk = 'UTAMA' | 'TAMBAHAN';
export type SumberRhk = 'PK' | 'PENUGASAN' | 'INTERVENSI' | 'JF' | 'TIM_KERJA';
export type Cascading = 'LANGSUNG' | 'TIDAK_LANGSUNG';
export type Perspektif = 'PENERIMA_LAYANAN' | 'PROSES_BISNIS' | 'PENGUATAN_INTERNAL' | 'ANGGARAN';
export const PERSPEKTIF: readonly Perspektif[] = [
  'PENERIMA_LAYANAN',
  'PROSES_BISNIS',
  'PENGUATAN_INTERNAL',
  'ANGGARAN',
];
export type Aspek = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
export const ASPEK: readonly Aspek[] = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'];
export type PeranSkp = 'PEMILIK' | 'PENILAI' | 'ATASAN_PENILAI' | 'ADMIN';
/** Header parts of an SKP written by PATCH (server rule table domain/skp/isi-akses.ts). */
export type BagianIsi = 'pendekatan' | 'perilaku' | 'lampiran';

/** A numeric target may come back as a string (PostgreSQL numeric). */
export type Angka = number | string | null;

export interface Iki {
  id?: string;
  urutan?: number;
  aspek: Aspek;
  indikator: string;
  targetNilai: Angka;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface PkIndikator {
  id: string;
  urutan?: number;
  indikator: string;
  targetNilai: Angka;
  satuan: string | null;
  targetTeks: string | null;
  sasaran?: string | null;
}

export interface RhkParent {
  id: string;
  teks: string;
  skpId: string;
  pegawaiNama: string | null;
  skpStatus: SkpStatus | null;
}

export interface Rhk {
  id: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  sumber: SumberRhk;
  parentRhkId: string | null;
  parent: RhkParent | null;
  pkIndikatorId: string | null;
  pkIndikator: PkIndikator | null;
  cascading: Cascading | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  perluTinjau: boolean;
  catatan: string | null;
  iki: Iki[];
}

export interface Perilaku {
  kode: string;
  nama: string;
  panduan: string[];
  ekspektasiKhusus: string | null;
}

export interface Lampiran {
  dukunganSumberDaya: string[];
  skemaPertanggungjawaban: string[];
  konsekuensi: string[];
}
export const LAMPIRAN_KEYS: readonly (keyof Lampiran)[] = [
  'dukunganSumberDaya',
  'skemaPertanggungjawaban',
  'konsekuensi',
];

export interface Orang {
  pegawaiId?: string | null;
  id?: string | null;
  nama: string;
  nip?: string | null;
  golongan?: string | null;
  jabatanNama?: string | null;
}

export interface SkpSnapshot {
  pegawai: { id: string; nama: string; nip: string; golongan: string | null };
  jabatan: { id: string | null; nama: string; jenis: string | null } | null;
  unit: { id: string | null; nama: string } | null;
  penilai: Orang | null;
  atasanPenilai: Orang | null;
}

export interface SkpDetail {
  id: string;
  status: SkpStatus;
  revisi: number;
  version: number;
  jenisForm: JenisForm;
  pendekatan: Pendekatan;
  mulai: string;
  selesai: string;
  tahun: number;
  snapshot: SkpSnapshot;
  rhk: Rhk[];
  perilaku: Perilaku[];
  lampiran: Lampiran;
  catatanPenilai: string | null;
  perluTinjau: boolean;
  ditandatanganiAt: string | null;
  ditetapkanAt: string | null;
  ditetapkanOlehNama: string | null;
  aksi: SkpAksi[];
  /** The header parts the caller may write now, as the server decides. */
  bagianDapatDiubah: BagianIsi[];
  peranSaya: PeranSkp[];
  versi: { revisi: number; ditetapkanAt: string }[];
}

/** The content of an SKP as frozen when it was set (GET /skp/:skpId/versi/:revisi). */
export type SkpIsi = Omit<SkpDetail, 'version' | 'aksi' | 'bagianDapatDiubah' | 'peranSaya' | 'versi'> & {
  pegawaiId: string;
};

export interface SkpVersi {
  revisi: number;
  ditetapkanAt: string;
  isi: SkpIsi;
}

export interface SkpListItem {
  id: string;
  pegawaiId: string;
  tahun: number;
  mulai: string;
  selesai: string;
  status: SkpStatus;
  revisi: number;
  version: number;
  jenisForm: JenisForm;
  pendekatan: Pendekatan;
  perluTinjau: boolean;
  jabatanNama: string;
  unitNama: string;
  penilaiNama: string | null;
  jumlahRhk: number;
}

/** An SKP as SKP Bawahan lists it (the API sends only what the page shows). */
export interface SkpBawahanItem {
  id: string;
  pegawaiId: string;
  status: SkpStatus;
  version: number;
  jabatanNama: string;
  jumlahRhk: number;
}

export interface BawahanItem {
  pegawai: { id: string; nama: string; nip: string; jabatanNama?: string | null };
  skp: SkpBawahanItem | null;
}

export interface RhkInput {
  jenis: JenisRhk;
  teks: string;
  sumber: SumberRhk;
  parentRhkId?: string | null;
  pkIndikatorId?: string | null;
  cascading?: Cascading | null;
  perspektif?: Perspektif | null;
  penugasanDari?: string | null;
  iki: Omit<Iki, 'id' | 'urutan'>[];
}

export interface RhkAtasanItem {
  id: string;
  teks: string;
  jenis: JenisRhk;
  iki: Iki[];
  skpStatus: SkpStatus | null;
}

export interface RhkAtasan {
  penilai: Orang | null;
  skpAtasan: { id: string; status: SkpStatus } | null;
  rhk: RhkAtasanItem[];
  pkIndikator: PkIndikator[];
}

export interface Perubahan {
  jenis: 'TAMBAH' | 'HAPUS' | 'UBAH';
  bagian: 'rhk' | 'iki' | 'perilaku' | 'lampiran';
  label: string;
  field?: string | null;
  sebelum: string | null;
  sesudah: string | null;
}

export interface MatriksPeranHasil {
  rhk: { id: string; teks: string }[];
  bawahan: {
    pegawaiId: string;
    nama: string;
    jabatanNama: string | null;
    skpId: string | null;
    skpStatus: SkpStatus | null;
  }[];
  sel: { rhkId: string; pegawaiId: string; childRhkId: string | null; cascading: Cascading | null }[];
}

export interface MphResult {
  dibuat: number;
  skpDibuat: number;
  dilewati: { rhkId: string; pegawaiId: string; alasan: string }[];
}

export interface TetapkanMassalResult {
  berhasil: string[];
  gagal: { skpId: string; code: string; message: string }[];
}

export interface Notifikasi {
  id: string;
  jenis: string;
  judul: string;
  isi: string;
  tautan: string | null;
  dibacaAt: string | null;
  createdAt: string;
}
