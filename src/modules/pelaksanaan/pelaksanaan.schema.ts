/** Zod request and response schemas of the execution API: realisasi, rencana aksi, progres harian, Kinerja Saya. */
import { z } from 'zod';
import { AKSI_PELAKSANAAN } from '../../domain/pelaksanaan/akses.ts';
import { zInt4, zInt4Coerced, zVersion } from '../../http/schema.ts';

const tanggal = z.iso.date();
const teks = (max = 2000) => z.string().trim().min(1).max(max);
const kodePeriode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/);
/** A decimal as a JSON number or a numeric string; bounded so it fits `numeric` and stays human. */
const angka = z.union([
  z.number().min(-1e12).max(1e12),
  z
    .string()
    .regex(/^-?\d{1,12}(\.\d{1,4})?$/)
    .transform(Number),
]);

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZPeriodeParams = ZSkpParams.extend({ periode: kodePeriode });
export const ZRealisasiParams = ZPeriodeParams.extend({ ikiId: z.uuid() });
export const ZRencanaParams = ZSkpParams.extend({ rencanaId: z.uuid() });
export const ZProgresParams = ZSkpParams.extend({ progresId: z.uuid() });
export const ZVersionQuery = z.object({ version: zInt4Coerced(1) });
export const ZPelaksanaanQuery = z.object({
  periode: kodePeriode.optional().describe('period code (TW1…TW4, B01…B12, AKHIR); default: the current one'),
});
export const ZSayaQuery = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

// ── Writes ─────────────────────────────────────────────────────────────────────────────────────
export const ZRealisasiIn = z.object({
  version: zInt4(0).describe('0 for the first save; then the version read (optimistic concurrency)'),
  nilai: angka.nullish().describe('number in the IKI unit (IKI with a numeric target)'),
  teks: z.string().trim().max(4000).nullish().describe('narrative (IKI with a narrative target)'),
  catatan: z.string().trim().max(4000).nullish(),
});
export const ZRencanaIn = z.object({
  rhkId: z.uuid(),
  periode: kodePeriode,
  teks: teks(),
  targetNilai: angka.nullish(),
  targetSatuan: z.string().trim().max(100).nullish(),
  targetTeks: z.string().trim().max(500).nullish(),
});
export const ZRencanaUpdate = ZRencanaIn.omit({ rhkId: true, periode: true }).extend({ version: zVersion() });
export const ZBukaIn = z.object({
  alasan: teks(1000),
  sampai: tanggal.describe('last day (inclusive) the employee may enter; at most 30 days from today'),
});
export const ZProgresIn = z.object({
  clientId: z.uuid().describe('generated on the device; a retried POST with it returns the same entry'),
  rhkId: z.uuid(),
  tanggal,
  teks: teks(2000),
  buktiId: z.uuid().nullish(),
});
export const ZProgresUpdate = z.object({
  version: zVersion(),
  rhkId: z.uuid().optional(),
  tanggal: tanggal.optional(),
  teks: teks(2000).optional(),
  buktiId: z.uuid().nullish(),
});
export const ZProgresQuery = z.object({ dari: tanggal.optional(), sampai: tanggal.optional() });

// ── Responses ──────────────────────────────────────────────────────────────────────────────────
export const ZRealisasi = z.object({
  id: z.string(),
  ikiId: z.string(),
  periode: z.string(),
  nilai: z.number().nullable(),
  teks: z.string().nullable(),
  catatan: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export const ZRencana = z.object({
  id: z.string(),
  rhkId: z.string(),
  periode: z.string(),
  urutan: z.number(),
  teks: z.string(),
  targetNilai: z.number().nullable(),
  targetSatuan: z.string().nullable(),
  targetTeks: z.string().nullable(),
  version: z.number(),
});
export const ZProgres = z.object({
  id: z.string(),
  rhkId: z.string(),
  tanggal: z.string(),
  teks: z.string(),
  buktiId: z.string().nullable(),
  clientId: z.string(),
  version: z.number(),
});
export const ZStatusPengisian = z.object({
  terbuka: z.boolean(),
  alasan: z.enum([
    'TERBUKA',
    'DIBUKA_KEMBALI',
    'BELUM_MULAI',
    'LEWAT_BATAS',
    'DINILAI',
    'SKP_BELUM_DITETAPKAN',
    'DI_LUAR_MASA_SKP',
  ]),
  batas: z.string(),
  dibukaSampai: z.string().nullable(),
});
export const ZPeriodeInfo = z.object({
  kode: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  batasPengisian: z.string(),
});
export const ZBuka = z.object({
  periode: z.string(),
  dibukaSampai: z.string(),
  alasan: z.string(),
  version: z.number(),
});

const ZProgresIki = z.union([
  z.object({ jenis: z.literal('KUANTITATIF'), persen: z.number().nullable() }),
  z.object({ jenis: z.literal('KUALITATIF'), terisi: z.boolean() }),
]);
export const ZBuktiRingkas = z.object({
  id: z.string(),
  judul: z.string(),
  jenis: z.string(),
  tanggal: z.string(),
  mime: z.string().nullable(),
  ukuran: z.number().nullable(),
  namaBerkas: z.string().nullable(),
  url: z.string().nullable(),
});
export const ZUmpanBalikRingkas = z.object({
  sasaran: z.string(),
  rhkId: z.string().nullable(),
  ikiId: z.string().nullable(),
  perilakuKode: z.string().nullable(),
  jumlah: z.number(),
  utas: z.number(),
  belumDijawabSaya: z.number(),
  terakhir: z.object({ teks: z.string(), peranPenulis: z.string(), createdAt: z.string() }).nullable(),
});
export const ZPelaksanaan = z.object({
  skp: z.object({
    id: z.string(),
    tahun: z.number(),
    status: z.string(),
    pendekatan: z.string(),
    mulai: z.string(),
    selesai: z.string(),
    pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string() }),
  }),
  periode: ZPeriodeInfo,
  daftarPeriode: z.array(ZPeriodeInfo),
  pengisian: ZStatusPengisian,
  dibukaAlasan: z.string().nullable(),
  rencanaAksiWajib: z.boolean(),
  peranSaya: z.array(z.string()),
  aksi: z.array(z.enum(AKSI_PELAKSANAAN)),
  rhk: z.array(
    z.object({
      id: z.string(),
      jenis: z.string(),
      teks: z.string(),
      iki: z.array(
        z.object({
          id: z.string(),
          aspek: z.string(),
          indikator: z.string(),
          targetNilai: z.number().nullable(),
          targetSatuan: z.string().nullable(),
          targetTeks: z.string().nullable(),
          realisasi: ZRealisasi.omit({ ikiId: true, periode: true }).nullable(),
          progres: ZProgresIki,
          bukti: z.array(ZBuktiRingkas),
        }),
      ),
      rencanaAksi: z.array(ZRencana.omit({ rhkId: true, periode: true })),
      progresHarian: z.array(ZProgres.omit({ rhkId: true, clientId: true })),
      /** The period's daily entries as a draft note ("Isi dari progres harian"); never saved by the server. */
      drafCatatan: z.string(),
    }),
  ),
  umpanBalik: z.array(ZUmpanBalikRingkas),
});

export const ZJatuhTempo = z.object({
  skpId: z.string(),
  periode: z.string(),
  batas: z.string(),
  terbuka: z.boolean(),
  alasan: z.string(),
  ikiTotal: z.number(),
  ikiTerisi: z.number(),
});
export const ZPelaksanaanSaya = z.object({
  tanggal: z.string(),
  skp: z.array(
    z.object({
      id: z.string(),
      tahun: z.number(),
      status: z.string(),
      mulai: z.string(),
      selesai: z.string(),
      jabatan: z.string().nullable(),
      periode: z.array(ZPeriodeInfo.extend({ pengisian: ZStatusPengisian })),
      periodeUtama: z.string().nullable(),
      rhk: z.array(z.object({ id: z.string(), teks: z.string() })),
    }),
  ),
  jatuhTempo: z.array(ZJatuhTempo),
});

export type TRealisasiIn = z.infer<typeof ZRealisasiIn>;
export type TRencanaIn = z.infer<typeof ZRencanaIn>;
export type TRencanaUpdate = z.infer<typeof ZRencanaUpdate>;
export type TProgresIn = z.infer<typeof ZProgresIn>;
export type TProgresUpdate = z.infer<typeof ZProgresUpdate>;
export type TPelaksanaan = z.infer<typeof ZPelaksanaan>;
export type TPelaksanaanSaya = z.infer<typeof ZPelaksanaanSaya>;
