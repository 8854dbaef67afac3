/**
 * Rules of 360° input on BerAKHLAK behaviour (issue 10 item 6; SE MenPANRB 20/2021 values): who may be
 * asked, when answers may be given, and when — and how — the aggregate may be shown. It informs the
 * behaviour rating; it never computes it. Pure: no I/O.
 *
 * Anonymity: answers are shown only as an aggregate, only once at least `minimumJawaban` (≥ 3, fixed
 * on the request) people answered, and only once the request can take no further answer (closed, past
 * its deadline, or everyone asked has answered). Showing a running aggregate would let whoever watches
 * it subtract one reading from the next and recover the newest answer exactly.
 */
import { NILAI_BERAKHLAK_KODE, type NilaiBerakhlakKode } from '../rules/berakhlak.ts';

/** Never below 3 (issue 10: "configurable, never below 3"). */
export const AMBANG_MINIMUM = 3;
/** Most people one request may ask (a short form for a circle of colleagues, not a survey). */
export const RESPONDEN_MAKSIMUM = 30;

export type HubunganResponden = 'PEER' | 'BAWAHAN' | 'LAINNYA';

export type MasalahResponden = 'KURANG' | 'TERLALU_BANYAK' | 'GANDA' | 'SUBJEK' | 'PEMINTA';

/**
 * Checks the chosen respondents: at least the threshold (or the aggregate could never be shown), at
 * most RESPONDEN_MAKSIMUM, each once, neither the subject nor the requester (nobody answers their own
 * request or about themselves).
 */
export function periksaResponden(p: {
  responden: readonly string[];
  subjekId: string;
  pemintaId: string;
  minimumJawaban: number;
}): MasalahResponden | null {
  if (new Set(p.responden).size !== p.responden.length) return 'GANDA';
  if (p.responden.includes(p.subjekId)) return 'SUBJEK';
  if (p.responden.includes(p.pemintaId)) return 'PEMINTA';
  if (p.responden.length < Math.max(AMBANG_MINIMUM, p.minimumJawaban)) return 'KURANG';
  if (p.responden.length > RESPONDEN_MAKSIMUM) return 'TERLALU_BANYAK';
  return null;
}

export type StatusMasukan = 'TERBUKA' | 'DITUTUP';

/** Whether the request still takes answers: open and not past its deadline (inclusive). */
export function masihTerbuka(r: { status: string; batas: string | null }, hariIni: string): boolean {
  return r.status === 'TERBUKA' && (!r.batas || r.batas >= hariIni);
}

/**
 * Whether the aggregate may be shown: enough answers (never fewer than 3, whatever the request says),
 * and no further answer possible — otherwise two readings apart by one answer reveal it.
 */
export function hasilBolehDitampilkan(r: {
  status: string;
  batas: string | null;
  minimumJawaban: number;
  jumlahJawaban: number;
  jumlahDiminta: number;
  hariIni: string;
}): boolean {
  if (r.jumlahJawaban < Math.max(AMBANG_MINIMUM, r.minimumJawaban)) return false;
  return !masihTerbuka(r, r.hariIni) || r.jumlahJawaban >= r.jumlahDiminta;
}

export interface Jawaban360 {
  skor: Partial<Record<string, number>>;
  komentar: string | null;
}

export interface NilaiAgregat {
  kode: NilaiBerakhlakKode;
  n: number;
  /** Mean to two decimals, null without answers. */
  rataRata: number | null;
  /** Counts of scores 1..5 (index 0 = score 1). */
  sebaran: [number, number, number, number, number];
}

/** Per value: mean, distribution and n — nothing per answer. */
export function agregat(jawaban: readonly Jawaban360[]): NilaiAgregat[] {
  return NILAI_BERAKHLAK_KODE.map((kode) => {
    const sebaran: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let total = 0;
    let n = 0;
    for (const j of jawaban) {
      const s = j.skor[kode];
      if (typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 5) {
        sebaran[s - 1] += 1;
        total += s;
        n += 1;
      }
    }
    return { kode, n, rataRata: n ? Math.round((total / n) * 100) / 100 : null, sebaran };
  });
}

/**
 * The comments in a random order (Fisher–Yates with the given source of randomness), so their order
 * says nothing about who answered when.
 */
export function acakKomentar(jawaban: readonly Jawaban360[], random: () => number = Math.random): string[] {
  const list = jawaban.map((j) => j.komentar?.trim() ?? '').filter((k) => k.length > 0);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
