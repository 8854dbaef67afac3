/**
 * When realisasi may be entered (issue 10 item 2) and how far an IKI has come (information, not a
 * rating). Pure: dates are ISO `YYYY-MM-DD` strings (days counted as UTC days, like the rest of the
 * server), instants are `Date`.
 *
 * Sources: PermenPANRB 6/2022 Pasal 1 angka 12 and Pasal 8 (periodic evaluation, monthly or quarterly,
 * on the realisasi of the SKP); the entry window after a period is the agency's batas pengisian
 * (settings.batasPengisian, docs/rules.md); e-Kinerja practice (domain.md §8, "Penilaian Diri") that an
 * appraiser may reopen entry after the deadline; the evaluation (issue 11) locks the period for good.
 */

export interface PeriodeIsi {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
}

/** The state of the SKP in this period (`skp_periode`; absent = never reopened, not rated). */
export interface StatusPeriodeSkp {
  dibukaSampai: Date | null;
  dinilaiAt: Date | null;
}

export interface SkpUntukIsi {
  status: string;
  /** 0 until the SKP is set the first time (skp.revisi). */
  revisi: number;
  mulai: string;
  selesai: string;
}

export type AlasanPengisian =
  /** Within the period or its batas pengisian. */
  | 'TERBUKA'
  /** After the deadline, reopened by the appraiser until `sampai`. */
  | 'DIBUKA_KEMBALI'
  /** The period has not started: nothing to realise yet. */
  | 'BELUM_MULAI'
  /** The batas pengisian has passed and no reopening is running. */
  | 'LEWAT_BATAS'
  /** The period was rated: locked for good, even if a reopening is still running. */
  | 'DINILAI'
  /** The SKP was never set: there is no agreed target to realise against. */
  | 'SKP_BELUM_DITETAPKAN'
  /** The SKP ended (transfer) before this period began. */
  | 'DI_LUAR_MASA_SKP';

export interface StatusPengisian {
  terbuka: boolean;
  alasan: AlasanPengisian;
  /** The last day of entry as things stand: the batas pengisian, or the reopening's end. */
  batas: string;
  /** Set while a reopening runs (an instant). */
  dibukaSampai: string | null;
}

/**
 * Which SKP statuses allow entry: an SKP that has been set (PermenPANRB 6/2022 Pasal 14: the SKP is
 * the agreed plan; realising a plan nobody agreed makes no sense). Two in-between cases:
 * - perubahan SKP (DRAFT/DIAJUKAN/DIKEMBALIKAN after `ubah`, revisi ≥ 1): entry goes on — the set
 *   version stays in force until the change is set, and the year does not stop for a change;
 * - DITUTUP (mid-year transfer/promotion): the employee still records what was achieved under it, but
 *   only for periods that began on or before its closing date (`selesai`).
 */
export function skpBolehDiisi(s: SkpUntukIsi, p: Pick<PeriodeIsi, 'mulai'>): AlasanPengisian | null {
  if (s.revisi < 1 && s.status !== 'DITETAPKAN') return 'SKP_BELUM_DITETAPKAN';
  if (p.mulai > s.selesai) return 'DI_LUAR_MASA_SKP';
  return null;
}

/**
 * Whether a set version of the SKP is in force now: set, or under perubahan after having been set
 * (revisi ≥ 1; the set version stays in force until the change is set — PermenPANRB 6/2022 Pasal
 * 14 on setting, domain.md §2.7). Work that follows the plan through the year (dialog kinerja) goes
 * on while a change is drafted; a closed SKP is the frozen record and takes none.
 */
export function skpSedangBerlaku(s: { status: string; revisi: number }): boolean {
  if (s.status === 'DITUTUP') return false;
  return s.status === 'DITETAPKAN' || s.revisi >= 1;
}

/** The instant a reopening "until date D" ends: the start of the following (UTC) day. */
export function akhirHari(tanggal: string): Date {
  return new Date(Date.parse(`${tanggal}T00:00:00Z`) + 86_400_000);
}

/** Whether the employee may enter realisasi for the period now, and why (not). */
export function statusPengisian(
  s: SkpUntukIsi,
  p: PeriodeIsi,
  state: StatusPeriodeSkp | null,
  now: Date,
): StatusPengisian {
  const today = now.toISOString().slice(0, 10);
  const reopened = state?.dibukaSampai && state.dibukaSampai > now ? state.dibukaSampai : null;
  const base = { batas: p.batasPengisian, dibukaSampai: reopened ? reopened.toISOString() : null };
  if (state?.dinilaiAt) return { ...base, terbuka: false, alasan: 'DINILAI' };
  const skpNo = skpBolehDiisi(s, p);
  if (skpNo) return { ...base, terbuka: false, alasan: skpNo };
  if (today < p.mulai) return { ...base, terbuka: false, alasan: 'BELUM_MULAI' };
  if (today <= p.batasPengisian) return { ...base, terbuka: true, alasan: 'TERBUKA' };
  if (reopened) {
    const last = new Date(reopened.getTime() - 1).toISOString().slice(0, 10);
    return { ...base, batas: last, terbuka: true, alasan: 'DIBUKA_KEMBALI' };
  }
  return { ...base, terbuka: false, alasan: 'LEWAT_BATAS' };
}

/**
 * The period a date falls in (the periodic ones first; AKHIR, the whole year, only when the year has
 * no periodic entry for that date). Null outside the year.
 */
export function periodeBerjalan<T extends PeriodeIsi>(periode: readonly T[], tanggal: string): T | null {
  const inside = periode.filter((p) => p.mulai <= tanggal && tanggal <= p.selesai);
  return inside.find((p) => p.kode !== 'AKHIR') ?? inside[0] ?? null;
}

/**
 * The period the "Kinerja Saya" screen opens on: the running one; after the year, the last period
 * whose entry is still open, else the last one; before the year, the first.
 */
export function periodeUtama<T extends PeriodeIsi>(periode: readonly T[], tanggal: string): T | null {
  const running = periodeBerjalan(periode, tanggal);
  if (running) return running;
  const periodic = periode.filter((p) => p.kode !== 'AKHIR');
  const list = periodic.length ? periodic : [...periode];
  const past = list.filter((p) => p.selesai < tanggal);
  if (!past.length) return list[0] ?? null;
  return past.find((p) => tanggal <= p.batasPengisian) ?? past[past.length - 1];
}

/** What is due: periods that have ended or are running, whose entry is still open, earliest first. */
export function periodeJatuhTempo<T extends PeriodeIsi>(periode: readonly T[], tanggal: string): T[] {
  return periode
    .filter((p) => p.mulai <= tanggal && tanggal <= p.batasPengisian)
    .sort((a, b) => a.batasPengisian.localeCompare(b.batasPengisian));
}

export type Aspek = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';

/**
 * Aspects where less is better: finishing in fewer months or spending less than the target is more
 * than the target (Perka BKN 1/2013 Lampiran II: waktu and biaya are scored by efficiency against the
 * target; PermenPANRB 6/2022 keeps the four aspects of an IKI).
 */
export const ASPEK_LEBIH_KECIL_LEBIH_BAIK: readonly Aspek[] = ['WAKTU', 'BIAYA'];

export type Progres = { jenis: 'KUANTITATIF'; persen: number | null } | { jenis: 'KUALITATIF'; terisi: boolean };

/**
 * Progress of one IKI in a period. Quantitative (a numeric target): realisasi ÷ target in percent, or
 * target ÷ realisasi for WAKTU/BIAYA (less is better); null when either side is missing or the
 * divisor is zero. Rounded to one decimal. Qualitative (a narrative target): only whether something
 * was entered — no percentage is invented for a narrative. Information for the employee and the
 * appraiser; the rating (issue 11) is the appraiser's judgement, never this number.
 */
export function progresIki(
  iki: { aspek: string; targetNilai: number | null },
  r: { nilai: number | null; teks: string | null } | null,
): Progres {
  if (iki.targetNilai === null) return { jenis: 'KUALITATIF', terisi: !!r && (!!r.teks?.trim() || r.nilai !== null) };
  const nilai = r?.nilai ?? null;
  if (nilai === null) return { jenis: 'KUANTITATIF', persen: null };
  const lessIsBetter = (ASPEK_LEBIH_KECIL_LEBIH_BAIK as readonly string[]).includes(iki.aspek);
  const [num, den] = lessIsBetter ? [iki.targetNilai, nilai] : [nilai, iki.targetNilai];
  if (den === 0) return { jenis: 'KUANTITATIF', persen: null };
  return { jenis: 'KUANTITATIF', persen: Math.round((num / den) * 1000) / 10 };
}

/**
 * The roll-up of a period's daily entries into a draft note for the realisasi (issue 10 item 4):
 * one line per entry, oldest first, "DD/MM: text". The employee edits it before saving; the server
 * never writes it into a saved note.
 */
export function rangkumProgres(entries: ReadonlyArray<{ tanggal: string; teks: string }>): string {
  return [...entries]
    .sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0))
    .map((e) => `${e.tanggal.slice(8, 10)}/${e.tanggal.slice(5, 7)}: ${e.teks.trim().replace(/\s+/g, ' ')}`)
    .join('\n');
}
