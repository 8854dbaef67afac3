/**
 * Every notification text of the dialog module, one function per kind with its Indonesian and
 * English wording side by side (notifications are being moved to the reader's language: the
 * Indonesian text is what `notify` stores today; `en` is ready for that change).
 */
import type { NotifikasiBaru, TJenisPelaksanaan } from '../notifikasi/index.ts';

type Teks = { id: string; en: string };

export interface DialogInfo {
  id: string;
  instansiId: string;
  jenis: string;
  jadwal: Date;
  tempat: string | null;
  pegawaiNama: string;
  penilaiNama: string;
}

const JENIS: Record<string, Teks> = {
  DIALOG: { id: 'Dialog kinerja', en: 'Performance dialogue' },
  COACHING: { id: 'Coaching', en: 'Coaching' },
  MENTORING: { id: 'Mentoring', en: 'Mentoring' },
  KONSELING: { id: 'Konseling kinerja', en: 'Performance counselling' },
};

/** The time in WIB as people read it (the server's zone for dates, like the rest of Kinerja). */
export function waktuTeks(d: Date, lang: 'id' | 'en' = 'id'): string {
  return `${new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d)} WIB`;
}

function item(
  d: DialogInfo,
  pegawaiId: string,
  jenis: TJenisPelaksanaan,
  t: { judul: Teks; isi: Teks },
): NotifikasiBaru {
  const param = { id: { judul: t.judul.id, isi: t.isi.id }, en: { judul: t.judul.en, isi: t.isi.en } };
  return { instansiId: d.instansiId, pegawaiId, jenis, param, tautan: `/dialog/${d.id}` };
}

export function teksDijadwalkan(d: DialogInfo) {
  const j = JENIS[d.jenis] ?? JENIS.DIALOG;
  const tempat = d.tempat ? ` — ${d.tempat}` : '';
  return {
    judul: { id: `${j.id} dijadwalkan`, en: `${j.en} scheduled` },
    isi: {
      id: `${d.penilaiNama} menjadwalkan ${j.id.toLowerCase()} dengan Anda pada ${waktuTeks(d.jadwal)}${tempat}.`,
      en: `${d.penilaiNama} scheduled a ${j.en.toLowerCase()} with you on ${waktuTeks(d.jadwal, 'en')}${tempat}.`,
    },
  };
}

export function notifDijadwalkan(d: DialogInfo, pegawaiId: string): NotifikasiBaru {
  return item(d, pegawaiId, 'DIALOG_DIJADWALKAN', teksDijadwalkan(d));
}

export function notifDiubah(d: DialogInfo, pegawaiId: string): NotifikasiBaru {
  const j = JENIS[d.jenis] ?? JENIS.DIALOG;
  return item(d, pegawaiId, 'DIALOG_DIUBAH', {
    judul: { id: `Jadwal ${j.id.toLowerCase()} berubah`, en: `${j.en} rescheduled` },
    isi: {
      id: `Jadwal baru: ${waktuTeks(d.jadwal)}${d.tempat ? ` — ${d.tempat}` : ''}.`,
      en: `New time: ${waktuTeks(d.jadwal, 'en')}${d.tempat ? ` — ${d.tempat}` : ''}.`,
    },
  });
}

export function notifDibatalkan(d: DialogInfo, pegawaiId: string): NotifikasiBaru {
  const j = JENIS[d.jenis] ?? JENIS.DIALOG;
  return item(d, pegawaiId, 'DIALOG_DIBATALKAN', {
    judul: { id: `${j.id} dibatalkan`, en: `${j.en} cancelled` },
    isi: {
      id: `${j.id} pada ${waktuTeks(d.jadwal)} dibatalkan oleh ${d.penilaiNama}.`,
      en: `The ${j.en.toLowerCase()} on ${waktuTeks(d.jadwal, 'en')} was cancelled by ${d.penilaiNama}.`,
    },
  });
}

export function notifPerluKonfirmasi(d: DialogInfo, pegawaiId: string, oleh: string): NotifikasiBaru {
  return item(d, pegawaiId, 'DIALOG_KONFIRMASI', {
    judul: { id: 'Catatan dialog menunggu konfirmasi Anda', en: 'A dialogue record awaits your confirmation' },
    isi: {
      id: `${oleh} telah merekam/mengonfirmasi catatan dialog ${waktuTeks(d.jadwal)}. Periksa dan konfirmasi.`,
      en: `${oleh} recorded/confirmed the record of the dialogue of ${waktuTeks(d.jadwal, 'en')}. Review and confirm it.`,
    },
  });
}

export function notifPengingat(d: DialogInfo, pegawaiId: string, jenis: 'H1' | 'H0', lawan: string): NotifikasiBaru {
  const j = JENIS[d.jenis] ?? JENIS.DIALOG;
  const kapan: Teks = jenis === 'H1' ? { id: 'besok', en: 'tomorrow' } : { id: 'hari ini', en: 'today' };
  return item(d, pegawaiId, jenis === 'H1' ? 'DIALOG_PENGINGAT_H1' : 'DIALOG_PENGINGAT_H0', {
    judul: { id: `Pengingat: ${j.id.toLowerCase()} ${kapan.id}`, en: `Reminder: ${j.en.toLowerCase()} ${kapan.en}` },
    isi: {
      id: `${j.id} dengan ${lawan} ${kapan.id}, ${waktuTeks(d.jadwal)}${d.tempat ? ` — ${d.tempat}` : ''}.`,
      en: `${j.en} with ${lawan} ${kapan.en}, ${waktuTeks(d.jadwal, 'en')}${d.tempat ? ` — ${d.tempat}` : ''}.`,
    },
  });
}
