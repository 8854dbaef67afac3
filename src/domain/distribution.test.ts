import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AllowedDistribution,
  allowedDistribution,
  checkDistribution,
  isFeasible,
  type JumlahPredikat,
  projectRentang,
  roundMaximum,
  roundMinimum,
  type Sistem,
} from './distribution.ts';
import { RuleError } from './rule-error.ts';
import { PEMBULATAN_DISTRIBUSI, type PembulatanDistribusi, SEBAGIAN_BESAR } from './settings.ts';
import { PREDIKAT_ORGANISASI, PREDIKATS, type Predikat, type PredikatOrganisasi } from './types.ts';

const J = (sb: number, b: number, bp: number, k: number, sk: number): JumlahPredikat => ({
  SANGAT_BAIK: sb,
  BAIK: b,
  BUTUH_PERBAIKAN: bp,
  KURANG: k,
  SANGAT_KURANG: sk,
});

type Row = [string, PredikatOrganisasi, JumlahPredikat, boolean, string[]];

// SE MenPANRB 3/2023 pola distribusi, each threshold with numbers on both sides (default rounding).
const TABLE: Row[] = [
  ['Istimewa: 7 of 10 Sangat Baik is exactly 70%', 'ISTIMEWA', J(7, 3, 0, 0, 0), true, []],
  [
    'Istimewa: 8 of 10 Sangat Baik exceeds 70%',
    'ISTIMEWA',
    J(8, 2, 0, 0, 0),
    false,
    ['ISTIMEWA.SANGAT_BAIK_SEBAGIAN_BESAR'],
  ],
  ['Istimewa: 14 of 20 Sangat Baik is exactly 70%', 'ISTIMEWA', J(14, 6, 0, 0, 0), true, []],
  [
    'Istimewa: 15 of 20 Sangat Baik exceeds 70%',
    'ISTIMEWA',
    J(15, 5, 0, 0, 0),
    false,
    ['ISTIMEWA.SANGAT_BAIK_SEBAGIAN_BESAR'],
  ],
  ['Istimewa: the rest may be any predikat', 'ISTIMEWA', J(6, 1, 1, 1, 1), true, []],
  [
    'Istimewa: half Sangat Baik is not "sebagian besar" (default, decision 0102)',
    'ISTIMEWA',
    J(5, 2, 1, 1, 1),
    false,
    ['ISTIMEWA.SANGAT_BAIK_SEBAGIAN_BESAR.MAYORITAS'],
  ],
  [
    'Baik: most employees Sangat Baik fails by default (decision 0102)',
    'BAIK',
    J(5, 4, 1, 0, 0),
    false,
    ['BAIK.BAIK_SEBAGIAN_BESAR.MAYORITAS'],
  ],
  ['Baik: 7 of 10 Baik and 3 Butuh Perbaikan', 'BAIK', J(0, 7, 3, 0, 0), true, []],
  ['Baik: 8 of 10 Baik exceeds 70%', 'BAIK', J(0, 8, 2, 0, 0), false, ['BAIK.BAIK_SEBAGIAN_BESAR']],
  ['Baik: one Kurang satisfies "Butuh Perbaikan and/or Kurang"', 'BAIK', J(2, 7, 0, 1, 0), true, []],
  ['Baik: no Butuh Perbaikan nor Kurang', 'BAIK', J(3, 7, 0, 0, 0), false, ['BAIK.ADA_BUTUH_PERBAIKAN_ATAU_KURANG']],
  [
    'Baik: Sangat Kurang does not count for the "at least one" rule',
    'BAIK',
    J(0, 7, 0, 0, 3),
    false,
    ['BAIK.ADA_BUTUH_PERBAIKAN_ATAU_KURANG'],
  ],
  [
    'Baik: both rules broken',
    'BAIK',
    J(0, 10, 0, 0, 0),
    false,
    ['BAIK.BAIK_SEBAGIAN_BESAR', 'BAIK.ADA_BUTUH_PERBAIKAN_ATAU_KURANG'],
  ],
  ['Butuh Perbaikan: 6 of 10 is exactly 60%', 'BUTUH_PERBAIKAN', J(1, 3, 6, 0, 0), true, []],
  [
    'Butuh Perbaikan: 5 of 10 is below 60%',
    'BUTUH_PERBAIKAN',
    J(0, 5, 5, 0, 0),
    false,
    ['BUTUH_PERBAIKAN.BUTUH_PERBAIKAN_MIN_60'],
  ],
  [
    'Butuh Perbaikan: 2 of 10 Sangat Baik exceeds 10%',
    'BUTUH_PERBAIKAN',
    J(2, 1, 6, 1, 0),
    false,
    ['BUTUH_PERBAIKAN.SANGAT_BAIK_MAKS_10'],
  ],
  ['Butuh Perbaikan: 12 of 20 and 2 Sangat Baik', 'BUTUH_PERBAIKAN', J(2, 4, 12, 1, 1), true, []],
  [
    'Butuh Perbaikan: 11 of 20 is below 60%',
    'BUTUH_PERBAIKAN',
    J(2, 5, 11, 1, 1),
    false,
    ['BUTUH_PERBAIKAN.BUTUH_PERBAIKAN_MIN_60'],
  ],
  ['Kurang: 6 Kurang and 1 Butuh Perbaikan of 10', 'KURANG', J(1, 1, 1, 6, 1), true, []],
  ['Kurang: 5 of 10 Kurang is below 60%', 'KURANG', J(0, 3, 2, 5, 0), false, ['KURANG.KURANG_MIN_60']],
  ['Kurang: no Butuh Perbaikan is below 10%', 'KURANG', J(0, 3, 0, 7, 0), false, ['KURANG.BUTUH_PERBAIKAN_MIN_10']],
  ['Kurang: 2 of 10 Sangat Baik exceeds 10%', 'KURANG', J(2, 0, 1, 7, 0), false, ['KURANG.SANGAT_BAIK_MAKS_10']],
  ['Kurang: 2 of 20 Butuh Perbaikan is exactly 10%', 'KURANG', J(2, 2, 2, 12, 2), true, []],
  [
    'Kurang: 1 of 20 Butuh Perbaikan is below 10%',
    'KURANG',
    J(2, 2, 1, 13, 2),
    false,
    ['KURANG.BUTUH_PERBAIKAN_MIN_10'],
  ],
  ['Sangat Kurang: 6 Sangat Kurang and 1 Kurang of 10', 'SANGAT_KURANG', J(0, 3, 0, 1, 6), true, []],
  ['Sangat Kurang: 1 Butuh Perbaikan also satisfies the combined 10%', 'SANGAT_KURANG', J(0, 3, 1, 0, 6), true, []],
  [
    'Sangat Kurang: 5 of 10 is below 60%',
    'SANGAT_KURANG',
    J(0, 4, 1, 0, 5),
    false,
    ['SANGAT_KURANG.SANGAT_KURANG_MIN_60'],
  ],
  [
    'Sangat Kurang: no Kurang nor Butuh Perbaikan',
    'SANGAT_KURANG',
    J(0, 3, 0, 0, 7),
    false,
    ['SANGAT_KURANG.KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10'],
  ],
  [
    'Sangat Kurang: one Sangat Baik is not allowed',
    'SANGAT_KURANG',
    J(1, 2, 1, 0, 6),
    false,
    ['SANGAT_KURANG.TANPA_SANGAT_BAIK'],
  ],
  [
    'Sangat Kurang: 1 Kurang + 1 Butuh Perbaikan of 20 meet the combined 10%',
    'SANGAT_KURANG',
    J(0, 6, 1, 1, 12),
    true,
    [],
  ],
  [
    'Sangat Kurang: 1 of 20 in Kurang and/or Butuh Perbaikan is below 10%',
    'SANGAT_KURANG',
    J(0, 7, 1, 0, 12),
    false,
    ['SANGAT_KURANG.KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10'],
  ],
];

describe('checkDistribution, table from SE MenPANRB 3/2023', () => {
  it.each(TABLE)('%s', (_name, org, jumlah, sesuai, violated) => {
    const r = checkDistribution(org, jumlah);
    expect(r.sesuai).toBe(sesuai);
    expect(r.pelanggaran.map((p) => p.aturan)).toEqual(violated);
    expect(r.explanation.id).toContain(sesuai ? 'sesuai pola' : 'tidak sesuai');
  });

  it('explains a ceiling violation with the numbers in Indonesian and English', () => {
    const [v] = checkDistribution('ISTIMEWA', J(8, 2, 0, 0, 0)).pelanggaran;
    expect(v).toMatchObject({
      code: 'DISTRIBUSI.MELEBIHI_MAKSIMUM',
      jumlah: 8,
      batas: 7,
      persenBatas: 70,
      persenAktual: 80,
      n: 10,
    });
    expect(v.message.id).toContain(
      'Sangat Baik: 8 dari 10 pegawai (80%), melebihi batas maksimal 70%, yaitu 7 pegawai',
    );
    expect(v.message.en).toContain('Very good: 8 of 10 employees (80%), above the maximum of 70%, i.e. 7 employees');
  });

  it('explains a minimum violation with a decimal comma in Indonesian', () => {
    const [v] = checkDistribution('BUTUH_PERBAIKAN', J(0, 4, 4, 1, 0)).pelanggaran;
    expect(v).toMatchObject({ code: 'DISTRIBUSI.KURANG_DARI_MINIMUM', jumlah: 4, batas: 6, persenAktual: 44.4 });
    expect(v.message.id).toContain('4 dari 9 pegawai (44,4%), kurang dari batas minimal 60%, yaitu 6 pegawai');
    expect(v.message.en).toContain('(44.4%), below the minimum of 60%, i.e. 6 employees');
  });

  it('names both predikat of a combined rule and says the at-least-one bound has no percentage', () => {
    const [v] = checkDistribution('BAIK', J(3, 7, 0, 0, 0)).pelanggaran;
    expect(v).toMatchObject({ predikat: ['BUTUH_PERBAIKAN', 'KURANG'], jumlah: 0, batas: 1, persenBatas: null });
    expect(v.message.id).toContain(
      'Butuh Perbaikan dan/atau Kurang/Misconduct (gabungan): 0 dari 10 pegawai (0%), kurang dari batas minimal 1 pegawai',
    );
    expect(v.message.en).toContain('Needs improvement and/or Poor/Misconduct (combined)');
  });

  it('reports a forbidden Sangat Baik in a Sangat Kurang unit', () => {
    const [v] = checkDistribution('SANGAT_KURANG', J(1, 2, 1, 0, 6)).pelanggaran;
    expect(v.code).toBe('DISTRIBUSI.PREDIKAT_DILARANG');
    expect(v.message.id).toContain('tidak boleh ada');
    expect(v.message.en).toContain('no employee may have this rating');
  });

  it('warns, without failing, when the "most" category is not the largest', () => {
    const r = checkDistribution('BAIK', J(5, 3, 2, 0, 0), { sebagianBesar: 'ADVISORY' });
    expect(r.sesuai).toBe(true);
    expect(checkDistribution('BAIK', J(5, 3, 2, 0, 0)).sesuai).toBe(false);
    expect(r.peringatan).toHaveLength(1);
    expect(r.peringatan[0]).toMatchObject({ code: 'DISTRIBUSI.BUKAN_TERBANYAK', predikat: ['BAIK'] });
    expect(r.peringatan[0].message.id).toContain('Sangat Baik');
    expect(checkDistribution('ISTIMEWA', J(6, 4, 0, 0, 0)).peringatan).toEqual([]);
  });

  it('treats missing predikat as zero employees', () => {
    const r = checkDistribution('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 3 });
    expect(r.n).toBe(3);
    expect(r.jumlah).toEqual(J(0, 0, 3, 0, 0));
    expect(r.sesuai).toBe(true);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => checkDistribution('BAIK', { BAIK: -1 })).toThrow(RuleError);
    expect(() => checkDistribution('BAIK', { BAIK: 1.5 })).toThrow(/jumlah.BAIK/);
    expect(() => allowedDistribution('BAIK', -3)).toThrow(RuleError);
  });
});

describe('allowedDistribution (kalkulator distribusi)', () => {
  it('gives the ranges of a unit of 10 for every organisational predikat', () => {
    const r = (org: PredikatOrganisasi) => allowedDistribution(org, 10).rentang;
    expect(r('ISTIMEWA').SANGAT_BAIK).toEqual({ min: 6, max: 7 });
    expect(r('ISTIMEWA').BAIK).toEqual({ min: 0, max: 10 });
    expect(r('BAIK').BAIK).toEqual({ min: 6, max: 7 });
    expect(allowedDistribution('BAIK', 10, { sebagianBesar: 'ADVISORY' }).rentang.BAIK).toEqual({ min: 0, max: 7 });
    expect(r('BUTUH_PERBAIKAN').BUTUH_PERBAIKAN).toEqual({ min: 6, max: 10 });
    expect(r('BUTUH_PERBAIKAN').SANGAT_BAIK).toEqual({ min: 0, max: 1 });
    expect(r('KURANG').KURANG).toEqual({ min: 6, max: 10 });
    expect(r('KURANG').BUTUH_PERBAIKAN).toEqual({ min: 1, max: 10 });
    expect(r('KURANG').SANGAT_BAIK).toEqual({ min: 0, max: 1 });
    expect(r('SANGAT_KURANG').SANGAT_KURANG).toEqual({ min: 6, max: 10 });
    expect(r('SANGAT_KURANG').SANGAT_BAIK).toEqual({ min: 0, max: 0 });
  });

  it('narrows the achievable ranges by the group rules and the headcount', () => {
    const k = allowedDistribution('KURANG', 10).rentangTercapai;
    expect(k.KURANG).toEqual({ min: 6, max: 9 });
    expect(k.BUTUH_PERBAIKAN).toEqual({ min: 1, max: 4 });
    expect(k.BAIK).toEqual({ min: 0, max: 3 });
    const b = allowedDistribution('BAIK', 10).rentangTercapai;
    expect(b.SANGAT_BAIK).toEqual({ min: 0, max: 3 });
    expect(b.BAIK).toEqual({ min: 6, max: 7 });
    const lenient = allowedDistribution('BAIK', 10, { sebagianBesar: 'ADVISORY' }).rentangTercapai;
    expect(lenient.SANGAT_BAIK).toEqual({ min: 0, max: 9 });
    expect(lenient.BAIK).toEqual({ min: 0, max: 7 });
  });

  it('lists the combined rule as a group constraint', () => {
    const groups = allowedDistribution('SANGAT_KURANG', 20).batasan.filter((b) => b.kelompok);
    expect(groups).toEqual([
      expect.objectContaining({ jenis: 'MIN', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], jumlah: 2, persen: 10 }),
    ]);
    expect(allowedDistribution('BAIK', 20).batasan.filter((b) => b.kelompok)[0]).toMatchObject({
      jumlah: 1,
      persen: null,
    });
  });

  it('handles an empty unit: every range is 0 and the at-least-one rule lapses', () => {
    const r = allowedDistribution('BAIK', 0);
    for (const p of PREDIKATS) expect(r.rentang[p]).toEqual({ min: 0, max: 0 });
    expect(r.catatan[0].en).toContain('nothing to distribute');
    expect(checkDistribution('BAIK', {}).sesuai).toBe(true);
  });

  it('lets the only employee of a Baik unit be only Butuh Perbaikan or Kurang', () => {
    const r = allowedDistribution('BAIK', 1).rentangTercapai;
    expect(r.BAIK.max).toBe(0);
    expect(r.SANGAT_BAIK.max).toBe(0);
    expect(r.BUTUH_PERBAIKAN.max + r.KURANG.max).toBe(2);
  });

  it('lowers the 10% minimum when the 60% minimum already fills a tiny Kurang unit', () => {
    const one = allowedDistribution('KURANG', 1);
    expect(one.rentang.KURANG).toEqual({ min: 1, max: 1 });
    expect(one.rentang.BUTUH_PERBAIKAN.min).toBe(0);
    const adjusted = one.batasan.find((b) => b.aturan === 'KURANG.BUTUH_PERBAIKAN_MIN_10');
    expect(adjusted?.disesuaikan).toMatchObject({ dari: 1 });
    expect(one.catatan[0].id).toContain('diturunkan menjadi 0');
    expect(allowedDistribution('KURANG', 2).rentang.KURANG.min).toBe(2);
    expect(allowedDistribution('KURANG', 3).rentang.BUTUH_PERBAIKAN.min).toBe(1);
    expect(allowedDistribution('KURANG', 3).catatan).toEqual([]);
  });

  it('lowers the combined 10% minimum in tiny Sangat Kurang units', () => {
    const two = allowedDistribution('SANGAT_KURANG', 2);
    expect(two.rentang.SANGAT_KURANG.min).toBe(2);
    expect(two.batasan.find((b) => b.kelompok)?.jumlah).toBe(0);
    expect(checkDistribution('SANGAT_KURANG', { SANGAT_KURANG: 2 }).sesuai).toBe(true);
  });

  it('rounds minimums up and maximums down by default', () => {
    const r = allowedDistribution('KURANG', 7).rentang;
    expect(r.KURANG.min).toBe(5); // 60% of 7 = 4.2
    expect(r.BUTUH_PERBAIKAN.min).toBe(1); // 0.7
    expect(r.SANGAT_BAIK.max).toBe(0); // 0.7
    expect(allowedDistribution('ISTIMEWA', 1).rentang.SANGAT_BAIK.max).toBe(0);
  });

  it('rounds half up when the instansi chooses HALF_UP', () => {
    const r = allowedDistribution('KURANG', 7, { pembulatan: 'HALF_UP' }).rentang;
    expect(r.KURANG.min).toBe(4);
    expect(r.BUTUH_PERBAIKAN.min).toBe(1);
    expect(r.SANGAT_BAIK.max).toBe(1);
    expect(allowedDistribution('KURANG', 5, { pembulatan: 'HALF_UP' }).rentang.BUTUH_PERBAIKAN.min).toBe(1); // 0.5 up
  });

  it('rounds leniently when the instansi chooses FLOOR_MIN_CEIL_MAX', () => {
    const r = allowedDistribution('KURANG', 7, { pembulatan: 'FLOOR_MIN_CEIL_MAX' }).rentang;
    expect(r.KURANG.min).toBe(4);
    expect(r.BUTUH_PERBAIKAN.min).toBe(0);
    expect(r.SANGAT_BAIK.max).toBe(1);
    expect(allowedDistribution('ISTIMEWA', 1, { pembulatan: 'FLOOR_MIN_CEIL_MAX' }).rentang.SANGAT_BAIK.max).toBe(1);
  });

  it('requires more than half in the "most" category under the MAJORITY setting', () => {
    const r = allowedDistribution('ISTIMEWA', 10, { sebagianBesar: 'MAJORITY' });
    expect(r.rentang.SANGAT_BAIK).toEqual({ min: 6, max: 7 });
    expect(checkDistribution('ISTIMEWA', J(5, 5, 0, 0, 0), { sebagianBesar: 'MAJORITY' }).pelanggaran[0]).toMatchObject(
      {
        aturan: 'ISTIMEWA.SANGAT_BAIK_SEBAGIAN_BESAR.MAYORITAS',
        code: 'DISTRIBUSI.KURANG_DARI_MINIMUM',
      },
    );
    expect(checkDistribution('ISTIMEWA', J(5, 5, 0, 0, 0), { sebagianBesar: 'ADVISORY' }).sesuai).toBe(true);
    expect(checkDistribution('ISTIMEWA', J(5, 5, 0, 0, 0)).sesuai).toBe(false);
  });

  it('lets the 70% ceiling and the at-least-one rule win over MAJORITY in tiny units', () => {
    const one = allowedDistribution('ISTIMEWA', 1, { sebagianBesar: 'MAJORITY' });
    expect(one.rentang.SANGAT_BAIK).toEqual({ min: 0, max: 0 });
    expect(one.batasan[1].disesuaikan).toEqual(expect.objectContaining({ dari: 1 }));
    const baik = allowedDistribution('BAIK', 1, { sebagianBesar: 'MAJORITY', pembulatan: 'FLOOR_MIN_CEIL_MAX' });
    expect(baik.rentang.BAIK).toEqual({ min: 0, max: 1 });
    expect(baik.rentangTercapai.BAIK).toEqual({ min: 0, max: 0 });
    expect(allowedDistribution('BAIK', 0, { sebagianBesar: 'MAJORITY' }).rentang.BAIK).toEqual({ min: 0, max: 0 });
  });
});

describe('rounding helpers', () => {
  it.each([
    ['CEIL_MIN_FLOOR_MAX', 60, 7, 5, 4],
    ['HALF_UP', 60, 7, 4, 4],
    ['FLOOR_MIN_CEIL_MAX', 60, 7, 4, 5],
    ['CEIL_MIN_FLOOR_MAX', 70, 10, 7, 7],
    ['HALF_UP', 10, 5, 1, 1],
    ['FLOOR_MIN_CEIL_MAX', 10, 10, 1, 1],
  ] as [PembulatanDistribusi, number, number, number, number][])(
    'with %s rounds %i%% of %i to minimum %i and maximum %i',
    (mode, persen, n, min, max) => {
      expect(roundMinimum(persen, n, mode)).toBe(min);
      expect(roundMaximum(persen, n, mode)).toBe(max);
    },
  );

  it('is exact for percentages of large headcounts (no floating-point drift)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(10, 60, 70), (n, p) => {
        const exact = (p * n) / 100;
        return (
          roundMinimum(p, n, 'CEIL_MIN_FLOOR_MAX') === Math.ceil(exact - 1e-9) &&
          roundMaximum(p, n, 'CEIL_MIN_FLOOR_MAX') === Math.floor(exact + 1e-9)
        );
      }),
    );
  });
});

describe('feasibility helpers', () => {
  const zero = J(0, 0, 0, 0, 0);

  it('reports a group that cannot reach its minimum as infeasible', () => {
    const s: Sistem = { lo: zero, hi: J(5, 5, 0, 0, 5), groups: [{ predikat: ['BUTUH_PERBAIKAN', 'KURANG'], min: 1 }] };
    expect(isFeasible(s, 3)).toBe(false);
  });

  it('finds the least feasible count when the lower bound alone is not reachable', () => {
    const s: Sistem = { lo: zero, hi: J(0, 1, 0, 0, 9), groups: [] };
    expect(projectRentang(s, 'SANGAT_KURANG', 5)).toEqual({ min: 4, max: 5 });
  });
});

function* compositions(n: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [n];
    return;
  }
  for (let i = 0; i <= n; i++) for (const rest of compositions(n - i, parts - 1)) yield [i, ...rest];
}

const toJumlah = (xs: number[]) => Object.fromEntries(PREDIKATS.map((p, i) => [p, xs[i]])) as JumlahPredikat;

function insideRangesAndGroups(a: AllowedDistribution, x: JumlahPredikat): boolean {
  const inRanges = PREDIKATS.every((p) => x[p] >= a.rentang[p].min && x[p] <= a.rentang[p].max);
  const groupsOk = a.batasan
    .filter((b) => b.kelompok)
    .every((b) => {
      const sum = b.predikat.reduce((s, p) => s + x[p], 0);
      return b.jenis === 'MIN' ? sum >= b.jumlah : sum <= b.jumlah;
    });
  return inRanges && groupsOk;
}

describe('distribution properties', () => {
  const settings = PEMBULATAN_DISTRIBUSI.flatMap((pembulatan) =>
    SEBAGIAN_BESAR.map((sebagianBesar) => ({ pembulatan, sebagianBesar })),
  );

  it('accepts exactly the distributions inside the ranges and group constraints, and the achievable ranges are exact (all units up to 8)', () => {
    for (const options of settings) {
      for (const org of PREDIKAT_ORGANISASI) {
        for (let n = 0; n <= 8; n++) {
          const allowed = allowedDistribution(org, n, options);
          const seen = Object.fromEntries(PREDIKATS.map((p) => [p, { min: Infinity, max: -Infinity }])) as Record<
            Predikat,
            { min: number; max: number }
          >;
          let accepted = 0;
          for (const xs of compositions(n, 5)) {
            const x = toJumlah(xs);
            const ok = checkDistribution(org, x, options).sesuai;
            expect(ok, `${org} ${JSON.stringify(options)} ${xs}`).toBe(insideRangesAndGroups(allowed, x));
            if (ok) {
              accepted++;
              for (const p of PREDIKATS) {
                seen[p].min = Math.min(seen[p].min, x[p]);
                seen[p].max = Math.max(seen[p].max, x[p]);
              }
            }
          }
          expect(accepted, `${org} n=${n} has a compliant distribution`).toBeGreaterThan(0);
          expect(allowed.rentangTercapai).toEqual(seen);
        }
      }
    }
  }, 60_000);

  it('accepts exactly the counts inside the ranges and group constraints for random units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom(...settings),
        (org, xs, options) => {
          const x = toJumlah(xs);
          const check = checkDistribution(org, x, options);
          return check.sesuai === insideRangesAndGroups(check, x) && check.sesuai === (check.pelanggaran.length === 0);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('keeps achievable ranges inside the rule ranges and never empty for random headcounts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(...settings),
        (org, n, options) => {
          const a = allowedDistribution(org, n, options);
          const sumMin = PREDIKATS.reduce((s, p) => s + a.rentangTercapai[p].min, 0);
          return (
            sumMin <= n &&
            PREDIKATS.every(
              (p) =>
                a.rentang[p].min <= a.rentangTercapai[p].min &&
                a.rentangTercapai[p].min <= a.rentangTercapai[p].max &&
                a.rentangTercapai[p].max <= a.rentang[p].max,
            )
          );
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('kalkulator for large units', () => {
  it('computes ranges for thousands of employees in closed form and keeps serving them after the cache fills', () => {
    const t0 = Date.now();
    for (let n = 0; n <= 5_100; n++) allowedDistribution('KURANG', n);
    expect(Date.now() - t0).toBeLessThan(5_000);
    const big = allowedDistribution('KURANG', 5_000);
    expect(big.rentang.KURANG.min).toBe(3_000);
    expect(big.rentangTercapai.KURANG.max).toBe(4_500);
    expect(Object.isFrozen(big.rentang)).toBe(true);
    expect(allowedDistribution('KURANG', 5_000, { pembulatan: undefined })).toBe(big);
  });

  it('keeps every generated system feasible', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.integer({ min: 0, max: 5_000 }),
        fc.constantFrom(...PEMBULATAN_DISTRIBUSI),
        fc.constantFrom(...SEBAGIAN_BESAR),
        (org, n, pembulatan, sebagianBesar) => {
          const a = allowedDistribution(org, n, { pembulatan, sebagianBesar });
          const groups = a.batasan.filter((b) => b.kelompok).map((b) => ({ predikat: b.predikat, min: b.jumlah }));
          const lo = Object.fromEntries(PREDIKATS.map((p) => [p, a.rentang[p].min])) as JumlahPredikat;
          const hi = Object.fromEntries(PREDIKATS.map((p) => [p, a.rentang[p].max])) as JumlahPredikat;
          return isFeasible({ lo, hi, groups }, n);
        },
      ),
      { numRuns: 500 },
    );
  });
});
