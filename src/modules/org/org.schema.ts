/** Zod request/response schemas of the organisation module. */
import { z } from 'zod';
import { JENIS_INSTANSI } from '../../domain/instansi.ts';
import { zInt4Coerced, zVersion } from '../../http/schema.ts';
import { SCHEMA_MESSAGES } from '../../http/schema-messages.ts';

export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export const JENJANG = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
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
] as const;

export const ZIdParams = z.object({ instansiId: z.uuid() });
export const ZUnitParams = z.object({ instansiId: z.uuid(), unitId: z.uuid() });
export const ZJabatanParams = z.object({ instansiId: z.uuid(), jabatanId: z.uuid() });
export const ZPegawaiParams = z.object({ instansiId: z.uuid(), pegawaiId: z.uuid() });
export const ZTanggalQuery = z.object({ tanggal: z.iso.date().optional().describe('YYYY-MM-DD; default today') });

export const ZInstansi = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  jabatanPimpinan: z.string(),
  namaPimpinan: z.string().nullable(),
  isDemo: z.boolean(),
  /** Optimistic-concurrency version (also bumped by every organisation write of the tenant). */
  version: z.number(),
});

/** Kinds of government an instansi is (src/domain/instansi.ts); the head's title defaults from it. */
export { JENIS_INSTANSI } from '../../domain/instansi.ts';

const pimpinan = z.string().trim().min(2).max(120);
export const ZCreateInstansi = z.object({
  kode: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .describe(
      'Unique, permanent code (letters, digits, . _ -) used by the CLI (--instansi) and in exports, e.g. KAB-SUKAMAJU',
    ),
  nama: z.string().trim().min(3).max(200),
  jenis: z.enum(JENIS_INSTANSI),
  jabatanPimpinan: pimpinan.optional().describe('Bupati, Wali Kota, Gubernur, Menteri …; default from jenis'),
  namaPimpinan: z.string().trim().max(200).nullish(),
});

export const ZUpdateInstansi = z.object({
  version: zVersion(0),
  nama: z.string().trim().min(3).max(200).optional(),
  jenis: z.enum(JENIS_INSTANSI).optional(),
  jabatanPimpinan: pimpinan.optional(),
  namaPimpinan: z.string().trim().max(200).nullish(),
});

export const ZUnitNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  depth: z.number(),
  version: z.number(),
  kepalaJabatanId: z.string().nullable(),
  kepalaJabatanNama: z.string().nullable(),
  kepalaJabatanJenis: z.string().nullable(),
  kepalaPegawaiId: z.string().nullable(),
  kepalaNama: z.string().nullable(),
  kepalaVia: z.string().nullable(),
  jumlahPegawai: z.number(),
});

export const ZUnitTreeQuery = z.object({
  parentId: z.uuid().optional().describe('the children of this unit; without it the top two levels'),
  q: z.string().trim().max(100).optional().describe('units whose name, code, head or head position contain every word'),
  dalam: z
    .uuid()
    .optional()
    .describe('only this unit and the units below it: with q, matches inside it; without, the unit and its children'),
  id: z.uuid().optional().describe('this one unit with its ancestors (a picker showing the unit it holds)'),
  tanggal: z.iso.date().optional().describe('YYYY-MM-DD; default today'),
});

export const ZUnitTreeLevel = z.object({
  items: z.array(ZUnitNode.extend({ jumlahSubunit: z.number() })),
  cocok: z.array(z.string()),
  terpotong: z.boolean(),
  totalUnit: z.number(),
  totalPegawai: z.number(),
});

export const ZCreateUnit = z.object({
  kode: z.string().trim().min(1).max(60),
  nama: z.string().trim().min(2).max(200),
  jenis: z.enum(JENIS_UNIT),
  parentId: z.uuid().nullable(),
  aktifMulai: z.iso.date().nullish(),
});
export const ZUpdateUnit = z.object({
  version: zVersion(0),
  kode: z.string().trim().min(1).max(60).optional(),
  nama: z.string().trim().min(2).max(200).optional(),
  jenis: z.enum(JENIS_UNIT).optional(),
  parentId: z.uuid().nullable().optional(),
  kepalaJabatanId: z.uuid().nullable().optional(),
  aktifSampai: z.iso.date().nullish(),
});

export const ZHolder = z.object({
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  jenis: z.string(),
  mulai: z.string(),
  selesai: z.string().nullable(),
});

export const ZJabatanInUnit = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  jenjang: z.string().nullable(),
  kelas: z.number().nullable(),
  version: z.number(),
  atasanJabatanId: z.string().nullable(),
  isKepala: z.boolean(),
  pemegang: z.array(ZHolder),
});

export const ZUnitDetail = z.object({
  unit: z.object({
    id: z.string(),
    parentId: z.string().nullable(),
    kode: z.string(),
    nama: z.string(),
    jenis: z.string(),
    version: z.number(),
    kepalaJabatanId: z.string().nullable(),
    aktifMulai: z.string().nullable(),
    aktifSampai: z.string().nullable(),
  }),
  breadcrumb: z.array(z.object({ id: z.string(), nama: z.string() })),
  children: z.array(z.object({ id: z.string(), nama: z.string(), kode: z.string(), jenis: z.string() })),
  jabatan: z.array(ZJabatanInUnit),
  canEdit: z.boolean(),
});

export const ZCreateJabatan = z
  .object({
    kode: z.string().trim().min(1).max(60),
    nama: z.string().trim().min(2).max(200),
    jenis: z.enum(JENIS_JABATAN),
    jenjang: z.enum(JENJANG).nullish(),
    unitId: z.uuid(),
    atasanJabatanId: z.uuid().nullish(),
    kelas: z.number().int().min(1).max(17).nullish(),
    isKepala: z.boolean().optional(),
  })
  .refine((v) => (v.jenis === 'FUNGSIONAL') === !!v.jenjang, {
    message:
      'Jenjang wajib untuk jabatan fungsional dan hanya untuk fungsional / jenjang is required for (and only for) FUNGSIONAL',
    path: ['jenjang'],
  });
export const ZUpdateJabatan = z.object({
  version: zVersion(0),
  kode: z.string().trim().min(1).max(60).optional(),
  nama: z.string().trim().min(2).max(200).optional(),
  jenis: z.enum(JENIS_JABATAN).optional(),
  jenjang: z.enum(JENJANG).nullish(),
  unitId: z.uuid().optional(),
  atasanJabatanId: z.uuid().nullish(),
  kelas: z.number().int().min(1).max(17).nullish(),
  aktifSampai: z.iso.date().nullish(),
});
export const ZJabatan = z.object({
  id: z.string(),
  unitId: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  jenjang: z.string().nullable(),
  atasanJabatanId: z.string().nullable(),
  kelas: z.number().nullable(),
  version: z.number(),
});

export const ZPegawaiListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  includeSubunits: z.coerce.boolean().optional(),
  jenisAsn: z.enum(['PNS', 'PPPK']).optional(),
  jenisJabatan: z.enum(JENIS_JABATAN).optional(),
  scope: z.enum(['semua', 'bawahan']).optional(),
  tanggal: z.iso.date().optional(),
  page: zInt4Coerced(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZPegawaiListItem = z.object({
  id: z.string(),
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jenisAsn: z.string(),
  golongan: z.string().nullable(),
  status: z.string(),
  jabatanId: z.string().nullable(),
  jabatanNama: z.string().nullable(),
  jenisJabatan: z.string().nullable(),
  jenjang: z.string().nullable(),
  unitId: z.string().nullable(),
  unitNama: z.string().nullable(),
});
export const ZPegawaiPage = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(ZPegawaiListItem),
});

const ZNip = z
  .string()
  .trim()
  .regex(/^[\d\s.]+$/, SCHEMA_MESSAGES.nipDigits.en);
export const ZCreatePegawai = z.object({
  nip: ZNip,
  nama: z.string().trim().min(2).max(200),
  gelarDepan: z.string().trim().max(50).nullish(),
  gelarBelakang: z.string().trim().max(80).nullish(),
  jenisAsn: z.enum(['PNS', 'PPPK']),
  golongan: z.string().trim().max(10).nullish(),
  email: z.email().nullish(),
  telepon: z.string().trim().max(30).nullish(),
  jabatanId: z.uuid().nullish(),
  tmtJabatan: z.iso.date().nullish(),
});
export const ZUpdatePegawai = z.object({
  version: zVersion(0),
  /** A corrected NIP (checked like a new one, for the pegawai's own jenis ASN). */
  nip: ZNip.optional(),
  nama: z.string().trim().min(2).max(200).optional(),
  gelarDepan: z.string().trim().max(50).nullish(),
  gelarBelakang: z.string().trim().max(80).nullish(),
  golongan: z.string().trim().max(10).nullish(),
  email: z.email().nullish(),
  telepon: z.string().trim().max(30).nullish(),
  status: z.enum(['AKTIF', 'NONAKTIF']).optional(),
});

const ZPenilai = z.union([
  z.object({
    kind: z.literal('PEGAWAI'),
    pegawaiId: z.string(),
    nama: z.string(),
    nip: z.string(),
    jabatanId: z.string().nullable(),
    jabatanNama: z.string().nullable(),
    via: z.string(),
  }),
  z.object({ kind: z.literal('PIMPINAN_INSTANSI'), jabatan: z.string(), nama: z.string().nullable().optional() }),
]);
const ZBilingualItem = z.object({ code: z.string(), id: z.string(), en: z.string() });
export const ZPenilaiExplanation = z.object({
  tanggal: z.string(),
  pegawaiId: z.string(),
  jabatanId: z.string().nullable(),
  penilai: ZPenilai.nullable(),
  atasanPenilai: ZPenilai.nullable(),
  alasan: z.array(ZBilingualItem),
  masalah: z.array(ZBilingualItem),
  aturan: z.string(),
});

export const ZPlacement = z.object({
  id: z.string(),
  jenis: z.string(),
  mulai: z.string(),
  selesai: z.string().nullable(),
  nomorSk: z.string().nullable(),
  jabatanId: z.string(),
  jabatanNama: z.string(),
  jenisJabatan: z.string(),
  jenjang: z.string().nullable(),
  unitId: z.string(),
  unitNama: z.string(),
});

export const ZPegawaiDetail = z.object({
  pegawai: z.object({
    id: z.string(),
    nip: z.string(),
    nama: z.string(),
    gelarDepan: z.string().nullable(),
    gelarBelakang: z.string().nullable(),
    jenisAsn: z.string(),
    golongan: z.string().nullable(),
    tanggalLahir: z.string().nullable(),
    jenisKelamin: z.string().nullable(),
    email: z.string().nullable(),
    telepon: z.string().nullable(),
    status: z.string(),
    version: z.number(),
  }),
  riwayat: z.array(ZPlacement),
  penilai: ZPenilaiExplanation,
  overrides: z.array(
    z.object({
      id: z.string(),
      penilaiPegawaiId: z.string(),
      penilaiNama: z.string(),
      mulai: z.string(),
      selesai: z.string().nullable(),
      alasan: z.string(),
    }),
  ),
  canEdit: z.boolean(),
});

export const ZCreatePlacement = z.object({
  jabatanId: z.uuid(),
  jenis: z.enum(['DEFINITIF', 'PLT', 'PLH']),
  mulai: z.iso.date(),
  selesai: z.iso.date().nullish(),
  nomorSk: z.string().trim().max(100).nullish(),
});
export const ZEndPlacement = z.object({ selesai: z.iso.date() });
export const ZCreateOverride = z.object({
  penilaiPegawaiId: z.uuid(),
  mulai: z.iso.date(),
  selesai: z.iso.date().nullish(),
  alasan: z.string().trim().min(3).max(300),
});

export const ZProblem = z.object({
  code: z.string(),
  id: z.string(),
  en: z.string(),
  unitId: z.string().nullable(),
  unitNama: z.string().nullable(),
  jabatanId: z.string().nullable(),
  jabatanNama: z.string().nullable(),
  unitTautanId: z
    .string()
    .nullable()
    .describe('the unit to open for this problem: its unit, or the unit its (head) position leads'),
  jumlahPegawai: z.number(),
  pegawai: z.array(z.object({ id: z.string(), nama: z.string(), nip: z.string() })),
});
export const ZProblemsReport = z.object({
  tanggal: z.string(),
  ringkasan: z.record(z.string(), z.number()),
  masalah: z.array(ZProblem),
});
