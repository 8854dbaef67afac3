/**
 * The default shape of a performance year, from an instansi's settings: its periodic evaluation
 * rhythm (monthly or quarterly — PermenPANRB 6/2022 Pasal 1 angka 12 allows either), the SKP
 * setting deadline (31 January nationally, PermenPANRB 8/2021 Lampiran E) and each period's entry
 * deadline (the agency's batas pengisian window, skipping its holidays when counted in working
 * days). Shared by the server (a year created by the admin or by a first SKP) and the Periode page,
 * so both propose the same dates.
 */
import { periodEntryDeadline, periodeEvaluasi, skpDeadline } from '../deadlines.ts';
import { DEFAULT_SETTINGS, type RuleSettings } from '../settings.ts';

export type JenisEvaluasi = 'BULANAN' | 'TRIWULANAN';

export interface PeriodeItem {
  /** TW1..TW4 or B01..B12, and AKHIR for the annual evaluation. */
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
}

type PeriodeSettings = Pick<RuleSettings, 'evaluasiPeriodik' | 'batasPengisian' | 'batasPenetapanSkp' | 'hariLibur'>;

/** The instansi's rhythm as the period table names it. */
export function jenisEvaluasiOf(settings: PeriodeSettings = DEFAULT_SETTINGS): JenisEvaluasi {
  return settings.evaluasiPeriodik === 'MONTHLY' ? 'BULANAN' : 'TRIWULANAN';
}

/** The periods of `tahun` for the rhythm, each due the settings' entry window after it ends. */
export function defaultPeriodeItems(
  tahun: number,
  jenis: JenisEvaluasi,
  settings: PeriodeSettings = DEFAULT_SETTINGS,
): PeriodeItem[] {
  const window = { ...settings.batasPengisian, hariLibur: settings.hariLibur };
  return periodeEvaluasi(tahun, jenis === 'BULANAN' ? 'MONTHLY' : 'QUARTERLY').map((p) => ({
    kode: p.jenis === 'TAHUNAN' ? 'AKHIR' : p.jenis === 'BULANAN' ? `B${p.kode.slice(5)}` : `TW${p.kode.slice(6)}`,
    mulai: p.mulai,
    selesai: p.selesai,
    batasPengisian: periodEntryDeadline(p.selesai, window).batas,
  }));
}

/** Rhythm, SKP deadline and periods of a new year when the admin gives only the year. */
export function defaultPeriode(tahun: number, settings: PeriodeSettings = DEFAULT_SETTINGS) {
  const jenisEvaluasi = jenisEvaluasiOf(settings);
  return {
    jenisEvaluasi,
    batasPenetapanSkp: skpDeadline(tahun, settings.batasPenetapanSkp).batas,
    periode: defaultPeriodeItems(tahun, jenisEvaluasi, settings),
  };
}
