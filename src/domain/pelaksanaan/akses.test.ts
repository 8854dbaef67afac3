import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AKSI_PELAKSANAAN, type AksiPelaksanaan, aksiYangBoleh, bolehPelaksanaan, PERAN_PELAKSANAAN } from './akses.ts';

describe('execution-stage permissions', () => {
  const table: Array<[AksiPelaksanaan, string[], boolean]> = [
    ['ISI_REALISASI', ['PEMILIK'], true],
    ['ISI_REALISASI', ['PENILAI'], false],
    ['ISI_REALISASI', ['ADMIN'], false],
    ['BUKA_PENGISIAN', ['PENILAI'], true],
    ['BUKA_PENGISIAN', ['PEMILIK'], false],
    ['BUKA_PENGISIAN', ['ATASAN_PENILAI'], false],
    ['TULIS_UMPAN_BALIK', ['ATASAN_PENILAI'], true],
    ['TULIS_UMPAN_BALIK', ['PEMILIK'], false],
    ['BALAS_UMPAN_BALIK', ['PEMILIK'], true],
    ['BALAS_UMPAN_BALIK', ['ADMIN'], false],
    ['MINTA_MASUKAN_360', ['PEMILIK'], true],
    ['LIHAT_MASUKAN_360', ['ADMIN'], true],
    ['KELOLA_DIALOG', ['PENILAI'], true],
    ['KELOLA_DIALOG', ['ATASAN_PENILAI'], false],
    ['KONFIRMASI_DIALOG', ['PEMILIK'], true],
    ['UMPAN_BALIK_COACHING', ['PENILAI'], false],
    ['ISI_REALISASI', [], false],
  ];
  it.each(table)('%s by %j → %s', (aksi, peran, expected) => {
    expect(bolehPelaksanaan(aksi, peran)).toBe(expected);
  });

  it('an administrator alone never writes an employee’s record or an appraiser’s feedback', () => {
    for (const aksi of aksiYangBoleh(['ADMIN'])) expect(aksi).toBe('LIHAT_MASUKAN_360');
  });

  it('offers exactly the actions it allows, for any set of roles', () => {
    fc.assert(
      fc.property(fc.subarray([...PERAN_PELAKSANAAN]), (peran) => {
        const offered = new Set(aksiYangBoleh(peran));
        for (const aksi of AKSI_PELAKSANAAN) expect(offered.has(aksi)).toBe(bolehPelaksanaan(aksi, peran));
        // More roles never take an action away.
        const more = aksiYangBoleh([...peran, 'PEMILIK']);
        for (const aksi of offered) expect(more).toContain(aksi);
      }),
    );
  });
});
