/**
 * Evaluation periods: the kode stored with realisasi and evaluations (TW1…TW4 quarterly, B01…B12
 * monthly, AKHIR the annual evaluation), the code of the results export (issue 11 item 8: TW1…TW4,
 * B01…B12, TAHUNAN) and the label the Evaluasi Kinerja Pegawai form prints after "PERIODE:"
 * (PermenPANRB 6/2022 Lampiran: "TRIWULAN I/II/III/IV-AKHIR" — the fourth quarter is the closing one).
 */
import { NAMA_BULAN } from '../calendar.ts';
import type { Teks } from '../types.ts';

export const RE_PERIODE_KODE = /^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/;

export { NAMA_BULAN };

const ROMAWI = ['I', 'II', 'III', 'IV'];

export type JenisPeriode = 'TRIWULANAN' | 'BULANAN' | 'TAHUNAN';

export function isPeriodeKode(kode: string): boolean {
  return RE_PERIODE_KODE.test(kode);
}

export function jenisPeriode(kode: string): JenisPeriode {
  if (kode === 'AKHIR') return 'TAHUNAN';
  return kode.startsWith('TW') ? 'TRIWULANAN' : 'BULANAN';
}

/** The export code (TW1…TW4, B01…B12, TAHUNAN). */
export function kodeEkspor(kode: string): string {
  return kode === 'AKHIR' ? 'TAHUNAN' : kode;
}

/** What the form prints after "PERIODE:" (upper case, Indonesian; the official form has no English). */
export function labelFormulir(kode: string): string {
  if (kode === 'AKHIR') return 'AKHIR (TAHUNAN)';
  if (kode.startsWith('TW')) {
    const n = Number(kode.slice(2));
    return n === 4 ? 'TRIWULAN IV-AKHIR' : `TRIWULAN ${ROMAWI[n - 1]}`;
  }
  return NAMA_BULAN[Number(kode.slice(1)) - 1].id.toUpperCase();
}

/** A label for screens, in both languages ("Triwulan I 2026", "Januari 2026", "Tahunan 2026"). */
export function labelPeriode(kode: string, tahun: number): Teks {
  if (kode === 'AKHIR') return { id: `Tahunan ${tahun}`, en: `Annual ${tahun}` };
  if (kode.startsWith('TW')) {
    const n = Number(kode.slice(2));
    return { id: `Triwulan ${ROMAWI[n - 1]} ${tahun}`, en: `Quarter ${n} ${tahun}` };
  }
  const b = NAMA_BULAN[Number(kode.slice(1)) - 1];
  return { id: `${b.id} ${tahun}`, en: `${b.en} ${tahun}` };
}

/** First and last day of the period in `tahun` (the whole year for AKHIR). */
export function rentangPeriode(kode: string, tahun: number): { mulai: string; selesai: string } {
  const y = String(tahun);
  const pad = (n: number) => String(n).padStart(2, '0');
  const akhirBulan = (m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(tahun, m, 0)).getUTCDate())}`;
  if (kode === 'AKHIR') return { mulai: `${y}-01-01`, selesai: `${y}-12-31` };
  if (kode.startsWith('TW')) {
    const n = Number(kode.slice(2));
    return { mulai: `${y}-${pad(3 * n - 2)}-01`, selesai: akhirBulan(3 * n) };
  }
  const m = Number(kode.slice(1));
  return { mulai: `${y}-${pad(m)}-01`, selesai: akhirBulan(m) };
}

/** The periodic kodes of a year for the setting (quarterly or monthly), in order. */
export function kodePeriodik(jenis: 'TRIWULANAN' | 'BULANAN'): string[] {
  return jenis === 'TRIWULANAN'
    ? ['TW1', 'TW2', 'TW3', 'TW4']
    : Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
}
