/** Zod request and response schemas of continuous feedback and the appraiser's Bawahan read. */
import { z } from 'zod';
import { AKSI_PELAKSANAAN } from '../../domain/pelaksanaan/akses.ts';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';

/** TW1..TW4, B01..B12 or AKHIR (src/domain/skp/periode-defaults.ts). */
export const ZPeriodeKode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/, {
  message: 'Kode periode: TW1–TW4, B01–B12 atau AKHIR',
});
export const ZSasaran = z.enum(['RHK', 'PERILAKU']);

export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZUtasParams = z.object({ instansiId: z.uuid(), skpId: z.uuid(), utasId: z.uuid() });
export const ZInstansiParams = z.object({ instansiId: z.uuid() });

/** The text's own rules (length in characters, no HTML) are checked by the domain with a clear message. */
const ZTeks = z.string().max(20_000);

export const ZUmpanBalikQuery = z.object({
  sasaran: ZSasaran.optional(),
  rhkId: z.uuid().optional(),
  ikiId: z.uuid().optional(),
  perilakuKode: z.enum(NILAI_BERAKHLAK_KODE).optional(),
  periodeKode: ZPeriodeKode.optional(),
});
export type TUmpanBalikQuery = z.infer<typeof ZUmpanBalikQuery>;

export const ZUtasBaru = z.object({
  sasaran: ZSasaran,
  rhkId: z.uuid().nullish(),
  ikiId: z.uuid().nullish(),
  perilakuKode: z.string().max(40).nullish(),
  periodeKode: ZPeriodeKode.nullish(),
  teks: ZTeks,
});
export type TUtasBaru = z.infer<typeof ZUtasBaru>;

export const ZBalasan = z.object({ teks: ZTeks });

export const ZEntri = z.object({
  id: z.string(),
  createdAt: z.string(),
  penulisPegawaiId: z.string(),
  penulisNama: z.string(),
  peranPenulis: z.enum(['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI']),
  teks: z.string(),
});
export type TEntri = z.infer<typeof ZEntri>;

export const ZUtas = ZEntri.extend({
  sasaran: ZSasaran,
  rhkId: z.string().nullable(),
  ikiId: z.string().nullable(),
  perilakuKode: z.string().nullable(),
  periodeKode: z.string().nullable(),
  balasan: z.array(ZEntri),
  /** The last entry is the employee's: the appraiser has something to answer. */
  menungguPenilai: z.boolean(),
});
export type TUtas = z.infer<typeof ZUtas>;

export const ZUmpanBalikList = z.object({
  /** What the caller may do here now (status included), so the UI offers only what the API accepts. */
  aksi: z.array(z.enum(AKSI_PELAKSANAAN)),
  utas: z.array(ZUtas),
});

export const ZBawahanQuery = z.object({ periode: ZPeriodeKode.optional() });
export const ZBawahanPelaksanaan = z.object({
  periodeKode: z.string(),
  tahun: z.number(),
  items: z.array(
    z.object({
      pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string(), jabatanNama: z.string().nullable() }),
      skp: z.object({ id: z.string(), status: z.string() }).nullable(),
      ikiTotal: z.number(),
      ikiTerisi: z.number(),
      buktiBelumDilihat: z.number(),
      umpanBalikMenunggu: z.number(),
    }),
  ),
});
