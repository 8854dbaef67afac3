/** Shapes and time helpers shared by the demo evaluation planners (evaluasi-demo-*.ts). */
import { NAMA_BULAN } from '../../domain/calendar.ts';
import type { RuleSettings } from '../../domain/settings.ts';
import type { Predikat, Rating } from '../../domain/types.ts';
import type { Rng } from './prng.ts';

export interface SkpIn {
  id: string;
  pegawaiId: string;
  unitId: string;
  penilaiId: string | null;
  penilaiNama: string | null;
  atasanId: string | null;
  mulai: string;
  selesai: string;
  rhk: string[];
}
export interface PeriodeIn {
  kode: string;
  mulai: string;
  selesai: string;
  /** Last day to enter realisasi (periode_kinerja item); evaluations are set after it. */
  batasPengisian?: string;
}
export interface Kepala {
  pegawaiId: string;
  nama: string;
  jabatan: string;
}
export interface UnitIn {
  id: string;
  parentId: string | null;
  jenis: string;
  depth: number;
  nama: string;
}

export interface PlanInput {
  instansiId: string;
  tahun: number;
  now: Date;
  settings: RuleSettings;
  rng: Rng;
  ids: Rng;
  skps: SkpIn[];
  units: UnitIn[];
  /** Unit → unit penilaian (evaluasi-demo-rules.ts unitPenilaianMap). */
  unitPenilaian: Map<string, string>;
  kepala: Map<string, Kepala>;
  /** Names of appraisers and their superiors (as on the SKP), by pegawai. */
  namaOf: Map<string, string>;
  periode: PeriodeIn[];
  pimpinan: { nama: string; jabatan: string };
  /** Accounts: the admin's, and the demo accounts by pegawai. */
  adminAkunId: string;
  akunOf: Map<string, string>;
  /** Rencana aksi per `${unitPenilaianId}|${periodeKode}` (the periodic basis). */
  rencanaAksi: Map<string, number>;
  /** The OPD led by the demo head (its annual proposals break the pattern), and demo people not to rate yet. */
  opdDemo: string | null;
  belumDinilai: Set<string>;
  /** The demo accounts' pegawai (null when the generated organisation has no such person). */
  demo: { opdHead: string | null; appraiser: string | null; staff: string | null; guru: string | null };
}

export type Row = Record<string, unknown>;
export interface Plan {
  predikatOrganisasi: Row[];
  gens: EvalGen[];
  kalibrasi: Row[];
  perubahan: Row[];
  /** Periodic periods whose entry deadline passed before today, in order. */
  lewat: string[];
  cerita: { overrideUnit: string | null; melanggar: string[]; kurang: string | null };
  /** Re-deliver an evaluation (set, received) with the deadline and final state recomputed. */
  deliver: (g: EvalGen, ditetapkan: number, diterima: number | null) => void;
  /** An instant clamped below now; a higher step stays after a lower one. */
  clamp: (t: number, step: number) => number;
}

export const DAY = 86_400_000;
/** A WIB (UTC+7) wall-clock time on a date, as epoch ms. */
export const wib = (tanggal: string, jam: number, menit = 0) =>
  Date.parse(`${tanggal}T00:00:00Z`) + (jam - 7) * 3_600_000 + menit * 60_000;
/** The Asia/Jakarta calendar date of an instant. */
export const tanggalWib = (t: number) => new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);
export const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
export const addHari = (tanggal: string, n: number) => tanggalWib(wib(tanggal, 12) + n * DAY);

export const BULAN = NAMA_BULAN.map((b) => b.id);

/** One evaluation being planned (the row, plus what later steps need). */
export interface EvalGen {
  row: Row;
  skp: SkpIn;
  periode: string;
  hasilKerja: Rating | null;
  perilaku: Rating | null;
  predikat: Predikat | null;
  ditetapkan: number | null;
  diterima: number | null;
  batas: string | null;
}
