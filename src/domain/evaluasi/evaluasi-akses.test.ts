import { describe, expect, it } from 'vitest';
import { bolehPenilaian, bolehPredikatOrganisasi } from './evaluasi-akses.ts';

describe('evaluation permissions', () => {
  it.each([
    ['LIHAT', ['PEMILIK'], true],
    ['LIHAT', ['PEMBACA'], true],
    ['LIHAT', [], false],
    ['LIHAT_DRAFT', ['PEMILIK'], false],
    ['LIHAT_DRAFT', ['PENILAI'], true],
    ['LIHAT_DRAFT', ['ADMIN'], true],
  ] as const)('appraisal %s by %j → %s', (aksi, peran, expected) => {
    expect(bolehPenilaian(aksi, peran)).toBe(expected);
  });

  it.each([
    ['LIHAT', ['ANGGOTA'], true],
    ['TETAPKAN', ['ANGGOTA'], false],
    ['TETAPKAN', ['PIMPINAN_ATAS'], true],
    ['TETAPKAN', ['ADMIN_INSTANSI'], true],
    ['LIHAT', [], false],
  ] as const)('predikat organisasi %s by %j → %s', (aksi, peran, expected) => {
    expect(bolehPredikatOrganisasi(aksi, peran)).toBe(expected);
  });
});
