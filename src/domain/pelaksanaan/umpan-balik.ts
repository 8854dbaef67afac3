/**
 * Rules of umpan balik berkelanjutan (continuous feedback; PermenPANRB 6/2022 Lampiran, form column
 * "Umpan balik berkelanjutan berdasarkan bukti dukung"; domain.md §2.3): where an entry may be
 * written, what its text may hold and who hears of it. Pure: no I/O.
 */
import { NILAI_BERAKHLAK_KODE } from '../rules/berakhlak.ts';
import { skpSedangBerlaku } from './pengisian.ts';

/**
 * Feedback is written on an SKP in force (`skpSedangBerlaku`): set, or set once and now under
 * perubahan — the set version stays in force until the change is set (PermenPANRB 6/2022 Pasal 14),
 * so the appraiser keeps commenting while a change is drafted, as dialogs, realisasi and evidence go
 * on. Before it was ever set the RHK/IKI are still being negotiated (the appraiser's return notes
 * serve that), and a closed SKP is the frozen record the evaluation reads (PermenPANRB 6/2022:
 * feedback accompanies the execution of the set SKP). 360° requests follow the same rule.
 */
export function umpanBalikTerbuka(s: { status: string; revisi: number }): boolean {
  return skpSedangBerlaku(s);
}

/** Longest entry, in characters (code points, so an emoji counts once). Informal notes, not essays. */
export const PANJANG_MAKSIMUM_UMPAN_BALIK = 2000;

export type SasaranUmpanBalik = 'RHK' | 'PERILAKU';

export interface TargetUmpanBalik {
  sasaran: SasaranUmpanBalik;
  rhkId?: string | null;
  ikiId?: string | null;
  perilakuKode?: string | null;
  periodeKode?: string | null;
}

export type MasalahTarget = 'RHK_WAJIB' | 'PERILAKU_WAJIB' | 'PERILAKU_TIDAK_DIKENAL' | 'CAMPUR' | 'PERIODE_WAJIB';

/**
 * What is wrong with a thread's target, or null. An RHK thread names an RHK (and optionally one IKI,
 * which then needs the period of its realisasi); a BerAKHLAK thread names one of the seven values and
 * nothing of the RHK side. Whether the RHK/IKI belong to the SKP is the service's check.
 */
export function periksaTarget(t: TargetUmpanBalik): MasalahTarget | null {
  if (t.sasaran === 'RHK') {
    if (!t.rhkId) return 'RHK_WAJIB';
    if (t.perilakuKode) return 'CAMPUR';
    if (t.ikiId && !t.periodeKode) return 'PERIODE_WAJIB';
    return null;
  }
  if (!t.perilakuKode) return 'PERILAKU_WAJIB';
  if (t.rhkId || t.ikiId) return 'CAMPUR';
  if (!(NILAI_BERAKHLAK_KODE as readonly string[]).includes(t.perilakuKode)) return 'PERILAKU_TIDAK_DIKENAL';
  return null;
}

/** Messages of each target problem, for the error's details. */
export const PESAN_TARGET: Record<MasalahTarget, { id: string; en: string }> = {
  RHK_WAJIB: {
    id: 'Umpan balik atas hasil kerja harus menyebut RHK-nya.',
    en: 'Feedback on results must name the RHK.',
  },
  PERILAKU_WAJIB: {
    id: 'Umpan balik atas perilaku harus menyebut nilai BerAKHLAK-nya.',
    en: 'Feedback on behaviour must name the BerAKHLAK value.',
  },
  PERILAKU_TIDAK_DIKENAL: {
    id: 'Nilai BerAKHLAK tidak dikenal.',
    en: 'Unknown BerAKHLAK value.',
  },
  CAMPUR: {
    id: 'Satu utas membahas satu hal: RHK/IKI atau satu nilai BerAKHLAK, tidak keduanya.',
    en: 'A thread is about one thing: an RHK/IKI or one BerAKHLAK value, not both.',
  },
  PERIODE_WAJIB: {
    id: 'Umpan balik atas realisasi IKI harus menyebut periodenya.',
    en: 'Feedback on an IKI realisation must name its period.',
  },
};

/** Markup is refused rather than stripped, so nothing the writer typed is silently lost. */
const TAG = /<[a-zA-Z!/?]/;

export type MasalahTeks = 'KOSONG' | 'TERLALU_PANJANG' | 'HTML';

/** Checks an entry's text (trimmed by the caller): not empty, within the cap, no HTML. Emoji are fine. */
export function periksaTeks(teks: string): MasalahTeks | null {
  if (!teks.trim()) return 'KOSONG';
  if ([...teks].length > PANJANG_MAKSIMUM_UMPAN_BALIK) return 'TERLALU_PANJANG';
  if (TAG.test(teks)) return 'HTML';
  return null;
}

export type PeranPenulis = 'PEGAWAI' | 'PENILAI' | 'ATASAN_PENILAI';

/** The role an entry is signed with, from the caller's roles towards the SKP (owner first). */
export function peranPenulis(peranSaya: readonly string[]): PeranPenulis | null {
  if (peranSaya.includes('PEMILIK')) return 'PEGAWAI';
  if (peranSaya.includes('PENILAI')) return 'PENILAI';
  if (peranSaya.includes('ATASAN_PENILAI')) return 'ATASAN_PENILAI';
  return null;
}

/**
 * Who is told of a new entry ("each entry notifies the other side", issue 10): the employee of every
 * entry they did not write; on a reply, also everyone else who has written in the thread. Never the
 * writer. Sorted, without duplicates.
 */
export function penerimaNotifikasi(p: {
  penulisId: string;
  pemilikId: string;
  /** Writers of the thread's earlier entries (empty for a root). */
  penulisUtas: readonly string[];
}): string[] {
  const set = new Set<string>([p.pemilikId, ...p.penulisUtas]);
  set.delete(p.penulisId);
  return [...set].sort();
}

/** Whether a thread waits for the appraiser: its last entry is the employee's. */
export function menungguPenilai(peranTerakhir: PeranPenulis): boolean {
  return peranTerakhir === 'PEGAWAI';
}
