import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnitPenilaian, rantaiUnit, resolveUnitPenilaian } from './unit-penilaian.ts';

const chain = (...jenis: string[]) => jenis.map((j, i) => ({ id: `u${i}`, jenis: j, nama: `Unit ${i}` }));

describe('unit penilaian (decision 0501)', () => {
  const rows: Array<[string, ReturnType<typeof chain>, string | null, string | null]> = [
    ['a seksi of a dinas → the dinas (depth 1)', chain('PEMDA', 'DINAS', 'BIDANG', 'SEKSI'), 'u1', 'KEDALAMAN'],
    ['the dinas itself', chain('PEMDA', 'DINAS'), 'u1', 'KEDALAMAN'],
    ['a UPT under a dinas → the UPT', chain('PEMDA', 'DINAS', 'UPT'), 'u2', 'JENIS_MANDIRI'],
    ['a subbagian of a UPT → the UPT', chain('PEMDA', 'DINAS', 'UPT', 'SUBBAGIAN'), 'u2', 'JENIS_MANDIRI'],
    ['a puskesmas → itself', chain('PEMDA', 'DINAS', 'PUSKESMAS'), 'u2', 'JENIS_MANDIRI'],
    ['a school is not self-standing by default', chain('PEMDA', 'DINAS', 'SEKOLAH'), 'u1', 'KEDALAMAN'],
    ['someone at the root', chain('PEMDA'), 'u0', 'AKAR'],
    ['no unit', [], null, null],
  ];
  it.each(rows)('%s', (_n, rantai, unitId, alasan) => {
    const r = resolveUnitPenilaian(rantai);
    expect(r?.unitId ?? null).toBe(unitId);
    expect(r?.alasan ?? null).toBe(alasan);
    if (r) expect(r.explanation.en.length).toBeGreaterThan(10);
  });

  it('follows the setting: deeper level, other self-standing kinds, nameless units', () => {
    const c = chain('PEMDA', 'DINAS', 'BIDANG', 'SEKSI');
    expect(resolveUnitPenilaian(c, { kedalaman: 2, jenisMandiri: [] })?.unitId).toBe('u2');
    expect(
      resolveUnitPenilaian(chain('PEMDA', 'DINAS', 'SEKOLAH'), { kedalaman: 1, jenisMandiri: ['SEKOLAH'] })?.unitId,
    ).toBe('u2');
    expect(resolveUnitPenilaian([{ id: 'x', jenis: 'UPT' }])?.explanation.id).toContain('Unit berjenis UPT');
    expect(
      resolveUnitPenilaian([
        { id: 'r', jenis: 'PEMDA' },
        { id: 'x', jenis: 'DINAS' },
      ])?.explanation.id,
    ).toContain('Unit adalah');
  });

  it('always answers an ancestor-or-self that is itself a unit penilaian or the root (property)', () => {
    const jenis = fc.constantFrom('PEMDA', 'DINAS', 'BIDANG', 'SEKSI', 'UPT', 'PUSKESMAS', 'SEKOLAH');
    fc.assert(
      fc.property(fc.array(jenis, { minLength: 1, maxLength: 7 }), fc.integer({ min: 0, max: 4 }), (js, kedalaman) => {
        const c = chain(...js);
        const setting = { kedalaman, jenisMandiri: ['UPT', 'PUSKESMAS'] };
        const r = resolveUnitPenilaian(c, setting);
        const i = c.findIndex((u) => u.id === r?.unitId);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i === 0 || isUnitPenilaian({ depth: i, jenis: c[i].jenis }, setting)).toBe(true);
      }),
    );
  });

  it('builds the chain from a parent map and survives a cycle', () => {
    const units = new Map([
      ['a', { id: 'a', parentId: null }],
      ['b', { id: 'b', parentId: 'a' }],
      ['c', { id: 'c', parentId: 'b' }],
      ['x', { id: 'x', parentId: 'y' }],
      ['y', { id: 'y', parentId: 'x' }],
    ]);
    expect(rantaiUnit('c', units).map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(rantaiUnit('x', units).map((u) => u.id)).toEqual(['y', 'x']);
    expect(rantaiUnit(null, units)).toEqual([]);
    expect(isUnitPenilaian({ depth: 1, jenis: 'DINAS' })).toBe(true);
    expect(isUnitPenilaian({ depth: 2, jenis: 'BIDANG' })).toBe(false);
  });
});
