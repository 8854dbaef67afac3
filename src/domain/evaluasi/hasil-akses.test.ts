import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AKSES_HASIL,
  AKSI_HASIL,
  type AksiHasil,
  aksiKurva,
  cakupanHasil,
  dalamCakupan,
  type PelakuHasil,
} from './hasil-akses.ts';

const nobody: PelakuHasil = { admin: false, auditor: false, adminUnitPaths: [], kepalaUnitIds: [] };
const dinas = { id: 'dinas', path: '/root/dinas/' };
const bidang = { id: 'bidang', path: '/root/dinas/bidang/' };
const puskesmas = { id: 'pkm', path: '/root/dinkes/pkm/' };

describe('who may take results out', () => {
  const table: Array<[string, PelakuHasil, AksiHasil, { id: string; path: string }, boolean]> = [
    ['admin instansi exports anything', { ...nobody, admin: true }, 'EKSPOR_EVALUASI', puskesmas, true],
    ['auditor exports anything', { ...nobody, auditor: true }, 'EKSPOR_EVALUASI', dinas, true],
    [
      'unit admin exports inside the subtree',
      { ...nobody, adminUnitPaths: ['/root/dinas/'] },
      'EKSPOR_EVALUASI',
      bidang,
      true,
    ],
    [
      'unit admin not outside it',
      { ...nobody, adminUnitPaths: ['/root/dinas/bidang/'] },
      'EKSPOR_EVALUASI',
      dinas,
      false,
    ],
    ['a unit head never exports', { ...nobody, kepalaUnitIds: ['dinas'] }, 'EKSPOR_EVALUASI', dinas, false],
    ['a unit head sees their own curve', { ...nobody, kepalaUnitIds: ['dinas'] }, 'LIHAT_KURVA', dinas, true],
    ['…not the curve of a unit below', { ...nobody, kepalaUnitIds: ['dinas'] }, 'LIHAT_KURVA', bidang, false],
    ['…and downloads it', { ...nobody, kepalaUnitIds: ['pkm'] }, 'EKSPOR_KURVA', puskesmas, true],
    ['an employee sees nothing', nobody, 'LIHAT_KURVA', dinas, false],
  ];
  it.each(table)('%s', (_name, pelaku, aksi, unit, expected) => {
    expect(dalamCakupan(cakupanHasil(pelaku, aksi), unit)).toBe(expected);
  });

  it('reads the reach from the table: a role missing for an action reaches nothing', () => {
    const tabel = { ...AKSES_HASIL, LIHAT_KURVA: { ADMIN: 'INSTANSI' as const } };
    const unitAdmin = { ...nobody, adminUnitPaths: ['/root/'], kepalaUnitIds: ['dinas'] };
    expect(cakupanHasil(unitAdmin, 'LIHAT_KURVA', tabel)).toEqual({ kind: 'TIDAK_ADA' });
    expect(cakupanHasil(unitAdmin, 'EKSPOR_EVALUASI', tabel)).toEqual({
      kind: 'TERBATAS',
      paths: ['/root/'],
      unitIds: [],
    });
  });

  it('gives nobody any reach at all', () => {
    for (const a of AKSI_HASIL) expect(cakupanHasil(nobody, a)).toEqual({ kind: 'TIDAK_ADA' });
  });

  it('offers on a curve exactly the curve actions it allows, and more roles never take one away', () => {
    const unitArb = fc.constantFrom(dinas, bidang, puskesmas);
    const pelakuArb = fc.record({
      admin: fc.boolean(),
      auditor: fc.boolean(),
      adminUnitPaths: fc.subarray(['/root/', '/root/dinas/', '/root/dinkes/']),
      kepalaUnitIds: fc.subarray(['dinas', 'bidang', 'pkm']),
    });
    fc.assert(
      fc.property(pelakuArb, unitArb, (pelaku, unit) => {
        const aksi = aksiKurva(pelaku, unit);
        expect(aksi).not.toContain('EKSPOR_EVALUASI');
        for (const a of ['LIHAT_KURVA', 'EKSPOR_KURVA'] as const)
          expect(aksi.includes(a)).toBe(dalamCakupan(cakupanHasil(pelaku, a), unit));
        for (const a of aksi) expect(aksiKurva({ ...pelaku, admin: true }, unit)).toContain(a);
      }),
    );
  });
});
