import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDistribution } from '../../domain/distribution.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import { PREDIKAT_ORGANISASI, PREDIKATS } from '../../domain/types.ts';
import {
  perilakuPimpinan,
  ratingUntuk,
  sebaranMelanggar,
  sebaranSesuai,
  unitPenilaianMap,
} from './evaluasi-demo-rules.ts';
import { Rng } from './prng.ts';

describe('demo evaluation rules', () => {
  it('draws distributions every pattern accepts, under the strict and the lenient reading', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.integer({ min: 1, max: 400 }),
        fc.integer(),
        fc.constantFrom('CEIL_MIN_FLOOR_MAX', 'HALF_UP', 'FLOOR_MIN_CEIL_MAX' as const),
        (org, n, seed, pembulatan) => {
          const { jumlah, sesuai } = sebaranSesuai(org, n, new Rng(seed), { pembulatan, sebagianBesar: 'MAJORITY' });
          expect(sesuai).toBe(true);
          expect(Object.values(jumlah).reduce((a, b) => a + b, 0)).toBe(n);
          expect(checkDistribution(org, jumlah, { pembulatan, sebagianBesar: 'MAJORITY' }).sesuai).toBe(true);
          expect(checkDistribution(org, jumlah, { pembulatan, sebagianBesar: 'ADVISORY' }).sesuai).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('draws proposals that break the Baik pattern for any unit size', () => {
    for (let n = 1; n <= 60; n++) {
      const jumlah = sebaranMelanggar(n, new Rng(n));
      expect(Object.values(jumlah).reduce((a, b) => a + b, 0)).toBe(n);
      expect(checkDistribution('BAIK', jumlah).sesuai).toBe(false);
    }
  });

  it('gives ratings whose quadrant is the predikat asked for', () => {
    const rng = new Rng(7);
    for (const p of PREDIKATS) {
      for (let i = 0; i < 20; i++) {
        const r = ratingUntuk(p, rng);
        expect(predikatFromRatings(r.hasilKerja, r.perilaku).predikat).toBe(p);
      }
    }
  });

  it("fits a unit head's behaviour rating to what the distribution still needs, never by misconduct", () => {
    const none = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
    expect(perilakuPimpinan('DI_ATAS', { ...none, SANGAT_BAIK: 1 })).toBe('DI_ATAS');
    expect(perilakuPimpinan('DI_ATAS', { ...none, BAIK: 1, SANGAT_BAIK: 1 })).toBe('SESUAI');
    expect(perilakuPimpinan('SESUAI', { ...none, KURANG: 3 })).toBeNull();
  });

  it('maps every unit to its unit penilaian: the deepest UPT/puskesmas, else the OPD, else the root', () => {
    const units = [
      { id: 'root', parentId: null, jenis: 'PEMDA', depth: 0 },
      { id: 'dinkes', parentId: 'root', jenis: 'DINAS', depth: 1 },
      { id: 'bidang', parentId: 'dinkes', jenis: 'BIDANG', depth: 2 },
      { id: 'pkm', parentId: 'dinkes', jenis: 'PUSKESMAS', depth: 2 },
      { id: 'pustu', parentId: 'pkm', jenis: 'PUSTU', depth: 3 },
    ];
    const m = unitPenilaianMap(units);
    expect(Object.fromEntries(m)).toEqual({
      root: 'root',
      dinkes: 'dinkes',
      bidang: 'dinkes',
      pkm: 'pkm',
      pustu: 'pkm',
    });
  });
});
