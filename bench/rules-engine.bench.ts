/**
 * Rule-engine benchmark (issue 3): evaluates 100 000 synthetic employees in-process, in units of
 * about 20: predikat from the quadrant, the unit's distribution check, the annual angka kredit and
 * one tukin/TPP computation each. Target < 1 s. Run: `npx tsx bench/rules-engine.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import {
  angkaKredit,
  checkDistribution,
  computeTukin,
  JENJANGS,
  PREDIKAT_ORGANISASI,
  type Predikat,
  predikatFromRatings,
  RATINGS,
  TUKIN_PRESETS,
} from '../src/domain/rules-engine.ts';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Deterministic PRNG (mulberry32) so every run evaluates the same population. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Employee {
  hk: (typeof RATINGS)[number];
  rp: (typeof RATINGS)[number];
  jenjang: (typeof JENJANGS)[number];
  base: number;
  disiplin: number;
}

function population(n: number) {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const units: { org: (typeof PREDIKAT_ORGANISASI)[number]; employees: Employee[] }[] = [];
  let made = 0;
  while (made < n) {
    const size = Math.min(n - made, 15 + Math.floor(rnd() * 11)); // 15–25, mean ~20
    const employees = Array.from({ length: size }, () => ({
      hk: pick(RATINGS),
      rp: pick(RATINGS),
      jenjang: pick(JENJANGS),
      base: 2_000_000 + Math.floor(rnd() * 30_000_000),
      disiplin: Math.floor(rnd() * 10_001) / 100,
    }));
    units.push({ org: pick(PREDIKAT_ORGANISASI), employees });
    made += size;
  }
  return units;
}

function evaluate(units: ReturnType<typeof population>) {
  let compliant = 0;
  let akTotal = 0;
  let tukinTotal = 0;
  let evaluated = 0;
  for (const [i, unit] of units.entries()) {
    const policy = TUKIN_PRESETS[i % TUKIN_PRESETS.length];
    const jumlah: Record<Predikat, number> = {
      SANGAT_BAIK: 0,
      BAIK: 0,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    };
    for (const e of unit.employees) {
      const { predikat } = predikatFromRatings(e.hk, e.rp);
      jumlah[predikat]++;
      akTotal += angkaKredit({ jenjang: e.jenjang, predikat, bulan: 12 }).pembilang;
      tukinTotal += computeTukin(policy, { baseAmount: e.base, predikat, disiplinPct: e.disiplin }).amount;
      evaluated++;
    }
    if (checkDistribution(unit.org, jumlah).sesuai) compliant++;
  }
  return { evaluated, units: units.length, compliant, akTotal, tukinTotal };
}

const units = population(EMPLOYEES);
evaluate(population(2_000)); // warm-up (JIT)
const times: number[] = [];
const cpu: number[] = [];
let last: ReturnType<typeof evaluate> | undefined;
for (let r = 0; r < RUNS; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  last = evaluate(units);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`rules-engine: ${last?.evaluated} employees in ${last?.units} units`);
console.log(`  compliant units: ${last?.compliant}; tukin paid: Rp ${last?.tukinTotal}`);
console.log(
  `  wall: best ${times[0].toFixed(0)} ms, median ${median.toFixed(0)} ms over ${RUNS} runs (target < 1000 ms)`,
);
// CPU time of this process (all threads, GC included): what the work costs when the machine is shared.
console.log(`  cpu:  best ${cpu[0].toFixed(0)} ms, median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms`);
if (median >= 1000) process.exitCode = 1;
