/**
 * Pure helpers of the demo evaluation year (evaluasi-demo.ts): which unit an employee is appraised
 * in, distributions of predikat that obey (or, on purpose, break) a unit's pola distribusi, and the
 * pair of ratings behind a predikat. Everything is checked with the rule engine itself
 * (`checkDistribution`, `predikatFromRatings`), so the demo cannot drift from the rules.
 */
import {
  type AllowedDistribution,
  checkDistribution,
  type DistributionOptions,
  type JumlahPredikat,
} from '../../domain/distribution.ts';
import { DEFAULT_UNIT_PENILAIAN, rantaiUnit, resolveUnitPenilaian } from '../../domain/evaluasi/unit-penilaian.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import { KUADRAN_6_2022 } from '../../domain/rules/permenpanrb-6-2022.ts';
import { PREDIKATS, type Predikat, type PredikatOrganisasi, RATINGS, type Rating } from '../../domain/types.ts';
import type { Rng } from './prng.ts';

/** Unit → its unit penilaian under the instansi setting, by the app's own resolver (decision 0501). */
export function unitPenilaianMap(
  units: ReadonlyArray<{ id: string; parentId: string | null; jenis: string; depth: number }>,
  jenisMandiri: readonly string[] = DEFAULT_UNIT_PENILAIAN.jenisMandiri,
  kedalaman = DEFAULT_UNIT_PENILAIAN.kedalaman,
): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, string>();
  for (const u of units) {
    const r = resolveUnitPenilaian(rantaiUnit(u.id, byId), { jenisMandiri, kedalaman });
    out.set(u.id, r ? r.unitId : u.id);
  }
  return out;
}

/** How a unit of each organisational predikat tends to look (weights per predikat, best first). */
const BENTUK: Record<PredikatOrganisasi, Record<Predikat, number>> = {
  ISTIMEWA: { SANGAT_BAIK: 58, BAIK: 36, BUTUH_PERBAIKAN: 5, KURANG: 1, SANGAT_KURANG: 0 },
  BAIK: { SANGAT_BAIK: 16, BAIK: 62, BUTUH_PERBAIKAN: 16, KURANG: 5, SANGAT_KURANG: 1 },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: 4, BAIK: 24, BUTUH_PERBAIKAN: 66, KURANG: 4, SANGAT_KURANG: 2 },
  KURANG: { SANGAT_BAIK: 3, BAIK: 8, BUTUH_PERBAIKAN: 18, KURANG: 68, SANGAT_KURANG: 3 },
  SANGAT_KURANG: { SANGAT_BAIK: 0, BAIK: 6, BUTUH_PERBAIKAN: 10, KURANG: 12, SANGAT_KURANG: 72 },
};

const zero = (): JumlahPredikat => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });

/** Draws n employees from the unit's usual shape. */
function draw(org: PredikatOrganisasi, n: number, rng: Rng): JumlahPredikat {
  const counts = zero();
  const entries = PREDIKATS.map((p) => [p, BENTUK[org][p]] as const).filter(([, w]) => w > 0);
  for (let i = 0; i < n; i++) counts[rng.weighted(entries)]++;
  return counts;
}

/** Whether taking one employee away from `p` keeps every bound and group minimum. */
function canGive(a: AllowedDistribution, counts: JumlahPredikat, p: Predikat): boolean {
  if (counts[p] <= a.rentang[p].min) return false;
  return a.batasan.every(
    (b) =>
      !(b.kelompok && b.jenis === 'MIN' && b.predikat.includes(p)) ||
      b.predikat.reduce((s, q) => s + counts[q], 0) - 1 >= b.jumlah,
  );
}

/**
 * A distribution of n employees that the pattern of `org` accepts, close to the unit's usual shape:
 * a random draw repaired one employee at a time — a missing minimum takes from the largest group
 * that can spare one, an exceeded maximum gives to the most likely predikat with room — until
 * `checkDistribution` passes. Returns the counts and the final check (sesuai unless the pattern
 * has no solution, which buildBatasan rules out).
 */
export function sebaranSesuai(
  org: PredikatOrganisasi,
  n: number,
  rng: Rng,
  options?: DistributionOptions,
): { jumlah: JumlahPredikat; sesuai: boolean } {
  const counts = draw(org, n, rng);
  const weight = BENTUK[org];
  for (let step = 0; step < 4 * n + 20; step++) {
    const check = checkDistribution(org, counts, options);
    if (check.sesuai) return { jumlah: counts, sesuai: true };
    const v = check.pelanggaran[0];
    if (v.code === 'DISTRIBUSI.KURANG_DARI_MINIMUM') {
      const to = [...v.predikat].sort((x, y) => weight[y] - weight[x])[0];
      const from = PREDIKATS.filter((q) => !v.predikat.includes(q) && canGive(check, counts, q)).sort(
        (x, y) => counts[y] - counts[x],
      )[0];
      if (!from) break;
      counts[from]--;
      counts[to]++;
    } else {
      const from = v.predikat[0];
      const to = PREDIKATS.filter((q) => q !== from && counts[q] < check.rentang[q].max).sort(
        (x, y) => weight[y] - weight[x],
      )[0];
      if (!to) break;
      counts[from]--;
      counts[to]++;
    }
  }
  return { jumlah: counts, sesuai: checkDistribution(org, counts, options).sesuai };
}

/**
 * Proposals that break the pattern the way units usually do: most employees Sangat Baik and nobody
 * below Baik (for a Baik unit this breaks "terdapat Butuh Perbaikan dan/atau Kurang" and, under the
 * strict reading, "sebagian besar Baik").
 */
export function sebaranMelanggar(n: number, rng: Rng): JumlahPredikat {
  const counts = zero();
  counts.SANGAT_BAIK = Math.max(1, Math.ceil(n * (0.5 + rng.float() * 0.2)));
  counts.BAIK = n - counts.SANGAT_BAIK;
  return counts;
}

/** The quadrant cells of each predikat (PermenPANRB 6/2022 Lampiran), read off the rule table. */
const SEL: Record<Predikat, Array<readonly [Rating, Rating]>> = (() => {
  const out = Object.fromEntries(PREDIKATS.map((p) => [p, [] as Array<readonly [Rating, Rating]>])) as Record<
    Predikat,
    Array<readonly [Rating, Rating]>
  >;
  for (const hk of RATINGS) for (const rp of RATINGS) out[KUADRAN_6_2022[hk][rp]].push([hk, rp]);
  return out;
})();

/** "Sesuai ekspektasi" is the usual answer: cells with SESUAI weigh more. */
const bobot = (r: Rating) => (r === 'SESUAI' ? 3 : 1);

/** A pair of ratings whose quadrant gives `predikat` (checked with `predikatFromRatings`). */
export function ratingUntuk(predikat: Predikat, rng: Rng): { hasilKerja: Rating; perilaku: Rating } {
  const [hk, rp] = rng.weighted(SEL[predikat].map((c) => [c, bobot(c[0]) * bobot(c[1])] as const));
  if (predikatFromRatings(hk, rp).predikat !== predikat) throw new Error(`quadrant mismatch for ${predikat}`);
  return { hasilKerja: hk, perilaku: rp };
}

/**
 * The behaviour rating that gives a unit head (whose rating hasil kerja is fixed by the predikat
 * organisasi) a predikat still wanted by the distribution; never DI_BAWAH (misconduct) just to fit a
 * count — then null, and the caller keeps SESUAI and records the deviation.
 */
export function perilakuPimpinan(hasilKerja: Rating, sisa: JumlahPredikat): Rating | null {
  for (const rp of ['SESUAI', 'DI_ATAS'] as const) {
    if (sisa[KUADRAN_6_2022[hasilKerja][rp]] > 0) return rp;
  }
  return null;
}

/** Counts per predikat of a list. */
export function hitung(predikat: readonly Predikat[]): JumlahPredikat {
  const c = zero();
  for (const p of predikat) c[p]++;
  return c;
}
