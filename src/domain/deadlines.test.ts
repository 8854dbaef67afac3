import { describe, expect, it } from 'vitest';
import {
  endOfWindow,
  isObjectionOnTime,
  objectionDeadline,
  periodEntryDeadline,
  periodeEvaluasi,
  skpDeadline,
} from './deadlines.ts';
import { RuleError } from './rule-error.ts';

describe('objectionDeadline', () => {
  it('is 14 calendar days after receipt by default, counting the next day as day 1', () => {
    const r = objectionDeadline('2024-04-05');
    expect(r).toMatchObject({
      batas: '2024-04-19',
      mulai: '2024-04-05',
      jumlahHari: 14,
      jenisHari: 'CALENDAR',
      dilewati: [],
    });
    expect(r.explanation.id).toContain('hari pertama 2024-04-06');
    expect(r.citation.article).toContain('Pasal 59');
  });

  it('does not move a calendar deadline that falls on a weekend', () => {
    expect(objectionDeadline('2024-04-06').batas).toBe('2024-04-20'); // a Saturday
  });

  it('crosses the year end', () => {
    expect(objectionDeadline('2024-12-20').batas).toBe('2025-01-03');
  });

  it('counts 14 working days skipping weekends and the holiday table', () => {
    // Friday 5 April 2024; 10–11 April declared holidays (Idul Fitri).
    const r = objectionDeadline('2024-04-05', { jenisHari: 'WORKING', hariLibur: ['2024-04-10', '2024-04-11'] });
    expect(r.batas).toBe('2024-04-29');
    expect(r.dilewati).toContain('2024-04-10');
    expect(r.dilewati).toHaveLength(10);
    expect(r.explanation.en).toContain('14 working days');
  });

  it('counts working days without a holiday table', () => {
    expect(objectionDeadline('2024-04-05', { jenisHari: 'WORKING' }).batas).toBe('2024-04-25');
  });

  it('accepts a Date and uses its UTC day', () => {
    expect(objectionDeadline(new Date('2024-04-05T00:00:00Z')).batas).toBe('2024-04-19');
  });

  it('rejects a bad date or window', () => {
    expect(() => objectionDeadline('2024-02-30')).toThrow(RuleError);
    expect(() => objectionDeadline('2024-02-01', { jumlahHari: -2 })).toThrow(RuleError);
    expect(() => endOfWindow('2024-02-01', { jumlahHari: 1.5, jenisHari: 'CALENDAR' })).toThrow(RuleError);
  });
});

describe('isObjectionOnTime', () => {
  it.each([
    ['2024-04-05', true],
    ['2024-04-19', true],
    ['2024-04-20', false],
  ])('judges an objection lodged on %s', (lodged, onTime) => {
    expect(isObjectionOnTime('2024-04-05', lodged).tepatWaktu).toBe(onTime);
  });

  it('rejects an objection dated before the result was received', () => {
    expect(() => isObjectionOnTime('2024-04-05', '2024-04-04')).toThrow(RuleError);
  });
});

describe('skpDeadline', () => {
  it('is 31 January of the year by default', () => {
    const r = skpDeadline(2025);
    expect(r.batas).toBe('2025-01-31');
    expect(r.jumlahHari).toBe(31);
    expect(r.explanation.id).toContain('2025-01-31');
  });

  it('follows an earlier instansi deadline and clamps to the month end', () => {
    expect(skpDeadline(2025, { bulan: 1, tanggal: 15 }).batas).toBe('2025-01-15');
    expect(skpDeadline(2023, { bulan: 2, tanggal: 29 }).batas).toBe('2023-02-28');
  });

  it('rejects an implausible year', () => {
    expect(() => skpDeadline(25)).toThrow(RuleError);
  });
});

describe('periodEntryDeadline', () => {
  it('is 10 calendar days after the period ends by default', () => {
    const r = periodEntryDeadline('2024-03-31');
    expect(r.batas).toBe('2024-04-10');
    expect(r.explanation.en).toContain('10 calendar days');
  });

  it('may count working days', () => {
    expect(periodEntryDeadline('2024-03-31', { jumlahHari: 5, jenisHari: 'WORKING' }).batas).toBe('2024-04-05');
  });
});

describe('periodeEvaluasi', () => {
  it('lists four quarters and the annual period by default', () => {
    const p = periodeEvaluasi(2024);
    expect(p.map((x) => x.kode)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024-AKHIR']);
    expect(p[0]).toMatchObject({ mulai: '2024-01-01', selesai: '2024-03-31', label: { id: 'Triwulan I 2024' } });
    expect(p[3].selesai).toBe('2024-12-31');
    expect(p[4]).toMatchObject({ jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' });
  });

  it('lists twelve months when the instansi evaluates monthly', () => {
    const p = periodeEvaluasi(2024, 'MONTHLY');
    expect(p).toHaveLength(13);
    expect(p[1]).toMatchObject({
      kode: '2024-02',
      mulai: '2024-02-01',
      selesai: '2024-02-29',
      label: { id: 'Februari 2024', en: 'February 2024' },
    });
  });
});
