import { describe, expect, it } from 'vitest';
import { JENIS_INSTANSI, PIMPINAN_BAWAAN } from './instansi.ts';

describe('head of government by kind of instansi (UU 23/2014 Pasal 59 ayat 2)', () => {
  it.each([
    ['KABUPATEN', 'Bupati'],
    ['KOTA', 'Wali Kota'],
    ['PROVINSI', 'Gubernur'],
    ['PUSAT', 'Menteri'],
  ] as const)('%s is led by the %s', (jenis, title) => {
    expect(PIMPINAN_BAWAAN[jenis]).toBe(title);
  });

  it('has a title for every kind and nothing else', () => {
    expect(Object.keys(PIMPINAN_BAWAAN).sort()).toEqual([...JENIS_INSTANSI].sort());
  });
});
