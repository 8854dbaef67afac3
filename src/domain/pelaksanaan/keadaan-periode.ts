/**
 * A period's entry state as monitoring realisasi shows it, judged on one date (UTC, as the entry
 * rule `statusPengisian` does): before its first day, through its batas pengisian (inclusive), or
 * after it. Reopening is per SKP (skp_periode.dibuka_sampai), so it is counted beside this state,
 * not folded into it. Source: the entry window of docs/pelaksanaan-realisasi.md (issue 10 item 2).
 */
export type KeadaanPeriode = 'BELUM_MULAI' | 'PENGISIAN' | 'LEWAT_BATAS';

export function keadaanPeriode(p: { mulai: string; batasPengisian: string }, today: string): KeadaanPeriode {
  if (today < p.mulai) return 'BELUM_MULAI';
  return today <= p.batasPengisian ? 'PENGISIAN' : 'LEWAT_BATAS';
}
