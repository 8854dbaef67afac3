import { describe, expect, it } from 'vitest';
import { legacyPredikat, legacyScore, legacyScore46, legacySebutan46 } from './legacy-score.ts';
import { RuleError } from './rule-error.ts';
import type { Predikat } from './types.ts';

describe('legacyScore (PP 30/2019)', () => {
  it('weighs SKP 70% and behaviour 30%', () => {
    const r = legacyScore({ nilaiSkp: 100, nilaiPerilaku: 80, uses360: false });
    expect(r.nilai).toBe(94);
    expect(r.bobot).toEqual({ skp: 70, perilaku: 30 });
    expect(r.rumus).toBe('70% × 100 + 30% × 80 = 94');
    expect(r.citation.regulation).toBe('PP 30/2019');
  });

  it('weighs SKP 60% and behaviour 40% with 360° input', () => {
    expect(legacyScore({ nilaiSkp: 100, nilaiPerilaku: 80, uses360: true }).nilai).toBe(92);
  });

  it('rounds to two decimals without floating-point noise', () => {
    expect(legacyScore({ nilaiSkp: 85.57, nilaiPerilaku: 90.1, uses360: false }).nilai).toBe(86.93);
  });

  it.each([-1, 120.01, Number.NaN])('rejects a score of %d', (v) => {
    expect(() => legacyScore({ nilaiSkp: v, nilaiPerilaku: 90, uses360: false })).toThrow(RuleError);
    expect(() => legacyScore({ nilaiSkp: 90, nilaiPerilaku: v, uses360: false })).toThrow(RuleError);
  });
});

describe('legacyPredikat (PP 30/2019 bands, lower bounds inclusive)', () => {
  const EDGES: [number, boolean, Predikat][] = [
    [120, true, 'SANGAT_BAIK'],
    [110, true, 'SANGAT_BAIK'],
    [109.99, true, 'BAIK'],
    [120, false, 'BAIK'],
    [110, false, 'BAIK'],
    [90, false, 'BAIK'],
    [89.99, false, 'BUTUH_PERBAIKAN'],
    [70, true, 'BUTUH_PERBAIKAN'],
    [69.99, false, 'KURANG'],
    [50, false, 'KURANG'],
    [49.99, false, 'SANGAT_KURANG'],
    [0, true, 'SANGAT_KURANG'],
  ];
  it.each(EDGES)('gives %d (innovation: %s) the predikat %s', (score, innovation, predikat) => {
    expect(legacyPredikat(score, innovation).predikat).toBe(predikat);
  });

  it('explains that 110–120 without an innovation stays Baik', () => {
    expect(legacyPredikat(115, false).explanation.en).toContain('without an innovation');
    expect(legacyPredikat(95, false).explanation.en).not.toContain('innovation');
  });

  it('rejects scores outside 0–120', () => {
    expect(() => legacyPredikat(121, true)).toThrow(RuleError);
  });
});

describe('PP 46/2011 (historical records)', () => {
  it('weighs SKP 60% and behaviour 40%', () => {
    const r = legacyScore46({ nilaiSkp: 80, nilaiPerilaku: 90 });
    expect(r.nilai).toBe(84);
    expect(r.citation.regulation).toContain('PP 46/2011');
  });

  const BANDS: [number, string][] = [
    [100, 'SANGAT_BAIK'],
    [91, 'SANGAT_BAIK'],
    [90.01, 'SANGAT_BAIK'],
    [90, 'BAIK'],
    [76, 'BAIK'],
    [75.01, 'BAIK'],
    [75, 'CUKUP'],
    [61, 'CUKUP'],
    [60, 'KURANG'],
    [51, 'KURANG'],
    [50.5, 'KURANG'],
    [50, 'BURUK'],
    [0, 'BURUK'],
  ];
  it.each(BANDS)('gives %d the sebutan %s', (score, sebutan) => {
    expect(legacySebutan46(score).sebutan).toBe(sebutan);
  });

  it('labels the sebutan in both languages', () => {
    expect(legacySebutan46(65).label).toEqual({ id: 'Cukup', en: 'Fair' });
  });
});
