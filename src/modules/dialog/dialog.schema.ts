/** Zod request and response schemas of the dialog kinerja API (docs/pelaksanaan-dialog.md). */
import { z } from 'zod';
import { JENIS_DIALOG, KRITERIA_UMPAN_BALIK_COACHING, TOPIK_AGENDA } from '../../domain/pelaksanaan/dialog.ts';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';
import { zVersion } from '../../http/schema.ts';

const teks = (max = 2000) => z.string().trim().min(1).max(max);
const teksOpsional = (max = 4000) => z.string().trim().max(max).nullish();
const kodePeriode = z.string().regex(/^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/);

export const ZInstansiParams = z.object({ instansiId: z.uuid() });
export const ZSkpParams = z.object({ instansiId: z.uuid(), skpId: z.uuid() });
export const ZDialogParams = z.object({ instansiId: z.uuid(), dialogId: z.uuid() });
export const ZIdVersion = z.object({ id: z.string(), version: z.number() });

export const ZJadwal = z.object({
  periodeKode: kodePeriode,
  jenis: z.enum(JENIS_DIALOG).default('DIALOG'),
  /** An instant with its offset, e.g. 2026-05-10T09:00:00+07:00 (stored in UTC). */
  jadwal: z.iso.datetime({ offset: true }),
  durasiMenit: z.number().int().min(15).max(480).default(60),
  /** A room, or an online meeting link. */
  tempat: teksOpsional(500),
});

export const ZUbahJadwal = z.object({
  version: zVersion(),
  jenis: z.enum(JENIS_DIALOG).optional(),
  jadwal: z.iso.datetime({ offset: true }).optional(),
  durasiMenit: z.number().int().min(15).max(480).optional(),
  tempat: teksOpsional(500),
});

export const ZBatal = z.object({ version: zVersion(), alasan: teksOpsional(1000) });

const ZTautan = {
  rhkId: z.uuid().nullish(),
  perilakuKode: z.enum(NILAI_BERAKHLAK_KODE).nullish(),
  kompetensi: teksOpsional(200),
};

export const ZAgendaIn = z.object({
  topik: z.enum(TOPIK_AGENDA),
  ...ZTautan,
  catatan: teksOpsional(4000),
});

export const ZPengembanganIn = z.object({
  /** An item of this dialog to keep (omit for a new one); items not sent are removed. */
  id: z.uuid().optional(),
  kompetensi: teks(200),
  metodeKode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
  rhkId: z.uuid().nullish(),
  perilakuKode: z.enum(NILAI_BERAKHLAK_KODE).nullish(),
  targetTanggal: z.iso.date().nullish(),
});

export const ZPenilaianIn = z.object({
  id: z.uuid(),
  status: z.enum(['TERCAPAI', 'TIDAK_TERCAPAI']),
  penjelasan: teks(2000),
});

export const ZCatatanDialog = z.object({
  hasil: teksOpsional(),
  kompetensi: teksOpsional(),
  perilaku: teksOpsional(),
  aspirasiPendek: teksOpsional(),
  aspirasiMenengah: teksOpsional(),
});

export const ZRekam = z.object({
  version: zVersion(),
  catatan: ZCatatanDialog.default({}),
  agenda: z.array(ZAgendaIn).max(50),
  pengembangan: z.array(ZPengembanganIn).max(30),
  penilaian: z.array(ZPenilaianIn).max(60).default([]),
  tindakLanjutTanggal: z.iso.date().nullish(),
  /** Close the record (status SELESAI): needs the follow-up date and every open item judged. */
  selesai: z.boolean().default(false),
});

export const ZKonfirmasi = z.object({ version: zVersion() });

export const ZUmpanBalikCoaching = z.object({
  version: zVersion(),
  /** Format B.1.8: each statement 1 (strongly disagree) … 5 (strongly agree). */
  skor: z.strictObject(
    Object.fromEntries(KRITERIA_UMPAN_BALIK_COACHING.map((k) => [k.kode, z.number().int().min(1).max(5)])) as Record<
      (typeof KRITERIA_UMPAN_BALIK_COACHING)[number]['kode'],
      z.ZodNumber
    >,
  ),
  komentar: teksOpsional(2000),
});

export const ZCekKompetensi = z.object({
  version: zVersion(),
  /** Format B.1.9: each competency developed, a score 1–5 and the reason for it. */
  items: z
    .array(z.object({ kompetensi: teks(200), skor: z.number().int().min(1).max(5), alasan: teks(2000) }))
    .min(1)
    .max(20),
});

export const ZBawahanQuery = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
  periodeKode: kodePeriode.optional(),
});

const ZOrang = z.object({ id: z.string(), nama: z.string(), nip: z.string() });

export const ZDialogRingkas = z.object({
  id: z.string(),
  skpId: z.string(),
  periodeKode: z.string(),
  jenis: z.string(),
  jadwal: z.string(),
  durasiMenit: z.number(),
  tempat: z.string().nullable(),
  status: z.string(),
  dikonfirmasiPegawai: z.boolean(),
  dikonfirmasiPenilai: z.boolean(),
  pegawai: ZOrang,
  penilai: ZOrang,
});

export const ZPengembangan = z.object({
  id: z.string(),
  dialogId: z.string(),
  kompetensi: z.string(),
  metodeKode: z.string(),
  metodeNama: z.string(),
  rhkId: z.string().nullable(),
  perilakuKode: z.string().nullable(),
  targetTanggal: z.string().nullable(),
  status: z.string(),
  penjelasan: z.string().nullable(),
  dinilaiDialogId: z.string().nullable(),
  dibawaDariId: z.string().nullable(),
});

export const ZBawahanDialog = z.object({
  tahun: z.number(),
  periodeKode: z.string(),
  periode: z.array(z.object({ kode: z.string(), mulai: z.string(), selesai: z.string() })),
  items: z.array(
    z.object({
      pegawai: ZOrang.extend({ jabatanNama: z.string().nullable() }),
      skpId: z.string().nullable(),
      dialog: z.array(ZDialogRingkas),
    }),
  ),
});

export const ZDialogSaya = z.object({
  dialog: z.array(ZDialogRingkas),
  pengembangan: z.array(ZPengembangan),
});

export const ZDialogDetail = ZDialogRingkas.extend({
  version: z.number(),
  skpTahun: z.number(),
  catatan: z.record(z.string(), z.unknown()),
  tindakLanjutTanggal: z.string().nullable(),
  terkunci: z.boolean(),
  agenda: z.array(
    z.object({
      id: z.string(),
      urutan: z.number(),
      topik: z.string(),
      rhkId: z.string().nullable(),
      perilakuKode: z.string().nullable(),
      kompetensi: z.string().nullable(),
      catatan: z.string().nullable(),
    }),
  ),
  /** Items agreed in this dialog (new ones and those carried over into it). */
  pengembangan: z.array(ZPengembangan),
  /** Items of earlier dialogs this dialog judges (open, or judged here). */
  untukDinilai: z.array(ZPengembangan),
  rhk: z.array(z.object({ id: z.string(), teks: z.string(), tertinggal: z.boolean() })),
  metode: z.array(z.object({ kode: z.string(), nama: z.string() })),
  aksi: z.array(z.string()),
});
