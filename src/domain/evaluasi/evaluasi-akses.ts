/**
 * Who may do what in the organisational predikat and the appraisal form (issue 11 items 1, 2, 4).
 * Roles towards an SKP come from skpAccess (PEMILIK, PENILAI, ATASAN_PENILAI, ADMIN) plus PEMBACA
 * for an account that only reads (AUDITOR); roles towards a unit penilaian are PIMPINAN_ATAS (the
 * head of the unit one level up, SE MenPANRB 3/2023: "ditetapkan oleh pimpinan satu tingkat di
 * atasnya") and ADMIN_INSTANSI (records on behalf of a decider outside the tree, e.g. the regional
 * head for an OPD, naming who decided). Admins read and record deliveries but never rate.
 * The status steps themselves (who sets, receives, corrects) are the table in status.ts.
 */
export const AKSI_PENILAIAN = [
  /** Open the form (targets, realisasi, evidence, feedback, status). */
  'LIHAT',
  /** See the ratings of a DRAFT: the employee sees them only once set (calibration may change them). */
  'LIHAT_DRAFT',
] as const;
export type AksiPenilaian = (typeof AKSI_PENILAIAN)[number];

export const AKSES_PENILAIAN: Readonly<Record<AksiPenilaian, readonly string[]>> = {
  LIHAT: ['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN', 'PEMBACA'],
  LIHAT_DRAFT: ['PENILAI', 'ATASAN_PENILAI', 'ADMIN', 'PEMBACA'],
};

export function bolehPenilaian(aksi: AksiPenilaian, peran: readonly string[]): boolean {
  return AKSES_PENILAIAN[aksi].some((p) => peran.includes(p));
}

export const AKSI_PREDIKAT_ORGANISASI = ['LIHAT', 'TETAPKAN'] as const;
export type AksiPredikatOrganisasi = (typeof AKSI_PREDIKAT_ORGANISASI)[number];

export const AKSES_PREDIKAT_ORGANISASI: Readonly<Record<AksiPredikatOrganisasi, readonly string[]>> = {
  // The predikat organisasi is printed on every employee's form: every member of the tenant reads it.
  LIHAT: ['ANGGOTA', 'PIMPINAN_ATAS', 'ADMIN_INSTANSI'],
  TETAPKAN: ['PIMPINAN_ATAS', 'ADMIN_INSTANSI'],
};

export function bolehPredikatOrganisasi(aksi: AksiPredikatOrganisasi, peran: readonly string[]): boolean {
  return AKSES_PREDIKAT_ORGANISASI[aksi].some((p) => peran.includes(p));
}
