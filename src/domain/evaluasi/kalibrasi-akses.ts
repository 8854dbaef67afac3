/**
 * Who may do what on the calibration board (issue 11 item 3; decision 0502), by the role the caller
 * plays towards the unit penilaian — derived at request time, never stored:
 *
 * - `KEPALA_UNIT`: the head of the unit penilaian today (definitive, PLT or PLH holder of its head
 *   position). SE MenPANRB 3/2023 makes the distribution "a consideration for the leader": the head
 *   runs the session, changes ratings in place and finalises.
 * - `ADMIN_INSTANSI` (and SUPER_ADMIN), `ADMIN_UNIT` whose subtree holds the unit penilaian: the
 *   agency's HR runs calibration meetings on the leader's behalf in practice (the spreadsheets issue
 *   11 replaces), so they may change and finalise too — every change names them in the log and audit.
 * - `AUDITOR`: reads the board and the log, nothing else.
 * Appraisers see their own subordinates' evaluations in the appraisal pages, not the board: the board
 * shows the whole unit's proposals, which an individual appraiser has no need to see.
 *
 * Reopening is the same people as finalising (the board's owners); the module also refuses it once any
 * evaluation of the unit/period has been set (DITETAPKAN or later).
 */
export const PERAN_KALIBRASI = ['KEPALA_UNIT', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR'] as const;
export type PeranKalibrasi = (typeof PERAN_KALIBRASI)[number];

export const AKSI_KALIBRASI = [
  /** See the board: everyone's ratings, the check, the change log. */
  'LIHAT',
  /** Change one evaluation's ratings in place, with a reason (while TERBUKA). */
  'UBAH',
  /** Finalise (with an override and justification when the pattern is violated). */
  'FINALKAN',
  /** Reopen a final calibration (only while no evaluation of the unit/period is set). */
  'BUKA_KEMBALI',
] as const;
export type AksiKalibrasi = (typeof AKSI_KALIBRASI)[number];

/** The rule table. */
export const AKSES_KALIBRASI: Readonly<Record<AksiKalibrasi, readonly PeranKalibrasi[]>> = {
  LIHAT: ['KEPALA_UNIT', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR'],
  UBAH: ['KEPALA_UNIT', 'ADMIN_INSTANSI', 'ADMIN_UNIT'],
  FINALKAN: ['KEPALA_UNIT', 'ADMIN_INSTANSI', 'ADMIN_UNIT'],
  BUKA_KEMBALI: ['KEPALA_UNIT', 'ADMIN_INSTANSI', 'ADMIN_UNIT'],
};

export function bolehKalibrasi(aksi: AksiKalibrasi, peran: readonly string[]): boolean {
  return AKSES_KALIBRASI[aksi].some((p) => peran.includes(p));
}

/** The state of the board that narrows what the roles allow. */
export interface KeadaanKalibrasi {
  status: 'TERBUKA' | 'FINAL';
  /** Some evaluation of the unit/period is DITETAPKAN or later. */
  adaDitetapkan: boolean;
}

/**
 * The actions the caller may take now (`aksi` in the board read, so the UI offers exactly what the
 * API accepts): the role table narrowed by the state — changes and finalising while TERBUKA,
 * reopening while FINAL and nothing has been set.
 */
export function aksiKalibrasi(peran: readonly string[], k: KeadaanKalibrasi): AksiKalibrasi[] {
  return AKSI_KALIBRASI.filter((a) => {
    if (!bolehKalibrasi(a, peran)) return false;
    if (a === 'UBAH' || a === 'FINALKAN') return k.status === 'TERBUKA';
    if (a === 'BUKA_KEMBALI') return k.status === 'FINAL' && !k.adaDitetapkan;
    return true;
  });
}
