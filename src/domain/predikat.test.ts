import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predikatFromRatings, ratingHasilKerjaPimpinanUnit } from './predikat.ts';
import { KUADRAN_PERMENPANRB_6_2022, type QuadrantRuleSet } from './rules/permenpanrb-6-2022.ts';
import {
  PREDIKAT_ORGANISASI,
  type Predikat,
  type PredikatOrganisasi,
  predikatRank,
  RATINGS,
  type Rating,
  ratingRank,
} from './types.ts';

// PermenPANRB 6/2022 Lampiran, kuadran kinerja: rows = rating hasil kerja, columns = rating perilaku.
const QUADRANT: [Rating, Rating, Predikat, string][] = [
  ['DI_ATAS', 'DI_BAWAH', 'KURANG', 'Kurang/Misconduct'],
  ['DI_ATAS', 'SESUAI', 'BAIK', 'Baik'],
  ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', 'Sangat Baik'],
  ['SESUAI', 'DI_BAWAH', 'KURANG', 'Kurang/Misconduct'],
  ['SESUAI', 'SESUAI', 'BAIK', 'Baik'],
  ['SESUAI', 'DI_ATAS', 'BAIK', 'Baik'],
  ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG', 'Sangat Kurang'],
  ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
  ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
];

describe('predikatFromRatings', () => {
  it.each(QUADRANT)('gives hasil kerja %s with perilaku %s the predikat %s', (hk, rp, predikat, labelId) => {
    const r = predikatFromRatings(hk, rp);
    expect(r.predikat).toBe(predikat);
    expect(r.label.id).toBe(labelId);
    expect(r.ruleSetId).toBe('permenpanrb-6-2022');
    expect(r.citation.regulation).toBe('PermenPANRB 6/2022');
    expect(r.explanation.id).toContain(labelId);
    expect(r.explanation.en.length).toBeGreaterThan(20);
  });

  it('covers every one of the nine quadrant cells exactly once', () => {
    const cells = new Set(QUADRANT.map(([hk, rp]) => `${hk}|${rp}`));
    expect(cells.size).toBe(9);
  });

  it('never gives a worse predikat for better ratings', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(rating, rating, rating, rating, (hk1, rp1, hk2, rp2) => {
        fc.pre(ratingRank(hk1) <= ratingRank(hk2) && ratingRank(rp1) <= ratingRank(rp2));
        const better = predikatFromRatings(hk1, rp1).predikat;
        const worse = predikatFromRatings(hk2, rp2).predikat;
        return predikatRank(better) <= predikatRank(worse);
      }),
    );
  });

  it('uses the quadrant of the rule set it is given', () => {
    const custom: QuadrantRuleSet = {
      ...KUADRAN_PERMENPANRB_6_2022,
      kuadran: {
        ...KUADRAN_PERMENPANRB_6_2022.kuadran,
        SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
      },
    };
    expect(predikatFromRatings('SESUAI', 'DI_ATAS', custom).predikat).toBe('SANGAT_BAIK');
  });
});

describe('ratingHasilKerjaPimpinanUnit', () => {
  const DEFAULTS: [PredikatOrganisasi, Rating][] = [
    ['ISTIMEWA', 'DI_ATAS'],
    ['BAIK', 'SESUAI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
    ['KURANG', 'DI_BAWAH'],
    ['SANGAT_KURANG', 'DI_BAWAH'],
  ];

  it.each(DEFAULTS)('takes organisational predikat %s as the head’s rating %s by default', (org, rating) => {
    const r = ratingHasilKerjaPimpinanUnit(org);
    expect(r.rating).toBe(rating);
    expect(r.citation.map((c) => c.confidence)).toEqual(['CONFIRMED', 'UNSURE']);
  });

  it('follows an instansi mapping when one is configured', () => {
    const mapping = Object.fromEntries(PREDIKAT_ORGANISASI.map((o) => [o, 'SESUAI'])) as Record<
      PredikatOrganisasi,
      Rating
    >;
    expect(ratingHasilKerjaPimpinanUnit('ISTIMEWA', mapping).rating).toBe('SESUAI');
  });
});
