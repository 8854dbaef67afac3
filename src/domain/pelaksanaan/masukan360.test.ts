import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NILAI_BERAKHLAK_KODE } from '../rules/berakhlak.ts';
import {
  acakKomentar,
  agregat,
  hasilBolehDitampilkan,
  masihTerbuka,
  periksaResponden,
  RESPONDEN_MAKSIMUM,
} from './masukan360.ts';

describe('360° respondents', () => {
  const base = { subjekId: 's', pemintaId: 'p', minimumJawaban: 3 };
  it.each([
    [['a', 'b', 'c'], null],
    [['a', 'b'], 'KURANG'],
    [['a', 'a', 'b', 'c'], 'GANDA'],
    [['a', 'b', 's'], 'SUBJEK'],
    [['a', 'b', 'p'], 'PEMINTA'],
    [Array.from({ length: RESPONDEN_MAKSIMUM + 1 }, (_, i) => `r${i}`), 'TERLALU_BANYAK'],
  ] as const)('%j → %s', (responden, expected) => {
    expect(periksaResponden({ ...base, responden })).toBe(expected);
  });
  it('needs at least the request threshold, and never fewer than 3', () => {
    expect(periksaResponden({ ...base, minimumJawaban: 5, responden: ['a', 'b', 'c', 'd'] })).toBe('KURANG');
    expect(periksaResponden({ ...base, minimumJawaban: 1, responden: ['a', 'b'] })).toBe('KURANG');
  });
});

describe('when the aggregate may be shown', () => {
  const open = { status: 'TERBUKA', batas: null, minimumJawaban: 3, jumlahDiminta: 5, hariIni: '2026-05-01' };
  it.each([
    [{ ...open, jumlahJawaban: 2 }, false],
    [{ ...open, jumlahJawaban: 3 }, false],
    [{ ...open, jumlahJawaban: 3, status: 'DITUTUP' }, true],
    [{ ...open, jumlahJawaban: 2, status: 'DITUTUP' }, false],
    [{ ...open, jumlahJawaban: 3, batas: '2026-04-30' }, true],
    [{ ...open, jumlahJawaban: 3, batas: '2026-05-01' }, false],
    [{ ...open, jumlahJawaban: 3, jumlahDiminta: 3 }, true],
    [{ ...open, jumlahJawaban: 2, jumlahDiminta: 2, status: 'DITUTUP' }, false],
    [{ ...open, jumlahJawaban: 4, minimumJawaban: 5, status: 'DITUTUP' }, false],
    [{ ...open, jumlahJawaban: 2, minimumJawaban: 1, status: 'DITUTUP' }, false],
  ])('%j → %s', (r, expected) => expect(hasilBolehDitampilkan(r)).toBe(expected));

  it('never shows fewer than 3 answers, whatever the request says (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('TERBUKA', 'DITUTUP'),
        (n, min, status) => {
          expect(
            hasilBolehDitampilkan({
              status,
              batas: null,
              minimumJawaban: min,
              jumlahJawaban: n,
              jumlahDiminta: n,
              hariIni: '2026-01-01',
            }),
          ).toBe(false);
        },
      ),
    );
  });

  it('takes answers until the end of its deadline day', () => {
    expect(masihTerbuka({ status: 'TERBUKA', batas: '2026-05-01' }, '2026-05-01')).toBe(true);
    expect(masihTerbuka({ status: 'TERBUKA', batas: '2026-05-01' }, '2026-05-02')).toBe(false);
    expect(masihTerbuka({ status: 'DITUTUP', batas: null }, '2026-05-02')).toBe(false);
  });
});

describe('the aggregate', () => {
  it('gives per value the mean, the distribution and n, ignoring values out of range', () => {
    const a = agregat([
      { skor: { LOYAL: 5, ADAPTIF: 2 }, komentar: null },
      { skor: { LOYAL: 4, ADAPTIF: 7 }, komentar: null },
      { skor: { LOYAL: 4, ADAPTIF: 2.5 }, komentar: null },
    ]);
    expect(a.map((v) => v.kode)).toEqual([...NILAI_BERAKHLAK_KODE]);
    expect(a.find((v) => v.kode === 'LOYAL')).toEqual({
      kode: 'LOYAL',
      n: 3,
      rataRata: 4.33,
      sebaran: [0, 0, 0, 2, 1],
    });
    expect(a.find((v) => v.kode === 'ADAPTIF')).toEqual({
      kode: 'ADAPTIF',
      n: 1,
      rataRata: 2,
      sebaran: [0, 1, 0, 0, 0],
    });
    expect(a.find((v) => v.kode === 'HARMONIS')).toEqual({
      kode: 'HARMONIS',
      n: 0,
      rataRata: null,
      sebaran: [0, 0, 0, 0, 0],
    });
  });

  it('shuffles comments and drops empty ones, keeping each exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string(), { nil: null })),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (ks, r) => {
          const jawaban = ks.map((komentar) => ({ skor: {}, komentar }));
          const out = acakKomentar(jawaban, () => r);
          const expected = ks.map((k) => k?.trim() ?? '').filter(Boolean);
          expect([...out].sort()).toEqual([...expected].sort());
        },
      ),
    );
    expect(acakKomentar([{ skor: {}, komentar: ' baik ' }])).toEqual(['baik']);
  });
});
