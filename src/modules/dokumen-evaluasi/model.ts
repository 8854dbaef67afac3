/**
 * The view model of the evaluation documents (plain data, structured-cloneable so the bulk job can
 * hand it to a worker thread) and the small pure helpers the layouts share: period names, dates,
 * the effective state of an evaluation.
 */
import { NAMA_BULAN, tanggalIndonesia } from '../../domain/calendar.ts';
import type { Predikat, PredikatOrganisasi, Rating } from '../../domain/types.ts';

export interface OrangDok {
  nama: string;
  nip: string | null;
  pangkat: string | null;
  jabatan: string | null;
  unitKerja: string | null;
}

export interface IkiDok {
  aspek: string;
  indikator: string;
  target: string;
  /** "Realisasi berdasarkan bukti dukung": the value in the IKI's unit or the narrative; null when none. */
  realisasi: string | null;
  bukti: number;
}

export interface RhkDok {
  jenis: 'UTAMA' | 'TAMBAHAN' | string;
  urutan: number;
  /** "Rencana Hasil Kerja Pimpinan yang Diintervensi" (or the RHK's source for a JPT). */
  intervensi: string | null;
  teks: string;
  iki: IkiDok[];
  umpanBalik: string | null;
}

export interface PerilakuDok {
  kode: string;
  ekspektasi: string | null;
  umpanBalik: string | null;
}

export interface KeberatanDok {
  alasan: string;
  diajukanAt: string | null;
  penjelasanPenilai: string | null;
  penjelasanPenilaiAt: string | null;
  penjelasanPegawai: string | null;
  penjelasanPegawaiAt: string | null;
  /** TETAP | UBAH, null while undecided. */
  keputusan: string | null;
  keputusanAlasan: string | null;
  sebelum: { ratingHasilKerja: string | null; ratingPerilaku: string | null; predikat: string | null } | null;
  sesudah: { ratingHasilKerja: string | null; ratingPerilaku: string | null; predikat: string | null } | null;
  diputuskanAt: string | null;
  diputuskanOlehNama: string | null;
}

/** The allowed distribution drawn on the forms (kalkulator ranges for the unit's N). */
export interface DistribusiDok {
  n: number;
  rentang: Record<Predikat, { min: number; max: number }>;
  /** The pattern's rules in words, for this N (from the kalkulator's constraints). */
  ketentuan: string[];
}

export interface EvaluasiDok {
  id: string;
  /** Effective state (a DITERIMA past its keberatan deadline is FINAL). */
  status: string;
  versi: number;
  tahun: number;
  periodeKode: string;
  mulai: string;
  selesai: string;
  instansiNama: string;
  tempat: string;
  unitPenilaianNama: string;
  jenisForm: string;
  pegawai: OrangDok;
  penilai: OrangDok | null;
  atasan: OrangDok | null;
  predikatOrganisasi: PredikatOrganisasi | null;
  distribusi: DistribusiDok | null;
  rhk: RhkDok[];
  perilaku: PerilakuDok[];
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  ditetapkanAt: string | null;
  ditetapkanOlehNama: string | null;
  diterimaAt: string | null;
  keberatan: KeberatanDok | null;
}

export interface PenetapanDok {
  id: string;
  tahun: number;
  periodeKode: string;
  instansiNama: string;
  tempat: string;
  unitNama: string;
  predikat: PredikatOrganisasi;
  dasar: string | null;
  catatan: string | null;
  penetapNama: string;
  penetapJabatan: string | null;
  penetapNip: string | null;
  ditetapkanAt: string;
  /** Null while the unit penilaian has no evaluation for the period (N = 0). */
  distribusi: DistribusiDok | null;
}

const ROMAWI = ['I', 'II', 'III', 'IV'];

/**
 * The period as the form's header prints it ("PERIODE: TRIWULAN I/II/III/IV-AKHIR", domain.md §2.4):
 * TW1 → "TRIWULAN I", B03 → "MARET", AKHIR → "AKHIR". An unknown code is printed as it is.
 */
export function namaPeriode(kode: string): string {
  const tw = /^TW([1-4])$/.exec(kode);
  if (tw) return `TRIWULAN ${ROMAWI[Number(tw[1]) - 1]}`;
  const b = /^B(0[1-9]|1[0-2])$/.exec(kode);
  if (b) return NAMA_BULAN[Number(b[1]) - 1].id.toUpperCase();
  return kode === 'AKHIR' ? 'AKHIR' : kode;
}

/** The period's own dates when the SKP's year does not list it: calendar quarter, month or year. */
export function rentangPeriode(kode: string, tahun: number): { mulai: string; selesai: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const akhirBulan = (m: number) => new Date(Date.UTC(tahun, m, 0)).getUTCDate();
  const tw = /^TW([1-4])$/.exec(kode);
  if (tw) {
    const m1 = (Number(tw[1]) - 1) * 3 + 1;
    return { mulai: `${tahun}-${pad(m1)}-01`, selesai: `${tahun}-${pad(m1 + 2)}-${akhirBulan(m1 + 2)}` };
  }
  const b = /^B(0[1-9]|1[0-2])$/.exec(kode);
  if (b) {
    const m = Number(b[1]);
    return { mulai: `${tahun}-${pad(m)}-01`, selesai: `${tahun}-${pad(m)}-${akhirBulan(m)}` };
  }
  return { mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` };
}

// Today in Asia/Jakarta and the effective status come from the one state machine.
export { hariIniJakarta } from '../../domain/evaluasi/status.ts';
/** "20 Januari 2026" for a date, or for a timestamp in WIB (UTC+7). */
export { tanggalIndonesia as tanggalId };

/** Whether the evaluation has been set (anything but a DRAFT): otherwise its documents carry "DRAF". */
export function sudahDitetapkan(status: string): boolean {
  return status !== 'DRAFT';
}

/** The instansi's region as the place of signing: "Pemerintah Kabupaten Sleman" → "Sleman". */
export function tempatDari(instansiNama: string): string {
  return instansiNama.replace(/^Pemerintah (Kabupaten|Kota|Provinsi) /, '').trim() || instansiNama;
}

/** "Dr. Budi Santoso, M.Si." unless the stored name already carries the titles. */
export function namaLengkap(nama: string, depan: string | null, belakang: string | null): string {
  let out = nama.trim();
  if (depan && !out.startsWith(depan)) out = `${depan} ${out}`;
  if (belakang && !out.includes(belakang)) out = `${out}, ${belakang}`;
  return out;
}
