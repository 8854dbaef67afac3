/**
 * NIP (Nomor Induk Pegawai) structure: validation, parsing and composition. Pure, no I/O.
 *
 * PNS — Peraturan Kepala BKN 22/2007 and 43/2007 (Nomor Identitas PNS), 18 digits:
 *   1–8   birth date YYYYMMDD
 *   9–14  first appointment as CPNS (TMT CPNS) YYYYMM — the day is always the 1st
 *   15    gender: 1 = male (L), 2 = female (P)
 *   16–18 sequence 001–999 among NIPs sharing the first 15 digits
 *
 * PPPK — Nomor Induk PPPK (NI PPPK), Peraturan BKN 1/2019 (Juknis Pengadaan PPPK), 18 digits:
 *   1–8   birth date YYYYMMDD
 *   9–12  year of first appointment as PPPK YYYY (no month)
 *   13–14 a two-digit PPPK code, never a month: "21" on full-time PPPK numbers, "24" reported for
 *         part-time (paruh waktu) PPPK. We accept 13–99 and refuse 00–12, which would read as a
 *         PNS appointment month (usually a JENIS_ASN mix-up).
 *   15    gender, 16–18 sequence, as for PNS.
 *
 * Age bounds at appointment (see docs/decisions/0201-nip-structure.md):
 *   PNS  18–50 full years on the 1st of the TMT CPNS month (legal minimum 18, PP 11/2017 Pasal 23;
 *        the highest historical maximum, 46 for honorer appointments under PP 48/2005, plus margin).
 *   PPPK year of appointment − birth year within 20–65 (minimum age 20, PP 49/2018 Pasal 16; the
 *        maximum is one year below the highest retirement age, 65, plus the year-only uncertainty).
 */

export type JenisAsn = 'PNS' | 'PPPK';
export type JenisKelamin = 'L' | 'P';

export type NipErrorCode =
  | 'NIP.FORMAT'
  | 'NIP.BIRTH_DATE_INVALID'
  | 'NIP.APPOINTMENT_MONTH_INVALID'
  | 'NIP.PPPK_CODE_INVALID'
  | 'NIP.AGE_AT_APPOINTMENT'
  | 'NIP.APPOINTMENT_IN_FUTURE'
  | 'NIP.GENDER_INVALID'
  | 'NIP.SEQUENCE_INVALID';

export interface Bilingual {
  id: string;
  en: string;
}

export interface NipError {
  code: NipErrorCode;
  message: Bilingual;
}

/** Fields read from a valid NIP. */
export interface NipInfo {
  /** The 18 digits, without separators. */
  nip: string;
  jenisAsn: JenisAsn;
  /** 'YYYY-MM-DD'. */
  tanggalLahir: string;
  /** TMT of first appointment: 'YYYY-MM' for PNS (TMT CPNS), 'YYYY' for PPPK. */
  tmt: string;
  tmtTahun: number;
  /** Month of TMT CPNS (PNS only). */
  tmtBulan: number | null;
  /** Two-digit PPPK code from digits 13–14 (PPPK only), e.g. '21'. */
  kodePppk: string | null;
  jenisKelamin: JenisKelamin;
  nomorUrut: number;
}

export type NipResult = { ok: true; value: NipInfo } | { ok: false; errors: NipError[] };

export interface NipOptions {
  /** Reference date 'YYYY-MM-DD'; when given, an appointment more than a year after it is refused. */
  asOf?: string;
}

export const PNS_MIN_AGE = 18;
export const PNS_MAX_AGE = 50;
export const PPPK_MIN_YEARS = 20;
export const PPPK_MAX_YEARS = 65;
export const MIN_BIRTH_YEAR = 1900;

function err(code: NipErrorCode, id: string, en: string): NipError {
  return { code, message: { id, en } };
}

/** Days in a month of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Removes the spaces people type between NIP groups ("19860926 201505 1 001"). */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, '');
}

/** Formats a NIP in its usual printed grouping: PNS 8-6-1-3, PPPK 8-4-2-1-3. */
export function formatNip(nip: string, jenisAsn: JenisAsn): string {
  if (jenisAsn === 'PPPK')
    return `${nip.slice(0, 8)} ${nip.slice(8, 12)} ${nip.slice(12, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Validates an NIP for the given kind of ASN and returns its fields, or every structural error
 * found (the format error alone when it is not 18 digits).
 */
export function parseNip(input: string, jenisAsn: JenisAsn, options: NipOptions = {}): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return {
      ok: false,
      errors: [
        err(
          'NIP.FORMAT',
          `NIP harus 18 digit angka (diterima ${nip.length} karakter). Di Excel, format kolom NIP sebagai Teks.`,
          `The NIP must be 18 digits (got ${nip.length} characters). In Excel, format the NIP column as Text.`,
        ),
      ],
    };
  }
  const errors: NipError[] = [];
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const birthValid = year >= MIN_BIRTH_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!birthValid) {
    errors.push(
      err(
        'NIP.BIRTH_DATE_INVALID',
        `Digit 1–8 NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang mungkin (format TTTTBBHH).`,
        `Digits 1–8 of the NIP (${nip.slice(0, 8)}) are not a possible birth date (YYYYMMDD).`,
      ),
    );
  }

  const tmtTahun = Number(nip.slice(8, 12));
  const field = nip.slice(12, 14);
  const fieldNumber = Number(field);
  let tmtBulan: number | null = null;
  let kodePppk: string | null = null;
  let tmtValid: boolean;
  if (jenisAsn === 'PNS') {
    tmtValid = fieldNumber >= 1 && fieldNumber <= 12;
    if (tmtValid) tmtBulan = fieldNumber;
    else {
      errors.push(
        err(
          'NIP.APPOINTMENT_MONTH_INVALID',
          `Digit 13–14 NIP PNS adalah bulan TMT CPNS (01–12), bukan ${field}.` +
            (fieldNumber > 12 ? ' Apakah ini NI PPPK? Periksa kolom JENIS_ASN.' : ''),
          `Digits 13–14 of a PNS NIP are the TMT CPNS month (01–12), not ${field}.` +
            (fieldNumber > 12 ? ' Is this a PPPK number? Check the JENIS_ASN column.' : ''),
        ),
      );
    }
  } else {
    tmtValid = fieldNumber > 12;
    if (tmtValid) kodePppk = field;
    else {
      errors.push(
        err(
          'NIP.PPPK_CODE_INVALID',
          `Digit 13–14 NI PPPK adalah kode PPPK (mis. 21), bukan bulan (${field}). Apakah ini NIP PNS? Periksa kolom JENIS_ASN.`,
          `Digits 13–14 of a PPPK number are the PPPK code (e.g. 21), not a month (${field}). Is this a PNS NIP? Check the JENIS_ASN column.`,
        ),
      );
    }
  }

  if (birthValid && tmtValid) {
    const ageError = checkAge(jenisAsn, year, month, day, tmtTahun, tmtBulan ?? 1);
    if (ageError) errors.push(ageError);
  }
  if (tmtValid && options.asOf) {
    const asOfYear = Number(options.asOf.slice(0, 4));
    const asOfMonth = Number(options.asOf.slice(5, 7));
    const monthsAhead = (tmtTahun - asOfYear) * 12 + ((tmtBulan ?? 1) - asOfMonth);
    if (monthsAhead > 12) {
      errors.push(
        err(
          'NIP.APPOINTMENT_IN_FUTURE',
          `TMT pengangkatan pada NIP (${tmtTahun}) lebih dari setahun setelah ${options.asOf}.`,
          `The appointment encoded in the NIP (${tmtTahun}) is more than a year after ${options.asOf}.`,
        ),
      );
    }
  }

  const gender = nip[14];
  if (gender !== '1' && gender !== '2') {
    errors.push(
      err(
        'NIP.GENDER_INVALID',
        `Digit ke-15 NIP adalah jenis kelamin (1 = laki-laki, 2 = perempuan), bukan ${gender}.`,
        `Digit 15 of the NIP is the gender (1 = male, 2 = female), not ${gender}.`,
      ),
    );
  }
  const nomorUrut = Number(nip.slice(15));
  if (nomorUrut === 0) {
    errors.push(
      err(
        'NIP.SEQUENCE_INVALID',
        'Digit 16–18 NIP adalah nomor urut (001–999), tidak boleh 000.',
        'Digits 16–18 of the NIP are the sequence number (001–999); 000 is not allowed.',
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      nip,
      jenisAsn,
      tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt: jenisAsn === 'PNS' ? `${tmtTahun}-${field}` : String(tmtTahun),
      tmtTahun,
      tmtBulan,
      kodePppk,
      jenisKelamin: gender === '1' ? 'L' : 'P',
      nomorUrut,
    },
  };
}

function checkAge(
  jenisAsn: JenisAsn,
  year: number,
  month: number,
  day: number,
  tmtTahun: number,
  tmtBulan: number,
): NipError | null {
  if (jenisAsn === 'PNS') {
    // Full years on the 1st of the TMT month.
    const age = tmtTahun - year - (tmtBulan < month || (tmtBulan === month && day > 1) ? 1 : 0);
    if (age >= PNS_MIN_AGE && age <= PNS_MAX_AGE) return null;
    return err(
      'NIP.AGE_AT_APPOINTMENT',
      `Menurut NIP, pegawai berusia ${age} tahun saat diangkat CPNS; yang mungkin ${PNS_MIN_AGE}–${PNS_MAX_AGE} tahun. Periksa tanggal lahir dan TMT pada NIP.`,
      `According to the NIP the employee was ${age} when appointed CPNS; plausible is ${PNS_MIN_AGE}–${PNS_MAX_AGE}. Check the birth date and TMT in the NIP.`,
    );
  }
  const years = tmtTahun - year;
  if (years >= PPPK_MIN_YEARS && years <= PPPK_MAX_YEARS) return null;
  return err(
    'NIP.AGE_AT_APPOINTMENT',
    `Menurut NI PPPK, selisih tahun pengangkatan dan tahun lahir ${years}; yang mungkin ${PPPK_MIN_YEARS}–${PPPK_MAX_YEARS}.`,
    `According to the PPPK number, appointment year minus birth year is ${years}; plausible is ${PPPK_MIN_YEARS}–${PPPK_MAX_YEARS}.`,
  );
}

/** Input for composing a NIP (used by the demo generator and tests). */
export interface NipParts {
  jenisAsn: JenisAsn;
  /** 'YYYY-MM-DD'. */
  tanggalLahir: string;
  tmtTahun: number;
  /** PNS: month 1–12. Ignored for PPPK. */
  tmtBulan?: number;
  /** PPPK: two-digit code; defaults to '21'. */
  kodePppk?: string;
  jenisKelamin: JenisKelamin;
  nomorUrut: number;
}

/** Composes the 18 digits from their parts (no validation: run `parseNip` on the result). */
export function composeNip(parts: NipParts): string {
  const middle = parts.jenisAsn === 'PNS' ? pad(parts.tmtBulan ?? 1, 2) : (parts.kodePppk ?? '21');
  return (
    parts.tanggalLahir.replace(/-/g, '') +
    pad(parts.tmtTahun, 4) +
    middle +
    (parts.jenisKelamin === 'L' ? '1' : '2') +
    pad(parts.nomorUrut, 3)
  );
}
