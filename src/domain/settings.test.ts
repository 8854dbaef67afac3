import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_METODE_PENGEMBANGAN, DEFAULT_SETTINGS, resolveSettings } from './settings.ts';

describe('resolveSettings', () => {
  it('fills the documented national defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      evaluasiPeriodik: 'QUARTERLY',
      keberatan: { jumlahHari: 14, jenisHari: 'CALENDAR' },
      batasPengisian: { jumlahHari: 10, jenisHari: 'CALENDAR' },
      batasPenetapanSkp: { bulan: 1, tanggal: 31 },
      hariLibur: [],
      tukinPolicyId: null,
      talentaKinerja: {
        SANGAT_BAIK: 'DI_ATAS',
        BAIK: 'SESUAI',
        BUTUH_PERBAIKAN: 'DI_BAWAH',
        KURANG: 'DI_BAWAH',
        SANGAT_KURANG: 'DI_BAWAH',
      },
      ratingHasilKerjaPimpinanUnit: {
        ISTIMEWA: 'DI_ATAS',
        BAIK: 'SESUAI',
        BUTUH_PERBAIKAN: 'DI_BAWAH',
        KURANG: 'DI_BAWAH',
        SANGAT_KURANG: 'DI_BAWAH',
      },
      distribusi: { pembulatan: 'CEIL_MIN_FLOOR_MAX', sebagianBesar: 'MAJORITY' },
      pelaksanaan: {
        rencanaAksiWajib: false,
        buktiMaksimumMb: 10,
        masukan360: { aktif: false, minimumJawaban: 3 },
        metodePengembangan: DEFAULT_METODE_PENGEMBANGAN,
      },
      evaluasi: { unitPenilaian: { kedalaman: 1, jenisMandiri: ['UPT', 'PUSKESMAS'] } },
    });
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('never lets the 360° anonymity threshold fall below three answers', () => {
    for (const minimumJawaban of [0, 1, 2, -1, 2.5]) {
      expect(() => resolveSettings({ pelaksanaan: { masukan360: { minimumJawaban } } })).toThrow();
    }
    expect(resolveSettings({ pelaksanaan: { masukan360: { minimumJawaban: 5 } } }).pelaksanaan.masukan360).toEqual({
      aktif: false,
      minimumJawaban: 5,
    });
  });

  it('keeps the unit penilaian setting within its bounds (decision 0501)', () => {
    expect(resolveSettings({ evaluasi: { unitPenilaian: { kedalaman: 2 } } }).evaluasi.unitPenilaian).toEqual({
      kedalaman: 2,
      jenisMandiri: ['UPT', 'PUSKESMAS'],
    });
    expect(() => resolveSettings({ evaluasi: { unitPenilaian: { kedalaman: -1 } } })).toThrow();
    expect(() => resolveSettings({ evaluasi: { unitPenilaian: { jenisMandiri: ['upt'] } } })).toThrow();
  });

  it('refuses a development-method list with a repeated code', () => {
    const metodePengembangan = [
      { kode: 'COACHING', nama: 'Coaching' },
      { kode: 'COACHING', nama: 'Lagi' },
    ];
    expect(() => resolveSettings({ pelaksanaan: { metodePengembangan } })).toThrow();
  });

  it('keeps the defaults of the fields an instansi does not override', () => {
    const s = resolveSettings({
      evaluasiPeriodik: 'MONTHLY',
      keberatan: { jenisHari: 'WORKING' },
      hariLibur: ['2024-12-25'],
      talentaKinerja: { BAIK: 'DI_ATAS' },
      distribusi: { pembulatan: 'HALF_UP' },
      tukinPolicyId: 'perban-bakamla-1-2023',
    });
    expect(s.keberatan).toEqual({ jumlahHari: 14, jenisHari: 'WORKING' });
    expect(s.talentaKinerja.BAIK).toBe('DI_ATAS');
    expect(s.talentaKinerja.SANGAT_BAIK).toBe('DI_ATAS');
    expect(s.distribusi).toEqual({ pembulatan: 'HALF_UP', sebagianBesar: 'MAJORITY' });
    expect(resolveSettings({ distribusi: { sebagianBesar: 'ADVISORY' } }).distribusi.sebagianBesar).toBe('ADVISORY');
  });

  it.each([
    ['an unknown periodicity', { evaluasiPeriodik: 'WEEKLY' }],
    ['an impossible holiday', { hariLibur: ['2023-02-29'] }],
    ['a day that does not exist in the SKP deadline month', { batasPenetapanSkp: { bulan: 2, tanggal: 30 } }],
    ['an unknown field', { rahasia: true }],
    ['an unknown rating in a mapping', { talentaKinerja: { BAIK: 'LUAR_BIASA' } }],
    ['a negative window', { keberatan: { jumlahHari: -1 } }],
  ])('rejects %s', (_name, input) => {
    expect(() => resolveSettings(input)).toThrow(ZodError);
  });
});
