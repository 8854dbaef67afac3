import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { akumulasiAngkaKredit, angkaKredit, PENYEBUT_AK, progressToPromotion, roundAk } from './angka-kredit.ts';
import { RuleError } from './rule-error.ts';
import { type Golongan, JENJANGS, type Jenjang, PREDIKATS, type Predikat } from './types.ts';

// PermenPANRB 1/2023 Pasal 36 percentages.
const PERSEN: [Predikat, number][] = [
  ['SANGAT_BAIK', 150],
  ['BAIK', 100],
  ['BUTUH_PERBAIKAN', 75],
  ['KURANG', 50],
  ['SANGAT_KURANG', 25],
];

// Peraturan BKN 3/2023 annual coefficients.
const KOEFISIEN: [Jenjang, number][] = [
  ['PEMULA', 3.75],
  ['TERAMPIL', 5],
  ['MAHIR', 12.5],
  ['PENYELIA', 25],
  ['AHLI_PERTAMA', 12.5],
  ['AHLI_MUDA', 25],
  ['AHLI_MADYA', 37.5],
  ['AHLI_UTAMA', 50],
];

const ANNUAL = KOEFISIEN.flatMap(([jenjang, koef]) =>
  PERSEN.map(([predikat, persen]) => [jenjang, predikat, persen, koef, (koef * persen) / 100] as const),
);

describe('angkaKredit', () => {
  it.each(ANNUAL)(
    'gives %s rated %s (%i%% of %d) %d points for a full year',
    (jenjang, predikat, persen, koef, expected) => {
      const r = angkaKredit({ jenjang, predikat, bulan: 12 });
      expect(r.persen).toBe(persen);
      expect(r.koefisien).toBe(koef);
      expect(r.angkaKredit).toBe(expected);
    },
  );

  it('matches the BKN example: Ahli Pertama, Sangat Baik, full year = 18.75', () => {
    expect(angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }).angkaKredit).toBe(18.75);
  });

  it('matches the BKN periodic example: Ahli Pertama, Baik, 2 months = 2.083 for display, 25/12 exactly', () => {
    const r = angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 });
    expect(r.angkaKredit).toBeCloseTo(25 / 12, 12);
    expect(r.angkaKreditDibulatkan).toBe(2.083);
    expect(r.pembilang / r.penyebut).toBe(r.angkaKredit);
    expect(r.rumus.id).toBe('2/12 × 100% × 12,5 = 2,083');
    expect(r.rumus.en).toBe('2/12 × 100% × 12.5 = 2.083');
    expect(r.explanation.id).toContain('Ahli Pertama');
    expect(r.citation[0].regulation).toBe('Peraturan BKN 3/2023');
  });

  it('marks the coefficients not confirmed by a worked example as LIKELY', () => {
    expect(angkaKredit({ jenjang: 'AHLI_MADYA', predikat: 'BAIK', bulan: 12 }).citation[2].confidence).toBe(
      'CONFIRMED',
    );
    expect(angkaKredit({ jenjang: 'PEMULA', predikat: 'BAIK', bulan: 12 }).citation[2].confidence).toBe('LIKELY');
  });

  it.each([0, 13, 1.5, Number.NaN])('rejects %d months', (bulan) => {
    expect(() => angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan })).toThrow(RuleError);
  });

  it('adds twelve monthly conversions up to the annual value exactly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...JENJANGS), fc.constantFrom(...PREDIKATS), (jenjang, predikat) => {
        const monthly = akumulasiAngkaKredit(Array.from({ length: 12 }, () => ({ jenjang, predikat, bulan: 1 })));
        const annual = angkaKredit({ jenjang, predikat, bulan: 12 });
        return (
          monthly.pembilang === annual.pembilang &&
          monthly.total === annual.angkaKredit &&
          monthly.totalDibulatkan === annual.angkaKreditDibulatkan
        );
      }),
    );
  });

  it('adds any split of a year into periods up to the annual value exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JENJANGS),
        fc.constantFrom(...PREDIKATS),
        fc.array(fc.integer({ min: 1, max: 11 }), { maxLength: 11 }),
        (jenjang, predikat, cuts) => {
          const points = [...new Set(cuts)].sort((a, b) => a - b);
          const bounds = [0, ...points, 12];
          const periods = bounds.slice(1).map((end, i) => ({ jenjang, predikat, bulan: end - bounds[i] }));
          return akumulasiAngkaKredit(periods).total === angkaKredit({ jenjang, predikat, bulan: 12 }).angkaKredit;
        },
      ),
    );
  });
});

describe('akumulasiAngkaKredit', () => {
  it('adds periods with different predikat without intermediate rounding', () => {
    const r = akumulasiAngkaKredit([
      { jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 },
      { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 10 },
    ]);
    // 2/12 × 12.5 + 10/12 × 1.5 × 12.5 = 2.0833… + 15.625 = 17.7083…
    expect(r.pembilang).toBe(250_000 + 1_875_000);
    expect(r.penyebut).toBe(PENYEBUT_AK);
    expect(r.totalDibulatkan).toBe(17.708);
    expect(r.rincian).toHaveLength(2);
    expect(r.explanation.en).toContain('2 conversion(s)');
  });

  it('returns zero for no periods', () => {
    expect(akumulasiAngkaKredit([]).total).toBe(0);
  });

  it('rounds half up at the third decimal', () => {
    expect(roundAk(60)).toBe(0.001); // 0.0005 → 0.001
    expect(roundAk(59)).toBe(0); // 0.000491…
  });
});

// Minimum cumulative AK, integrasi scheme (BKN Direktorat Jabatan ASN).
const THRESHOLDS: [Jenjang, Golongan, number | null, Golongan | null, number | null][] = [
  ['AHLI_PERTAMA', 'III/a', 50, 'III/b', 100],
  ['AHLI_PERTAMA', 'III/b', 100, 'III/c', 100],
  ['AHLI_MUDA', 'III/c', 100, 'III/d', 200],
  ['AHLI_MUDA', 'III/d', 200, 'IV/a', 200],
  ['AHLI_MADYA', 'IV/a', 150, 'IV/b', 450],
  ['AHLI_MADYA', 'IV/b', 300, 'IV/c', 450],
  ['AHLI_MADYA', 'IV/c', 450, 'IV/d', 450],
  ['AHLI_UTAMA', 'IV/d', 200, 'IV/e', null],
  ['AHLI_UTAMA', 'IV/e', null, null, null],
  ['PEMULA', 'II/a', 15, 'II/b', 15],
  ['TERAMPIL', 'II/b', 20, 'II/c', 60],
  ['TERAMPIL', 'II/c', 40, 'II/d', 60],
  ['TERAMPIL', 'II/d', 60, 'III/a', 60],
  ['MAHIR', 'III/a', 50, 'III/b', 100],
  ['MAHIR', 'III/b', 100, 'III/c', 100],
  ['PENYELIA', 'III/c', 100, 'III/d', null],
  ['PENYELIA', 'III/d', null, null, null],
];

describe('progressToPromotion', () => {
  it.each(THRESHOLDS)(
    'for %s %s needs %s for the next pangkat (%s) and %s for the next jenjang',
    (jenjang, golongan, pangkat, tujuan, jenjangMin) => {
      const r = progressToPromotion({ jenjang, golongan, cumulative: 0 });
      expect(r.kenaikanPangkat?.target ?? null).toBe(pangkat);
      expect(r.kenaikanPangkat?.golonganTujuan ?? null).toBe(tujuan);
      expect(r.kenaikanJenjang?.target ?? null).toBe(jenjangMin);
    },
  );

  it.each(THRESHOLDS.filter((t) => t[2] !== null))(
    'for %s %s is reached exactly at the threshold and not just below it',
    (jenjang, golongan, pangkat) => {
      const at = progressToPromotion({ jenjang, golongan, cumulative: pangkat as number });
      expect(at.kenaikanPangkat?.tercapai).toBe(true);
      expect(at.kenaikanPangkat?.kekurangan).toBe(0);
      const below = progressToPromotion({ jenjang, golongan, cumulative: (pangkat as number) - 0.001 });
      expect(below.kenaikanPangkat?.tercapai).toBe(false);
      expect(below.kenaikanPangkat?.kekurangan).toBe(0.001);
    },
  );

  it('says how much is missing for both promotions', () => {
    const r = progressToPromotion({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', cumulative: 37.5 });
    expect(r.kenaikanPangkat).toMatchObject({
      target: 50,
      tercapai: false,
      kekurangan: 12.5,
      melaluiKenaikanJenjang: false,
    });
    expect(r.kenaikanJenjang).toMatchObject({ target: 100, kekurangan: 62.5, jenjangTujuan: 'AHLI_MUDA' });
    expect(r.explanation.id).toContain('kurang 12,5 untuk kenaikan pangkat ke III/b (50)');
    expect(r.explanation.en).toContain('62.5 short of Ahli Muda (100)');
  });

  it('reports both thresholds reached', () => {
    const r = progressToPromotion({ jenjang: 'MAHIR', golongan: 'III/b', cumulative: 120 });
    expect(r.kenaikanPangkat).toMatchObject({
      tercapai: true,
      melaluiKenaikanJenjang: true,
      jenjangTujuan: 'PENYELIA',
    });
    expect(r.explanation.id).toContain('tercapai');
    expect(r.explanation.en).toContain('is reached');
    expect(r.catatan.map((c) => c.en).join(' ')).toContain('professional development');
  });

  it('assumes the lowest golongan of the jenjang when none is given and says so', () => {
    const r = progressToPromotion({ jenjang: 'TERAMPIL', cumulative: 25 });
    expect(r.golongan).toBe('II/b');
    expect(r.kenaikanPangkat?.tercapai).toBe(true);
    expect(r.catatan[0].en).toContain('II/b');
    expect(r.catatan).toHaveLength(2);
  });

  it('says the top of the track has no further pangkat', () => {
    const r = progressToPromotion({ jenjang: 'AHLI_UTAMA', golongan: 'IV/e', cumulative: 10 });
    expect(r.kenaikanPangkat).toBeNull();
    expect(r.kenaikanJenjang).toBeNull();
    expect(r.explanation.en).toContain('highest pangkat');
  });

  it('rejects a golongan outside the jenjang and a negative cumulative value', () => {
    expect(() => progressToPromotion({ jenjang: 'AHLI_MUDA', golongan: 'III/a', cumulative: 1 })).toThrow(
      /III\/c, III\/d/,
    );
    expect(() => progressToPromotion({ jenjang: 'AHLI_MUDA', cumulative: -1 })).toThrow(RuleError);
    expect(() => progressToPromotion({ jenjang: 'AHLI_MUDA', cumulative: Number.POSITIVE_INFINITY })).toThrow(
      RuleError,
    );
  });
});
