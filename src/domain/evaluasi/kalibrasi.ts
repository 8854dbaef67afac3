/**
 * The calibration board of one unit penilaian and period (issue 11 item 3), as a pure model: the
 * employees' current predikat counted against the pola distribusi of the unit's predikat organisasi
 * (SE MenPANRB 3/2023, via `checkDistribution` — the one source of truth), the kalkulator's ranges
 * for the unit's N, every violation in plain words, a concrete way to fix them ("move k from A to B"),
 * and whether finalising needs an override (decision 0502).
 *
 * The check counts the evaluations that have a predikat; the ranges are for the whole unit (every
 * evaluation of the period). While some evaluation has no rating the board is `lengkap: false` and
 * finalising is refused (naming them) — the module does that; the model only says so.
 */
import {
  type AllowedDistribution,
  allowedDistribution,
  type BatasanDistribusi,
  checkDistribution,
  type DistributionCheck,
  type DistributionOptions,
  type JumlahPredikat,
  type PelanggaranDistribusi,
  type Rentang,
} from '../distribution.ts';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI_LABEL,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  type Teks,
} from '../types.ts';

/** One evaluation as the board counts it: its current predikat (null while not rated). */
export interface EvaluasiKalibrasi {
  id: string;
  predikat: Predikat | null;
}

/** A violation of the pattern, in plain words, with how many must move. */
export interface PelanggaranKalibrasi {
  aturan: string;
  code: PelanggaranDistribusi['code'];
  predikat: Predikat[];
  jumlah: number;
  batas: number;
  /** Employees that must leave (MAX) or join (MIN) the named predikat. */
  selisih: number;
  arah: 'KELUAR' | 'MASUK';
  teks: Teks;
  /** The checker's longer message with the rule's text. */
  rinci: Teks;
}

/** One move of the suggested fix: `jumlah` employees from one predikat to another. */
export interface Perpindahan {
  dari: Predikat;
  ke: Predikat;
  jumlah: number;
  teks: Teks;
}

export interface PapanKalibrasiModel {
  predikatOrganisasi: PredikatOrganisasi | null;
  /** Every evaluation of the unit and period. */
  nTotal: number;
  /** Those with a predikat (what the check counts). */
  nDinilai: number;
  belumDinilai: number;
  lengkap: boolean;
  jumlah: JumlahPredikat;
  /** The kalkulator for the whole unit (null without a predikat organisasi). */
  rentang: Record<Predikat, Rentang> | null;
  rentangTercapai: Record<Predikat, Rentang> | null;
  batasan: BatasanDistribusi[];
  /** The checker's verdict on the rated evaluations (null without a predikat organisasi). */
  sesuai: boolean | null;
  pelanggaran: PelanggaranKalibrasi[];
  peringatan: Teks[];
  /** A compliant target reached by these moves (empty when compliant or not computable). */
  perbaikan: Perpindahan[];
  /** Finalising now would need `override` with a justification. */
  perluOverride: boolean;
  ringkasan: Teks;
}

/** Minimum length of an override's written justification (decision 0502). */
export const MIN_ALASAN_OVERRIDE = 20;

/** A percentage as the checker computed it (one decimal), with the language's decimal mark. */
function persen(v: number, lang: 'id' | 'en'): string {
  const s = String(v);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/** "person" or "people" for a count of employees (English texts). */
function orang(k: number): string {
  return k === 1 ? 'person' : 'people';
}

function nama(predikat: readonly Predikat[], lang: 'id' | 'en'): string {
  return predikat.map((p) => PREDIKAT_LABEL[p][lang]).join(lang === 'id' ? ' dan/atau ' : ' and/or ');
}

/**
 * A violation as a sentence, e.g. "Sangat Baik 9 dari 12 (75%) melebihi batas 70% (8 orang)".
 * The bound in people is always shown; the percentage when the rule has one. The "sebagian besar"
 * minimum is recognised by its rule code (distribution.ts names it `<rule>.MAYORITAS`).
 */
export function kalimatPelanggaran(v: PelanggaranDistribusi): PelanggaranKalibrasi {
  const { jumlah: x, batas, n } = v;
  const head = {
    id: `${nama(v.predikat, 'id')} ${x} dari ${n} (${persen(v.persenAktual, 'id')}%)`,
    en: `${nama(v.predikat, 'en')} ${x} of ${n} (${persen(v.persenAktual, 'en')}%)`,
  };
  const majority = v.aturan.endsWith('.MAYORITAS');
  let teks: Teks;
  if (v.code === 'DISTRIBUSI.PREDIKAT_DILARANG') {
    teks = {
      id: `${head.id}, padahal tidak boleh ada (0 orang)`,
      en: `${head.en}, but none is allowed (0 people)`,
    };
  } else if (v.code === 'DISTRIBUSI.MELEBIHI_MAKSIMUM') {
    teks = {
      id: `${head.id} melebihi batas ${v.persenBatas}% (${batas} orang)`,
      en: `${head.en} exceeds the limit of ${v.persenBatas}% (${batas} ${orang(batas)})`,
    };
  } else if (majority) {
    teks = {
      id: `${head.id} belum "sebagian besar": minimal lebih dari separuh (${batas} orang)`,
      en: `${head.en} is not "most": at least more than half (${batas} ${orang(batas)})`,
    };
  } else if (v.persenBatas === null) {
    teks = {
      id: `${head.id} kurang dari minimal ${batas} orang`,
      en: `${head.en} is below the minimum of ${batas} ${orang(batas)}`,
    };
  } else {
    teks = {
      id: `${head.id} kurang dari batas minimal ${v.persenBatas}% (${batas} orang)`,
      en: `${head.en} is below the minimum of ${v.persenBatas}% (${batas} ${orang(batas)})`,
    };
  }
  const min = v.code === 'DISTRIBUSI.KURANG_DARI_MINIMUM';
  return {
    aturan: v.aturan,
    code: v.code,
    predikat: [...v.predikat],
    jumlah: x,
    batas,
    selisih: min ? batas - x : x - batas,
    arah: min ? 'MASUK' : 'KELUAR',
    teks,
    rinci: v.message,
  };
}

const IDX: Record<Predikat, number> = { SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 2, KURANG: 3, SANGAT_KURANG: 4 };

/** Group minimums of the pattern (the "dan/atau" and "terdapat" rules). */
function groupMins(a: AllowedDistribution) {
  return a.batasan.filter((b) => b.kelompok && b.jenis === 'MIN');
}

function meetsGroups(a: AllowedDistribution, t: JumlahPredikat): boolean {
  return groupMins(a).every((g) => g.predikat.reduce((s, p) => s + t[p], 0) >= g.jumlah);
}

/**
 * Distance on the predikat scale to the nearest predikat of `set` (the "neighbour" a human would pick).
 * `set` is never empty where it is used (see `targetPerbaikan`).
 */
function jarak(p: Predikat, set: Predikat[]): number {
  return Math.min(...set.map((q) => Math.abs(IDX[p] - IDX[q])));
}

/**
 * A compliant target near `c`: clamp every count into its range, satisfy the group minimums, then
 * balance the total, taking from / giving to the predikat nearest on the scale to where the surplus
 * or the deficit is (so "too many Sangat Baik" becomes "move them to Baik"). Null only when `c` does
 * not count `a.n` employees (`a` must be the pattern for c's total, e.g. `checkDistribution(org, c)`).
 *
 * Why balancing always ends compliant (the pattern is feasible for every n — `buildBatasan` — and
 * its group minimums are disjoint, as `isFeasible` requires): after the clamp and the group fill
 * every count is within its range and every group minimum holds, and each step keeps both.
 * - While the sum exceeds n, some count was raised (t > c, as Σc = n), and some count can lose one:
 *   were none above its floor or free of a tight group, the sum would be the least feasible total,
 *   which is ≤ n.
 * - While the sum is below n, some count was lowered (t < c), and some count is below its ceiling:
 *   were all at their ceilings, the sum would be Σmax ≥ n.
 * So the predikat each step sorts first (eligible ones first) is always eligible; the tests check this exhaustively
 * for small units and at random for larger ones.
 */
export function targetPerbaikan(a: AllowedDistribution, c: JumlahPredikat): JumlahPredikat | null {
  const n = PREDIKATS.reduce((s, p) => s + c[p], 0);
  if (n !== a.n) return null;
  const t = {} as JumlahPredikat;
  for (const p of PREDIKATS) t[p] = Math.min(Math.max(c[p], a.rentang[p].min), a.rentang[p].max);
  for (const g of groupMins(a)) {
    let need = g.jumlah - g.predikat.reduce((s, p) => s + t[p], 0);
    // Fill the group from the member closest to where the employees are now.
    const members = [...g.predikat].sort((x, y) => c[y] - c[x] || IDX[x] - IDX[y]);
    for (const p of members) {
      if (need <= 0) break;
      const add = Math.min(need, a.rentang[p].max - t[p]);
      t[p] += add;
      need -= add;
    }
  }
  let sum = PREDIKATS.reduce((s, p) => s + t[p], 0);
  while (sum > n) {
    // Remove one where the target is above its floor and removing keeps the group minimums;
    // prefer a predikat that was raised (t > c), then the one nearest to a raised one.
    const raised = PREDIKATS.filter((p) => t[p] > c[p]);
    const eligible = new Set(
      PREDIKATS.filter((p) => {
        if (t[p] <= a.rentang[p].min) return false;
        t[p]--;
        const ok = meetsGroups(a, t);
        t[p]++;
        return ok;
      }),
    );
    const [best] = [...PREDIKATS].sort(
      (x, y) =>
        Number(eligible.has(y)) - Number(eligible.has(x)) ||
        Number(t[y] > c[y]) - Number(t[x] > c[x]) ||
        jarak(x, raised) - jarak(y, raised),
    );
    t[best]--;
    sum--;
  }
  while (sum < n) {
    // Add one where there is room; prefer a predikat that was lowered (t < c), then the nearest.
    const lowered = PREDIKATS.filter((p) => t[p] < c[p]);
    // On a tie, the lower predikat: the pattern exists to curb inflation, so a fix never proposes
    // raising people when lowering them is as near (e.g. too many Baik → Butuh Perbaikan, not Sangat Baik).
    const [best] = [...PREDIKATS].sort(
      (x, y) =>
        Number(t[y] < a.rentang[y].max) - Number(t[x] < a.rentang[x].max) ||
        Number(t[y] < c[y]) - Number(t[x] < c[x]) ||
        jarak(x, lowered) - jarak(y, lowered) ||
        IDX[y] - IDX[x],
    );
    t[best]++;
    sum++;
  }
  return t;
}

/** The moves from `c` to `t`: surplus predikat send to the nearest deficit predikat on the scale. */
export function perpindahan(c: JumlahPredikat, t: JumlahPredikat): Perpindahan[] {
  const deficit = PREDIKATS.map((p) => ({ p, k: t[p] - c[p] }));
  const out: Perpindahan[] = [];
  for (const dari of PREDIKATS) {
    let sisa = c[dari] - t[dari];
    // Nearest deficit first; on a tie the lower predikat (see `targetPerbaikan`).
    const terdekat = [...deficit].sort(
      (x, y) => Math.abs(IDX[x.p] - IDX[dari]) - Math.abs(IDX[y.p] - IDX[dari]) || IDX[y.p] - IDX[x.p],
    );
    for (const d of terdekat) {
      const jumlah = Math.min(sisa, d.k);
      if (jumlah <= 0) continue;
      sisa -= jumlah;
      d.k -= jumlah;
      const ke = d.p;
      out.push({
        dari,
        ke,
        jumlah,
        teks: {
          id: `Pindahkan ${jumlah} orang dari ${PREDIKAT_LABEL[dari].id} ke ${PREDIKAT_LABEL[ke].id}`,
          en: `Move ${jumlah} ${orang(jumlah)} from ${PREDIKAT_LABEL[dari].en} to ${PREDIKAT_LABEL[ke].en}`,
        },
      });
    }
  }
  return out;
}

/** Counts per predikat of the rated evaluations. */
export function hitungPredikat(evaluasi: readonly EvaluasiKalibrasi[]): JumlahPredikat {
  const j = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 } as JumlahPredikat;
  for (const e of evaluasi) if (e.predikat) j[e.predikat]++;
  return j;
}

/**
 * The board model. `options` are the instansi's distribution settings (decision 0101/0102).
 * `perluOverride` is exactly `!checkDistribution(...).sesuai` for the rated evaluations.
 */
export function papanKalibrasi(
  evaluasi: readonly EvaluasiKalibrasi[],
  predikatOrganisasi: PredikatOrganisasi | null,
  options?: DistributionOptions,
): PapanKalibrasiModel {
  const jumlah = hitungPredikat(evaluasi);
  const nTotal = evaluasi.length;
  const nDinilai = PREDIKATS.reduce((s, p) => s + jumlah[p], 0);
  const belumDinilai = nTotal - nDinilai;
  const base = { predikatOrganisasi, nTotal, nDinilai, belumDinilai, lengkap: belumDinilai === 0, jumlah };
  if (!predikatOrganisasi) {
    return {
      ...base,
      rentang: null,
      rentangTercapai: null,
      batasan: [],
      sesuai: null,
      pelanggaran: [],
      peringatan: [],
      perbaikan: [],
      perluOverride: false,
      ringkasan: {
        id: 'Predikat kinerja organisasi unit ini untuk periode ini belum ditetapkan; pola distribusi belum dapat diperiksa.',
        en: "The unit's organisational rating for this period is not set yet; the distribution cannot be checked.",
      },
    };
  }
  const whole = allowedDistribution(predikatOrganisasi, nTotal, options);
  const check: DistributionCheck = checkDistribution(predikatOrganisasi, jumlah, options);
  const pelanggaran = check.pelanggaran.map(kalimatPelanggaran);
  const target = check.sesuai ? null : targetPerbaikan(check, jumlah);
  const org = PREDIKAT_ORGANISASI_LABEL[predikatOrganisasi];
  const belum: Teks =
    belumDinilai > 0
      ? { id: ` ${belumDinilai} pegawai belum dinilai.`, en: ` ${belumDinilai} employee(s) not rated yet.` }
      : { id: '', en: '' };
  return {
    ...base,
    rentang: whole.rentang,
    rentangTercapai: whole.rentangTercapai,
    batasan: whole.batasan,
    sesuai: check.sesuai,
    pelanggaran,
    peringatan: check.peringatan.map((p) => p.message),
    perbaikan: target ? perpindahan(jumlah, target) : [],
    perluOverride: !check.sesuai,
    ringkasan: check.sesuai
      ? {
          id: `Distribusi ${nDinilai} pegawai sesuai pola untuk predikat organisasi ${org.id}.${belum.id}`,
          en: `The distribution of ${nDinilai} employees complies with the pattern for organisational rating ${org.en}.${belum.en}`,
        }
      : {
          id: `Distribusi ${nDinilai} pegawai melanggar ${pelanggaran.length} aturan pola untuk predikat organisasi ${org.id}; finalisasi memerlukan override dengan alasan tertulis.${belum.id}`,
          en: `The distribution of ${nDinilai} employees breaks ${pelanggaran.length} rule(s) of the pattern for organisational rating ${org.en}; finalising needs an override with a written justification.${belum.en}`,
        },
  };
}

/** Why finalising is refused, in order of the checks (module turns them into errors). */
export type PenolakanFinal =
  | { code: 'KALIBRASI.TANPA_PREDIKAT_ORGANISASI' }
  | { code: 'KALIBRASI.BELUM_DINILAI'; evaluasiIds: string[] }
  | { code: 'KALIBRASI.PERLU_OVERRIDE'; pelanggaran: PelanggaranKalibrasi[] }
  | { code: 'KALIBRASI.ALASAN_OVERRIDE'; minimum: number }
  | { code: 'KALIBRASI.TANPA_EVALUASI' };

/**
 * Whether the board may be finalised with the given request. An override is accepted only when
 * needed; asking for one on a compliant board is harmless and not recorded as an override.
 */
export function syaratFinal(
  evaluasi: readonly EvaluasiKalibrasi[],
  papan: PapanKalibrasiModel,
  permintaan: { override?: boolean; alasan?: string | null },
): PenolakanFinal | null {
  if (!papan.predikatOrganisasi) return { code: 'KALIBRASI.TANPA_PREDIKAT_ORGANISASI' };
  if (evaluasi.length === 0) return { code: 'KALIBRASI.TANPA_EVALUASI' };
  const unrated = evaluasi.filter((e) => !e.predikat).map((e) => e.id);
  if (unrated.length) return { code: 'KALIBRASI.BELUM_DINILAI', evaluasiIds: unrated };
  if (!papan.perluOverride) return null;
  if (!permintaan.override) return { code: 'KALIBRASI.PERLU_OVERRIDE', pelanggaran: papan.pelanggaran };
  if ((permintaan.alasan ?? '').trim().length < MIN_ALASAN_OVERRIDE)
    return { code: 'KALIBRASI.ALASAN_OVERRIDE', minimum: MIN_ALASAN_OVERRIDE };
  return null;
}
