/**
 * Who may take results out (issue 11, items 8–9): the evaluation export and the Monitoring Kurva.
 * Both are reads of many people's predikat, so they go to those who answer for a whole unit:
 *
 * - ADMIN (admin instansi, super admin) and AUDITOR: the whole tenant;
 * - ADMIN_UNIT: their unit subtree only (export rows of pegawai whose SKP unit is in it; curves of
 *   units penilaian inside it);
 * - KEPALA_UNIT_PENILAIAN (the head — definitive, PLT or PLH — of a unit penilaian): that unit's
 *   curve only, never the export (the file feeds SIASN/tunjangan: an administrator's job);
 * - everyone else: nothing (the API answers 404, so existence does not leak).
 */

export const PERAN_HASIL = ['ADMIN', 'AUDITOR', 'ADMIN_UNIT', 'KEPALA_UNIT_PENILAIAN'] as const;
export type PeranHasil = (typeof PERAN_HASIL)[number];

export const AKSI_HASIL = [
  /** Download the evaluation export (CSV/XLSX). */
  'EKSPOR_EVALUASI',
  /** See the Monitoring Kurva of a unit penilaian (and the list). */
  'LIHAT_KURVA',
  /** Download the Monitoring Kurva workbook. */
  'EKSPOR_KURVA',
] as const;
export type AksiHasil = (typeof AKSI_HASIL)[number];

/** How far a role reaches for an action. */
export type Jangkauan = 'INSTANSI' | 'SUBTREE' | 'UNIT_SENDIRI';

/** The rule table: per action, the roles allowed and how far each reaches. */
export const AKSES_HASIL: Readonly<Record<AksiHasil, Readonly<Partial<Record<PeranHasil, Jangkauan>>>>> = {
  EKSPOR_EVALUASI: { ADMIN: 'INSTANSI', AUDITOR: 'INSTANSI', ADMIN_UNIT: 'SUBTREE' },
  LIHAT_KURVA: { ADMIN: 'INSTANSI', AUDITOR: 'INSTANSI', ADMIN_UNIT: 'SUBTREE', KEPALA_UNIT_PENILAIAN: 'UNIT_SENDIRI' },
  EKSPOR_KURVA: {
    ADMIN: 'INSTANSI',
    AUDITOR: 'INSTANSI',
    ADMIN_UNIT: 'SUBTREE',
    KEPALA_UNIT_PENILAIAN: 'UNIT_SENDIRI',
  },
};

/** The caller as these rules see them (from the account's roles and today's hierarchy). */
export interface PelakuHasil {
  /** Admin instansi or super admin of the tenant. */
  admin: boolean;
  auditor: boolean;
  /** Materialised paths of the subtrees the caller administers (ADMIN_UNIT). */
  adminUnitPaths: readonly string[];
  /** Units whose head position the caller holds today. */
  kepalaUnitIds: readonly string[];
}

/** Which rows an action reaches: the tenant, some subtrees, some units exactly, or nothing. */
export type Cakupan =
  | { kind: 'INSTANSI' }
  | { kind: 'TERBATAS'; paths: string[]; unitIds: string[] }
  | { kind: 'TIDAK_ADA' };

/** The reach of the caller for an action (the union of their roles' reaches). */
export function cakupanHasil(pelaku: PelakuHasil, aksi: AksiHasil, tabel = AKSES_HASIL): Cakupan {
  const aturan = tabel[aksi];
  if ((pelaku.admin && aturan.ADMIN) || (pelaku.auditor && aturan.AUDITOR)) return { kind: 'INSTANSI' };
  const paths = aturan.ADMIN_UNIT ? [...pelaku.adminUnitPaths] : [];
  const unitIds = aturan.KEPALA_UNIT_PENILAIAN ? [...pelaku.kepalaUnitIds] : [];
  return paths.length || unitIds.length ? { kind: 'TERBATAS', paths, unitIds } : { kind: 'TIDAK_ADA' };
}

/** Whether a unit (by id and materialised path) lies within a reach. */
export function dalamCakupan(cakupan: Cakupan, unit: { id: string; path: string }): boolean {
  if (cakupan.kind === 'INSTANSI') return true;
  if (cakupan.kind === 'TIDAK_ADA') return false;
  return cakupan.paths.some((p) => unit.path.startsWith(p)) || cakupan.unitIds.includes(unit.id);
}

/** The actions the caller may take on one unit penilaian's curve (returned in reads as `aksi`). */
export function aksiKurva(pelaku: PelakuHasil, unit: { id: string; path: string }): AksiHasil[] {
  return AKSI_HASIL.filter((a) => a !== 'EKSPOR_EVALUASI' && dalamCakupan(cakupanHasil(pelaku, a), unit));
}
