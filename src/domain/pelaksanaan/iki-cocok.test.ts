import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cocokkanIki } from './iki-cocok.ts';

const A = { id: 'a', aspek: 'KUANTITAS', indikator: 'Jumlah laporan' };
const B = { id: 'b', aspek: 'KUALITAS', indikator: 'Laporan tanpa revisi' };
const C = { id: 'c', aspek: 'WAKTU', indikator: 'Tepat waktu' };

describe('which stored IKI an edited list continues', () => {
  it('the same list keeps every id', () => {
    expect(cocokkanIki([A, B, C], [A, B, C])).toEqual(['a', 'b', 'c']);
  });
  it('a moved IKI keeps its id (matched by text, spaces and case ignored)', () => {
    expect(cocokkanIki([A, B], [{ ...B, indikator: ' laporan  TANPA revisi' }, A])).toEqual(['b', 'a']);
  });
  it('an edited text of the same aspect keeps its id', () => {
    expect(cocokkanIki([A, B], [A, { aspek: 'KUALITAS', indikator: 'Laporan diterima tanpa revisi' }])).toEqual([
      'a',
      'b',
    ]);
  });
  it('removing the first IKI does not hand its id to the next one', () => {
    expect(cocokkanIki([A, B, C], [B, C])).toEqual(['b', 'c']);
  });
  it('a new IKI of another aspect is new; the removed one is not continued', () => {
    expect(cocokkanIki([A, B], [A, { aspek: 'BIAYA', indikator: 'Anggaran' }])).toEqual(['a', null]);
  });
  it('an edited text never takes a stored IKI whose text still appears elsewhere', () => {
    expect(
      cocokkanIki(
        [A],
        [
          { aspek: 'KUANTITAS', indikator: 'Jumlah dokumen' },
          { ...A, aspek: 'KUALITAS' },
        ],
      ),
    ).toEqual([null, 'a']);
  });
  it('property: no stored id is used twice and every id comes from the stored list', () => {
    const item = fc.record({
      aspek: fc.constantFrom('KUANTITAS', 'KUALITAS', 'WAKTU'),
      indikator: fc.constantFrom('x', 'y', 'z', 'X ', 'w'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.array(item, { maxLength: 6 }), (lama, baru) => {
        const stored = lama.map((l, i) => ({ ...l, id: `id${i}` }));
        const ids = cocokkanIki(stored, baru).filter((x): x is string => x !== null);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(stored.some((s) => s.id === id)).toBe(true);
      }),
    );
  });
});
