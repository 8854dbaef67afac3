import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../settings.ts';
import { defaultPeriode, defaultPeriodeItems, jenisEvaluasiOf } from './periode-defaults.ts';

describe('default periods of a year', () => {
  it('uses the national defaults without settings: quarterly, 31 January, 10 calendar days', () => {
    const year = defaultPeriode(2027);
    expect(year.jenisEvaluasi).toBe('TRIWULANAN');
    expect(year.batasPenetapanSkp).toBe('2027-01-31');
    expect(year.periode.map((p) => p.kode)).toEqual(['TW1', 'TW2', 'TW3', 'TW4', 'AKHIR']);
    expect(year.periode[0]).toEqual({
      kode: 'TW1',
      mulai: '2027-01-01',
      selesai: '2027-03-31',
      batasPengisian: '2027-04-10',
    });
    expect(year.periode[4]).toMatchObject({ mulai: '2027-01-01', selesai: '2027-12-31', batasPengisian: '2028-01-10' });
  });

  it.each([
    // [settings, first period's kode, its entry deadline, SKP deadline]
    [{}, 'TW1', '2034-04-10', '2034-01-31'],
    [{ evaluasiPeriodik: 'MONTHLY' }, 'B01', '2034-02-10', '2034-01-31'],
    // 31 Jan 2034 is a Tuesday; 5 working days skipping the 1 February holiday → Wednesday 8 February.
    [
      {
        evaluasiPeriodik: 'MONTHLY',
        batasPengisian: { jumlahHari: 5, jenisHari: 'WORKING' },
        hariLibur: ['2034-02-01'],
        batasPenetapanSkp: { bulan: 1, tanggal: 15 },
      },
      'B01',
      '2034-02-08',
      '2034-01-15',
    ],
    // A 31st in a 28-day month is the month's last day.
    [{ batasPenetapanSkp: { bulan: 2, tanggal: 28 } }, 'TW1', '2034-04-10', '2034-02-28'],
  ] as const)('follows the settings %j', (input, kode, batas, skp) => {
    const year = defaultPeriode(2034, resolveSettings(input));
    expect(year.periode[0]).toMatchObject({ kode, batasPengisian: batas });
    expect(year.batasPenetapanSkp).toBe(skp);
  });

  it('names monthly periods B01..B12 and maps the rhythm both ways', () => {
    const items = defaultPeriodeItems(2028, 'BULANAN');
    expect(items.map((p) => p.kode)).toEqual([
      'B01',
      'B02',
      'B03',
      'B04',
      'B05',
      'B06',
      'B07',
      'B08',
      'B09',
      'B10',
      'B11',
      'B12',
      'AKHIR',
    ]);
    expect(items[1]).toMatchObject({ mulai: '2028-02-01', selesai: '2028-02-29' });
    expect(jenisEvaluasiOf(resolveSettings({ evaluasiPeriodik: 'MONTHLY' }))).toBe('BULANAN');
    expect(jenisEvaluasiOf()).toBe('TRIWULANAN');
  });

  it('property: periods tile the year and every entry deadline falls after its period ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom('BULANAN' as const, 'TRIWULANAN' as const),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('CALENDAR' as const, 'WORKING' as const),
        (tahun, jenis, jumlahHari, jenisHari) => {
          const items = defaultPeriodeItems(
            tahun,
            jenis,
            resolveSettings({ batasPengisian: { jumlahHari, jenisHari } }),
          );
          const periodic = items.slice(0, -1);
          expect(periodic[0].mulai).toBe(`${tahun}-01-01`);
          expect(periodic.at(-1)?.selesai).toBe(`${tahun}-12-31`);
          for (let i = 1; i < periodic.length; i++) {
            const next = new Date(`${periodic[i - 1].selesai}T00:00:00Z`);
            next.setUTCDate(next.getUTCDate() + 1);
            expect(periodic[i].mulai).toBe(next.toISOString().slice(0, 10));
          }
          for (const p of items) expect(p.batasPengisian >= p.selesai).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
