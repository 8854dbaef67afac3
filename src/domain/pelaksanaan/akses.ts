/**
 * Who may take which action in the execution stage (issue 10), by the role the caller plays towards
 * the SKP (derived from the hierarchy at request time by skpAccess, never stored). Reading follows
 * the SKP: whoever may read the SKP reads its realisasi, evidence and feedback (PP 30/2019 Pasal 2:
 * objective, transparent; the evidence is part of the SKP's record).
 *
 * Personal acts are not delegated to administrators: the realisasi and evidence are the employee's
 * own statement (form column "Realisasi berdasarkan bukti dukung"), the feedback is the appraiser's
 * (PermenPANRB 6/2022 Lampiran, "Umpan balik berkelanjutan"), so an admin who may read everything
 * still writes none of it.
 */
export const PERAN_PELAKSANAAN = ['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN'] as const;
export type PeranPelaksanaan = (typeof PERAN_PELAKSANAAN)[number];

export const AKSI_PELAKSANAAN = [
  /** Realisasi, rencana aksi, progres harian, attaching one's own evidence. */
  'ISI_REALISASI',
  /** Reopen a period's entry after its batas pengisian, with a reason (audited). */
  'BUKA_PENGISIAN',
  /** Start a feedback thread on an RHK, a realisasi or a BerAKHLAK value. */
  'TULIS_UMPAN_BALIK',
  /** Reply in an existing thread. */
  'BALAS_UMPAN_BALIK',
  /** Ask colleagues for 360° input on one's behaviour. */
  'MINTA_MASUKAN_360',
  /** See the 360° aggregate (only once the anonymity threshold is reached). */
  'LIHAT_MASUKAN_360',
  /** Schedule, record and close a dialog kinerja; set development items. */
  'KELOLA_DIALOG',
  /** Confirm a dialog's record (both sides confirm). */
  'KONFIRMASI_DIALOG',
  /** The employee's feedback on a coaching session (the regulation's follow-up format). */
  'UMPAN_BALIK_COACHING',
] as const;
export type AksiPelaksanaan = (typeof AKSI_PELAKSANAAN)[number];

/** The rule table. */
export const AKSES_PELAKSANAAN: Readonly<Record<AksiPelaksanaan, readonly PeranPelaksanaan[]>> = {
  ISI_REALISASI: ['PEMILIK'],
  BUKA_PENGISIAN: ['PENILAI'],
  TULIS_UMPAN_BALIK: ['PENILAI', 'ATASAN_PENILAI'],
  BALAS_UMPAN_BALIK: ['PEMILIK', 'PENILAI', 'ATASAN_PENILAI'],
  MINTA_MASUKAN_360: ['PEMILIK', 'PENILAI'],
  LIHAT_MASUKAN_360: ['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN'],
  KELOLA_DIALOG: ['PENILAI'],
  KONFIRMASI_DIALOG: ['PEMILIK', 'PENILAI'],
  UMPAN_BALIK_COACHING: ['PEMILIK'],
};

/** Whether any of the caller's roles towards the SKP allows the action. */
export function bolehPelaksanaan(aksi: AksiPelaksanaan, peran: readonly string[]): boolean {
  return AKSES_PELAKSANAAN[aksi].some((p) => peran.includes(p));
}

/** The actions the caller may take, for the UI to offer exactly those (nothing it would refuse). */
export function aksiYangBoleh(peran: readonly string[]): AksiPelaksanaan[] {
  return AKSI_PELAKSANAAN.filter((a) => bolehPelaksanaan(a, peran));
}
