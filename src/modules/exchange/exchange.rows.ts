/**
 * The columns an import writes to units, positions and people, and each planned row's values in
 * that order: shared by the one-transaction write (exchange.repository.ts) and PGlite's chunked
 * write of new rows (exchange.chunked-write.ts), so the two cannot drift apart.
 */
import type { BulkColumn } from '../../db/bulk.ts';
import type { ImportPlan } from './exchange.validate.ts';

export const UNIT_COLS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'parent_id', type: 'uuid' },
  { name: 'kode', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'jenis', type: 'text' },
  { name: 'kepala_jabatan_id', type: 'uuid' },
  { name: 'path', type: 'text' },
  { name: 'depth', type: 'int4' },
];
export const JABATAN_COLS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'unit_id', type: 'uuid' },
  { name: 'kode', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'jenis', type: 'text' },
  { name: 'jenjang', type: 'text' },
  { name: 'atasan_jabatan_id', type: 'uuid' },
  { name: 'kelas', type: 'int4' },
];
export const PEGAWAI_COLS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'nip', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'gelar_depan', type: 'text' },
  { name: 'gelar_belakang', type: 'text' },
  { name: 'jenis_asn', type: 'text' },
  { name: 'golongan', type: 'text' },
  { name: 'tanggal_lahir', type: 'date' },
  { name: 'jenis_kelamin', type: 'text' },
  { name: 'email', type: 'text' },
  { name: 'telepon', type: 'text' },
];

export const unitValues = (u: ImportPlan['units'][number]) => [
  u.id,
  u.parentId,
  u.kode,
  u.nama,
  u.jenis,
  u.kepalaJabatanId,
  u.path,
  u.depth,
];

export const jabatanValues = (j: ImportPlan['jabatan'][number]) => [
  j.id,
  j.unitId,
  j.kode,
  j.nama,
  j.jenis,
  j.jenjang,
  j.atasanJabatanId,
  j.kelas,
];

export const pegawaiValues = (p: ImportPlan['pegawai'][number]) => [
  p.id,
  p.nip,
  p.nama,
  p.gelarDepan,
  p.gelarBelakang,
  p.jenisAsn,
  p.golongan,
  p.tanggalLahir,
  p.jenisKelamin,
  p.email,
  p.telepon,
];
