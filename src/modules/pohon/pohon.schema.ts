/** Zod schemas of the pohon kinerja endpoint. */
import { z } from 'zod';

export const ZPohonParams = z.object({ instansiId: z.uuid() });
export const ZPohonQuery = z.object({
  unitId: z
    .uuid()
    .optional()
    .describe('Unit akar pohon; bawaan unit terluas yang boleh Anda lihat / root unit (default: your widest)'),
  tahun: z.coerce.number().int().min(2000).max(2100).optional().describe('Tahun kinerja; bawaan tahun berjalan'),
});

const ZFlag = z.enum(['RHK_YATIM', 'INDIKATOR_TANPA_RHK', 'PEGAWAI_TANPA_SKP_DITETAPKAN']);

export const ZPohonNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  jenis: z
    .enum(['UNIT', 'SASARAN', 'INDIKATOR', 'RHK', 'RHK_LUAR'])
    .describe('RHK_LUAR: RHK di luar unit yang diintervensi (konteks) / intervened RHK outside the unit'),
  label: z.string(),
  depth: z.number(),
  anak: z.number().describe('Jumlah anak langsung / direct children'),
  jumlahRhk: z.number().describe('RHK di bawah simpul ini / RHK below this node'),
  jumlahPegawai: z.number().describe('Pemilik RHK berbeda di subpohon / distinct RHK owners in the subtree'),
  jumlahMasalah: z.number().describe('Tanda masalah di subpohon / flags in the subtree'),
  flags: z.array(ZFlag),
  unit: z
    .object({
      unitJenis: z.string(),
      pegawai: z.number(),
      ditetapkan: z.number(),
      belumDitetapkan: z.array(z.object({ pegawaiId: z.string(), skpStatus: z.string().nullable() })),
    })
    .optional(),
  pk: z.object({ status: z.string() }).optional(),
  indikator: z.object({ target: z.string().nullable() }).optional(),
  rhk: z
    .object({
      skpId: z.string(),
      skpStatus: z.string(),
      pegawaiId: z.string(),
      rhkJenis: z.string(),
      sumber: z.string().nullable(),
      jenisForm: z.string().nullable(),
      jumlahIki: z.number(),
    })
    .optional(),
});

export const ZPohon = z.object({
  tahun: z.number(),
  tanggalAcuan: z.string(),
  unit: z.object({ id: z.string(), nama: z.string(), jenis: z.string(), parentId: z.string().nullable() }),
  nodes: z.array(ZPohonNode).describe('Pra-urut (induk sebelum anak) / pre-ordered, parents first'),
  pegawai: z.array(
    z.object({
      id: z.string(),
      nama: z.string(),
      nip: z.string().nullable(),
      jabatanNama: z.string().nullable(),
      unitId: z.string().nullable(),
      skpStatus: z.string().nullable(),
    }),
  ),
  ringkasan: z.object({
    unit: z.number(),
    sasaran: z.number(),
    indikator: z.number(),
    indikatorTanpaRhk: z.number(),
    rhk: z.number(),
    rhkYatim: z.number(),
    pegawai: z.number(),
    pegawaiDitetapkan: z.number(),
    pegawaiBelumDitetapkan: z.number(),
  }),
});
