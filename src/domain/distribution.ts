/**
 * Pola distribusi predikat kinerja pegawai (SE MenPANRB 3/2023): turns the percentage rules of the
 * unit's organisational predikat into employee counts for a headcount N (the "kalkulator
 * distribusi"), and checks a proposed distribution against them.
 *
 * One source of truth: `allowedDistribution` builds the count constraints (`batasan`) and the checker
 * tests exactly those constraints. `rentang` holds the single-predikat bounds, so a distribution is
 * compliant if and only if every count lies in its `rentang` and every group constraint holds;
 * `rentangTercapai` is the exact projection of the compliant set onto each predikat (both
 * property-tested against brute force).
 * Rounding and small units: docs/decisions/0101-distribution-rounding-small-units.md;
 * "sebagian besar (maksimal 70%)": docs/decisions/0102-sebagian-besar-70-percent.md.
 */

import { RuleError } from './rule-error.ts';
import { type AturanDistribusi, POLA_DISTRIBUSI_3_2023, SUMBER_POLA_DISTRIBUSI } from './rules/se-menpanrb-3-2023.ts';
import { DEFAULT_SETTINGS, type DistribusiSettings, type PembulatanDistribusi } from './settings.ts';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI_LABEL,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  type Sumber,
  type Teks,
} from './types.ts';

/** Employee counts per predikat. */
export type JumlahPredikat = Record<Predikat, number>;

/** An inclusive range of employee counts. */
export interface Rentang {
  min: number;
  max: number;
}

/** One constraint of the pattern, in employees, for this N. */
export interface BatasanDistribusi {
  /** The SE rule it comes from, e.g. `KURANG.KURANG_MIN_60`. */
  aturan: string;
  jenis: 'MIN' | 'MAX';
  /** One predikat, or several whose counts are added ("dan/atau": a group constraint). */
  predikat: Predikat[];
  kelompok: boolean;
  /** The bound in employees. */
  jumlah: number;
  /** The rule's percentage, or null for "at least one" and majority rules. */
  persen: number | null;
  teks: Teks;
  /** Set when a small unit forced the bound below its rounded percentage (decision 0101). */
  disesuaikan?: { dari: number; alasan: Teks };
}

/** A violated constraint, with the numbers. */
export interface PelanggaranDistribusi {
  code: 'DISTRIBUSI.KURANG_DARI_MINIMUM' | 'DISTRIBUSI.MELEBIHI_MAKSIMUM' | 'DISTRIBUSI.PREDIKAT_DILARANG';
  aturan: string;
  predikat: Predikat[];
  jumlah: number;
  batas: number;
  persenBatas: number | null;
  persenAktual: number;
  n: number;
  message: Teks;
}

/** A non-blocking remark (e.g. the modal category is not the largest). */
export interface PeringatanDistribusi {
  code: 'DISTRIBUSI.BUKAN_TERBANYAK';
  aturan: string;
  predikat: Predikat[];
  message: Teks;
}

/** Options: the instansi's distribution settings (defaults: decision 0101 and 0102). */
export type DistributionOptions = Partial<DistribusiSettings>;

/** The kalkulator distribusi result for one organisational predikat and headcount. */
export interface AllowedDistribution {
  predikatOrganisasi: PredikatOrganisasi;
  n: number;
  /**
   * Per-predikat bounds set by the single-predikat rules (the table's cells, rounded for n).
   * Compliant ⇔ every count within `rentang` and every group constraint in `batasan` met.
   */
  rentang: Record<Predikat, Rentang>;
  /**
   * The exact range each predikat can take in some compliant distribution of n, i.e. `rentang`
   * narrowed by the group constraints and the total (e.g. Kurang, N=10: at most 9, since one
   * employee must be Butuh Perbaikan).
   */
  rentangTercapai: Record<Predikat, Rentang>;
  /** All constraints in employees; those with `kelompok: true` are the combined ("dan/atau") rules. */
  batasan: BatasanDistribusi[];
  selebihnya: Teks;
  catatan: Teks[];
  pengaturan: DistribusiSettings;
  sumber: Sumber[];
}

/** The compliance check of a proposed distribution. */
export interface DistributionCheck extends AllowedDistribution {
  sesuai: boolean;
  jumlah: JumlahPredikat;
  pelanggaran: PelanggaranDistribusi[];
  peringatan: PeringatanDistribusi[];
  explanation: Teks;
}

/** Rounds `persen`% of `n` to a minimum count under the rounding rule (integer arithmetic). */
export function roundMinimum(persen: number, n: number, mode: PembulatanDistribusi): number {
  const x = persen * n;
  if (mode === 'CEIL_MIN_FLOOR_MAX') return Math.floor((x + 99) / 100);
  if (mode === 'HALF_UP') return Math.floor((2 * x + 100) / 200);
  return Math.floor(x / 100);
}

/** Rounds `persen`% of `n` to a maximum count under the rounding rule (integer arithmetic). */
export function roundMaximum(persen: number, n: number, mode: PembulatanDistribusi): number {
  const x = persen * n;
  if (mode === 'CEIL_MIN_FLOOR_MAX') return Math.floor(x / 100);
  if (mode === 'HALF_UP') return Math.floor((2 * x + 100) / 200);
  return Math.floor((x + 99) / 100);
}

const MAJORITY_TEKS: Teks = {
  id: 'Sebagian besar: lebih dari separuh pegawai (SE MenPANRB 3/2023; keputusan 0102).',
  en: 'Most: more than half of the employees (MenPANRB Circular 3/2023; decision 0102).',
};

const REDUCED: Teks = {
  id: 'Unit kecil: batas minimal diturunkan agar aturan utama (batas 60%, "terdapat pegawai", maksimal 70%) tetap dapat dipenuhi (keputusan 0101).',
  en: 'Small unit: minimum lowered so that the primary rules (60% floor, "there must be", 70% ceiling) can still be met (decision 0101).',
};

interface Draft extends BatasanDistribusi {
  prioritas: 1 | 2;
  /** The bound before any small-unit adjustment. */
  dari: number;
}

function toDrafts(a: AturanDistribusi, n: number, s: DistribusiSettings): Draft[] {
  const base = { aturan: a.kode, predikat: [...a.predikat], kelompok: a.predikat.length > 1, teks: a.teks };
  const draft = (jenis: 'MIN' | 'MAX', jumlah: number, persen: number | null, prioritas: 1 | 2): Draft => ({
    ...base,
    jenis,
    jumlah,
    dari: jumlah,
    persen,
    prioritas,
  });
  switch (a.jenis) {
    case 'SEBAGIAN_BESAR': {
      const max = roundMaximum(a.persen, n, s.pembulatan);
      const drafts = [draft('MAX', max, a.persen, 1)];
      if (s.sebagianBesar === 'MAJORITY') {
        const majority = n === 0 ? 0 : Math.floor(n / 2) + 1;
        // The explicit 70% ceiling takes precedence over "most" (decision 0102).
        drafts.push({
          ...draft('MIN', Math.min(majority, max), null, 2),
          dari: majority,
          aturan: `${a.kode}.MAYORITAS`,
          teks: MAJORITY_TEKS,
        });
      }
      return drafts;
    }
    case 'MIN_PERSEN':
      return [draft('MIN', roundMinimum(a.persen, n, s.pembulatan), a.persen, a.prioritas)];
    case 'MAKS_PERSEN':
      return [draft('MAX', roundMaximum(a.persen, n, s.pembulatan), a.persen, 1)];
    case 'MIN_SATU':
      return [draft('MIN', Math.min(1, n), null, 1)];
    case 'DILARANG':
      return [draft('MAX', 0, 0, 1)];
  }
}

/** Builds the count constraints of a pattern for headcount `n`, reducing secondary minimums that cannot fit. */
export function buildBatasan(org: PredikatOrganisasi, n: number, settings: DistribusiSettings): BatasanDistribusi[] {
  const drafts = POLA_DISTRIBUSI_3_2023[org].aturan.flatMap((a) => toDrafts(a, n, settings));
  // Minimum constraints of one pattern never share a predikat, so their sum is the least headcount
  // they need together. If it exceeds n, secondary minimums (prioritas 2) yield (decision 0101).
  let excess = drafts.filter((d) => d.jenis === 'MIN').reduce((sum, d) => sum + d.jumlah, 0) - n;
  for (const d of drafts.filter((x) => x.prioritas === 2)) {
    const cut = Math.max(0, Math.min(excess, d.jumlah));
    d.jumlah -= cut;
    excess -= cut;
  }
  return drafts.map(({ prioritas: _p, dari, ...b }) =>
    b.jumlah === dari ? b : { ...b, disesuaikan: { dari, alasan: REDUCED } },
  );
}

/** The constraints as per-predikat bounds plus disjoint group minimums. */
export interface Sistem {
  lo: Record<Predikat, number>;
  hi: Record<Predikat, number>;
  groups: { predikat: Predikat[]; min: number }[];
}

/** Turns constraints into per-predikat bounds and group minimums. */
export function toSistem(batasan: BatasanDistribusi[], n: number): Sistem {
  const lo = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
  const hi = { SANGAT_BAIK: n, BAIK: n, BUTUH_PERBAIKAN: n, KURANG: n, SANGAT_KURANG: n };
  const groups: Sistem['groups'] = [];
  for (const b of batasan) {
    const p = b.predikat[0];
    if (b.kelompok) groups.push({ predikat: b.predikat, min: b.jumlah });
    else if (b.jenis === 'MIN') lo[p] = Math.max(lo[p], b.jumlah);
    else hi[p] = Math.min(hi[p], b.jumlah);
  }
  return { lo, hi, groups };
}

/**
 * True when some distribution of exactly `n` employees satisfies the per-predikat bounds and the
 * group minimums. Groups must be pairwise disjoint (true of every SE 3/2023 pattern); then each
 * group's sum can take any integer in [max(min, Σlo), Σhi] independently, which makes this exact.
 */
export function isFeasible(sistem: Sistem, n: number): boolean {
  const { lo, hi, groups } = sistem;
  let lower = 0;
  let upper = 0;
  for (const p of PREDIKATS) {
    upper += hi[p];
    if (!groups.some((g) => g.predikat.includes(p))) lower += lo[p];
  }
  for (const g of groups) {
    let gl = 0;
    let gu = 0;
    for (const p of g.predikat) {
      gl += lo[p];
      gu += hi[p];
    }
    const need = Math.max(g.min, gl);
    if (need > gu) return false;
    lower += need;
  }
  return lower <= n && n <= upper;
}

/**
 * The exact range of counts predikat `p` can take in some compliant distribution of `n`, in closed
 * form. Pinning x_p = v, `isFeasible`'s conditions are linear in v: the total upper bound and p's
 * group minimum give lower limits, the total lower bound gives an upper limit. Assumes the system
 * itself is feasible (guaranteed by `buildBatasan`; property-tested against brute force).
 */
export function projectRentang(s: Sistem, p: Predikat, n: number): Rentang {
  const { lo, hi, groups } = s;
  const own = groups.find((g) => g.predikat.includes(p));
  let upperAll = 0;
  let lowerOthers = 0;
  for (const q of PREDIKATS) {
    upperAll += hi[q];
    if (q !== p && !groups.some((g) => g.predikat.includes(q))) lowerOthers += lo[q];
  }
  for (const g of groups) {
    if (g !== own)
      lowerOthers += Math.max(
        g.min,
        g.predikat.reduce((sum, q) => sum + lo[q], 0),
      );
  }
  let min = Math.max(lo[p], n - (upperAll - hi[p]));
  let max = Math.min(hi[p], n - lowerOthers);
  if (own) {
    const rest = own.predikat.filter((q) => q !== p);
    min = Math.max(min, own.min - rest.reduce((sum, q) => sum + hi[q], 0));
    max = Math.min(max, n - lowerOthers - rest.reduce((sum, q) => sum + lo[q], 0));
  }
  return { min, max: Math.max(min, max) };
}

function resolve(options: DistributionOptions | undefined): DistribusiSettings {
  return {
    pembulatan: options?.pembulatan ?? DEFAULT_SETTINGS.distribusi.pembulatan,
    sebagianBesar: options?.sebagianBesar ?? DEFAULT_SETTINGS.distribusi.sebagianBesar,
  };
}

function assertCount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: `${field} harus bilangan bulat ≥ 0.`, en: `${field} must be an integer ≥ 0.` },
      { field, value },
    );
  }
}

/** Results are pure in (org, n, settings); a bounded cache serves the many units of equal size. */
const CACHE = new Map<string, AllowedDistribution>();
const CACHE_LIMIT = 5_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Kalkulator distribusi: the allowed count range per predikat for a unit of `n` employees whose
 * organisational predikat is `org` (SE MenPANRB 3/2023, pola distribusi). The result is frozen
 * (it may be shared between callers).
 */
export function allowedDistribution(
  org: PredikatOrganisasi,
  n: number,
  options?: DistributionOptions,
): AllowedDistribution {
  assertCount(n, 'n');
  const pengaturan = resolve(options);
  const key = `${org}|${n}|${pengaturan.pembulatan}|${pengaturan.sebagianBesar}`;
  let result = CACHE.get(key);
  if (!result) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    result = deepFreeze(computeAllowed(org, n, pengaturan));
    CACHE.set(key, result);
  }
  return result;
}

function computeAllowed(org: PredikatOrganisasi, n: number, pengaturan: DistribusiSettings): AllowedDistribution {
  const batasan = buildBatasan(org, n, pengaturan);
  const sistem = toSistem(batasan, n);
  const rentang = Object.fromEntries(PREDIKATS.map((p) => [p, { min: sistem.lo[p], max: sistem.hi[p] }])) as Record<
    Predikat,
    Rentang
  >;
  const rentangTercapai = Object.fromEntries(PREDIKATS.map((p) => [p, projectRentang(sistem, p, n)])) as Record<
    Predikat,
    Rentang
  >;
  const catatan: Teks[] = [];
  if (n === 0) {
    catatan.push({
      id: 'Unit tanpa pegawai: tidak ada yang perlu didistribusikan; aturan "terdapat pegawai" tidak berlaku.',
      en: 'Unit without employees: nothing to distribute; the "there must be employees" rule does not apply.',
    });
  }
  for (const b of batasan) {
    if (b.disesuaikan) {
      catatan.push({
        id: `${b.teks.id} Untuk ${n} pegawai batas ${b.disesuaikan.dari} diturunkan menjadi ${b.jumlah}. ${b.disesuaikan.alasan.id}`,
        en: `${b.teks.en} For ${n} employees the bound ${b.disesuaikan.dari} was lowered to ${b.jumlah}. ${b.disesuaikan.alasan.en}`,
      });
    }
  }
  return {
    predikatOrganisasi: org,
    n,
    rentang,
    rentangTercapai,
    batasan,
    selebihnya: POLA_DISTRIBUSI_3_2023[org].selebihnya,
    catatan,
    pengaturan,
    sumber: [SUMBER_POLA_DISTRIBUSI],
  };
}

/** Percentage with one decimal; only called for violations, which need n ≥ 1. */
function persenOf(x: number, n: number): number {
  return Math.round((x / n) * 1000) / 10;
}

function namaPredikat(predikat: Predikat[], lang: 'id' | 'en'): string {
  const names = predikat.map((p) => PREDIKAT_LABEL[p][lang]);
  return predikat.length > 1
    ? `${names.join(lang === 'id' ? ' dan/atau ' : ' and/or ')} (${lang === 'id' ? 'gabungan' : 'combined'})`
    : names[0];
}

function fmtPct(x: number, lang: 'id' | 'en'): string {
  const s = String(x);
  return lang === 'id' ? s.replace('.', ',') : s;
}

function violation(b: BatasanDistribusi, x: number, n: number): PelanggaranDistribusi {
  const pa = persenOf(x, n);
  const base = {
    aturan: b.aturan,
    predikat: b.predikat,
    jumlah: x,
    batas: b.jumlah,
    persenBatas: b.persen,
    persenAktual: pa,
    n,
  };
  const who = { id: namaPredikat(b.predikat, 'id'), en: namaPredikat(b.predikat, 'en') };
  const actual = {
    id: `${who.id}: ${x} dari ${n} pegawai (${fmtPct(pa, 'id')}%)`,
    en: `${who.en}: ${x} of ${n} employees (${fmtPct(pa, 'en')}%)`,
  };
  if (b.jenis === 'MIN') {
    const lim = b.persen === null ? { id: '', en: '' } : { id: `${b.persen}%, yaitu `, en: `${b.persen}%, i.e. ` };
    return {
      ...base,
      code: 'DISTRIBUSI.KURANG_DARI_MINIMUM',
      message: {
        id: `${actual.id}, kurang dari batas minimal ${lim.id}${b.jumlah} pegawai. Aturan: ${b.teks.id}`,
        en: `${actual.en}, below the minimum of ${lim.en}${b.jumlah} employees. Rule: ${b.teks.en}`,
      },
    };
  }
  if (b.persen === 0) {
    return {
      ...base,
      code: 'DISTRIBUSI.PREDIKAT_DILARANG',
      message: {
        id: `${actual.id}, padahal tidak boleh ada pegawai dengan predikat ini. Aturan: ${b.teks.id}`,
        en: `${actual.en}, but no employee may have this rating. Rule: ${b.teks.en}`,
      },
    };
  }
  return {
    ...base,
    code: 'DISTRIBUSI.MELEBIHI_MAKSIMUM',
    message: {
      id: `${actual.id}, melebihi batas maksimal ${b.persen}%, yaitu ${b.jumlah} pegawai. Aturan: ${b.teks.id}`,
      en: `${actual.en}, above the maximum of ${b.persen}%, i.e. ${b.jumlah} employees. Rule: ${b.teks.en}`,
    },
  };
}

/**
 * Checks the employees' predikat counts of one unit against the pattern of its organisational
 * predikat (SE MenPANRB 3/2023). N is the sum of the counts; missing predikat count as 0.
 */
export function checkDistribution(
  org: PredikatOrganisasi,
  jumlah: Partial<JumlahPredikat>,
  options?: DistributionOptions,
): DistributionCheck {
  const counts = {} as JumlahPredikat;
  let n = 0;
  for (const p of PREDIKATS) {
    const v = jumlah[p] ?? 0;
    assertCount(v, `jumlah.${p}`);
    counts[p] = v;
    n += v;
  }
  const allowed = allowedDistribution(org, n, options);
  const pelanggaran: PelanggaranDistribusi[] = [];
  for (const b of allowed.batasan) {
    const x = b.predikat.reduce((sum, p) => sum + counts[p], 0);
    if (b.jenis === 'MIN' ? x < b.jumlah : x > b.jumlah) pelanggaran.push(violation(b, x, n));
  }
  const peringatan: PeringatanDistribusi[] = [];
  for (const a of POLA_DISTRIBUSI_3_2023[org].aturan) {
    if (a.jenis !== 'SEBAGIAN_BESAR') continue;
    const p = a.predikat[0];
    const larger = PREDIKATS.filter((q) => counts[q] > counts[p]);
    if (larger.length > 0) {
      const names = {
        id: larger.map((q) => PREDIKAT_LABEL[q].id).join(', '),
        en: larger.map((q) => PREDIKAT_LABEL[q].en).join(', '),
      };
      peringatan.push({
        code: 'DISTRIBUSI.BUKAN_TERBANYAK',
        aturan: a.kode,
        predikat: [p],
        message: {
          id: `${PREDIKAT_LABEL[p].id} (${counts[p]} pegawai) bukan predikat terbanyak; lebih banyak: ${names.id}. SE menghendaki sebagian besar pegawai berpredikat ${PREDIKAT_LABEL[p].id}.`,
          en: `${PREDIKAT_LABEL[p].en} (${counts[p]} employees) is not the largest group; larger: ${names.en}. The circular expects most employees to be rated ${PREDIKAT_LABEL[p].en}.`,
        },
      });
    }
  }
  const sesuai = pelanggaran.length === 0;
  const org_ = PREDIKAT_ORGANISASI_LABEL[org];
  return {
    ...allowed,
    sesuai,
    jumlah: counts,
    pelanggaran,
    peringatan,
    explanation: sesuai
      ? {
          id: `Distribusi ${n} pegawai sesuai pola distribusi untuk predikat kinerja organisasi ${org_.id} (SE MenPANRB 3/2023).`,
          en: `The distribution of ${n} employees complies with the pattern for organisational rating ${org_.en} (MenPANRB Circular 3/2023).`,
        }
      : {
          id: `Distribusi ${n} pegawai tidak sesuai pola distribusi untuk predikat kinerja organisasi ${org_.id}: ${pelanggaran.length} aturan dilanggar.`,
          en: `The distribution of ${n} employees does not comply with the pattern for organisational rating ${org_.en}: ${pelanggaran.length} rule(s) violated.`,
        },
  };
}
