import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDistribution, checkDistribution } from '../distribution.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { PREDIKAT_ORGANISASI, PREDIKATS } from '../types.ts';
import {
  akhirPeriode,
  jumlahLengkap,
  kurvaUnit,
  PERIODE_EVALUASI_POLA,
  periodeEkspor,
  periodeKodeDari,
  unitPenilaianDari,
} from './hasil.ts';

const distribusi = DEFAULT_SETTINGS.distribusi;

describe('period codes in the export', () => {
  it('writes the annual evaluation as TAHUNAN and reads it back as AKHIR', () => {
    expect(periodeEkspor('AKHIR')).toBe('TAHUNAN');
    expect(periodeEkspor('TW3')).toBe('TW3');
    expect(periodeKodeDari('TAHUNAN')).toBe('AKHIR');
    expect(periodeKodeDari('B07')).toBe('B07');
  });
  it('accepts exactly the periodic and annual codes', () => {
    for (const ok of ['TW1', 'TW4', 'B01', 'B12', 'AKHIR', 'TAHUNAN'])
      expect(PERIODE_EVALUASI_POLA.test(ok)).toBe(true);
    for (const bad of ['TW0', 'TW5', 'B00', 'B13', 'B1', 'akhir', ''])
      expect(PERIODE_EVALUASI_POLA.test(bad)).toBe(false);
  });
});

describe('one unit’s curve', () => {
  it('without a predikat organisasi reports counts only', () => {
    const k = kurvaUnit({ predikatOrganisasi: null, jumlah: { BAIK: 2 }, belumDinilai: 1, distribusi });
    expect(k).toMatchObject({ n: 3, dinilai: 2, belumDinilai: 1, rentang: null, sesuai: null, lengkap: false });
    expect(k.jumlah).toEqual(jumlahLengkap({ BAIK: 2 }));
  });

  it('before anyone is rated gives the target ranges and no verdict', () => {
    const k = kurvaUnit({ predikatOrganisasi: 'BAIK', jumlah: {}, belumDinilai: 10, distribusi });
    expect(k.sesuai).toBeNull();
    expect(k.rentang).toEqual(allowedDistribution('BAIK', 10, distribusi).rentangTercapai);
  });

  it('a Baik unit with everyone Sangat Baik violates the pattern, in plain words', () => {
    const k = kurvaUnit({ predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 5 }, belumDinilai: 0, distribusi });
    expect(k.sesuai).toBe(false);
    expect(k.lengkap).toBe(true);
    expect(k.pelanggaran.length).toBeGreaterThan(0);
    expect(k.pelanggaran[0].message.id).not.toBe('');
  });

  it('agrees with checkDistribution and the kalkulator for any counts', () => {
    const count = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.tuple(count, count, count, count, count),
        count,
        (org, c, belum) => {
          const jumlah = Object.fromEntries(PREDIKATS.map((p, i) => [p, c[i]]));
          const k = kurvaUnit({ predikatOrganisasi: org, jumlah, belumDinilai: belum, distribusi });
          const dinilai = c.reduce((a, b) => a + b, 0);
          expect(k.n).toBe(dinilai + belum);
          expect(k.sesuai).toBe(dinilai === 0 ? null : checkDistribution(org, jumlah, distribusi).sesuai);
          expect(k.rentang).toEqual(allowedDistribution(org, dinilai + belum, distribusi).rentangTercapai);
          expect(k.lengkap).toBe(belum === 0);
        },
      ),
    );
  });
});

describe('unit penilaian of a unit without an evaluation yet', () => {
  const u = (id: string, jenis: string, path: string) => ({
    id,
    jenis,
    depth: path.split('/').filter(Boolean).length - 1,
    path,
  });
  const all = [
    u('pemda', 'PEMDA', '/pemda/'),
    u('dinkes', 'DINAS', '/pemda/dinkes/'),
    u('bidang', 'BIDANG', '/pemda/dinkes/bidang/'),
    u('pkm', 'PUSKESMAS', '/pemda/dinkes/pkm/'),
    u('pustu', 'SEKSI', '/pemda/dinkes/pkm/pustu/'),
  ];
  const units = new Map(all.map((x) => [x.id, x]));
  const at = (id: string, aturan?: { kedalaman: number; jenisMandiri: string[] }) =>
    unitPenilaianDari(units.get(id) as (typeof all)[number], units, aturan);
  it.each([
    ['bidang', 'dinkes'],
    ['dinkes', 'dinkes'],
    ['pkm', 'pkm'],
    ['pustu', 'pkm'],
    ['pemda', 'pemda'],
  ])('%s belongs to %s', (id, expected) => expect(at(id)).toBe(expected));
  it('follows the setting', () => {
    expect(at('pustu', { kedalaman: 2, jenisMandiri: [] })).toBe('pkm');
    expect(at('bidang', { kedalaman: 5, jenisMandiri: [] })).toBe('pemda');
  });
  it('falls back to the unit itself when its ancestors are unknown', () => {
    const lone = u('x', 'BIDANG', '/gone/x/');
    expect(unitPenilaianDari({ ...lone, path: '/' }, units)).toBe('x');
  });
});

describe('end of a period', () => {
  it.each([
    ['TW1', '2028-03-31'],
    ['TW4', '2028-12-31'],
    ['B02', '2028-02-29'],
    ['B11', '2028-11-30'],
    ['AKHIR', '2028-12-31'],
  ])('%s of 2028 ends on %s', (kode, expected) => expect(akhirPeriode(2028, kode)).toBe(expected));
});
