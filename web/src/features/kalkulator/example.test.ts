import { describe, expect, it } from 'vitest';
import {
  allowedDistribution,
  checkDistribution,
  PEMBULATAN_DISTRIBUSI,
  PREDIKAT_ORGANISASI,
  PREDIKATS,
  SEBAGIAN_BESAR,
} from '../../../../src/domain/rules-engine.ts';
import { exampleDistribution } from './example.ts';

describe('exampleDistribution', () => {
  it('gives a compliant distribution of exactly N for every organisational predikat, headcount and setting', () => {
    for (const pembulatan of PEMBULATAN_DISTRIBUSI) {
      for (const sebagianBesar of SEBAGIAN_BESAR) {
        for (const org of PREDIKAT_ORGANISASI) {
          for (let n = 0; n <= 120; n++) {
            const options = { pembulatan, sebagianBesar };
            const x = exampleDistribution(allowedDistribution(org, n, options));
            expect(PREDIKATS.reduce((s, p) => s + x[p], 0)).toBe(n);
            expect(checkDistribution(org, x, options).sesuai, `${org} n=${n} ${pembulatan} ${sebagianBesar}`).toBe(
              true,
            );
          }
        }
      }
    }
  });

  it('puts most employees of a Baik unit in Baik', () => {
    expect(exampleDistribution(allowedDistribution('BAIK', 10))).toEqual({
      SANGAT_BAIK: 2,
      BAIK: 7,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });
});
