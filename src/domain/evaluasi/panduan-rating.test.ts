import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../types.ts';
import { type TandaRhk, usulRatingHasilKerja } from './panduan-rating.ts';

const u = (...p: Array<Rating | null>): TandaRhk[] => p.map((penilaian) => ({ jenis: 'UTAMA', penilaian }));
const t = (...p: Array<Rating | null>): TandaRhk[] => p.map((penilaian) => ({ jenis: 'TAMBAHAN', penilaian }));

describe('the proposed rating hasil kerja (domain.md §4.1)', () => {
  const rows: Array<[string, TandaRhk[], Rating | null]> = [
    ['nothing marked', u(null, null), null],
    ['no RHK', [], null],
    ['all above', u('DI_ATAS', 'DI_ATAS'), 'DI_ATAS'],
    ['most above, none below', u('DI_ATAS', 'DI_ATAS', 'SESUAI'), 'DI_ATAS'],
    ['most above but a main result below', u('DI_ATAS', 'DI_ATAS', 'DI_BAWAH'), 'SESUAI'],
    ['most above, a TAMBAHAN below', [...u('DI_ATAS', 'DI_ATAS'), ...t('DI_BAWAH')], 'DI_ATAS'],
    ['half above is not most', u('DI_ATAS', 'SESUAI'), 'SESUAI'],
    ['all meet', u('SESUAI', 'SESUAI', 'SESUAI'), 'SESUAI'],
    ['a small part of the main results below', u('SESUAI', 'SESUAI', 'DI_BAWAH'), 'SESUAI'],
    ['most below', u('DI_BAWAH', 'DI_BAWAH', 'SESUAI'), 'DI_BAWAH'],
    ['half below is not most', u('DI_BAWAH', 'SESUAI'), 'SESUAI'],
    ['unmarked RHK do not count', u('DI_ATAS', null, null), 'DI_ATAS'],
  ];
  it.each(rows)('%s → %s', (_name, rhk, expected) => {
    const r = usulRatingHasilKerja(rhk);
    expect(r.usulan).toBe(expected);
    expect(r.explanation.id).toMatch(expected ? /Usulan/ : /Belum ada RHK/);
  });

  it('says how many RHK are still unmarked and why in both languages', () => {
    const r = usulRatingHasilKerja(u('DI_ATAS', 'DI_ATAS', 'DI_BAWAH', null));
    expect(r.jumlah).toEqual({ DI_ATAS: 2, SESUAI: 0, DI_BAWAH: 1, belum: 1 });
    expect(r.explanation.id).toContain('1 hasil kerja utama di bawah ekspektasi');
    expect(r.explanation.id).toContain('1 RHK belum dinilai');
    expect(r.explanation.en).toContain('appraiser');
  });

  it('never proposes Di Atas with a main result below, nor Di Bawah without a majority below (property)', () => {
    const mark = fc.record({
      jenis: fc.constantFrom('UTAMA', 'TAMBAHAN'),
      penilaian: fc.constantFrom<Rating | null>('DI_ATAS', 'SESUAI', 'DI_BAWAH', null),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 12 }), (rhk) => {
        const r = usulRatingHasilKerja(rhk);
        const marked = rhk.filter((x) => x.penilaian);
        const below = marked.filter((x) => x.penilaian === 'DI_BAWAH').length;
        if (marked.length === 0) return r.usulan === null;
        if (r.usulan === 'DI_ATAS')
          expect(rhk.some((x) => x.jenis === 'UTAMA' && x.penilaian === 'DI_BAWAH')).toBe(false);
        if (r.usulan === 'DI_BAWAH') expect(below * 2).toBeGreaterThan(marked.length);
        // Order of the RHK never changes the proposal.
        expect(usulRatingHasilKerja([...rhk].reverse()).usulan).toBe(r.usulan);
        return true;
      }),
    );
  });
});
