/**
 * The evaluation state machine (issue 11; PermenPANRB 6/2022 Pasal 24–25, PP 30/2019 Pasal 59):
 *
 *   DRAFT ──TETAPKAN (penilai; kalibrasi FINAL)──▶ DITETAPKAN ──TERIMA (pegawai / admin records a
 *   hand delivery)──▶ DITERIMA ──(no keberatan by batas_keberatan)──▶ FINAL
 *                                        └──AJUKAN_KEBERATAN (pegawai, in the window)──▶ KEBERATAN
 *                                                         ──PUTUSKAN (atasan penilai)──▶ FINAL
 *
 * A correction (KOREKSI) of a set evaluation is a new version and puts it back to DITETAPKAN (the
 * receipt starts again). FINAL after the window is derived lazily: a DITERIMA row whose
 * batas_keberatan is before today (Asia/Jakarta) IS final for every read (`statusEfektif`).
 * Every part of issue 11 follows this table; the rows say who may trigger each step.
 */
import type { Teks } from '../types.ts';

export const STATUS_EVALUASI = ['DRAFT', 'DITETAPKAN', 'DITERIMA', 'KEBERATAN', 'FINAL'] as const;
export type StatusEvaluasi = (typeof STATUS_EVALUASI)[number];

/** Labels as the forms and screens print them. */
export const STATUS_EVALUASI_LABEL: Readonly<Record<StatusEvaluasi, Teks>> = {
  DRAFT: { id: 'Draf penilaian', en: 'Draft appraisal' },
  DITETAPKAN: { id: 'Ditetapkan', en: 'Set' },
  DITERIMA: { id: 'Diterima pegawai', en: 'Received by the employee' },
  KEBERATAN: { id: 'Keberatan diajukan', en: 'Objection filed' },
  FINAL: { id: 'Final', en: 'Final' },
};

export const AKSI_STATUS_EVALUASI = [
  /** Save the appraiser's draft (marks, ratings, feedback). */
  'SIMPAN',
  /** Set and sign the evaluation. */
  'TETAPKAN',
  /** The employee acknowledges receipt (or an admin records the date of a hand delivery). */
  'TERIMA',
  /** The employee files a keberatan within the window (src/modules/keberatan). */
  'AJUKAN_KEBERATAN',
  /** The atasan penilai decides the keberatan; final. */
  'PUTUSKAN_KEBERATAN',
  /** A correction of a set evaluation: a new version with a reason. */
  'KOREKSI',
  /** The window passed without a keberatan (derived; code may persist it). */
  'FINALKAN',
] as const;
export type AksiStatusEvaluasi = (typeof AKSI_STATUS_EVALUASI)[number];

/** Who triggers a step: the roles towards the SKP (skpAccess) plus SISTEM for the lapse of the window. */
export type PemicuEvaluasi = 'PEMILIK' | 'PENILAI' | 'ATASAN_PENILAI' | 'ADMIN' | 'SISTEM';

export interface TransisiEvaluasi {
  aksi: AksiStatusEvaluasi;
  dari: readonly StatusEvaluasi[];
  ke: StatusEvaluasi;
  oleh: readonly PemicuEvaluasi[];
}

/** The table. `SIMPAN` keeps the status; every other step moves it. */
export const TRANSISI_EVALUASI: readonly TransisiEvaluasi[] = [
  { aksi: 'SIMPAN', dari: ['DRAFT'], ke: 'DRAFT', oleh: ['PENILAI'] },
  { aksi: 'TETAPKAN', dari: ['DRAFT'], ke: 'DITETAPKAN', oleh: ['PENILAI'] },
  // An admin only records the date the employee received a printed copy; never rates.
  { aksi: 'TERIMA', dari: ['DITETAPKAN'], ke: 'DITERIMA', oleh: ['PEMILIK', 'ADMIN'] },
  { aksi: 'AJUKAN_KEBERATAN', dari: ['DITERIMA'], ke: 'KEBERATAN', oleh: ['PEMILIK'] },
  { aksi: 'PUTUSKAN_KEBERATAN', dari: ['KEBERATAN'], ke: 'FINAL', oleh: ['ATASAN_PENILAI'] },
  // Not from KEBERATAN (the atasan decides it) nor from a FINAL that a keberatan decision made
  // (checked with `adaKeberatan`): the decision is final (PP 30/2019 Pasal 59).
  { aksi: 'KOREKSI', dari: ['DITETAPKAN', 'DITERIMA', 'FINAL'], ke: 'DITETAPKAN', oleh: ['PENILAI'] },
  { aksi: 'FINALKAN', dari: ['DITERIMA'], ke: 'FINAL', oleh: ['SISTEM'] },
];

/** What a step needs to know besides status and role. */
export interface KondisiTransisi {
  /** Status of the unit penilaian's kalibrasi for the period (null: none yet). */
  kalibrasi?: 'TERBUKA' | 'FINAL' | null;
  /** Both ratings chosen (needed to set). */
  ratingLengkap?: boolean;
  /** A keberatan exists for this evaluation (filed or decided). */
  adaKeberatan?: boolean;
  /** Today (Asia/Jakarta) and the last day of the window, YYYY-MM-DD. */
  hariIni?: string;
  batasKeberatan?: string | null;
}

export type KodeTolakEvaluasi =
  | 'EVALUASI.INVALID_TRANSITION'
  | 'EVALUASI.NOT_ALLOWED'
  | 'EVALUASI.KALIBRASI_BELUM_FINAL'
  | 'EVALUASI.KALIBRASI_FINAL'
  | 'EVALUASI.RATING_BELUM_LENGKAP'
  | 'EVALUASI.ADA_KEBERATAN'
  | 'EVALUASI.JENDELA';

export type HasilTransisi = { ok: true; ke: StatusEvaluasi } | { ok: false; code: KodeTolakEvaluasi; message: Teks };

/**
 * The status every read, export and lock uses: a DITERIMA evaluation whose window has passed
 * (batas_keberatan < today, both Asia/Jakarta dates) is FINAL even if no code persisted it yet.
 */
export function statusEfektif(row: { status: string; batasKeberatan: string | null }, hariIni: string): StatusEvaluasi {
  const s = row.status as StatusEvaluasi;
  if (s === 'DITERIMA' && row.batasKeberatan && row.batasKeberatan < hariIni) return 'FINAL';
  return s;
}

const tolak = (code: KodeTolakEvaluasi, id: string, en: string): HasilTransisi => ({
  ok: false,
  code,
  message: { id, en },
});

/**
 * Checks one step against the table and its conditions, on the *effective* status. Returns the next
 * status, or the refusal with a message that names the rule.
 */
export function periksaTransisi(
  status: StatusEvaluasi,
  aksi: AksiStatusEvaluasi,
  peran: readonly string[],
  k: KondisiTransisi = {},
): HasilTransisi {
  const t = TRANSISI_EVALUASI.find((x) => x.aksi === aksi) as TransisiEvaluasi;
  const label = STATUS_EVALUASI_LABEL[status];
  if (!t.dari.includes(status))
    return tolak(
      'EVALUASI.INVALID_TRANSITION',
      `Evaluasi berstatus "${label.id}": langkah ini tidak dapat dilakukan.`,
      `The evaluation is "${label.en}": this step is not possible now.`,
    );
  if (!t.oleh.some((p) => peran.includes(p)))
    return tolak(
      'EVALUASI.NOT_ALLOWED',
      'Anda tidak berwenang melakukan langkah ini pada evaluasi ini.',
      'You may not take this step on this evaluation.',
    );
  if (aksi === 'SIMPAN' && k.kalibrasi === 'FINAL')
    return tolak(
      'EVALUASI.KALIBRASI_FINAL',
      'Kalibrasi unit penilaian untuk periode ini sudah final: penilaian tidak dapat diubah lagi. Tetapkan evaluasinya, atau minta pemilik kalibrasi membukanya kembali.',
      "The unit's calibration for this period is final: the ratings can no longer be changed. Set the evaluation, or ask the calibration's owner to reopen it.",
    );
  if (aksi === 'TETAPKAN' && k.kalibrasi !== 'FINAL')
    return tolak(
      'EVALUASI.KALIBRASI_BELUM_FINAL',
      'Evaluasi baru dapat ditetapkan setelah kalibrasi unit penilaian untuk periode ini final.',
      "The evaluation can be set only once the unit's calibration for this period is final.",
    );
  if ((aksi === 'TETAPKAN' || aksi === 'KOREKSI') && !k.ratingLengkap)
    return tolak(
      'EVALUASI.RATING_BELUM_LENGKAP',
      'Pilih rating hasil kerja dan rating perilaku kerja terlebih dahulu.',
      'Choose the work-result rating and the behaviour rating first.',
    );
  if (aksi === 'KOREKSI' && k.adaKeberatan)
    return tolak(
      'EVALUASI.ADA_KEBERATAN',
      'Evaluasi ini memiliki keberatan: hasilnya ditentukan oleh keputusan atasan pejabat penilai, bukan koreksi.',
      'This evaluation has an objection: its result is the decision of the appraiser’s superior, not a correction.',
    );
  if (aksi === 'AJUKAN_KEBERATAN' && !(k.batasKeberatan && k.hariIni && k.hariIni <= k.batasKeberatan))
    return tolak(
      'EVALUASI.JENDELA',
      `Batas pengajuan keberatan (${k.batasKeberatan ?? '-'}) telah lewat.`,
      `The last day to file an objection (${k.batasKeberatan ?? '-'}) has passed.`,
    );
  if (aksi === 'FINALKAN' && !(k.batasKeberatan && k.hariIni && k.batasKeberatan < k.hariIni))
    return tolak('EVALUASI.JENDELA', 'Masa keberatan belum berakhir.', 'The objection window has not ended yet.');
  return { ok: true, ke: t.ke };
}

/** The steps the caller may take now (for the `aksi` of a read). */
export function aksiStatusYangBoleh(
  status: StatusEvaluasi,
  peran: readonly string[],
  k: KondisiTransisi = {},
): AksiStatusEvaluasi[] {
  return AKSI_STATUS_EVALUASI.filter((a) => periksaTransisi(status, a, peran, k).ok);
}

/** Today's date in Asia/Jakarta (UTC+7, no daylight saving), the calendar the windows count in. */
export function hariIniJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
