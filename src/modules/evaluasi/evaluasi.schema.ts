/** Zod request and response schemas of the predikat organisasi and the appraisal form (→ OpenAPI). */
import { z } from 'zod';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';
import { ZPredikat, ZPredikatOrganisasi, ZRating, ZTeks } from '../../domain/types.ts';
import { zInt4 } from '../../http/schema.ts';

/** TW1…TW4, B01…B12 or AKHIR (src/domain/evaluasi/periode.ts). */
export const ZPeriodeKode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/, {
  message: 'Kode periode: TW1–TW4, B01–B12 atau AKHIR',
});
const ZTahun = z.coerce.number().int().min(2000).max(2100);
const ZTanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZPeriodeQuery = z.object({ tahun: ZTahun, periode: ZPeriodeKode });
export const ZTahunQuery = z.object({ tahun: ZTahun });
export const ZPredikatParams = z.object({
  instansiId: z.uuid(),
  unitId: z.uuid(),
  tahun: ZTahun,
  periode: ZPeriodeKode,
});
export const ZFormParams = z.object({ instansiId: z.uuid(), skpId: z.uuid(), periode: ZPeriodeKode });

export const ZPredikatOrganisasiBody = z.object({
  predikat: ZPredikatOrganisasi,
  catatan: z.string().max(4000).nullish(),
  /** Only when an admin records for a decider outside the tree (the regional head). */
  penetapNama: z.string().max(200).nullish(),
  penetapJabatan: z.string().max(200).nullish(),
  /** 0 when the unit has no predikat for the period yet. */
  version: zInt4(0),
});
export type TPredikatOrganisasiBody = z.infer<typeof ZPredikatOrganisasiBody>;

const ZSumber = z.object({
  regulation: z.string(),
  article: z.string().optional(),
  url: z.string().optional(),
  confidence: z.string().optional(),
});

const ZDasar = z.object({
  jenis: z.enum(['PERIODIK', 'TAHUNAN']),
  angka: z.object({
    rencanaAksi: z.number().optional(),
    denganProgres: z.number().optional(),
    raTerukur: z.number().optional(),
    raTercapai: z.number().optional(),
    raMelampaui: z.number().optional(),
    indikator: z.number().optional(),
    indikatorTerukur: z.number().optional(),
    indikatorTercapai: z.number().optional(),
    indikatorMelampaui: z.number().optional(),
  }),
  saran: ZPredikatOrganisasi.nullable(),
  ringkasan: ZTeks,
  citation: ZSumber,
});

export const ZPredikatOrganisasiList = z.object({
  tahun: z.number(),
  periodeKode: z.string(),
  periodeLabel: ZTeks,
  items: z.array(
    z.object({
      unit: z.object({ id: z.string(), kode: z.string(), nama: z.string(), jenis: z.string() }),
      predikat: z
        .object({
          id: z.string(),
          predikat: ZPredikatOrganisasi,
          label: ZTeks,
          dasar: z.unknown(),
          catatan: z.string().nullable(),
          penetapPegawaiId: z.string().nullable(),
          penetapNama: z.string(),
          penetapJabatan: z.string().nullable(),
          dicatatOlehAkunId: z.string(),
          ditetapkanAt: z.string(),
          version: z.number(),
        })
        .nullable(),
      dasar: ZDasar,
      pimpinanAtas: z.object({
        unitId: z.string().nullable(),
        unitNama: z.string().nullable(),
        jabatanNama: z.string().nullable(),
        pegawai: z.array(z.object({ id: z.string(), nama: z.string() })),
      }),
      kalibrasiFinal: z.boolean(),
      aksi: z.array(z.enum(['TETAPKAN'])),
    }),
  ),
});

const ZTeksPendek = z.string().max(4000);
export const ZIsiPenilaian = z.object({
  penilaianRhk: z
    .record(z.uuid(), z.object({ penilaian: ZRating.nullable(), umpanBalik: ZTeksPendek.default('') }))
    .default({}),
  umpanBalikPerilaku: z
    .partialRecord(z.enum(NILAI_BERAKHLAK_KODE), z.object({ umpanBalik: ZTeksPendek.default('') }))
    .default({}),
  ratingHasilKerja: ZRating.nullable().default(null),
  ratingPerilaku: ZRating.nullable().default(null),
  catatan: ZTeksPendek.nullable().default(null),
});
export type TIsiPenilaian = z.infer<typeof ZIsiPenilaian>;

export const ZDraftBody = ZIsiPenilaian.extend({ version: zInt4(0) });
export type TDraftBody = z.infer<typeof ZDraftBody>;
export const ZVersionBody = z.object({ version: zInt4(1) });
export const ZTerimaBody = z.object({
  version: zInt4(1),
  /** An admin recording a hand delivery gives its date; the employee's own receipt is today. */
  tanggal: ZTanggal.optional(),
});
export const ZKoreksiBody = ZIsiPenilaian.extend({
  version: zInt4(1),
  alasan: z.string().trim().min(10).max(2000),
});
export type TKoreksiBody = z.infer<typeof ZKoreksiBody>;

export const ZSaved = z.object({ id: z.string(), version: z.number(), status: z.string().optional() });

const ZStatus = z.enum(['DRAFT', 'DITETAPKAN', 'DITERIMA', 'KEBERATAN', 'FINAL']);
const ZAksi = z.enum(['SIMPAN', 'TETAPKAN', 'TERIMA', 'AJUKAN_KEBERATAN', 'PUTUSKAN_KEBERATAN', 'KOREKSI']);

const ZUtas = z.object({
  id: z.string(),
  teks: z.string(),
  penulis: z.string(),
  peranPenulis: z.string(),
  periodeKode: z.string().nullable(),
  createdAt: z.string(),
  balasan: z.number(),
});

export const ZEvaluasiForm = z.object({
  evaluasi: z.object({
    id: z.string().nullable(),
    tahun: z.number(),
    periodeKode: z.string(),
    periodeLabel: ZTeks,
    labelFormulir: z.string(),
    status: ZStatus,
    statusTersimpan: ZStatus,
    versi: z.number(),
    version: z.number(),
    /** False for the employee while the evaluation is a draft: the ratings below are then empty. */
    isiTerlihat: z.boolean(),
    penilaianRhk: z.record(z.string(), z.object({ penilaian: ZRating.nullable(), umpanBalik: z.string() })),
    umpanBalikPerilaku: z.record(z.string(), z.object({ umpanBalik: z.string() })),
    ratingHasilKerja: ZRating.nullable(),
    ratingHasilKerjaSumber: z.string().nullable(),
    ratingPerilaku: ZRating.nullable(),
    predikat: ZPredikat.nullable(),
    predikatUsulan: ZPredikat.nullable(),
    catatan: z.string().nullable(),
    ditetapkanAt: z.string().nullable(),
    ditetapkanOlehNama: z.string().nullable(),
    diterimaAt: z.string().nullable(),
    batasKeberatan: z.string().nullable(),
    finalAt: z.string().nullable(),
  }),
  skp: z.object({
    id: z.string(),
    tahun: z.number(),
    status: z.string(),
    pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string() }),
    jabatanNama: z.string().nullable(),
    unitNama: z.string().nullable(),
    penilaiNama: z.string().nullable(),
  }),
  unitPenilaian: z.object({ id: z.string(), nama: z.string(), explanation: ZTeks.nullable() }),
  pimpinanUnit: z.boolean(),
  predikatOrganisasi: z.object({ predikat: ZPredikatOrganisasi, label: ZTeks }).nullable(),
  kalibrasi: z.object({ status: z.string() }).nullable(),
  rhk: z.array(
    z.object({
      id: z.string(),
      jenis: z.string(),
      urutan: z.number(),
      teks: z.string(),
      iki: z.array(
        z.object({
          id: z.string(),
          aspek: z.string(),
          indikator: z.string(),
          targetNilai: z.string().nullable(),
          targetSatuan: z.string().nullable(),
          targetTeks: z.string().nullable(),
          realisasi: z.array(
            z.object({
              periodeKode: z.string(),
              nilai: z.string().nullable(),
              teks: z.string().nullable(),
              catatan: z.string().nullable(),
            }),
          ),
          bukti: z.array(
            z.object({ id: z.string(), judul: z.string(), jenis: z.string(), url: z.string().nullable() }),
          ),
        }),
      ),
      umpanBalik: z.array(ZUtas),
    }),
  ),
  perilaku: z.array(
    z.object({ kode: z.string(), nama: ZTeks, ekspektasi: z.string().nullable(), umpanBalik: z.array(ZUtas) }),
  ),
  usulan: z.object({
    usulan: ZRating.nullable(),
    jumlah: z.object({ DI_ATAS: z.number(), SESUAI: z.number(), DI_BAWAH: z.number(), belum: z.number() }),
    explanation: ZTeks,
    citation: ZSumber,
  }),
  ratingPimpinan: z.object({ rating: ZRating, explanation: ZTeks }).nullable(),
  hasilPredikat: z.object({ predikat: ZPredikat, label: ZTeks, explanation: ZTeks }).nullable(),
  riwayat: z.array(
    z.object({
      periodeKode: z.string(),
      periodeLabel: ZTeks,
      status: ZStatus,
      ratingHasilKerja: ZRating.nullable(),
      ratingPerilaku: ZRating.nullable(),
      predikat: ZPredikat.nullable(),
    }),
  ),
  aksi: z.array(ZAksi),
});

const ZBaris = z.object({
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string(), jabatanNama: z.string().nullable() }),
  skp: z.object({ id: z.string(), status: z.string() }).nullable(),
  unitPenilaian: z.object({ id: z.string(), nama: z.string() }).nullable(),
  pimpinanUnit: z.boolean(),
  kalibrasi: z.string().nullable(),
  evaluasi: z
    .object({
      id: z.string(),
      status: ZStatus,
      ratingHasilKerja: ZRating.nullable(),
      ratingPerilaku: ZRating.nullable(),
      predikat: ZPredikat.nullable(),
      version: z.number(),
    })
    .nullable(),
});
export const ZPenilaianList = z.object({
  tahun: z.number(),
  periodeKode: z.string(),
  periodeLabel: ZTeks,
  items: z.array(ZBaris),
});

export const ZEvaluasiSaya = z.object({
  tahun: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      skpId: z.string(),
      periodeKode: z.string(),
      periodeLabel: ZTeks,
      status: ZStatus,
      ratingHasilKerja: ZRating.nullable(),
      ratingPerilaku: ZRating.nullable(),
      predikat: ZPredikat.nullable(),
      ditetapkanAt: z.string().nullable(),
      diterimaAt: z.string().nullable(),
      batasKeberatan: z.string().nullable(),
      version: z.number(),
    }),
  ),
});
