import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keadaanPeriode } from './keadaan-periode.ts';

const TW2 = { mulai: '2026-04-01', batasPengisian: '2026-07-10' };

describe('keadaanPeriode', () => {
  it.each([
    ['2026-03-31', 'BELUM_MULAI'],
    ['2026-04-01', 'PENGISIAN'],
    ['2026-06-30', 'PENGISIAN'],
    ['2026-07-10', 'PENGISIAN'],
    ['2026-07-11', 'LEWAT_BATAS'],
    ['2027-01-01', 'LEWAT_BATAS'],
  ])('on %s TW2 is %s', (today, expected) => {
    expect(keadaanPeriode(TW2, today)).toBe(expected);
  });

  it('moves forward only: never back to an earlier state as days pass', () => {
    const order = ['BELUM_MULAI', 'PENGISIAN', 'LEWAT_BATAS'];
    const iso = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(keadaanPeriode(TW2, iso(x)))).toBeLessThanOrEqual(
          order.indexOf(keadaanPeriode(TW2, iso(y))),
        );
      }),
    );
  });
});
