/** Zod request and response schemas of the keberatan API (docs/evaluasi-keberatan.md). */
import { z } from 'zod';
import { ZTanggal } from '../../domain/calendar.ts';
import { ALASAN_MIN, KEPUTUSAN, PENJELASAN_MIN, STATUS_KEBERATAN } from '../../domain/evaluasi/keberatan.ts';
import { AKSI_KEBERATAN, PERAN_KEBERATAN } from '../../domain/evaluasi/keberatan-akses.ts';
import { PREDIKATS, RATINGS } from '../../domain/types.ts';
import { zVersion } from '../../http/schema.ts';

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZEvaluasiParams = z.object({ instansiId: z.uuid(), evaluasiId: z.uuid() });
export const ZKeberatanParams = z.object({ instansiId: z.uuid(), keberatanId: z.uuid() });
export const ZIdVersion = z.object({ id: z.string(), version: z.number() });

const ZRating = z.enum(RATINGS);
const teks = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { message: `Minimal ${min} karakter / at least ${min} characters` })
    .max(max);

export const ZAjukan = z.object({
  /** The addressee: the atasan pejabat penilai's pegawai id, or PIMPINAN_INSTANSI (decision 0503). */
  kepada: z.string().min(1).max(64),
  /** The reasons ("disertai alasan-alasannya", PP 30/2019 Pasal 59). */
  alasan: teks(ALASAN_MIN, 5000),
  /** What the employee asks for, optional. */
  permintaan: z.strictObject({ ratingHasilKerja: ZRating.optional(), ratingPerilaku: ZRating.optional() }).nullish(),
  /** The evaluation's version as the employee read it (a correction since then resets receipt). */
  evaluasiVersion: zVersion(),
});

export const ZPenjelasan = z.object({
  version: zVersion(),
  isi: teks(PENJELASAN_MIN, 5000),
  /** When the explanation was given — for the atasan writing down what was said (default today). */
  tanggal: ZTanggal.optional(),
});

export const ZKeputusan = z.object({
  version: zVersion(),
  keputusan: z.enum(KEPUTUSAN),
  /** The new ratings for UBAH (at least one differs); ignored for TETAP. */
  ratingHasilKerja: ZRating.optional(),
  ratingPerilaku: ZRating.optional(),
  alasan: teks(PENJELASAN_MIN, 5000),
});

export const ZDaftarQuery = z.object({
  status: z.enum(STATUS_KEBERATAN).optional(),
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
});

const ZTeks = z.object({ id: z.string(), en: z.string() });
const ZHasil = z.object({ ratingHasilKerja: ZRating, ratingPerilaku: ZRating, predikat: z.enum(PREDIKATS) }).nullable();

export const ZTujuan = z.object({
  jenis: z.enum(['PEGAWAI', 'PIMPINAN_INSTANSI']),
  pegawaiId: z.string().nullable(),
  nama: z.string().nullable(),
  jabatan: z.string().nullable(),
  /** The value to send as `kepada`. */
  kepada: z.string(),
});

export const ZEvaluasiRingkas = z.object({
  id: z.string(),
  tahun: z.number(),
  periodeKode: z.string(),
  /** As every read sees it (a DITERIMA row past its batas is FINAL). */
  status: z.string(),
  ratingHasilKerja: z.string().nullable(),
  ratingPerilaku: z.string().nullable(),
  predikat: z.string().nullable(),
  diterimaAt: z.string().nullable(),
  batasKeberatan: z.string().nullable(),
  version: z.number(),
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string() }),
  penilai: z.object({ id: z.string(), nama: z.string(), nip: z.string().nullable() }).nullable(),
});

export const ZKasus = z.object({
  id: z.string(),
  status: z.enum(STATUS_KEBERATAN),
  alasan: z.string(),
  permintaan: z.object({ ratingHasilKerja: z.string().optional(), ratingPerilaku: z.string().optional() }).nullable(),
  diajukanAt: z.string(),
  tujuan: ZTujuan,
  penjelasanPenilai: z.string().nullable(),
  penjelasanPenilaiAt: z.string().nullable(),
  penjelasanPegawai: z.string().nullable(),
  penjelasanPegawaiAt: z.string().nullable(),
  keputusan: z.enum(KEPUTUSAN).nullable(),
  keputusanAlasan: z.string().nullable(),
  hasilSebelum: ZHasil,
  hasilSesudah: ZHasil,
  diputuskanAt: z.string().nullable(),
  diputuskanOlehNama: z.string().nullable(),
  version: z.number(),
  evaluasi: ZEvaluasiRingkas,
  peranSaya: z.array(z.enum(PERAN_KEBERATAN)),
  aksi: z.array(z.enum(AKSI_KEBERATAN)),
});

export const ZInfoPengajuan = z.object({
  evaluasi: ZEvaluasiRingkas,
  /** The window setting it was counted with (decision 0103). */
  jendela: z.object({ jumlahHari: z.number(), jenisHari: z.enum(['CALENDAR', 'WORKING']) }),
  /** Calendar days left until batasKeberatan (0 = today is the last day); null before receipt. */
  sisaHari: z.number().nullable(),
  tujuan: ZTujuan.nullable(),
  bolehAjukan: z.boolean(),
  /** Why filing is refused now, as the API would say it. */
  penolakan: z.object({ code: z.string(), message: ZTeks }).nullable(),
  keberatan: ZKasus.nullable(),
  peranSaya: z.array(z.enum(PERAN_KEBERATAN)),
});

export const ZRingkas = z.object({
  id: z.string(),
  evaluasiId: z.string(),
  status: z.enum(STATUS_KEBERATAN),
  tahun: z.number(),
  periodeKode: z.string(),
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string() }),
  penilai: z.object({ id: z.string().nullable(), nama: z.string().nullable() }),
  atasan: z.object({ id: z.string().nullable(), nama: z.string().nullable() }),
  diajukanAt: z.string(),
  adaPenjelasanPenilai: z.boolean(),
  adaPenjelasanPegawai: z.boolean(),
  keputusan: z.enum(KEPUTUSAN).nullable(),
  predikat: z.string().nullable(),
  /** The caller's part in the case (masuk: ATASAN and/or PENILAI). */
  peranSaya: z.array(z.enum(PERAN_KEBERATAN)),
});
export const ZDaftar = z.object({ items: z.array(ZRingkas) });

export const ZEvaluasiSaya = z.object({
  items: z.array(
    z.object({
      evaluasiId: z.string(),
      tahun: z.number(),
      periodeKode: z.string(),
      status: z.string(),
      predikat: z.string().nullable(),
      diterimaAt: z.string().nullable(),
      batasKeberatan: z.string().nullable(),
      sisaHari: z.number().nullable(),
      keberatanId: z.string().nullable(),
      keberatanStatus: z.enum(STATUS_KEBERATAN).nullable(),
    }),
  ),
});
