/**
 * Results out (issue 11, items 8–9): the pure rules behind the evaluation export and the
 * Monitoring Kurva — the period code written to the file,
 * and one unit penilaian's realised distribution against the allowed one (SE MenPANRB 3/2023).
 * The quadrant and the pattern themselves are not repeated here: predikat.ts and distribution.ts
 * are the one source of truth, so the export, the monitoring page and an outside checker agree.
 */
import {
  type AllowedDistribution,
  allowedDistribution,
  checkDistribution,
  type JumlahPredikat,
} from '../distribution.ts';
import type { DistribusiSettings } from '../settings.ts';
import { PREDIKATS, type Predikat, type PredikatOrganisasi, type Teks } from '../types.ts';
import { DEFAULT_UNIT_PENILAIAN, type PengaturanUnitPenilaian, resolveUnitPenilaian } from './unit-penilaian.ts';

/** The PERIODE written to the export: the period code, with the annual evaluation (AKHIR) as TAHUNAN. */
export function periodeEkspor(periodeKode: string): string {
  return periodeKode === 'AKHIR' ? 'TAHUNAN' : periodeKode;
}

/** The period code stored in the database for an export's `periode` filter (TAHUNAN is AKHIR). */
export function periodeKodeDari(periode: string): string {
  return periode === 'TAHUNAN' ? 'AKHIR' : periode;
}

/** Every period code an evaluation can carry: TW1–TW4, B01–B12 and AKHIR. */
export const PERIODE_EVALUASI_POLA = /^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR|TAHUNAN)$/;

/** One unit's curve: realised counts of the rated evaluations against the pattern of its predikat organisasi. */
export interface KurvaUnit {
  predikatOrganisasi: PredikatOrganisasi | null;
  /** Everyone counted in the unit for the period: rated plus not yet rated. */
  n: number;
  dinilai: number;
  belumDinilai: number;
  /** Counts per predikat of the rated evaluations (the realised distribution). */
  jumlah: JumlahPredikat;
  /**
   * The allowed count range per predikat for the whole unit (N = n): what the unit must reach once
   * everyone is rated (kalkulator distribusi); null without a predikat organisasi.
   */
  rentang: AllowedDistribution['rentangTercapai'] | null;
  /**
   * Whether the rated evaluations as they stand fit the pattern (checkDistribution with N = dinilai):
   * null without a predikat organisasi or before anyone is rated. Final only when `lengkap`.
   */
  sesuai: boolean | null;
  lengkap: boolean;
  pelanggaran: { code: string; message: Teks }[];
}

/** Counts per predikat with every predikat present (missing ones are 0). */
export function jumlahLengkap(jumlah: Partial<Record<Predikat, number>>): JumlahPredikat {
  return Object.fromEntries(PREDIKATS.map((p) => [p, jumlah[p] ?? 0])) as JumlahPredikat;
}

/** The Monitoring Kurva figures of one unit penilaian for one period. */
export function kurvaUnit(input: {
  predikatOrganisasi: PredikatOrganisasi | null;
  jumlah: Partial<Record<Predikat, number>>;
  belumDinilai: number;
  distribusi: DistribusiSettings;
}): KurvaUnit {
  const jumlah = jumlahLengkap(input.jumlah);
  const dinilai = PREDIKATS.reduce((s, p) => s + jumlah[p], 0);
  const n = dinilai + input.belumDinilai;
  const org = input.predikatOrganisasi;
  const base = { predikatOrganisasi: org, n, dinilai, belumDinilai: input.belumDinilai, jumlah };
  if (!org) return { ...base, rentang: null, sesuai: null, lengkap: input.belumDinilai === 0, pelanggaran: [] };
  const now = dinilai > 0 ? checkDistribution(org, jumlah, input.distribusi) : null;
  return {
    ...base,
    rentang: allowedDistribution(org, n, input.distribusi).rentangTercapai,
    sesuai: now ? now.sesuai : null,
    lengkap: input.belumDinilai === 0,
    pelanggaran: (now?.pelanggaran ?? []).map((v) => ({ code: v.code, message: v.message })),
  };
}

/** A unit as the unit-penilaian rule needs it. */
export interface UnitPohon {
  id: string;
  jenis: string;
  depth: number;
  /** Materialised path of ids from the root, self included ("/root/…/self/"). */
  path: string;
}

/** The instansi setting `evaluasi.unitPenilaian` and its default (unit-penilaian.ts, decision 0501). */
export type AturanUnitPenilaian = PengaturanUnitPenilaian;
export const UNIT_PENILAIAN_BAWAAN: AturanUnitPenilaian = DEFAULT_UNIT_PENILAIAN;

/**
 * The unit penilaian of a unit (shared foundation of issue 11): the deepest ancestor-or-self whose
 * jenis is self-standing (jenisMandiri), else the ancestor at depth `kedalaman` (the OPD), else the
 * root. Used only for set SKPs that have no evaluation row yet (an evaluation stores its own unit
 * penilaian at creation); eval-core's resolver (src/domain/evaluasi/unit-penilaian.ts) is the
 * authority and replaces this when the parts are joined.
 */
export function unitPenilaianDari(
  unit: UnitPohon,
  units: ReadonlyMap<string, UnitPohon>,
  aturan: AturanUnitPenilaian = UNIT_PENILAIAN_BAWAAN,
): string {
  const chain = unit.path
    .split('/')
    .filter(Boolean)
    .map((id) => units.get(id))
    .filter((u): u is UnitPohon => !!u);
  // The chain from the materialised path; the rule itself is the one resolver (unit-penilaian.ts).
  const r = resolveUnitPenilaian(chain, aturan);
  return r ? r.unitId : unit.id;
}

/** The last day of a period code of `tahun` (TWn: end of the quarter; Bnn: end of the month; AKHIR: 31 December). */
export function akhirPeriode(tahun: number, kode: string): string {
  const bulan = kode.startsWith('TW') ? Number(kode.slice(2)) * 3 : kode.startsWith('B') ? Number(kode.slice(1)) : 12;
  const hari = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return `${tahun}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`;
}
