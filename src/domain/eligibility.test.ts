import { describe, expect, it } from 'vitest';
import { eligibilityForPromotion } from './eligibility.ts';
import { RuleError } from './rule-error.ts';
import type { Predikat } from './types.ts';

type Case = [string, Partial<Record<number, Predikat>>, boolean, number[]];

const CASES: Case[] = [
  ['Baik in both years', { 2023: 'BAIK', 2024: 'BAIK' }, true, []],
  ['Sangat Baik and Baik', { 2023: 'SANGAT_BAIK', 2024: 'BAIK' }, true, []],
  ['Butuh Perbaikan in the latest year', { 2023: 'BAIK', 2024: 'BUTUH_PERBAIKAN' }, false, [2024]],
  ['Kurang in the earlier year', { 2023: 'KURANG', 2024: 'SANGAT_BAIK' }, false, [2023]],
  ['both years below Baik', { 2023: 'SANGAT_KURANG', 2024: 'KURANG' }, false, [2024, 2023]],
  ['a missing earlier year', { 2024: 'BAIK' }, false, [2023]],
  ['no records at all', {}, false, [2024, 2023]],
  ['older years do not count', { 2020: 'KURANG', 2023: 'BAIK', 2024: 'BAIK' }, true, []],
];

describe('eligibilityForPromotion', () => {
  it.each(CASES)('with %s', (_name, byYear, memenuhi, gagal) => {
    const r = eligibilityForPromotion(byYear, 2024);
    expect(r.memenuhi).toBe(memenuhi);
    expect(r.tahunGagal).toEqual(gagal);
    expect(r.kenaikanPangkat.memenuhi).toBe(memenuhi);
    expect(r.rencanaSuksesi.memenuhi).toBe(memenuhi);
    expect(r.tahun.map((t) => t.tahun)).toEqual([2024, 2023]);
    for (const y of gagal) expect(r.explanation.id).toContain(`Tahun ${y}`);
  });

  it('names a missing year as missing rather than as a low rating', () => {
    const r = eligibilityForPromotion({ 2024: 'BAIK', 2023: null }, 2024);
    expect(r.tahun[1].alasan.id).toContain('tidak ada');
    expect(r.explanation.en).toContain('Year 2023: no annual rating recorded');
  });

  it('explains a pass and cites both regulations', () => {
    const r = eligibilityForPromotion({ 2023: 'BAIK', 2024: 'BAIK' }, 2024);
    expect(r.explanation.en).toContain('eligible');
    expect(r.tahun[0].alasan.en).toContain('meets');
    expect(r.kenaikanPangkat.citation.regulation).toContain('PP 99/2000');
    expect(r.rencanaSuksesi.citation.article).toContain('Pasal 199');
  });

  it('explains which rating falls short', () => {
    const r = eligibilityForPromotion({ 2023: 'BAIK', 2024: 'KURANG' }, 2024);
    expect(r.explanation.id).toContain('Tahun 2024: Kurang/Misconduct, di bawah minimal Baik.');
  });

  it('rejects a fractional year', () => {
    expect(() => eligibilityForPromotion({}, 2024.5)).toThrow(RuleError);
  });
});
