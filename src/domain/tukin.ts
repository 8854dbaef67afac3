/**
 * Tunjangan kinerja (tukin) and regional TPP as policy data. There is no national table: each
 * agency's Perpres/internal regulation or Peraturan Kepala Daerah sets the components, weights and
 * cuts (domain notes §6.4), so a policy is validated data and `computeTukin` is one generic function.
 * Arithmetic is in whole rupiah with integer basis points (decision 0107).
 */
import { z } from 'zod';
import { RuleError } from './rule-error.ts';
import { CONFIDENCES, PREDIKAT_LABEL, type Predikat, type Teks, ZSumber, ZTeks } from './types.ts';

/** Largest base amount accepted (Rp 100 miliar), so that amount × 10 000 stays a safe integer. */
export const MAKS_BASE_AMOUNT = 100_000_000_000;

const ZPersen = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'At most 2 decimals' });

const ZPersenPerPredikat = z.strictObject({
  SANGAT_BAIK: ZPersen,
  BAIK: ZPersen,
  BUTUH_PERBAIKAN: ZPersen,
  KURANG: ZPersen,
  SANGAT_KURANG: ZPersen,
});

const ZKomponenBase = {
  kode: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/),
  label: ZTeks,
  /** Share of the base amount, in percent. */
  bobotPersen: ZPersen,
  /** Cut (percent of this component) when the period's performance report is missing; replaces the predikat rule. */
  potonganTanpaLaporanPersen: ZPersen.optional(),
};

/** A component of the allowance: paid by predikat, or by the discipline percentage supplied. */
export const ZTukinKomponen = z.discriminatedUnion('dasar', [
  z.strictObject({
    ...ZKomponenBase,
    dasar: z.literal('PREDIKAT'),
    /** Percent of the component paid for each predikat. */
    persenDibayar: ZPersenPerPredikat,
  }),
  z.strictObject({ ...ZKomponenBase, dasar: z.literal('DISIPLIN') }),
]);
export type TukinKomponen = z.infer<typeof ZTukinKomponen>;

/** A tukin/TPP policy: components (weights adding to 100%), cuts and periodicity, with sources. */
export const ZTukinPolicy = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/),
    nama: ZTeks,
    periodisitas: z.enum(['BULANAN', 'TRIWULANAN', 'TAHUNAN']),
    komponen: z.array(ZTukinKomponen).min(1).max(10),
    sumber: z.array(ZSumber).min(1),
    keyakinan: z.enum(CONFIDENCES),
    catatan: z.array(ZTeks).default([]),
  })
  .refine((p) => p.komponen.reduce((s, k) => s + Math.round(k.bobotPersen * 100), 0) === 10_000, {
    message: 'Component weights must add up to 100%',
    path: ['komponen'],
  })
  .refine((p) => new Set(p.komponen.map((k) => k.kode)).size === p.komponen.length, {
    message: 'Component codes must be unique',
    path: ['komponen'],
  });
export type TukinPolicy = z.infer<typeof ZTukinPolicy>;
export type TukinPolicyInput = z.input<typeof ZTukinPolicy>;

/** Validates a policy (e.g. a custom one stored by an instansi); throws a ZodError. */
export function parseTukinPolicy(input: unknown): TukinPolicy {
  return ZTukinPolicy.parse(input);
}

/** One employee-period. */
export interface TukinInput {
  /** The full allowance for the employee's class (kelas jabatan) for the period, in whole rupiah. */
  baseAmount: number;
  predikat?: Predikat;
  /** Percent of the discipline component earned (attendance rules computed elsewhere); default 100. */
  disiplinPct?: number;
  /** True when the period's performance report was not submitted. */
  missingReport?: boolean;
}

export interface TukinLine {
  kode: string;
  label: Teks;
  /** Whole rupiah; negative for cuts. The lines add up to `amount`. */
  amount: number;
  explanation: Teks;
}

export interface TukinResult {
  policyId: string;
  baseAmount: number;
  amount: number;
  lines: TukinLine[];
  explanation: Teks;
  citation: TukinPolicy['sumber'];
}

/** Formats whole rupiah: "Rp 1.234.567" (id) or "Rp 1,234,567" (en). */
export function formatRupiah(amount: number, lang: 'id' | 'en'): string {
  const sep = lang === 'id' ? '.' : ',';
  let rest = String(Math.abs(amount));
  let grouped = '';
  while (rest.length > 3) {
    grouped = `${sep}${rest.slice(-3)}${grouped}`;
    rest = rest.slice(0, -3);
  }
  return `${amount < 0 ? '−' : ''}Rp ${rest}${grouped}`;
}

/** Both spellings of a non-negative rupiah amount, grouped once. */
function rupiah(amount: number): Teks {
  const id = formatRupiah(amount, 'id');
  return { id, en: id.replaceAll('.', ',') };
}

function pct(bp: number, lang: 'id' | 'en'): string {
  const s = String(bp / 100);
  return `${lang === 'id' ? s.replace('.', ',') : s}%`;
}

function invalid(field: string, value: unknown, pesan: Teks): RuleError {
  return new RuleError('RULES.INVALID_INPUT', pesan, { field, value });
}

/** Basis points paid for one component, and the reason. */
function paidBasisPoints(k: TukinKomponen, input: TukinInput): { bp: number; alasan: Teks } {
  if (input.missingReport && k.potonganTanpaLaporanPersen !== undefined) {
    const cut = Math.round(k.potonganTanpaLaporanPersen * 100);
    return {
      bp: 10_000 - cut,
      alasan: {
        id: `tidak ada laporan kinerja: potongan ${pct(cut, 'id')}`,
        en: `no performance report: ${pct(cut, 'en')} cut`,
      },
    };
  }
  if (k.dasar === 'PREDIKAT') {
    if (input.predikat === undefined) {
      throw invalid('predikat', undefined, {
        id: `Predikat diperlukan untuk komponen ${k.label.id}.`,
        en: `A predikat is required for component ${k.label.en}.`,
      });
    }
    const bp = Math.round(k.persenDibayar[input.predikat] * 100);
    const label = PREDIKAT_LABEL[input.predikat];
    return {
      bp,
      alasan: { id: `predikat ${label.id}: dibayar ${pct(bp, 'id')}`, en: `rated ${label.en}: ${pct(bp, 'en')} paid` },
    };
  }
  const d = input.disiplinPct ?? 100;
  if (!Number.isFinite(d) || d < 0 || d > 100) {
    throw invalid('disiplinPct', d, {
      id: 'Persentase disiplin harus 0–100.',
      en: 'Discipline percentage must be 0–100.',
    });
  }
  const bp = Math.round(d * 100);
  return {
    bp,
    alasan:
      input.disiplinPct === undefined
        ? { id: 'data disiplin tidak diisi: dianggap 100%', en: 'no discipline data: taken as 100%' }
        : { id: `capaian disiplin ${pct(bp, 'id')}`, en: `discipline ${pct(bp, 'en')}` },
  };
}

/**
 * Computes one employee-period's tukin/TPP under `policy`, line by line. Each component's share is
 * floored to whole rupiah and the last component takes the remainder (so shares add up to the
 * base); each payment is floored (never more than the entitlement). Hence 0 ≤ amount ≤ baseAmount.
 */
export function computeTukin(policy: TukinPolicy, input: TukinInput): TukinResult {
  const base = input.baseAmount;
  if (!Number.isSafeInteger(base) || base < 0 || base > MAKS_BASE_AMOUNT) {
    throw invalid('baseAmount', base, {
      id: `Tunjangan dasar harus rupiah bulat 0–${formatRupiah(MAKS_BASE_AMOUNT, 'id')}.`,
      en: `Base amount must be whole rupiah 0–${formatRupiah(MAKS_BASE_AMOUNT, 'en')}.`,
    });
  }
  const lines: TukinLine[] = [];
  const rpBase = rupiah(base);
  let allocated = 0;
  let amount = 0;
  policy.komponen.forEach((k, i) => {
    const w = Math.round(k.bobotPersen * 100);
    const share = i === policy.komponen.length - 1 ? base - allocated : Math.floor((base * w) / 10_000);
    allocated += share;
    const { bp, alasan } = paidBasisPoints(k, input);
    const paid = Math.floor((share * bp) / 10_000);
    amount += paid;
    const rpShare = rupiah(share);
    const rpPaid = rupiah(paid);
    lines.push({
      kode: k.kode,
      label: k.label,
      amount: share,
      explanation: {
        id: `${pct(w, 'id')} × ${rpBase.id} = ${rpShare.id}`,
        en: `${pct(w, 'en')} × ${rpBase.en} = ${rpShare.en}`,
      },
    });
    lines.push({
      kode: `${k.kode}.POTONGAN`,
      label: { id: `Potongan ${k.label.id}`, en: `${k.label.en} cut` },
      amount: paid - share,
      explanation: {
        id: `${alasan.id}; dibayar ${rpPaid.id} dari ${rpShare.id}`,
        en: `${alasan.en}; ${rpPaid.en} of ${rpShare.en} paid`,
      },
    });
  });
  const rpAmount = rupiah(amount);
  return {
    policyId: policy.id,
    baseAmount: base,
    amount,
    lines,
    explanation: {
      id: `${policy.nama.id}: dibayar ${rpAmount.id} dari ${rpBase.id}.`,
      en: `${policy.nama.en}: ${rpAmount.en} of ${rpBase.en} paid.`,
    },
    citation: policy.sumber,
  };
}
