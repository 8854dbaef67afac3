import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { RuleError } from './rule-error.ts';
import { getTukinPreset, TUKIN_PRESETS } from './rules/tukin-presets.ts';
import { computeTukin, formatRupiah, MAKS_BASE_AMOUNT, parseTukinPolicy, type TukinPolicyInput } from './tukin.ts';
import { PREDIKATS, type Predikat } from './types.ts';

const BASE = 10_000_000;

describe('computeTukin with the presets', () => {
  const LHK: [Predikat, number][] = [
    ['SANGAT_BAIK', 10_000_000],
    ['BAIK', 10_000_000],
    ['BUTUH_PERBAIKAN', 9_000_000],
    ['KURANG', 8_500_000],
    ['SANGAT_KURANG', 8_000_000],
  ];
  it.each(LHK)('Permen LHK 6/2024 pays %s %i of Rp 10 juta', (predikat, amount) => {
    const r = computeTukin(getTukinPreset('permen-lhk-6-2024'), { baseAmount: BASE, predikat });
    expect(r.amount).toBe(amount);
    expect(r.lines.reduce((s, l) => s + l.amount, 0)).toBe(amount);
    expect(r.citation[0].regulation).toBe('Permen LHK 6/2024');
  });

  const BAKAMLA: [Predikat, number][] = [
    ['SANGAT_BAIK', 10_000_000],
    ['BAIK', 10_000_000],
    ['BUTUH_PERBAIKAN', 10_000_000],
    ['KURANG', 9_900_000],
    ['SANGAT_KURANG', 9_800_000],
  ];
  it.each(BAKAMLA)('Peraturan Bakamla 1/2023 pays %s %i of Rp 10 juta', (predikat, amount) => {
    expect(computeTukin(getTukinPreset('perban-bakamla-1-2023'), { baseAmount: BASE, predikat }).amount).toBe(amount);
  });

  it('PermenKLH/BPLH 6/2025 cuts 35% when the monthly report is missing', () => {
    const policy = getTukinPreset('permen-klh-bplh-6-2025');
    const r = computeTukin(policy, { baseAmount: BASE, missingReport: true });
    expect(r.amount).toBe(6_500_000);
    expect(r.lines[1]).toMatchObject({ kode: 'KINERJA.POTONGAN', amount: -3_500_000 });
    expect(r.lines[1].explanation.id).toContain('tidak ada laporan kinerja: potongan 35%');
    expect(computeTukin(policy, { baseAmount: BASE, predikat: 'KURANG' }).amount).toBe(8_500_000);
  });

  it('regional TPP splits 60/40 and pays each part line by line', () => {
    const r = computeTukin(getTukinPreset('tpp-kepmendagri-900-4700-2020'), {
      baseAmount: BASE,
      predikat: 'BUTUH_PERBAIKAN',
      disiplinPct: 90,
    });
    expect(r.lines.map((l) => [l.kode, l.amount])).toEqual([
      ['KINERJA', 6_000_000],
      ['KINERJA.POTONGAN', -1_500_000],
      ['DISIPLIN', 4_000_000],
      ['DISIPLIN.POTONGAN', -400_000],
    ]);
    expect(r.amount).toBe(8_100_000);
    expect(r.lines[0].explanation.id).toBe('60% × Rp 10.000.000 = Rp 6.000.000');
    expect(r.lines[0].explanation.en).toBe('60% × Rp 10,000,000 = Rp 6,000,000');
    expect(r.lines[3].explanation.en).toContain('discipline 90%');
    expect(r.explanation.id).toContain('dibayar Rp 8.100.000 dari Rp 10.000.000');
  });

  it('regional TPP takes discipline as 100% when no discipline figure is given and says so', () => {
    const r = computeTukin(getTukinPreset('tpp-kepmendagri-900-4700-2020'), { baseAmount: BASE, predikat: 'BAIK' });
    expect(r.amount).toBe(BASE);
    expect(r.lines[3].explanation.en).toContain('no discipline data');
  });

  it('lets the last component absorb the rupiah lost when splitting', () => {
    const r = computeTukin(getTukinPreset('tpp-kepmendagri-900-4700-2020'), {
      baseAmount: 1_001,
      predikat: 'BAIK',
      disiplinPct: 100,
    });
    expect(r.lines[0].amount + r.lines[2].amount).toBe(1_001);
    expect(r.lines[0].amount).toBe(600);
  });

  it('rejects a missing predikat, a bad discipline figure and a bad base amount', () => {
    const tpp = getTukinPreset('tpp-kepmendagri-900-4700-2020');
    expect(() => computeTukin(tpp, { baseAmount: BASE })).toThrow(/predikat/);
    expect(() => computeTukin(tpp, { baseAmount: BASE, predikat: 'BAIK', disiplinPct: 101 })).toThrow(RuleError);
    expect(() => computeTukin(tpp, { baseAmount: 10.5, predikat: 'BAIK' })).toThrow(RuleError);
    expect(() => computeTukin(tpp, { baseAmount: -1, predikat: 'BAIK' })).toThrow(RuleError);
    expect(() => computeTukin(tpp, { baseAmount: MAKS_BASE_AMOUNT + 1, predikat: 'BAIK' })).toThrow(RuleError);
  });

  it('rejects an unknown preset', () => {
    expect(() => getTukinPreset('tidak-ada')).toThrow(RuleError);
  });

  it('never pays more than the base nor less than zero, and its lines add up to the amount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TUKIN_PRESETS),
        fc.integer({ min: 0, max: MAKS_BASE_AMOUNT }),
        fc.constantFrom(...PREDIKATS),
        fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
        fc.boolean(),
        (policy, baseAmount, predikat, disiplinPct, missingReport) => {
          const r = computeTukin(policy, { baseAmount, predikat, disiplinPct, missingReport });
          return (
            r.amount >= 0 &&
            r.amount <= baseAmount &&
            Number.isSafeInteger(r.amount) &&
            r.lines.reduce((s, l) => s + l.amount, 0) === r.amount
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never pays a worse predikat more than a better one under any preset', () => {
    for (const policy of TUKIN_PRESETS) {
      const amounts = PREDIKATS.map(
        (predikat) => computeTukin(policy, { baseAmount: BASE, predikat, disiplinPct: 100 }).amount,
      );
      expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    }
  });
});

describe('tukin policy schema', () => {
  const valid: TukinPolicyInput = {
    id: 'kustom-uji',
    nama: { id: 'Uji', en: 'Test' },
    periodisitas: 'TRIWULANAN',
    komponen: [
      {
        kode: 'KINERJA',
        label: { id: 'Kinerja', en: 'Performance' },
        bobotPersen: 70.5,
        dasar: 'PREDIKAT',
        persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 95.25, KURANG: 90, SANGAT_KURANG: 80 },
      },
      {
        kode: 'DISIPLIN',
        label: { id: 'Disiplin', en: 'Discipline' },
        bobotPersen: 29.5,
        dasar: 'DISIPLIN',
        potonganTanpaLaporanPersen: 10,
      },
    ],
    sumber: [{ regulation: 'Perkada X', article: 'Pasal 1' }],
    keyakinan: 'CONFIRMED',
  };

  it('accepts a custom policy with decimal weights and defaults its notes', () => {
    const p = parseTukinPolicy(valid);
    expect(p.catatan).toEqual([]);
    const r = computeTukin(p, {
      baseAmount: 1_000_000,
      predikat: 'BUTUH_PERBAIKAN',
      disiplinPct: 50,
      missingReport: true,
    });
    // 70.5% = 705 000 × 95.25% = 671 512 (floored); 29.5% = 295 000 with a 10% no-report cut = 265 500.
    expect(r.amount).toBe(671_512 + 265_500);
    expect(r.lines[1].explanation.en).toContain('95.25% paid');
    expect(r.lines[3].explanation.en).toContain('no performance report: 10% cut');
  });

  it.each([
    ['weights that do not add up to 100%', { komponen: [{ ...valid.komponen[0], bobotPersen: 60 }] }],
    [
      'duplicate component codes',
      {
        komponen: [
          { ...valid.komponen[0], bobotPersen: 50 },
          { ...valid.komponen[0], bobotPersen: 50 },
        ],
      },
    ],
    ['a percentage with three decimals', { komponen: [{ ...valid.komponen[0], bobotPersen: 100.001 }] }],
    [
      'a percentage above 100',
      { komponen: [{ ...valid.komponen[1], bobotPersen: 100, potonganTanpaLaporanPersen: 120 }] },
    ],
    ['no sources', { sumber: [] }],
    ['a bad id', { id: 'Bad Id' }],
  ])('rejects %s', (_name, patch) => {
    expect(() => parseTukinPolicy({ ...valid, ...patch })).toThrow(ZodError);
  });

  it('validates every preset and gives each a source', () => {
    expect(TUKIN_PRESETS.map((p) => p.id)).toEqual([
      'permen-lhk-6-2024',
      'permen-klh-bplh-6-2025',
      'perban-bakamla-1-2023',
      'tpp-kepmendagri-900-4700-2020',
    ]);
    for (const p of TUKIN_PRESETS) expect(p.sumber.length).toBeGreaterThan(0);
  });
});

describe('formatRupiah', () => {
  it('groups thousands the Indonesian and the English way', () => {
    expect(formatRupiah(1_234_567, 'id')).toBe('Rp 1.234.567');
    expect(formatRupiah(1_234_567, 'en')).toBe('Rp 1,234,567');
    expect(formatRupiah(-500, 'id')).toBe('−Rp 500');
    expect(formatRupiah(0, 'en')).toBe('Rp 0');
  });
});
