/**
 * Input and output of the import validation: the existing data the caller loads for the instansi
 * (Existing*) and the write plan it applies in one transaction (ImportPlan). Separate from the
 * validator so the repository can name them without importing the rules.
 */
import type { ImportError, ImportWarning } from './exchange.errors.ts';
import type { Entity } from './exchange.format.ts';

export interface ExistingUnit {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  parentId: string | null;
  kepalaJabatanId: string | null;
  /** Stored materialised path; optional (recomputed and compared when present). */
  path?: string;
  depth?: number;
}

export interface ExistingJabatan {
  id: string;
  kode: string;
  unitId: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  atasanJabatanId: string | null;
  kelas: number | null;
}

export interface PegawaiFields {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: 'PNS' | 'PPPK';
  golongan: string | null;
  tanggalLahir: string | null;
  jenisKelamin: 'L' | 'P' | null;
  email: string | null;
  telepon: string | null;
}

export interface ExistingPegawai extends PegawaiFields {
  id: string;
  nip: string;
  /** Current definitive placement. */
  current: { id: string; jabatanId: string; mulai: string } | null;
  /** Latest end date of a closed definitive placement. */
  lastSelesai: string | null;
}

export interface Existing {
  units: ExistingUnit[];
  jabatan: ExistingJabatan[];
  pegawai: Map<string, ExistingPegawai>;
}

export interface UnitWrite {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  parentId: string | null;
  kepalaJabatanId: string | null;
  /** Materialised path "/root/…/self/" and depth after the import. */
  path: string;
  depth: number;
  isNew: boolean;
}

export interface JabatanWrite {
  id: string;
  kode: string;
  unitId: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  atasanJabatanId: string | null;
  kelas: number | null;
  isNew: boolean;
}

export interface PegawaiWrite extends PegawaiFields {
  id: string;
  nip: string;
  isNew: boolean;
}

export interface EntityCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPlan {
  units: UnitWrite[];
  jabatan: JabatanWrite[];
  pegawai: PegawaiWrite[];
  closePlacements: { id: string; pegawaiId: string; selesai: string }[];
  openPlacements: { id: string; pegawaiId: string; jabatanId: string; mulai: string }[];
  /** Before/after of the changed fields of updated pegawai (for the audit trail). */
  pegawaiChanges: { id: string; nip: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
  counts: Record<Entity, EntityCounts> & { penempatan: { opened: number; closed: number } };
}

export interface ValidationResult {
  errors: ImportError[];
  warnings: ImportWarning[];
  plan: ImportPlan | null;
}

export interface ValidateOptions {
  /** Import date 'YYYY-MM-DD' (TMT default and the NIP future check). */
  today: string;
  newId?: () => string;
}
