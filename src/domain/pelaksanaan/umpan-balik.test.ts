import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  menungguPenilai,
  PANJANG_MAKSIMUM_UMPAN_BALIK,
  PESAN_TARGET,
  penerimaNotifikasi,
  peranPenulis,
  periksaTarget,
  periksaTeks,
  umpanBalikTerbuka,
} from './umpan-balik.ts';

describe('feedback thread targets', () => {
  it.each([
    [{ sasaran: 'RHK', rhkId: 'r' }, null],
    [{ sasaran: 'RHK', rhkId: 'r', ikiId: 'i', periodeKode: 'TW1' }, null],
    [{ sasaran: 'RHK', rhkId: 'r', periodeKode: 'TW2' }, null],
    [{ sasaran: 'RHK' }, 'RHK_WAJIB'],
    [{ sasaran: 'RHK', rhkId: 'r', ikiId: 'i' }, 'PERIODE_WAJIB'],
    [{ sasaran: 'RHK', rhkId: 'r', perilakuKode: 'LOYAL' }, 'CAMPUR'],
    [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL' }, null],
    [{ sasaran: 'PERILAKU', perilakuKode: 'ADAPTIF', periodeKode: 'B03' }, null],
    [{ sasaran: 'PERILAKU' }, 'PERILAKU_WAJIB'],
    [{ sasaran: 'PERILAKU', perilakuKode: 'JUJUR' }, 'PERILAKU_TIDAK_DIKENAL'],
    [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', rhkId: 'r' }, 'CAMPUR'],
    [{ sasaran: 'PERILAKU', perilakuKode: 'LOYAL', ikiId: 'i' }, 'CAMPUR'],
  ] as const)('%j → %s', (t, expected) => {
    expect(periksaTarget(t)).toBe(expected);
    if (expected) expect(PESAN_TARGET[expected].id.length).toBeGreaterThan(0);
  });
});

describe('feedback text', () => {
  it('accepts informal text with emoji up to the cap counted in characters, not UTF-16 units', () => {
    expect(periksaTeks('Mantap, lanjutkan! 👍🙏')).toBeNull();
    expect(periksaTeks('😀'.repeat(PANJANG_MAKSIMUM_UMPAN_BALIK))).toBeNull();
    expect(periksaTeks('😀'.repeat(PANJANG_MAKSIMUM_UMPAN_BALIK + 1))).toBe('TERLALU_PANJANG');
    expect(periksaTeks('a < b dan 3<5 ❤️')).toBeNull();
  });
  it.each(['<b>tebal</b>', 'lihat <script>alert(1)</script>', '<!-- x -->', 'a </p>'])('refuses markup: %s', (t) =>
    expect(periksaTeks(t)).toBe('HTML'),
  );
  it('refuses blank text', () => {
    expect(periksaTeks('  \n ')).toBe('KOSONG');
  });
});

describe('who signs and who is told', () => {
  it.each([
    [['PEMILIK'], 'PEGAWAI'],
    [['PENILAI', 'ADMIN'], 'PENILAI'],
    [['ATASAN_PENILAI'], 'ATASAN_PENILAI'],
    [['ADMIN'], null],
    [[], null],
  ] as const)('%j signs as %s', (peran, expected) => expect(peranPenulis(peran)).toBe(expected));

  it('tells the employee of a root entry, and everyone else in the thread of a reply, never the writer', () => {
    expect(penerimaNotifikasi({ penulisId: 'kasi', pemilikId: 'staf', penulisUtas: [] })).toEqual(['staf']);
    expect(
      penerimaNotifikasi({ penulisId: 'staf', pemilikId: 'staf', penulisUtas: ['kasi', 'kabid', 'staf'] }),
    ).toEqual(['kabid', 'kasi']);
    expect(penerimaNotifikasi({ penulisId: 'kabid', pemilikId: 'staf', penulisUtas: ['kasi'] })).toEqual([
      'kasi',
      'staf',
    ]);
  });

  it('never notifies the writer and always reaches the employee unless they wrote (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.constantFrom('a', 'b'),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd')),
        (penulis, pemilik, utas) => {
          const r = penerimaNotifikasi({ penulisId: penulis, pemilikId: pemilik, penulisUtas: utas });
          expect(r).not.toContain(penulis);
          expect(new Set(r).size).toBe(r.length);
          if (penulis !== pemilik) expect(r).toContain(pemilik);
        },
      ),
    );
  });

  it('a thread waits for the appraiser when the employee wrote last', () => {
    expect(menungguPenilai('PEGAWAI')).toBe(true);
    expect(menungguPenilai('PENILAI')).toBe(false);
    expect(menungguPenilai('ATASAN_PENILAI')).toBe(false);
  });
});

describe('which SKP takes feedback and 360° requests', () => {
  // The same predicate as dialogs, realisasi and evidence: a set SKP under perubahan is in force.
  it.each([
    ['DITETAPKAN', 1, true],
    ['DRAFT', 1, true],
    ['DIAJUKAN', 1, true],
    ['DIKEMBALIKAN', 2, true],
    ['DRAFT', 0, false],
    ['DIAJUKAN', 0, false],
    ['DIKEMBALIKAN', 0, false],
    ['DITUTUP', 1, false],
  ])('%s with revisi %i → %s', (status, revisi, expected) => {
    expect(umpanBalikTerbuka({ status, revisi })).toBe(expected);
  });
});
