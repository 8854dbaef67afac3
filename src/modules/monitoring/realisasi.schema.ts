/** Zod schemas of monitoring realisasi (who has entered what for a period, per unit). */
import { z } from 'zod';
import { zInt4Coerced } from '../../http/schema.ts';
import { ZMonitoringQuery } from './monitoring.schema.ts';

export const KELENGKAPAN = ['LENGKAP', 'SEBAGIAN', 'BELUM'] as const;

export const ZRealisasiQuery = ZMonitoringQuery.extend({
  periode: z
    .string()
    .regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/)
    .optional()
    .describe('Kode periode (TW1…TW4, B01…B12, AKHIR); bawaan periode berjalan / default: the current period'),
});

export const ZRealisasiPegawaiQuery = ZRealisasiQuery.extend({
  kelengkapan: z
    .enum(KELENGKAPAN)
    .optional()
    .describe('LENGKAP: semua IKI berrealisasi; SEBAGIAN; BELUM: belum satu pun / every IKI entered, some, none'),
  langsung: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Hanya SKP unit ini sendiri (tanpa sub-unit) / only the unit itself, without sub-units'),
  page: zInt4Coerced(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ZPeriodeRealisasi = z.object({
  kode: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  batasPengisian: z.string(),
  keadaan: z
    .enum(['BELUM_MULAI', 'PENGISIAN', 'LEWAT_BATAS'])
    .describe(
      'BELUM_MULAI: periode belum dimulai; PENGISIAN: sampai batas pengisian; LEWAT_BATAS: batas telah lewat ' +
        '(SKP yang dibuka kembali dihitung di dibukaKembali) / not started, open until the deadline, past it',
    ),
});

const counts = {
  skp: z.number().describe('SKP yang telah ditetapkan dan berlaku pada periode / set SKPs in the period'),
  lengkap: z.number(),
  sebagian: z.number(),
  belum: z.number(),
  bukti: z.number().describe('Bukti dukung yang dilampirkan pada periode / evidence attached for the period'),
  dibukaKembali: z.number().describe('SKP yang pengisiannya sedang dibuka kembali / SKPs reopened now'),
  dinilai: z.number().describe('SKP yang periode ini sudah dinilai / SKPs rated for the period'),
};

export const ZRekapRealisasi = z.object({
  tahun: z.number(),
  periode: ZPeriodeRealisasi,
  daftarPeriode: z.array(z.string()),
  unit: z.object({ id: z.string(), nama: z.string(), jenis: z.string(), parentId: z.string().nullable() }),
  baris: z.array(
    z.object({
      unitId: z.string(),
      nama: z.string(),
      jenis: z.string(),
      langsung: z
        .boolean()
        .describe(
          'true: SKP unit ini sendiri (langsung); false: sub-unit termasuk bawahannya / the unit itself, or a sub-unit with its subtree',
        ),
      adaSubunit: z.boolean(),
      ...counts,
    }),
  ),
  jumlah: z.object(counts),
});

export const ZPegawaiRealisasi = z.object({
  skpId: z.string(),
  pegawaiId: z.string(),
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jabatanNama: z.string().nullable(),
  unitId: z.string(),
  unitNama: z.string(),
  ikiTotal: z.number(),
  ikiTerisi: z.number(),
  kelengkapan: z.enum(KELENGKAPAN),
  terakhir: z.string().nullable().describe('Realisasi terakhir disimpan / last realisasi saved'),
  bukti: z.number(),
  dibukaKembali: z.boolean(),
  dinilai: z.boolean(),
});

export const ZPegawaiRealisasiPage = z.object({
  tahun: z.number(),
  periode: ZPeriodeRealisasi,
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(ZPegawaiRealisasi),
});

export type TRekapRealisasi = z.infer<typeof ZRekapRealisasi>;
export type TPegawaiRealisasiPage = z.infer<typeof ZPegawaiRealisasiPage>;
export type TPegawaiRealisasi = z.infer<typeof ZPegawaiRealisasi>;
