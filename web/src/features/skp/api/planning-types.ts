/** Types of the planning views: periods, Perjanjian Kinerja, pohon kinerja, monitoring pengisian. */
import type { Angka } from './types.ts';

export type JenisEvaluasi = 'BULANAN' | 'TRIWULANAN';

export interface SubPeriode {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
}

export interface PeriodeKinerja {
  id: string;
  tahun: number;
  jenisEvaluasi: JenisEvaluasi;
  batasPenetapanSkp: string;
  periode: SubPeriode[];
  status: string;
  version: number;
}

export interface PkIndikatorRow {
  id?: string;
  urutan?: number;
  indikator: string;
  targetNilai: Angka;
  satuan: string | null;
  targetTeks: string | null;
}

export interface PkSasaranRow {
  id?: string;
  urutan?: number;
  sasaran: string;
  indikator: PkIndikatorRow[];
}

export interface PerjanjianKinerja {
  id: string;
  unitId: string;
  tahun: number;
  status: 'DRAFT' | 'DITETAPKAN' | string;
  version: number;
  sasaran: PkSasaranRow[];
}

export type PohonFlag = 'RHK_YATIM' | 'INDIKATOR_TANPA_RHK' | 'PEGAWAI_TANPA_SKP_DITETAPKAN';

/** A node of GET /pohon-kinerja (pre-ordered, parents first). */
export interface PohonServerNode {
  id: string;
  parentId: string | null;
  jenis: 'UNIT' | 'SASARAN' | 'INDIKATOR' | 'RHK' | 'RHK_LUAR';
  label: string;
  depth: number;
  anak: number;
  jumlahRhk: number;
  jumlahPegawai: number;
  jumlahMasalah: number;
  flags: PohonFlag[];
  unit?: {
    unitJenis: string;
    pegawai: number;
    ditetapkan: number;
    belumDitetapkan: { pegawaiId: string; skpStatus: string | null }[];
  };
  pk?: { status: string };
  indikator?: { target: string | null };
  rhk?: {
    skpId: string;
    skpStatus: string;
    pegawaiId: string;
    rhkJenis: string;
    sumber: string | null;
    jenisForm: string | null;
    jumlahIki: number;
  };
}

export interface PohonKinerja {
  tahun: number;
  tanggalAcuan: string;
  unit: { id: string; nama: string; jenis: string; parentId: string | null };
  nodes: PohonServerNode[];
  pegawai: {
    id: string;
    nama: string;
    nip: string | null;
    jabatanNama: string | null;
    unitId: string | null;
    skpStatus: string | null;
  }[];
  ringkasan: Record<string, number>;
}

export interface MonitoringCounts {
  belumMulai: number;
  draft: number;
  diajukan: number;
  dikembalikan: number;
  ditetapkan: number;
  total: number;
}

export interface MonitoringRow extends MonitoringCounts {
  unitId: string;
  nama: string;
  jenis: string;
  /** The row of people placed directly in the selected unit (not a sub-unit). */
  langsung: boolean;
  adaSubunit: boolean;
}

export interface Monitoring {
  tahun: number;
  tanggalAcuan: string;
  cakupan: {
    jenis: 'UNIT' | 'BAWAHAN';
    unit: { id: string; nama: string; jenis: string; parentId: string | null } | null;
    /** The caller may start the bulk SKP zip for this unit and every unit below it. */
    canUnduhMassal: boolean;
  };
  baris: MonitoringRow[];
  jumlah: MonitoringCounts;
}

export type MonitoringStatus = 'BELUM_MULAI' | 'DRAFT' | 'DIAJUKAN' | 'DIKEMBALIKAN' | 'DITETAPKAN';

export interface MonitoringPegawai {
  pegawaiId: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  status: MonitoringStatus;
  skpId: string | null;
  penilaiNama: string | null;
  diajukanAt: string | null;
  ditetapkanAt: string | null;
}

export interface MonitoringPegawaiPage {
  total: number;
  page: number;
  pageSize: number;
  items: MonitoringPegawai[];
}
