/**
 * Who may take which step of a keberatan (PP 30/2019 Pasal 59), by the role the caller plays in the
 * case. Roles are derived from the case's people, never stored per account:
 * - PEMILIK — the evaluated employee (files; gives their own explanation);
 * - PENILAI — the pejabat penilai who rated (evaluasi.penilai_pegawai_id; gives their explanation);
 * - ATASAN — the atasan pejabat penilai the keberatan is addressed to (keberatan.atasan_pegawai_id),
 *   or, when it is addressed to the regional head (outside the tree), the tenant's admin recording
 *   the head's steps on their behalf (decision 0503). Pasal 59(3): the atasan *asks* both sides for
 *   explanations, so they may also write down what each side said (dated);
 * - ADMIN — an administrator whose scope covers the employee's unit (reads, never decides);
 * - PEMBACA — read-only (AUDITOR).
 */
export const PERAN_KEBERATAN = ['PEMILIK', 'PENILAI', 'ATASAN', 'ADMIN', 'PEMBACA'] as const;
export type PeranKeberatan = (typeof PERAN_KEBERATAN)[number];

export const AKSI_KEBERATAN = [
  /** Read the case (both explanations, the decision). */
  'BACA',
  /** File a keberatan on one's own evaluation. */
  'AJUKAN',
  /** Record the appraiser's explanation (themself, or the atasan writing down what they said). */
  'PENJELASAN_PENILAI',
  /** Record the employee's explanation (themself, or the atasan writing it down). */
  'PENJELASAN_PEGAWAI',
  /** Decide: keep (TETAP) or change (UBAH) the ratings; final. */
  'PUTUSKAN',
] as const;
export type AksiKeberatan = (typeof AKSI_KEBERATAN)[number];

/** The rule table. */
export const AKSES_KEBERATAN: Readonly<Record<AksiKeberatan, readonly PeranKeberatan[]>> = {
  BACA: ['PEMILIK', 'PENILAI', 'ATASAN', 'ADMIN', 'PEMBACA'],
  AJUKAN: ['PEMILIK'],
  PENJELASAN_PENILAI: ['PENILAI', 'ATASAN'],
  PENJELASAN_PEGAWAI: ['PEMILIK', 'ATASAN'],
  PUTUSKAN: ['ATASAN'],
};

export function bolehKeberatan(aksi: AksiKeberatan, peran: readonly string[]): boolean {
  return AKSES_KEBERATAN[aksi].some((p) => peran.includes(p));
}

/** The actions the roles allow (before the case's state is considered: see keberatan.ts `aksiTersedia`). */
export function aksiKeberatanBoleh(peran: readonly string[]): AksiKeberatan[] {
  return AKSI_KEBERATAN.filter((a) => bolehKeberatan(a, peran));
}
