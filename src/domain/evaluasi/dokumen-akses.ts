/**
 * Who may print which evaluation document (issue 11, item 6; decision 0504), by the role the caller
 * plays towards the evaluation (resolved by the dokumen-evaluasi module at request time, never stored):
 *
 * - PEMILIK: the pegawai evaluated — their own documents, once the evaluation is set (DITETAPKAN or
 *   later): a proposal still being rated (DRAFT) is the appraiser's working copy and may still move on
 *   the calibration board, so the employee is not shown it (PermenPANRB 6/2022 Pasal 25: the result is
 *   handed over after it is set).
 * - PENILAI / ATASAN_PENILAI: the pejabat penilai kinerja and the atasan pejabat penilai named on the
 *   evaluation (or the atasan a keberatan was addressed to) — also while DRAFT, with a "DRAF" mark.
 * - ADMIN: an admin instansi / super admin, or an admin unit whose subtree holds the pegawai's SKP unit.
 * - AUDITOR: read-only, everything of the tenant.
 * - KEPALA_UNIT: the head of the unit penilaian (or of a unit above it).
 *
 * Bulk (one zip per unit penilaian × period) is a print run of the unit: its administrators and its
 * head, never the read-only auditor (as the SKP bulk job, src/modules/monitoring canPrintUnit).
 * Admins read but never rate: nothing here writes an evaluation.
 */
export const PERAN_DOKUMEN_EVALUASI = [
  'PEMILIK',
  'PENILAI',
  'ATASAN_PENILAI',
  'ADMIN',
  'AUDITOR',
  'KEPALA_UNIT',
] as const;
export type PeranDokumenEvaluasi = (typeof PERAN_DOKUMEN_EVALUASI)[number];

export const AKSI_DOKUMEN_EVALUASI = [
  /** Evaluasi Kinerja Pegawai and Dokumen Evaluasi Kinerja Pegawai of a set evaluation. */
  'CETAK_DOKUMEN',
  /** The same documents of a DRAFT evaluation, marked "DRAF". */
  'CETAK_DRAF',
  /** Format Penetapan Predikat Kinerja of a unit penilaian × period. */
  'CETAK_PENETAPAN',
  /** Start the bulk zip job of a unit penilaian × period (and read its status and file). */
  'CETAK_MASSAL',
] as const;
export type AksiDokumenEvaluasi = (typeof AKSI_DOKUMEN_EVALUASI)[number];

/** The rule table. */
export const AKSES_DOKUMEN_EVALUASI: Readonly<Record<AksiDokumenEvaluasi, readonly PeranDokumenEvaluasi[]>> = {
  CETAK_DOKUMEN: ['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN', 'AUDITOR', 'KEPALA_UNIT'],
  CETAK_DRAF: ['PENILAI', 'ATASAN_PENILAI', 'ADMIN', 'AUDITOR', 'KEPALA_UNIT'],
  CETAK_PENETAPAN: ['ADMIN', 'AUDITOR', 'KEPALA_UNIT'],
  CETAK_MASSAL: ['ADMIN', 'KEPALA_UNIT'],
};

/** Whether any of the caller's roles allows the action. */
export function bolehDokumenEvaluasi(aksi: AksiDokumenEvaluasi, peran: readonly string[]): boolean {
  return AKSES_DOKUMEN_EVALUASI[aksi].some((p) => peran.includes(p));
}

/** The actions the caller may take, for the UI to offer exactly those. */
export function aksiDokumenEvaluasi(peran: readonly string[]): AksiDokumenEvaluasi[] {
  return AKSI_DOKUMEN_EVALUASI.filter((a) => bolehDokumenEvaluasi(a, peran));
}

/** Which print action a document of an evaluation in `status` needs: a DRAFT prints only as a draft. */
export function aksiCetakUntuk(status: string): AksiDokumenEvaluasi {
  return status === 'DRAFT' ? 'CETAK_DRAF' : 'CETAK_DOKUMEN';
}
