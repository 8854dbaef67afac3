/**
 * What a notification says, in either language. A notification is stored as its kind (`jenis`) and
 * parameters (`param`) and rendered when read — in the reader's language for the app, in the
 * recipient account's language for the email — so a reader never gets Indonesian and English
 * side by side, and a text fixed here also fixes notifications already sent. The Indonesian
 * rendering is also written to the `judul`/`isi` columns when the row is made: rows from before
 * this change (no `param`) are shown from those columns as they are.
 */
import type { Lang } from '../../http/errors.ts';

/** Why an RHK was flagged for review. */
export type TSebabTinjau =
  | { sebab: 'PK_INDIKATOR_DIHAPUS' }
  | { sebab: 'RHK_ATASAN_DIUBAH'; rhk: string }
  | { sebab: 'RHK_ATASAN_DIHAPUS'; rhk: string };

/** Every kind of notification with its parameters (names, years, counts — never sentences). */
export type TPesanNotifikasi =
  | { jenis: 'SKP_DIAJUKAN'; param: { pemilik: string; tahun: number } }
  | { jenis: 'SKP_DIKEMBALIKAN'; param: { tahun: number; catatan: string } }
  | { jenis: 'SKP_DITETAPKAN'; param: { tahun: number; oleh: string; revisi: number } }
  | {
      jenis: 'SKP_PERUBAHAN';
      param: { tahun: number; revisi: number } & ({ olehPemilik: true; pemilik: string } | { olehPemilik: false });
    }
  | { jenis: 'SKP_DITUTUP'; param: { tahun: number; selesai: string; sebab: 'PINDAH_JABATAN' | 'PENEMPATAN_BERAKHIR' } }
  | { jenis: 'SKP_DIBUAT'; param: { tahun: number; oleh: string } }
  | { jenis: 'SKP_MPH'; param: { tahun: number; oleh: string; jumlah: number } }
  | { jenis: 'SKP_PERLU_TINJAU'; param: TSebabTinjau }
  | { jenis: 'SKP_ATASAN_DITUNGGU'; param: { bawahan: string | null; rhk: string } }
  | { jenis: 'SKP_RHK_DIMINTA'; param: { bawahan: string | null; tahun: number; atasanPunyaSkp: boolean } }
  | {
      jenis: 'SKP_EKSPEKTASI_PENILAI';
      param: { tahun: number; oleh: string; bagian: Array<'perilaku' | 'lampiran'> };
    }
  | { jenis: TJenisPelaksanaan; param: TTeksDuaBahasa };

/**
 * Kinds of the execution stage (issue 10). Their texts are built by their own module — one function
 * per kind with the Indonesian and English wording side by side — and stored in both languages in
 * `param`, so the reader still gets only their own language.
 */
export const JENIS_PELAKSANAAN = [
  'PENGISIAN_DIBUKA',
  'UMPAN_BALIK_BARU',
  'UMPAN_BALIK_BALASAN',
  'MASUKAN360_DIMINTA',
  'DIALOG_DIJADWALKAN',
  'DIALOG_DIUBAH',
  'DIALOG_DIBATALKAN',
  'DIALOG_KONFIRMASI',
  'DIALOG_PENGINGAT_H1',
  'DIALOG_PENGINGAT_H0',
  'UMPAN_BALIK_COACHING',
  'KEBERATAN_DIAJUKAN',
  'KEBERATAN_PENJELASAN_DIMINTA',
  'KEBERATAN_DIPUTUSKAN',
  'EVALUASI_DITETAPKAN',
  'EVALUASI_DIKOREKSI',
] as const;
export type TJenisPelaksanaan = (typeof JENIS_PELAKSANAAN)[number];

/** A text already written in both languages. */
export interface TTeksDuaBahasa {
  id: TTeks;
  en: TTeks;
}

export type TJenisNotifikasi = TPesanNotifikasi['jenis'];

export interface TTeks {
  judul: string;
  isi: string;
}

type Renderer<J extends TJenisNotifikasi> = (p: Extract<TPesanNotifikasi, { jenis: J }>['param'], lang: Lang) => TTeks;

/** A calendar date (YYYY-MM-DD) as people write it: "31 Maret 2026" / "31 March 2026". */
export function formatTanggal(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

const TEXTS: { [J in Exclude<TJenisNotifikasi, TJenisPelaksanaan>]: Renderer<J> } & Partial<
  Record<TJenisPelaksanaan, Renderer<TJenisPelaksanaan>>
> = {
  SKP_DIAJUKAN: (p, lang) =>
    lang === 'en'
      ? {
          judul: `${p.pemilik}'s SKP awaits your approval`,
          isi: `${p.pemilik} submitted the ${p.tahun} SKP. Review it, then set it or return it with notes.`,
        }
      : {
          judul: `SKP ${p.pemilik} menunggu penetapan`,
          isi: `${p.pemilik} mengajukan SKP ${p.tahun}. Periksa, lalu tetapkan atau kembalikan dengan catatan.`,
        },
  SKP_DIKEMBALIKAN: (p, lang) =>
    lang === 'en'
      ? {
          judul: `Your ${p.tahun} SKP was returned`,
          isi: `Your appraiser returned your SKP with this note: ${p.catatan}`,
        }
      : {
          judul: `SKP ${p.tahun} Anda dikembalikan`,
          isi: `Pejabat penilai mengembalikan SKP Anda dengan catatan: ${p.catatan}`,
        },
  SKP_DITETAPKAN: (p, lang) =>
    lang === 'en'
      ? { judul: `Your ${p.tahun} SKP has been set`, isi: `${p.oleh} set your SKP (revision ${p.revisi}).` }
      : { judul: `SKP ${p.tahun} Anda telah ditetapkan`, isi: `${p.oleh} menetapkan SKP Anda (revisi ${p.revisi}).` },
  SKP_PERUBAHAN: (p, lang) =>
    lang === 'en'
      ? {
          judul: `Changes to the ${p.tahun} SKP opened`,
          isi: p.olehPemilik
            ? `${p.pemilik} opened changes to an SKP that was set (revision ${p.revisi}).`
            : `Your appraiser opened changes to your SKP (revision ${p.revisi}). Adjust it, then submit it again.`,
        }
      : {
          judul: `Perubahan SKP ${p.tahun} dibuka`,
          isi: p.olehPemilik
            ? `${p.pemilik} membuka perubahan atas SKP yang telah ditetapkan (revisi ${p.revisi}).`
            : `Pejabat penilai membuka perubahan atas SKP Anda (revisi ${p.revisi}). Sesuaikan lalu ajukan kembali.`,
        },
  SKP_DITUTUP: (p, lang) => {
    const per = formatTanggal(p.selesai, lang);
    if (lang === 'en')
      return {
        judul: `Your ${p.tahun} SKP was closed as of ${per}`,
        isi:
          p.sebab === 'PINDAH_JABATAN'
            ? 'This SKP was closed because of a transfer or promotion. Create a new SKP for the rest of the year.'
            : 'This SKP was closed because your placement in that position ended (transfer, promotion or the end of the placement). If you hold a new position, create an SKP for it for the rest of the year.',
      };
    return {
      judul: `SKP ${p.tahun} Anda ditutup per ${per}`,
      isi:
        p.sebab === 'PINDAH_JABATAN'
          ? 'SKP ini ditutup karena perpindahan atau promosi jabatan. Buat SKP baru untuk sisa tahun berjalan.'
          : 'SKP ini ditutup karena penempatan Anda pada jabatan tersebut berakhir (pindah, promosi, atau akhir penempatan). Bila Anda menduduki jabatan baru, buat SKP untuk jabatan itu pada sisa tahun berjalan.',
    };
  },
  SKP_DIBUAT: (p, lang) =>
    lang === 'en'
      ? {
          judul: `A ${p.tahun} SKP was created for you`,
          isi: `${p.oleh} created your draft ${p.tahun} SKP. Complete it, then submit it.`,
        }
      : {
          judul: `SKP ${p.tahun} dibuatkan untuk Anda`,
          isi: `${p.oleh} membuat rancangan SKP ${p.tahun} Anda. Lengkapi lalu ajukan.`,
        },
  SKP_MPH: (p, lang) =>
    lang === 'en'
      ? {
          judul: 'Your superior shared RHK with you',
          isi: `${p.oleh} shared ${p.jumlah} RHK into your draft ${p.tahun} SKP (Matriks Peran Hasil).`,
        }
      : {
          judul: 'Atasan membagikan RHK kepada Anda',
          isi: `${p.oleh} membagikan ${p.jumlah} RHK ke rancangan SKP ${p.tahun} Anda (Matriks Peran Hasil).`,
        },
  SKP_PERLU_TINJAU: (p, lang) => {
    if (p.sebab === 'PK_INDIKATOR_DIHAPUS')
      return lang === 'en'
        ? {
            judul: 'Perjanjian Kinerja changed',
            isi: 'A Perjanjian Kinerja indicator your RHK refers to was removed. Review that RHK.',
          }
        : {
            judul: 'Perjanjian Kinerja berubah',
            isi: 'Indikator Perjanjian Kinerja yang dirujuk RHK Anda dihapus. Tinjau RHK tersebut.',
          };
    const dihapus = p.sebab === 'RHK_ATASAN_DIHAPUS';
    return lang === 'en'
      ? {
          judul: "Your superior's RHK changed: review your SKP",
          isi: `The superior's RHK you intervene, "${p.rhk}", was ${dihapus ? 'deleted' : 'changed'}. Review your related RHK.`,
        }
      : {
          judul: 'RHK atasan berubah: tinjau SKP Anda',
          isi: `RHK atasan yang Anda intervensi "${p.rhk}" telah ${dihapus ? 'dihapus' : 'diubah'}. Tinjau RHK Anda yang terkait.`,
        };
  },
  SKP_ATASAN_DITUNGGU: (p, lang) =>
    lang === 'en'
      ? {
          judul: 'A subordinate is waiting for your SKP',
          isi: `${p.bawahan ?? 'Your subordinate'} is drafting an SKP that intervenes your RHK "${p.rhk}", while your SKP is not set yet. Complete and submit your SKP.`,
        }
      : {
          judul: 'Bawahan menunggu SKP Anda',
          isi: `${p.bawahan ?? 'Bawahan Anda'} menyusun SKP yang mengintervensi RHK Anda "${p.rhk}", sementara SKP Anda belum ditetapkan. Selesaikan dan ajukan SKP Anda.`,
        },
  SKP_EKSPEKTASI_PENILAI: (p, lang) => {
    const perilaku = p.bagian.includes('perilaku');
    const lampiran = p.bagian.includes('lampiran');
    if (lang === 'en') {
      const what = [perilaku && 'the special expectations', lampiran && 'the attachment (Lampiran)'].filter(Boolean);
      return {
        judul: `Your appraiser wrote on your ${p.tahun} SKP`,
        isi: `${p.oleh} updated ${what.join(' and ')} of your ${p.tahun} SKP. Open your SKP to read the changes.`,
      };
    }
    const apa = [perilaku && 'ekspektasi khusus pimpinan', lampiran && 'lampiran'].filter(Boolean);
    return {
      judul: `Pejabat penilai menulis pada SKP ${p.tahun} Anda`,
      isi: `${p.oleh} memperbarui ${apa.join(' dan ')} SKP ${p.tahun} Anda. Buka SKP Anda untuk membacanya.`,
    };
  },
  SKP_RHK_DIMINTA: (p, lang) => {
    if (lang === 'en') {
      const who = p.bawahan ?? 'Your subordinate';
      return {
        judul: 'A subordinate is waiting for your RHK',
        isi: p.atasanPunyaSkp
          ? `${who} is drafting the ${p.tahun} SKP and needs your RHK to intervene. Add RHK to your SKP — a draft is enough.`
          : `${who} is drafting the ${p.tahun} SKP and needs your RHK to intervene. Create your ${p.tahun} SKP and write its RHK — a draft is enough; your subordinate need not wait for yours to be set.`,
      };
    }
    const who = p.bawahan ?? 'Bawahan Anda';
    return {
      judul: 'Bawahan menunggu RHK Anda',
      isi: p.atasanPunyaSkp
        ? `${who} sedang menyusun SKP ${p.tahun} dan membutuhkan RHK Anda untuk diintervensi. Tambahkan RHK pada SKP Anda — draf pun cukup.`
        : `${who} sedang menyusun SKP ${p.tahun} dan membutuhkan RHK Anda untuk diintervensi. Buat SKP ${p.tahun} Anda dan tulis RHK-nya — draf pun cukup, bawahan tidak perlu menunggu SKP Anda ditetapkan.`,
    };
  },
};

const dariParam = (p: TTeksDuaBahasa, lang: Lang): TTeks => {
  const t = p[lang === 'en' ? 'en' : 'id'];
  if (typeof t?.judul !== 'string' || typeof t.isi !== 'string') throw new Error('not a two-language text');
  return { judul: t.judul, isi: t.isi };
};
for (const jenis of JENIS_PELAKSANAAN) TEXTS[jenis] = dariParam;

/** The text of a notification in `lang`. */
export function renderPesan(pesan: TPesanNotifikasi, lang: Lang): TTeks {
  const render = TEXTS[pesan.jenis] as (p: unknown, lang: Lang) => TTeks;
  return render(pesan.param, lang);
}

/**
 * The text of a stored notification in `lang`: rendered from its kind and parameters, or — for a
 * row written before notifications kept their parameters, or of a kind this version does not know —
 * the Indonesian text stored with it.
 */
export function renderStored(row: { jenis: string; judul: string; isi: string; param: unknown }, lang: Lang): TTeks {
  if (row.param !== null && typeof row.param === 'object' && Object.hasOwn(TEXTS, row.jenis)) {
    try {
      return renderPesan({ jenis: row.jenis, param: row.param } as TPesanNotifikasi, lang);
    } catch {
      // A parameter set that does not fit its kind (hand-edited row): show what was stored.
    }
  }
  return { judul: row.judul, isi: row.isi };
}
