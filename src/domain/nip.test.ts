import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeNip,
  daysInMonth,
  formatNip,
  type JenisAsn,
  type NipErrorCode,
  normalizeNip,
  PNS_MAX_AGE,
  PNS_MIN_AGE,
  PPPK_MAX_YEARS,
  PPPK_MIN_YEARS,
  parseNip,
} from './nip.ts';

function codes(input: string, jenisAsn: JenisAsn, asOf?: string): NipErrorCode[] {
  const result = parseNip(input, jenisAsn, asOf ? { asOf } : {});
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('parseNip', () => {
  it('reads the fields of a PNS NIP', () => {
    const result = parseNip('19860926 201505 1 001', 'PNS');
    expect(result).toEqual({
      ok: true,
      value: {
        nip: '198609262015051001',
        jenisAsn: 'PNS',
        tanggalLahir: '1986-09-26',
        tmt: '2015-05',
        tmtTahun: 2015,
        tmtBulan: 5,
        kodePppk: null,
        jenisKelamin: 'L',
        nomorUrut: 1,
      },
    });
  });

  it('reads the fields of a PPPK number (year + PPPK code instead of year + month)', () => {
    const result = parseNip('199312282025212001', 'PPPK');
    expect(result).toEqual({
      ok: true,
      value: {
        nip: '199312282025212001',
        jenisAsn: 'PPPK',
        tanggalLahir: '1993-12-28',
        tmt: '2025',
        tmtTahun: 2025,
        tmtBulan: null,
        kodePppk: '21',
        jenisKelamin: 'P',
        nomorUrut: 1,
      },
    });
  });

  it.each<[string, string, JenisAsn, NipErrorCode[]]>([
    ['valid PNS', '196804111993031009', 'PNS', []],
    ['valid PNS born on a leap day', '200002292023011001', 'PNS', []],
    ['valid part-time PPPK (code 24)', '199009132025242014', 'PPPK', []],
    ['17 digits', '19680411199303100', 'PNS', ['NIP.FORMAT']],
    ['19 digits', '1968041119930310091', 'PNS', ['NIP.FORMAT']],
    ['letters', '19680411199303100A', 'PNS', ['NIP.FORMAT']],
    ['scientific notation from Excel', '1.96804111993031E+17', 'PNS', ['NIP.FORMAT']],
    ['empty', '', 'PNS', ['NIP.FORMAT']],
    ['birth month 13', '196813111993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['birth month 00', '196800111993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['30 February', '197002301993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['29 February in a non-leap year', '197102291993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['29 February 1900 (not a leap year)', '190002291993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['31 April', '197004311993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['day 00', '197004001993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['born before 1900', '189905011993031009', 'PNS', ['NIP.BIRTH_DATE_INVALID']],
    ['PNS appointment month 13', '196804111993131009', 'PNS', ['NIP.APPOINTMENT_MONTH_INVALID']],
    ['PNS appointment month 00', '196804111993001009', 'PNS', ['NIP.APPOINTMENT_MONTH_INVALID']],
    ['PPPK number imported as PNS', '199312282025212001', 'PNS', ['NIP.APPOINTMENT_MONTH_INVALID']],
    ['PNS NIP imported as PPPK', '196804111993031009', 'PPPK', ['NIP.PPPK_CODE_INVALID']],
    ['PNS appointed at 17', '200605012023011001', 'PNS', ['NIP.AGE_AT_APPOINTMENT']],
    ['PNS appointed the day before turning 18', '200501022023011001', 'PNS', ['NIP.AGE_AT_APPOINTMENT']],
    ['PNS appointed on the 18th birthday', '200501012023011001', 'PNS', []],
    ['PNS appointed at 51', '197001012021021001', 'PNS', ['NIP.AGE_AT_APPOINTMENT']],
    ['PNS appointed before birth', '199001012000011001', 'PNS', ['NIP.AGE_AT_APPOINTMENT']],
    ['PPPK appointed 19 years after birth year', '200601012025211001', 'PPPK', ['NIP.AGE_AT_APPOINTMENT']],
    ['PPPK appointed 66 years after birth year', '195901012025211001', 'PPPK', ['NIP.AGE_AT_APPOINTMENT']],
    ['gender 3', '196804111993033009', 'PNS', ['NIP.GENDER_INVALID']],
    ['gender 0', '196804111993030009', 'PNS', ['NIP.GENDER_INVALID']],
    ['sequence 000', '196804111993031000', 'PNS', ['NIP.SEQUENCE_INVALID']],
    [
      'several problems at once are all reported',
      '196813111993133000',
      'PNS',
      ['NIP.BIRTH_DATE_INVALID', 'NIP.APPOINTMENT_MONTH_INVALID', 'NIP.GENDER_INVALID', 'NIP.SEQUENCE_INVALID'],
    ],
  ])('%s → %j', (_label, nip, jenisAsn, expected) => {
    expect(codes(nip, jenisAsn)).toEqual(expected);
  });

  it('refuses an appointment more than a year after the reference date', () => {
    expect(codes('199901012027011001', 'PNS', '2025-12-31')).toEqual(['NIP.APPOINTMENT_IN_FUTURE']);
    expect(codes('199901012026121001', 'PNS', '2025-12-31')).toEqual([]);
    expect(codes('199901012027211001', 'PPPK', '2025-06-30')).toEqual(['NIP.APPOINTMENT_IN_FUTURE']);
    expect(codes('199901012026211001', 'PPPK', '2025-06-30')).toEqual([]);
  });

  it('gives bilingual messages that name the digits at fault', () => {
    const result = parseNip('196804111993033009', 'PNS');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].message.id).toContain('Digit ke-15');
      expect(result.errors[0].message.en).toContain('Digit 15');
    }
  });

  it('hints at a JENIS_ASN mix-up only when the month field is above 12', () => {
    const asPns = parseNip('199312282025212001', 'PNS');
    const monthZero = parseNip('196804111993001009', 'PNS');
    expect(!asPns.ok && asPns.errors[0].message.en).toContain('PPPK');
    expect(!monthZero.ok && monthZero.errors[0].message.en).not.toContain('PPPK');
  });
});

describe('helpers', () => {
  it('knows month lengths including leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
    expect([daysInMonth(2023, 4), daysInMonth(2023, 12)]).toEqual([30, 31]);
  });

  it('strips separators and prints the usual grouping', () => {
    expect(normalizeNip(' 19860926 201505 1 001 ')).toBe('198609262015051001');
    expect(formatNip('198609262015051001', 'PNS')).toBe('19860926 201505 1 001');
    expect(formatNip('199312282025212001', 'PPPK')).toBe('19931228 2025 21 2 001');
  });

  it('composes NIPs with defaults for the month and the PPPK code', () => {
    expect(
      composeNip({
        jenisAsn: 'PNS',
        tanggalLahir: '1986-09-26',
        tmtTahun: 2015,
        tmtBulan: 5,
        jenisKelamin: 'L',
        nomorUrut: 1,
      }),
    ).toBe('198609262015051001');
    expect(
      composeNip({ jenisAsn: 'PNS', tanggalLahir: '1986-09-26', tmtTahun: 2015, jenisKelamin: 'P', nomorUrut: 12 }),
    ).toBe('198609262015012012');
    expect(
      composeNip({ jenisAsn: 'PPPK', tanggalLahir: '1993-12-28', tmtTahun: 2025, jenisKelamin: 'P', nomorUrut: 1 }),
    ).toBe('199312282025212001');
    expect(
      composeNip({
        jenisAsn: 'PPPK',
        tanggalLahir: '1990-09-13',
        tmtTahun: 2025,
        kodePppk: '24',
        jenisKelamin: 'P',
        nomorUrut: 14,
      }),
    ).toBe('199009132025242014');
  });
});

/** Arbitrary valid NIP parts for either kind of ASN. */
const arbParts = fc
  .record({
    jenisAsn: fc.constantFrom<JenisAsn>('PNS', 'PPPK'),
    birthYear: fc.integer({ min: 1940, max: 2005 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    birthDayRaw: fc.integer({ min: 1, max: 31 }),
    ageAtAppointment: fc.integer({ min: PNS_MIN_AGE + 1, max: PNS_MAX_AGE }),
    pppkYears: fc.integer({ min: PPPK_MIN_YEARS, max: PPPK_MAX_YEARS }),
    tmtBulan: fc.integer({ min: 1, max: 12 }),
    kodePppk: fc.integer({ min: 13, max: 99 }).map(String),
    jenisKelamin: fc.constantFrom<'L' | 'P'>('L', 'P'),
    nomorUrut: fc.integer({ min: 1, max: 999 }),
  })
  .map((r) => {
    const day = Math.min(r.birthDayRaw, daysInMonth(r.birthYear, r.birthMonth));
    const tanggalLahir = `${r.birthYear}-${String(r.birthMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return {
      jenisAsn: r.jenisAsn,
      tanggalLahir,
      tmtTahun: r.jenisAsn === 'PNS' ? r.birthYear + r.ageAtAppointment : r.birthYear + r.pppkYears,
      tmtBulan: r.tmtBulan,
      kodePppk: r.kodePppk,
      jenisKelamin: r.jenisKelamin,
      nomorUrut: r.nomorUrut,
    };
  });

describe('properties', () => {
  it('accepts every composed valid NIP and reads back its parts', () => {
    fc.assert(
      fc.property(arbParts, (parts) => {
        const result = parseNip(composeNip(parts), parts.jenisAsn);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.tanggalLahir).toBe(parts.tanggalLahir);
          expect(result.value.tmtTahun).toBe(parts.tmtTahun);
          expect(result.value.jenisKelamin).toBe(parts.jenisKelamin);
          expect(result.value.nomorUrut).toBe(parts.nomorUrut);
          expect(result.value.tmtBulan).toBe(parts.jenisAsn === 'PNS' ? parts.tmtBulan : null);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a corrupted gender digit with NIP.GENDER_INVALID', () => {
    fc.assert(
      fc.property(arbParts, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (parts, digit) => {
        const nip = composeNip(parts);
        const corrupted = `${nip.slice(0, 14)}${digit}${nip.slice(15)}`;
        expect(codes(corrupted, parts.jenisAsn)).toEqual(['NIP.GENDER_INVALID']);
      }),
    );
  });

  it('refuses any string that is not 18 digits with NIP.FORMAT only', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 25 }).filter((s) => !/^\d{18}$/.test(normalizeNip(s))),
        (s) => {
          expect(codes(s, 'PNS')).toEqual(['NIP.FORMAT']);
        },
      ),
    );
  });
});
