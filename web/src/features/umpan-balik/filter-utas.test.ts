import { describe, expect, it } from 'vitest';
import type { Utas } from './api.ts';
import { filterUtas } from './filter-utas.ts';

const utas = (over: Partial<Utas>): Utas => ({
  id: over.id ?? 'u',
  createdAt: '2026-03-01T00:00:00.000Z',
  penulisPegawaiId: 'p',
  penulisNama: 'Agus',
  peranPenulis: 'PENILAI',
  teks: 'x',
  sasaran: 'RHK',
  rhkId: null,
  ikiId: null,
  perilakuKode: null,
  periodeKode: null,
  balasan: [],
  menungguPenilai: false,
  ...over,
});

describe('which threads a feedback panel shows', () => {
  const list = [
    utas({ id: 'rhk', rhkId: 'r1' }),
    utas({ id: 'iki', rhkId: 'r1', ikiId: 'i1', periodeKode: 'TW1' }),
    utas({ id: 'iki2', rhkId: 'r1', ikiId: 'i1', periodeKode: 'TW2' }),
    utas({ id: 'lain', rhkId: 'r2' }),
    utas({ id: 'loyal', sasaran: 'PERILAKU', perilakuKode: 'LOYAL' }),
  ];
  const ids = (p: Parameters<typeof filterUtas>[1]) => filterUtas(list, p).map((u) => u.id);
  const base = {};
  it('an RHK panel shows all of the RHK, its IKI threads included', () => {
    expect(ids({ ...base, sasaran: 'RHK', rhkId: 'r1' })).toEqual(['rhk', 'iki', 'iki2']);
  });
  it('an IKI panel of a period shows that IKI in that period', () => {
    expect(ids({ ...base, sasaran: 'RHK', rhkId: 'r1', ikiId: 'i1', periodeKode: 'TW2' })).toEqual(['iki2']);
  });
  it('a value panel shows only that value', () => {
    expect(ids({ ...base, sasaran: 'PERILAKU', perilakuKode: 'LOYAL' })).toEqual(['loyal']);
    expect(ids({ ...base, sasaran: 'PERILAKU', perilakuKode: 'ADAPTIF' })).toEqual([]);
  });
});
