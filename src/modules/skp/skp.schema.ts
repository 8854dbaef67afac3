/** Zod request and response schemas of the planning API (periods, Perjanjian Kinerja, SKP). */
import { z } from 'zod';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';
import { BAGIAN_ISI } from '../../domain/skp/isi-akses.ts';
import { ASPEK, CASCADING, JENIS_RHK, PENDEKATAN, PERSPEKTIF, SUMBER_RHK } from '../../domain/skp/rules.ts';
import { SKP_ACTIONS, SKP_STATUS } from '../../domain/skp/workflow.ts';
import { zInt4Coerced, zVersion } from '../../http/schema.ts';

const tanggal = z.iso.date();
const teks = (max = 2000) => z.string().trim().min(1).max(max);

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZRhkParams = z.object({ instansiId: z.uuid(), skpId: z.uuid(), rhkId: z.uuid() });
export const ZVersiParams = z.object({ instansiId: z.uuid(), skpId: z.uuid(), revisi: zInt4Coerced(1) });
export const ZPeriodeParams = z.object({ instansiId: z.uuid(), periodeId: z.uuid() });
export const ZPkParams = z.object({ instansiId: z.uuid(), pkId: z.uuid() });
export const ZVersion = z.object({ version: zVersion() });
export const ZIdVersion = z.object({ id: z.string(), version: z.number() });
const tahun = z.coerce.number().int().min(2000).max(2100);

// ── Periods ────────────────────────────────────────────────────────────────────────────────────
export const ZJenisEvaluasi = z.enum(['BULANAN', 'TRIWULANAN']);
export const ZPeriodeItem = z.object({
  kode: z.string().min(1).max(20),
  mulai: tanggal,
  selesai: tanggal,
  batasPengisian: tanggal,
});
export const ZCreatePeriode = z.object({
  tahun,
  jenisEvaluasi: ZJenisEvaluasi.optional().describe("default: the instansi's setting (evaluasiPeriodik)"),
  batasPenetapanSkp: tanggal.optional(),
  periode: z.array(ZPeriodeItem).min(1).max(20).optional(),
});
export const ZUpdatePeriode = z.object({
  version: zVersion(),
  jenisEvaluasi: ZJenisEvaluasi.optional(),
  batasPenetapanSkp: tanggal.optional(),
  periode: z.array(ZPeriodeItem).min(1).max(20).optional(),
  status: z.enum(['AKTIF', 'DITUTUP']).optional(),
});
export const ZPeriode = z.object({
  id: z.string(),
  tahun: z.number(),
  jenisEvaluasi: z.string(),
  batasPenetapanSkp: z.string(),
  periode: z.array(ZPeriodeItem),
  status: z.string(),
  version: z.number(),
});

// ── Perjanjian Kinerja ─────────────────────────────────────────────────────────────────────────
export const ZPkQuery = z.object({ tahun, unitId: z.uuid() });
export const ZPkHakQuery = z.object({ unitId: z.uuid() });
export const ZPkHak = z.object({ ubah: z.boolean() });
const ZPkIndikatorIn = z.object({
  id: z.uuid().optional(),
  indikator: teks(),
  targetNilai: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).nullish(),
  satuan: z.string().trim().max(100).nullish(),
  targetTeks: z.string().trim().max(2000).nullish(),
});
const ZPkSasaranIn = z.object({
  id: z.uuid().optional(),
  sasaran: teks(),
  indikator: z.array(ZPkIndikatorIn).max(100),
});
export const ZPutPk = z.object({
  unitId: z.uuid(),
  tahun,
  version: zVersion().optional(),
  sasaran: z.array(ZPkSasaranIn).max(100),
});
export const ZPkIndikator = z.object({
  id: z.string(),
  urutan: z.number(),
  indikator: z.string(),
  targetNilai: z.string().nullable(),
  satuan: z.string().nullable(),
  targetTeks: z.string().nullable(),
});
export const ZPk = z.object({
  id: z.string(),
  unitId: z.string(),
  tahun: z.number(),
  status: z.string(),
  version: z.number(),
  pihak: z.unknown(),
  sasaran: z.array(
    z.object({ id: z.string(), urutan: z.number(), sasaran: z.string(), indikator: z.array(ZPkIndikator) }),
  ),
});
export const ZPkImportQuery = z.object({ tahun, unitId: z.uuid() });

// ── SKP ────────────────────────────────────────────────────────────────────────────────────────
export const ZSkpStatus = z.enum(SKP_STATUS);
export const ZTahunQuery = z.object({ tahun: tahun.optional() });
export const ZBawahanQuery = z.object({ tahun: tahun.optional(), status: ZSkpStatus.optional() });
export const ZCreateSkp = z.object({
  tahun,
  pendekatan: z.enum(PENDEKATAN),
  mulai: tanggal.optional(),
  selesai: tanggal.optional(),
  pegawaiId: z.uuid().optional(),
});

const ZLampiranIn = z.object({
  dukunganSumberDaya: z.array(teks(1000)).max(50),
  skemaPertanggungjawaban: z.array(teks(1000)).max(50),
  konsekuensi: z.array(teks(1000)).max(50),
});
export const ZPatchSkp = z
  .object({
    version: zVersion(),
    pendekatan: z.enum(PENDEKATAN).optional(),
    perilaku: z.partialRecord(z.enum(NILAI_BERAKHLAK_KODE), z.string().trim().max(2000).nullable()).optional(),
    lampiran: ZLampiranIn.optional(),
  })
  .refine((b) => b.pendekatan !== undefined || b.perilaku !== undefined || b.lampiran !== undefined, {
    message:
      'Isi minimal satu dari pendekatan, perilaku, lampiran / give at least one of pendekatan, perilaku, lampiran',
  });

export const ZIkiIn = z.object({
  aspek: z.enum(ASPEK),
  indikator: z.string().trim().max(2000),
  targetNilai: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).nullish(),
  targetSatuan: z.string().trim().max(100).nullish(),
  targetTeks: z.string().trim().max(2000).nullish(),
});
export const ZRhkIn = z.object({
  version: zVersion(),
  jenis: z.enum(JENIS_RHK),
  teks: teks(),
  sumber: z.enum(SUMBER_RHK),
  parentRhkId: z.uuid().nullish(),
  pkIndikatorId: z.uuid().nullish(),
  cascading: z.enum(CASCADING).nullish(),
  perspektif: z.enum(PERSPEKTIF).nullish(),
  penugasanDari: z.string().trim().max(500).nullish(),
  iki: z.array(ZIkiIn).max(20),
});
export const ZDeleteRhkQuery = z.object({ version: zInt4Coerced(1) });

export const ZKembalikan = z.object({
  version: zVersion(),
  catatan: teks(4000),
  catatanItem: z
    .array(z.object({ rhkId: z.uuid(), catatan: teks(2000) }))
    .max(100)
    .optional(),
});
export const ZTutup = z.object({ version: zVersion(), selesai: tanggal });
export const ZTetapkanMassal = z.object({
  items: z
    .array(z.object({ skpId: z.uuid(), version: zVersion() }))
    .min(1)
    .max(500),
});
export const ZTetapkanMassalResult = z.object({
  berhasil: z.array(z.string()),
  gagal: z.array(z.object({ skpId: z.string(), code: z.string(), message: z.string() })),
});

const ZPenilaiSnap = z
  .object({
    pegawaiId: z.string().nullable().optional(),
    nama: z.string(),
    nip: z.string().nullable().optional(),
    jabatanNama: z.string().nullable().optional(),
    golongan: z.string().nullable().optional(),
  })
  .nullable();
export const ZSnapshot = z.object({
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string(), golongan: z.string().nullable() }),
  jabatan: z.object({ id: z.string(), nama: z.string(), jenis: z.string() }),
  unit: z.object({ id: z.string(), nama: z.string() }),
  penilai: ZPenilaiSnap,
  atasanPenilai: ZPenilaiSnap,
});
export const ZIki = z.object({
  id: z.string(),
  urutan: z.number(),
  aspek: z.string(),
  indikator: z.string(),
  targetNilai: z.string().nullable(),
  targetSatuan: z.string().nullable(),
  targetTeks: z.string().nullable(),
});
export const ZRhk = z.object({
  id: z.string(),
  jenis: z.string(),
  urutan: z.number(),
  teks: z.string(),
  sumber: z.string(),
  parentRhkId: z.string().nullable(),
  parent: z
    .object({ id: z.string(), teks: z.string(), skpId: z.string(), pegawaiNama: z.string(), skpStatus: z.string() })
    .nullable(),
  pkIndikatorId: z.string().nullable(),
  pkIndikator: z
    .object({
      id: z.string(),
      indikator: z.string(),
      sasaran: z.string(),
      targetNilai: z.string().nullable(),
      satuan: z.string().nullable(),
      targetTeks: z.string().nullable(),
    })
    .nullable(),
  cascading: z.string().nullable(),
  perspektif: z.string().nullable(),
  penugasanDari: z.string().nullable(),
  perluTinjau: z.boolean(),
  catatan: z.string().nullable(),
  iki: z.array(ZIki),
});
export const ZPerilaku = z.object({
  kode: z.string(),
  nama: z.string(),
  panduan: z.array(z.string()),
  ekspektasiKhusus: z.string().nullable(),
});
export const ZLampiran = z.object({
  dukunganSumberDaya: z.array(z.string()),
  skemaPertanggungjawaban: z.array(z.string()),
  konsekuensi: z.array(z.string()),
});
/** The content of an SKP as frozen in a version (the detail without caller-specific fields). */
export const ZSkpIsi = z.object({
  id: z.string(),
  pegawaiId: z.string(),
  status: z.string(),
  revisi: z.number(),
  jenisForm: z.string(),
  pendekatan: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  tahun: z.number(),
  snapshot: ZSnapshot,
  rhk: z.array(ZRhk),
  perilaku: z.array(ZPerilaku),
  lampiran: ZLampiran,
  catatanPenilai: z.string().nullable(),
  perluTinjau: z.boolean(),
  ditandatanganiAt: z.string().nullable(),
  ditetapkanAt: z.string().nullable(),
  ditetapkanOlehNama: z.string().nullable(),
});
export const ZSkpDetail = ZSkpIsi.extend({
  version: z.number(),
  aksi: z.array(z.enum(SKP_ACTIONS)),
  /** The header parts the caller may write now (domain/skp/isi-akses.ts); the UI offers exactly these. */
  bagianDapatDiubah: z.array(z.enum(BAGIAN_ISI)),
  peranSaya: z.array(z.enum(['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN'])),
  versi: z.array(z.object({ revisi: z.number(), ditetapkanAt: z.string() })),
});
export const ZSkpVersi = z.object({ revisi: z.number(), ditetapkanAt: z.string(), isi: ZSkpIsi });

export const ZSkpRingkas = z.object({
  id: z.string(),
  pegawaiId: z.string(),
  tahun: z.number(),
  mulai: z.string(),
  selesai: z.string(),
  status: z.string(),
  revisi: z.number(),
  version: z.number(),
  jenisForm: z.string(),
  pendekatan: z.string(),
  perluTinjau: z.boolean(),
  jabatanNama: z.string(),
  unitNama: z.string(),
  penilaiNama: z.string().nullable(),
  jumlahRhk: z.number(),
  /** The names of the snapshot, as in the detail (jabatanNama/unitNama/penilaiNama flatten them). */
  snapshot: z.object({
    jabatan: z.object({ nama: z.string() }),
    unit: z.object({ nama: z.string() }),
    penilai: z.object({ nama: z.string() }).nullable(),
  }),
});
/**
 * An SKP in SKP Bawahan: what the page shows (status, RHK count, the position recorded on the SKP
 * when the person holds none today) and the version "Tetapkan terpilih" sends back. The detail
 * (`GET /skp/{id}`) has the rest.
 */
export const ZSkpBawahan = z.object({
  id: z.string(),
  pegawaiId: z.string(),
  status: z.string(),
  version: z.number(),
  jabatanNama: z.string(),
  jumlahRhk: z.number(),
});
export const ZBawahanItem = z.object({
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string(), jabatanNama: z.string().nullable() }),
  skp: ZSkpBawahan.nullable(),
});

export const ZDiffQuery = z.object({
  /** A set version, or `dikembalikan`: the content as the appraiser last returned it. */
  dari: z.union([z.literal('dikembalikan'), zInt4Coerced(1)]),
  ke: z.union([z.literal('sekarang'), zInt4Coerced(1)]).default('sekarang'),
});
export const ZDiff = z.object({
  dari: z.union([z.literal('dikembalikan'), z.number()]),
  ke: z.union([z.literal('sekarang'), z.number()]),
  perubahan: z.array(
    z.object({
      jenis: z.enum(['TAMBAH', 'HAPUS', 'UBAH']),
      bagian: z.enum(['rhk', 'iki', 'perilaku', 'lampiran']),
      label: z.string(),
      field: z.string().nullable(),
      sebelum: z.string().nullable(),
      sesudah: z.string().nullable(),
    }),
  ),
});

export const ZRhkAtasan = z.object({
  penilai: z
    .object({
      pegawaiId: z.string().nullable(),
      nama: z.string(),
      nip: z.string().nullable(),
      jabatanNama: z.string().nullable(),
    })
    .nullable(),
  skpAtasan: z.object({ id: z.string(), status: z.string() }).nullable(),
  rhk: z.array(
    z.object({ id: z.string(), teks: z.string(), jenis: z.string(), skpStatus: z.string(), iki: z.array(ZIki) }),
  ),
  pkIndikator: z.array(
    z.object({
      id: z.string(),
      indikator: z.string(),
      sasaran: z.string(),
      targetNilai: z.string().nullable(),
      satuan: z.string().nullable(),
      targetTeks: z.string().nullable(),
      unitId: z.string(),
    }),
  ),
});

export const ZMph = z.object({
  rhk: z.array(z.object({ id: z.string(), teks: z.string(), jenis: z.string() })),
  bawahan: z.array(
    z.object({
      pegawaiId: z.string(),
      nama: z.string(),
      jabatanNama: z.string().nullable(),
      skpId: z.string().nullable(),
      skpStatus: z.string().nullable(),
    }),
  ),
  sel: z.array(
    z.object({ rhkId: z.string(), pegawaiId: z.string(), childRhkId: z.string(), cascading: z.string().nullable() }),
  ),
});
export const ZMphAssign = z.object({
  items: z
    .array(z.object({ rhkId: z.uuid(), pegawaiId: z.uuid(), cascading: z.enum(CASCADING) }))
    .min(1)
    .max(1000),
});
export const ZMphResult = z.object({
  dibuat: z.number(),
  skpDibuat: z.number(),
  dilewati: z.array(z.object({ rhkId: z.string(), pegawaiId: z.string(), alasan: z.string() })),
});

export type TRhkIn = z.infer<typeof ZRhkIn>;
export type TPatchSkp = z.infer<typeof ZPatchSkp>;
export type TPutPk = z.infer<typeof ZPutPk>;
export type TSkpIsi = z.infer<typeof ZSkpIsi>;
