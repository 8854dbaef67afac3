/**
 * Enumerations of the API for form selects, checked against the server's schema types (type-only
 * import: the server's zod schemas are not bundled).
 */
import type {
  JENIS_JABATAN as SERVER_JENIS_JABATAN,
  JENIS_UNIT as SERVER_JENIS_UNIT,
  JENJANG as SERVER_JENJANG,
} from '../../../src/modules/org/org.schema.ts';

export type JenisUnit = (typeof SERVER_JENIS_UNIT)[number];
export type JenisJabatan = (typeof SERVER_JENIS_JABATAN)[number];
export type Jenjang = (typeof SERVER_JENJANG)[number];

export const JENIS_UNIT = [
  'PEMDA',
  'KEMENTERIAN',
  'LEMBAGA',
  'SEKRETARIAT_DAERAH',
  'SEKRETARIAT',
  'DINAS',
  'BADAN',
  'INSPEKTORAT',
  'BAGIAN',
  'BIDANG',
  'SUBBAGIAN',
  'SEKSI',
  'UPT',
  'SEKOLAH',
  'PUSKESMAS',
  'RUMAH_SAKIT',
  'KECAMATAN',
  'KELURAHAN',
  'DIREKTORAT',
  'LAINNYA',
] as const satisfies readonly JenisUnit[];
export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const satisfies readonly JenisJabatan[];
export const JENJANG = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const satisfies readonly Jenjang[];

// Compile-time completeness: adding a value on the server without adding it here fails the type check.
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const ENUMS_COMPLETE: [
  Complete<JenisUnit, (typeof JENIS_UNIT)[number]>,
  Complete<JenisJabatan, (typeof JENIS_JABATAN)[number]>,
  Complete<Jenjang, (typeof JENJANG)[number]>,
] = [true, true, true];
