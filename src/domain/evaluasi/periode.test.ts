import { describe, expect, it } from 'vitest';
import {
  isPeriodeKode,
  jenisPeriode,
  kodeEkspor,
  kodePeriodik,
  labelFormulir,
  labelPeriode,
  rentangPeriode,
} from './periode.ts';

describe('evaluation periods', () => {
  it.each([
    ['TW1', 'TW1', 'TRIWULAN I', 'TRIWULANAN'],
    ['TW3', 'TW3', 'TRIWULAN III', 'TRIWULANAN'],
    ['TW4', 'TW4', 'TRIWULAN IV-AKHIR', 'TRIWULANAN'],
    ['B01', 'B01', 'JANUARI', 'BULANAN'],
    ['B12', 'B12', 'DESEMBER', 'BULANAN'],
    ['AKHIR', 'TAHUNAN', 'AKHIR (TAHUNAN)', 'TAHUNAN'],
  ])('%s → export %s, form "%s", %s', (kode, ekspor, form, jenis) => {
    expect(isPeriodeKode(kode)).toBe(true);
    expect(kodeEkspor(kode)).toBe(ekspor);
    expect(labelFormulir(kode)).toBe(form);
    expect(jenisPeriode(kode)).toBe(jenis);
  });

  it('refuses what is not a period kode', () => {
    for (const k of ['TW0', 'TW5', 'B00', 'B13', 'akhir', '2026-Q1', '']) expect(isPeriodeKode(k)).toBe(false);
  });

  it('labels and bounds each period of a year', () => {
    expect(labelPeriode('TW2', 2026)).toEqual({ id: 'Triwulan II 2026', en: 'Quarter 2 2026' });
    expect(labelPeriode('B02', 2026)).toEqual({ id: 'Februari 2026', en: 'February 2026' });
    expect(labelPeriode('AKHIR', 2026)).toEqual({ id: 'Tahunan 2026', en: 'Annual 2026' });
    expect(rentangPeriode('TW1', 2026)).toEqual({ mulai: '2026-01-01', selesai: '2026-03-31' });
    expect(rentangPeriode('B02', 2024)).toEqual({ mulai: '2024-02-01', selesai: '2024-02-29' });
    expect(rentangPeriode('AKHIR', 2026)).toEqual({ mulai: '2026-01-01', selesai: '2026-12-31' });
    expect(kodePeriodik('TRIWULANAN')).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
    expect(kodePeriodik('BULANAN')).toHaveLength(12);
    expect(kodePeriodik('BULANAN')[11]).toBe('B12');
  });
});
