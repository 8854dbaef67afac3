/** Zod schemas of the monitoring pengisian (SKP completion) endpoints. */
import { z } from 'zod';
import { zInt4Coerced } from '../../http/schema.ts';

export const STATUS_PENGISIAN = ['BELUM_MULAI', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN'] as const;

export const ZMonitoringParams = z.object({ instansiId: z.uuid() });

export const ZMonitoringQuery = z.object({
  tahun: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('Tahun kinerja; bawaan tahun berjalan / performance year'),
  unitId: z.uuid().optional().describe('Unit; bawaan unit terluas yang boleh Anda lihat / default: your widest unit'),
});

export const ZMonitoringPegawaiQuery = ZMonitoringQuery.extend({
  status: z.enum(STATUS_PENGISIAN).optional(),
  langsung: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Hanya pegawai yang ditempatkan langsung di unit ini / only people placed directly in the unit'),
  page: zInt4Coerced(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
});

const counts = {
  belumMulai: z.number(),
  draft: z.number(),
  diajukan: z.number(),
  dikembalikan: z.number(),
  ditetapkan: z.number(),
  total: z.number(),
};

export const ZRekapBaris = z.object({
  unitId: z.string(),
  nama: z.string(),
  jenis: z.string(),
  langsung: z
    .boolean()
    .describe(
      'Baris pegawai yang ditempatkan langsung di unit yang dipilih / people placed directly in the selected unit',
    ),
  adaSubunit: z.boolean(),
  ...counts,
});

export const ZCakupan = z.object({
  jenis: z
    .enum(['UNIT', 'BAWAHAN'])
    .describe(
      'UNIT: satu unit beserta bawahannya; BAWAHAN: pegawai yang Anda nilai / a unit subtree, or the people you appraise',
    ),
  unit: z.object({ id: z.string(), nama: z.string(), jenis: z.string(), parentId: z.string().nullable() }).nullable(),
  canUnduhMassal: z
    .boolean()
    .describe(
      'Boleh membuat zip PDF SKP (POST /dokumen/skp-massal) untuk unit ini dan setiap sub-unitnya / ' +
        'may start the bulk SKP zip for this unit and every unit below it',
    ),
});

export const ZRekap = z.object({
  tahun: z.number(),
  tanggalAcuan: z.string(),
  cakupan: ZCakupan,
  baris: z.array(ZRekapBaris),
  jumlah: z.object(counts),
});

export const ZPegawaiBaris = z.object({
  pegawaiId: z.string(),
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jabatanNama: z.string(),
  unitId: z.string(),
  unitNama: z.string(),
  status: z.enum(STATUS_PENGISIAN),
  skpId: z.string().nullable(),
  penilaiNama: z.string().nullable(),
  diajukanAt: z.string().nullable(),
  ditetapkanAt: z.string().nullable(),
  diubahAt: z.string().nullable(),
});

export const ZPegawaiPage = z.object({
  tahun: z.number(),
  cakupan: ZCakupan,
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(ZPegawaiBaris),
});

export type TRekap = z.infer<typeof ZRekap>;
export type TPegawaiPage = z.infer<typeof ZPegawaiPage>;
