/** Zod request and response schemas of 360° input. */
import { z } from 'zod';
import { AKSI_PELAKSANAAN } from '../../domain/pelaksanaan/akses.ts';
import { RESPONDEN_MAKSIMUM } from '../../domain/pelaksanaan/masukan360.ts';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';

const ZPeriodeKode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/, {
  message: 'Kode periode: TW1–TW4, B01–B12 atau AKHIR',
});

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZMasukanParams = z.object({ instansiId: z.uuid(), masukanId: z.uuid() });
export const ZCalonQuery = z.object({ q: z.string().trim().min(2).max(100) });

export const ZHubungan = z.enum(['PEER', 'BAWAHAN', 'LAINNYA']);

export const ZPermintaanBaru = z.object({
  periodeKode: ZPeriodeKode.nullish(),
  batas: z.iso.date().nullish(),
  responden: z
    .array(z.object({ pegawaiId: z.uuid(), hubungan: ZHubungan }))
    .min(1)
    .max(RESPONDEN_MAKSIMUM),
});
export type TPermintaanBaru = z.infer<typeof ZPermintaanBaru>;

/** All seven values, 1–5 each, and an optional comment. */
export const ZJawaban = z.object({
  skor: z.strictObject(
    Object.fromEntries(NILAI_BERAKHLAK_KODE.map((k) => [k, z.number().int().min(1).max(5)])) as Record<
      (typeof NILAI_BERAKHLAK_KODE)[number],
      z.ZodNumber
    >,
  ),
  komentar: z.string().trim().max(2000).nullish(),
});
export type TJawaban = z.infer<typeof ZJawaban>;

export const ZCalon = z.array(
  z.object({
    id: z.string(),
    nama: z.string(),
    nip: z.string(),
    jabatanNama: z.string().nullable(),
    unitNama: z.string().nullable(),
  }),
);

const ZNilai = z.object({ kode: z.string(), nama: z.object({ id: z.string(), en: z.string() }) });

export const ZHasil = z.object({
  n: z.number(),
  nilai: z.array(
    z.object({
      kode: z.string(),
      n: z.number(),
      rataRata: z.number().nullable(),
      sebaran: z.array(z.number()),
    }),
  ),
  /** In a random order, re-shuffled on every read. */
  komentar: z.array(z.string()),
});

export const ZPermintaan = z.object({
  id: z.string(),
  periodeKode: z.string().nullable(),
  batas: z.string().nullable(),
  /** TERBUKA while it takes answers; DITUTUP once closed or past its deadline. */
  status: z.enum(['TERBUKA', 'DITUTUP']),
  minimumJawaban: z.number(),
  dimintaOlehNama: z.string(),
  createdAt: z.string(),
  /** Who was asked — never who has answered. */
  responden: z.array(z.object({ nama: z.string(), hubungan: ZHubungan })),
  /** The aggregate, only when shown (≥ threshold and no further answer possible); else null. */
  hasil: ZHasil.nullable(),
});

export const ZPermintaanList = z.object({
  aktif: z.boolean(),
  minimumJawaban: z.number(),
  aksi: z.array(z.enum(AKSI_PELAKSANAAN)),
  nilai: z.array(ZNilai),
  permintaan: z.array(ZPermintaan),
});

export const ZTugasSaya = z.object({
  aktif: z.boolean(),
  nilai: z.array(ZNilai),
  tugas: z.array(
    z.object({
      id: z.string(),
      pegawaiNama: z.string(),
      jabatanNama: z.string().nullable(),
      periodeKode: z.string().nullable(),
      batas: z.string().nullable(),
      hubungan: ZHubungan,
    }),
  ),
});
