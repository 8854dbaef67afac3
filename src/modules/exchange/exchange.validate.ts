/**
 * Validates every row of a parsed import against the format, the NIP rules (domain/nip.ts), the
 * other sheets of the file and the existing data, collecting every error; when there are none it
 * also returns the write plan (what to insert, update, close and open). Pure: the caller loads the
 * existing data and applies the plan in one transaction.
 *
 * Semantics (docs/import-format.md): rows are keyed by UNOR_KODE, JABATAN_KODE and NIP within the
 * instansi; a column absent from the sheet keeps the stored value, a present but empty optional
 * cell clears it; nothing is deleted. A changed JABATAN_KODE closes the current definitive
 * placement the day before TMT_JABATAN and opens a new one, so history is kept.
 */
import { randomUUID } from 'node:crypto';
import { parseNip } from '../../domain/nip.ts';
import { type ImportError, type ImportWarning, message } from './exchange.errors.ts';
import {
  COLUMNS,
  type Entity,
  type JenisJabatan,
  type JenisUnor,
  type Jenjang,
  normalizeDate,
  normalizeEmail,
  normalizeGolongan,
  normalizeJenisAsn,
  normalizeJenisJabatan,
  normalizeJenisKelamin,
  normalizeJenisUnor,
  normalizeJenjang,
  normalizePhone,
  normalizeYesNo,
} from './exchange.format.ts';
import type { CellValue, ParsedFile, ParsedRow, ParsedSheet } from './exchange.parse.ts';

export interface ExistingUnit {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  parentId: string | null;
  kepalaJabatanId: string | null;
  /** Stored materialised path; optional (recomputed and compared when present). */
  path?: string;
  depth?: number;
}

export interface ExistingJabatan {
  id: string;
  kode: string;
  unitId: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  atasanJabatanId: string | null;
  kelas: number | null;
}

export interface PegawaiFields {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: 'PNS' | 'PPPK';
  golongan: string | null;
  tanggalLahir: string | null;
  jenisKelamin: 'L' | 'P' | null;
  email: string | null;
  telepon: string | null;
}

export interface ExistingPegawai extends PegawaiFields {
  id: string;
  nip: string;
  /** Current definitive placement. */
  current: { id: string; jabatanId: string; mulai: string } | null;
  /** Latest end date of a closed definitive placement. */
  lastSelesai: string | null;
}

export interface Existing {
  units: ExistingUnit[];
  jabatan: ExistingJabatan[];
  pegawai: Map<string, ExistingPegawai>;
}

export interface UnitWrite {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  parentId: string | null;
  kepalaJabatanId: string | null;
  /** Materialised path "/root/…/self/" and depth after the import. */
  path: string;
  depth: number;
  isNew: boolean;
}

export interface JabatanWrite {
  id: string;
  kode: string;
  unitId: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  atasanJabatanId: string | null;
  kelas: number | null;
  isNew: boolean;
}

export interface PegawaiWrite extends PegawaiFields {
  id: string;
  nip: string;
  isNew: boolean;
}

export interface EntityCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPlan {
  units: UnitWrite[];
  jabatan: JabatanWrite[];
  pegawai: PegawaiWrite[];
  closePlacements: { id: string; pegawaiId: string; selesai: string }[];
  openPlacements: { id: string; pegawaiId: string; jabatanId: string; mulai: string }[];
  /** Before/after of the changed fields of updated pegawai (for the audit trail). */
  pegawaiChanges: { id: string; nip: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
  counts: Record<Entity, EntityCounts> & { penempatan: { opened: number; closed: number } };
}

export interface ValidationResult {
  errors: ImportError[];
  warnings: ImportWarning[];
  plan: ImportPlan | null;
}

export interface ValidateOptions {
  /** Import date 'YYYY-MM-DD' (TMT default and the NIP future check). */
  today: string;
  newId?: () => string;
}

/** Adds days to a 'YYYY-MM-DD' date. */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Reads one sheet row's cells by column key. */
class RowReader {
  constructor(
    readonly sheet: ParsedSheet,
    readonly row: ParsedRow,
  ) {}

  has(key: string): boolean {
    return this.sheet.columns.has(key);
  }

  raw(key: string): CellValue | undefined {
    const i = this.sheet.columns.get(key);
    return i === undefined ? undefined : (this.row.cells[i] ?? null);
  }

  /** Trimmed text; '' when empty; undefined when the column is absent. */
  text(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (v === null) return '';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
    return String(v).trim();
  }

  header(key: string): string {
    const i = this.sheet.columns.get(key);
    return (i !== undefined && this.sheet.headers[i]) || key;
  }
}

const EXPECTED = {
  JENIS_UNOR: { id: 'salah satu jenis unit (lihat petunjuk)', en: 'one of the unit types (see the hint)' },
  JENIS_JABATAN: {
    id: 'JPT_UTAMA … FUNGSIONAL, atau Struktural dengan ESELON',
    en: 'JPT_UTAMA … FUNGSIONAL, or Struktural with ESELON',
  },
  JENJANG: { id: 'Ahli Pertama … Ahli Utama, Pemula … Penyelia', en: 'Ahli Pertama … Ahli Utama, Pemula … Penyelia' },
  KELAS: { id: 'bilangan bulat 1–17', en: 'a whole number 1–17' },
  KEPALA_UNOR: { id: 'Y atau N', en: 'Y or N' },
  JENIS_ASN: { id: 'PNS atau PPPK', en: 'PNS or PPPK' },
  GOL_PNS: { id: 'golongan PNS I/a … IV/e', en: 'a PNS golongan I/a … IV/e' },
  GOL_PPPK: { id: 'golongan PPPK I … XVII', en: 'a PPPK grade I … XVII' },
  JENIS_KELAMIN: { id: 'L atau P', en: 'L or P' },
  EMAIL: { id: 'alamat e-mail', en: 'an e-mail address' },
  NOMOR_HP: { id: '8–15 digit, boleh diawali +', en: '8–15 digits, optionally starting with +' },
} as const;

interface UnitRow {
  reader: RowReader;
  kode: string;
  nama: string;
  parentKode: string | null | undefined;
  jenis: JenisUnor | undefined;
  kepalaKode: string | null | undefined;
}

interface JabatanRow {
  reader: RowReader;
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  jenjang: Jenjang | null | undefined;
  unitKode: string;
  atasanKode: string | null | undefined;
  kelas: number | null | undefined;
  /** KEPALA_UNOR: true = heads its unit, false = no longer, undefined = unchanged. */
  kepala: boolean | undefined;
}

interface PegawaiRow {
  reader: RowReader;
  nip: string;
  fields: Partial<PegawaiFields> & { nama: string; jenisAsn: 'PNS' | 'PPPK' };
  jabatanKode: string | null;
  tmt: string | null;
  unitKode: string | null;
}

/** Validates the parsed file against the existing data; returns every error, or the plan. */
export function validateImport(parsed: ParsedFile, existing: Existing, options: ValidateOptions): ValidationResult {
  const errors: ImportError[] = [...parsed.errors];
  const warnings: ImportWarning[] = [...parsed.warnings];
  const newId = options.newId ?? randomUUID;
  const fail = (
    r: RowReader,
    key: string | null,
    code: ImportError['code'],
    msg: ImportError['message'],
    value?: string,
  ) =>
    errors.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: key ? r.header(key) : null,
      code,
      message: msg,
      value,
    });
  const warn = (
    r: RowReader,
    key: string,
    code: ImportWarning['code'],
    msg: ImportWarning['message'],
    value?: string,
  ) =>
    warnings.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: r.header(key),
      code,
      message: msg,
      value,
    });
  const required = (r: RowReader, key: string): string | null => {
    const v = r.text(key);
    if (!v) {
      fail(r, key, 'EXCHANGE.REQUIRED', message('EXCHANGE.REQUIRED', { column: r.header(key) }));
      return null;
    }
    return v;
  };
  const invalid = (r: RowReader, key: string, value: string, expected: { id: string; en: string }) =>
    errors.push({
      sheet: r.sheet.sheet,
      entity: r.sheet.entity,
      row: r.row.row,
      column: r.header(key),
      code: 'EXCHANGE.INVALID_VALUE',
      message: {
        id: message('EXCHANGE.INVALID_VALUE', { column: r.header(key), value, expected: expected.id }).id,
        en: message('EXCHANGE.INVALID_VALUE', { column: r.header(key), value, expected: expected.en }).en,
      },
      value,
    });
  const optionalDate = (r: RowReader, key: string): string | null | undefined => {
    const raw = r.raw(key);
    if (raw === undefined) return undefined;
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
    const d = typeof raw === 'boolean' ? null : normalizeDate(raw);
    if (!d)
      fail(
        r,
        key,
        'EXCHANGE.INVALID_DATE',
        message('EXCHANGE.INVALID_DATE', { column: r.header(key), value: r.text(key) ?? '' }),
        r.text(key),
      );
    return d;
  };
  const firstSeen: Record<Entity, Map<string, number>> = { unor: new Map(), jabatan: new Map(), pegawai: new Map() };
  const duplicate = (r: RowReader, key: string, value: string): boolean => {
    const seen = firstSeen[r.sheet.entity];
    const first = seen.get(value);
    if (first !== undefined) {
      fail(r, key, 'EXCHANGE.DUPLICATE', message('EXCHANGE.DUPLICATE', { column: r.header(key), value, first }), value);
      return true;
    }
    seen.set(value, r.row.row);
    return false;
  };

  const sheetsOf = (e: Entity) => parsed.sheets.filter((s) => s.entity === e);
  const readers = (e: Entity) => sheetsOf(e).flatMap((s) => s.rows.map((row) => new RowReader(s, row)));

  // ---- pass 1: each row on its own --------------------------------------------------------------
  const unitRows: UnitRow[] = [];
  for (const r of readers('unor')) {
    const kode = required(r, 'UNOR_KODE');
    const nama = required(r, 'UNOR_NAMA');
    let jenis: JenisUnor | undefined;
    const jenisText = r.text('JENIS_UNOR');
    if (jenisText !== undefined) {
      const j = jenisText === '' ? 'LAINNYA' : normalizeJenisUnor(jenisText);
      if (!j) invalid(r, 'JENIS_UNOR', jenisText, EXPECTED.JENIS_UNOR);
      else jenis = j;
    }
    const parent = r.text('UNOR_INDUK_KODE');
    const kepala = r.text('JABATAN_KEPALA_KODE');
    if (kode && duplicate(r, 'UNOR_KODE', kode)) continue;
    if (kode && nama) {
      unitRows.push({
        reader: r,
        kode,
        nama,
        parentKode: parent === undefined ? undefined : parent || null,
        jenis,
        kepalaKode: kepala === undefined ? undefined : kepala || null,
      });
    }
  }

  const jabatanRows: JabatanRow[] = [];
  for (const r of readers('jabatan')) {
    const kode = required(r, 'JABATAN_KODE');
    const nama = required(r, 'JABATAN_NAMA');
    const jenisText = required(r, 'JENIS_JABATAN');
    const unitKode = required(r, 'UNOR_KODE');
    let jenis: JenisJabatan | null = null;
    if (jenisText) {
      const j = normalizeJenisJabatan(jenisText, r.text('ESELON') || null);
      if (j === null || j === 'NEEDS_ESELON') invalid(r, 'JENIS_JABATAN', jenisText, EXPECTED.JENIS_JABATAN);
      else jenis = j;
    }
    let jenjang: Jenjang | null | undefined;
    const jenjangText = r.text('JENJANG');
    if (jenjangText !== undefined) {
      jenjang = jenjangText === '' ? null : normalizeJenjang(jenjangText);
      if (jenjang === null && jenjangText !== '') invalid(r, 'JENJANG', jenjangText, EXPECTED.JENJANG);
    }
    let kelas: number | null | undefined;
    const kelasText = r.text('KELAS');
    if (kelasText !== undefined) {
      kelas = kelasText === '' ? null : Number(kelasText);
      if (kelas !== null && !(Number.isInteger(kelas) && kelas >= 1 && kelas <= 17)) {
        invalid(r, 'KELAS', kelasText, EXPECTED.KELAS);
        kelas = null;
      }
    }
    const atasan = r.text('ATASAN_JABATAN_KODE');
    let kepala: boolean | undefined;
    const kepalaText = r.text('KEPALA_UNOR');
    if (kepalaText) {
      const yn = normalizeYesNo(kepalaText);
      if (yn === null) invalid(r, 'KEPALA_UNOR', kepalaText, EXPECTED.KEPALA_UNOR);
      else kepala = yn;
    }
    if (kode && duplicate(r, 'JABATAN_KODE', kode)) continue;
    if (kode && nama && jenis && unitKode) {
      jabatanRows.push({
        reader: r,
        kode,
        nama,
        jenis,
        jenjang,
        unitKode,
        atasanKode: atasan === undefined ? undefined : atasan || null,
        kelas,
        kepala,
      });
    }
  }

  const pegawaiRows: PegawaiRow[] = [];
  for (const r of readers('pegawai')) {
    const rawNip = r.raw('NIP_BARU');
    let nip: string | null = null;
    if (typeof rawNip === 'number') {
      fail(
        r,
        'NIP_BARU',
        'EXCHANGE.NIP_AS_NUMBER',
        message('EXCHANGE.NIP_AS_NUMBER', { value: String(rawNip) }),
        String(rawNip),
      );
    } else {
      nip = required(r, 'NIP_BARU');
      if (nip) nip = nip.replace(/\s+/g, '').replace(/^'/, '');
    }
    const nama = required(r, 'NAMA');
    const jenisText = required(r, 'JENIS_ASN');
    const jenisAsn = jenisText ? normalizeJenisAsn(jenisText) : null;
    if (jenisText && !jenisAsn) invalid(r, 'JENIS_ASN', jenisText, EXPECTED.JENIS_ASN);
    let nipInfo: ReturnType<typeof parseNip> | null = null;
    if (nip) {
      const kind = jenisAsn ?? (Number(nip.slice(12, 14)) > 12 ? 'PPPK' : 'PNS');
      nipInfo = parseNip(nip, kind, { asOf: options.today });
      if (!nipInfo.ok) for (const e of nipInfo.errors) fail(r, 'NIP_BARU', e.code, e.message, nip);
    }
    const fields: Partial<PegawaiFields> = {};
    if (r.has('GELAR_DEPAN')) fields.gelarDepan = r.text('GELAR_DEPAN') || null;
    if (r.has('GELAR_BELAKANG')) fields.gelarBelakang = r.text('GELAR_BELAKANG') || null;
    const golText = r.text('GOL_RUANG');
    if (golText !== undefined) {
      fields.golongan = null;
      if (golText !== '' && jenisAsn) {
        const g = normalizeGolongan(golText, jenisAsn);
        if (!g) invalid(r, 'GOL_RUANG', golText, jenisAsn === 'PNS' ? EXPECTED.GOL_PNS : EXPECTED.GOL_PPPK);
        fields.golongan = g;
      }
    }
    const nipValue = nipInfo?.ok ? nipInfo.value : null;
    const lahir = optionalDate(r, 'TANGGAL_LAHIR');
    if (lahir !== undefined || nipValue) fields.tanggalLahir = lahir || nipValue?.tanggalLahir || null;
    if (lahir && nipValue && lahir !== nipValue.tanggalLahir) {
      warn(
        r,
        'TANGGAL_LAHIR',
        'EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP',
        message('EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP', { value: lahir, other: nipValue.tanggalLahir }),
        lahir,
      );
    }
    const jkText = r.text('JENIS_KELAMIN');
    let jk: 'L' | 'P' | null = null;
    if (jkText) {
      jk = normalizeJenisKelamin(jkText);
      if (!jk) invalid(r, 'JENIS_KELAMIN', jkText, EXPECTED.JENIS_KELAMIN);
    }
    if (jkText !== undefined || nipValue) fields.jenisKelamin = jk || nipValue?.jenisKelamin || null;
    if (jk && nipValue && jk !== nipValue.jenisKelamin) {
      warn(
        r,
        'JENIS_KELAMIN',
        'EXCHANGE.GENDER_DIFFERS_FROM_NIP',
        message('EXCHANGE.GENDER_DIFFERS_FROM_NIP', { value: jk, other: nipValue.jenisKelamin }),
        jk,
      );
    }
    const emailText = r.text('EMAIL');
    if (emailText !== undefined) {
      fields.email = emailText === '' ? null : normalizeEmail(emailText);
      if (emailText !== '' && !fields.email) invalid(r, 'EMAIL', emailText, EXPECTED.EMAIL);
    }
    const hpText = r.text('NOMOR_HP');
    if (hpText !== undefined) {
      fields.telepon = hpText === '' ? null : normalizePhone(hpText);
      if (hpText !== '' && !fields.telepon) invalid(r, 'NOMOR_HP', hpText, EXPECTED.NOMOR_HP);
    }
    const tmt = optionalDate(r, 'TMT_JABATAN') ?? null;
    if (tmt && nipValue) {
      const appointed = nipValue.tmtBulan ? `${nipValue.tmt}-01` : `${nipValue.tmtTahun}-01-01`;
      if (tmt < appointed) {
        warn(
          r,
          'TMT_JABATAN',
          'EXCHANGE.TMT_BEFORE_APPOINTMENT',
          message('EXCHANGE.TMT_BEFORE_APPOINTMENT', { value: tmt, other: nipValue.tmt }),
          tmt,
        );
      }
    }
    if (nip && duplicate(r, 'NIP_BARU', nip)) continue;
    if (nip && nama && jenisAsn) {
      pegawaiRows.push({
        reader: r,
        nip,
        fields: Object.assign(fields, { nama, jenisAsn }),
        jabatanKode: r.text('JABATAN_KODE') || null,
        tmt,
        unitKode: r.text('UNOR_KODE') || null,
      });
    }
  }

  // ---- pass 2: references across sheets and to the existing data --------------------------------
  const existingUnitByKode = new Map(existing.units.map((u) => [u.kode, u]));
  const existingUnitById = new Map(existing.units.map((u) => [u.id, u]));
  const existingJabByKode = new Map(existing.jabatan.map((j) => [j.kode, j]));
  const fileUnit = new Map(unitRows.map((u) => [u.kode, u]));
  const fileJab = new Map(jabatanRows.map((j) => [j.kode, j]));
  const unitId = new Map<string, string>();
  for (const u of existing.units) unitId.set(u.kode, u.id);
  for (const u of unitRows) if (!unitId.has(u.kode)) unitId.set(u.kode, newId());
  const jabId = new Map<string, string>();
  for (const j of existing.jabatan) jabId.set(j.kode, j.id);
  for (const j of jabatanRows) if (!jabId.has(j.kode)) jabId.set(j.kode, newId());
  /** Unit kode of a position (file first, then existing). */
  const unitKodeOfJab = (kode: string): string | undefined => {
    const f = fileJab.get(kode);
    if (f) return f.unitKode;
    const e = existingJabByKode.get(kode);
    return e ? existingUnitById.get(e.unitId)?.kode : undefined;
  };
  const unitExists = (kode: string) => unitId.has(kode);
  const jabExists = (kode: string) => jabId.has(kode);
  const unknown = (r: RowReader, key: string, value: string) =>
    fail(
      r,
      key,
      'EXCHANGE.UNKNOWN_REFERENCE',
      message('EXCHANGE.UNKNOWN_REFERENCE', { column: r.header(key), value }),
      value,
    );

  // Parent of every unit after the import (kode → parent kode), to find cycles and extra roots.
  const parentOf = new Map<string, string | null>();
  for (const u of existing.units)
    parentOf.set(u.kode, u.parentId ? (existingUnitById.get(u.parentId)?.kode ?? null) : null);
  for (const u of unitRows) {
    if (u.parentKode !== undefined) parentOf.set(u.kode, u.parentKode);
    else if (!parentOf.has(u.kode)) parentOf.set(u.kode, null);
  }
  let rootKode: string | null = null;
  for (const u of existing.units) if (!u.parentId && parentOf.get(u.kode) === null) rootKode ??= u.kode;
  for (const u of unitRows) {
    const r = u.reader;
    if (u.parentKode) {
      if (u.parentKode === u.kode)
        fail(
          r,
          'UNOR_INDUK_KODE',
          'EXCHANGE.SELF_REFERENCE',
          message('EXCHANGE.SELF_REFERENCE', { column: r.header('UNOR_INDUK_KODE') }),
          u.parentKode,
        );
      else if (!unitExists(u.parentKode)) unknown(r, 'UNOR_INDUK_KODE', u.parentKode);
      else {
        const seen = [u.kode];
        for (let k = parentOf.get(u.kode) ?? null; k; k = parentOf.get(k) ?? null) {
          if (k === u.kode) {
            fail(
              r,
              'UNOR_INDUK_KODE',
              'EXCHANGE.PARENT_CYCLE',
              message('EXCHANGE.PARENT_CYCLE', { value: [...seen, k].join(' → ') }),
              u.parentKode,
            );
            break;
          }
          if (seen.includes(k)) break; // a cycle above this unit; reported on its own rows
          seen.push(k);
        }
      }
    } else if (parentOf.get(u.kode) === null) {
      if (rootKode && rootKode !== u.kode) {
        fail(r, 'UNOR_INDUK_KODE', 'EXCHANGE.SECOND_ROOT', message('EXCHANGE.SECOND_ROOT', { value: rootKode }), '');
      } else rootKode = u.kode;
    }
    if (u.kepalaKode) {
      if (!jabExists(u.kepalaKode)) unknown(r, 'JABATAN_KEPALA_KODE', u.kepalaKode);
      else {
        const where = unitKodeOfJab(u.kepalaKode);
        if (where !== u.kode) {
          fail(
            r,
            'JABATAN_KEPALA_KODE',
            'EXCHANGE.HEAD_OUTSIDE_UNIT',
            message('EXCHANGE.HEAD_OUTSIDE_UNIT', { value: u.kepalaKode, other: where ?? '?' }),
            u.kepalaKode,
          );
        }
      }
    }
  }
  /** Heads named by KEPALA_UNOR (unit kode → jabatan kode), and heads removed by KEPALA_UNOR = N. */
  const headFromJabatan = new Map<string, string>();
  const headRemoved = new Set<string>();
  for (const j of jabatanRows) {
    const r = j.reader;
    if (j.kepala === true) {
      const other = headFromJabatan.get(j.unitKode);
      const inUnorSheet = fileUnit.get(j.unitKode)?.kepalaKode;
      if (other)
        fail(
          r,
          'KEPALA_UNOR',
          'EXCHANGE.HEAD_CONFLICT',
          message('EXCHANGE.HEAD_CONFLICT', { value: j.unitKode, other }),
          'Y',
        );
      else if (inUnorSheet && inUnorSheet !== j.kode) {
        fail(
          r,
          'KEPALA_UNOR',
          'EXCHANGE.HEAD_CONFLICT',
          message('EXCHANGE.HEAD_CONFLICT', { value: j.unitKode, other: inUnorSheet }),
          'Y',
        );
      } else headFromJabatan.set(j.unitKode, j.kode);
    } else if (j.kepala === false) headRemoved.add(j.kode);
    if (!unitExists(j.unitKode)) unknown(r, 'UNOR_KODE', j.unitKode);
    if (j.atasanKode) {
      if (j.atasanKode === j.kode)
        fail(
          r,
          'ATASAN_JABATAN_KODE',
          'EXCHANGE.SELF_REFERENCE',
          message('EXCHANGE.SELF_REFERENCE', { column: r.header('ATASAN_JABATAN_KODE') }),
          j.atasanKode,
        );
      else if (!jabExists(j.atasanKode)) unknown(r, 'ATASAN_JABATAN_KODE', j.atasanKode);
    }
  }
  const closePlacements: ImportPlan['closePlacements'] = [];
  const openPlacements: ImportPlan['openPlacements'] = [];
  const movedPegawai = new Set<string>();
  const pegawaiIds = new Map<string, string>();
  for (const p of pegawaiRows) {
    const r = p.reader;
    const current = existing.pegawai.get(p.nip);
    const id = current?.id ?? newId();
    pegawaiIds.set(p.nip, id);
    if (p.unitKode && !unitExists(p.unitKode)) unknown(r, 'UNOR_KODE', p.unitKode);
    if (!p.jabatanKode) continue;
    if (!jabExists(p.jabatanKode)) {
      unknown(r, 'JABATAN_KODE', p.jabatanKode);
      continue;
    }
    const where = unitKodeOfJab(p.jabatanKode);
    if (p.unitKode && unitExists(p.unitKode) && where !== p.unitKode) {
      fail(
        r,
        'UNOR_KODE',
        'EXCHANGE.UNOR_MISMATCH',
        message('EXCHANGE.UNOR_MISMATCH', { value: p.unitKode, jabatan: p.jabatanKode, other: where ?? '?' }),
        p.unitKode,
      );
    }
    const targetJab = jabId.get(p.jabatanKode) as string;
    const mulai = p.tmt ?? options.today;
    if (current?.current) {
      if (current.current.jabatanId === targetJab) continue;
      if (mulai <= current.current.mulai) {
        fail(
          r,
          'TMT_JABATAN',
          'EXCHANGE.TMT_NOT_AFTER_CURRENT',
          message('EXCHANGE.TMT_NOT_AFTER_CURRENT', { value: mulai, other: current.current.mulai }),
          mulai,
        );
        continue;
      }
      closePlacements.push({ id: current.current.id, pegawaiId: id, selesai: addDaysIso(mulai, -1) });
    } else if (current?.lastSelesai && mulai <= current.lastSelesai) {
      fail(
        r,
        'TMT_JABATAN',
        'EXCHANGE.TMT_NOT_AFTER_CURRENT',
        message('EXCHANGE.TMT_NOT_AFTER_CURRENT', { value: mulai, other: current.lastSelesai }),
        mulai,
      );
      continue;
    }
    openPlacements.push({ id: newId(), pegawaiId: id, jabatanId: targetJab, mulai });
    movedPegawai.add(p.nip);
  }

  const counts: ImportPlan['counts'] = {
    unor: {
      rows:
        unitRows.length +
        [...headFromJabatan.keys()].filter((k) => !fileUnit.has(k) && existingUnitByKode.has(k)).length,
      created: 0,
      updated: 0,
      unchanged: 0,
    },
    jabatan: { rows: jabatanRows.length, created: 0, updated: 0, unchanged: 0 },
    pegawai: { rows: pegawaiRows.length, created: 0, updated: 0, unchanged: 0 },
    penempatan: { opened: openPlacements.length, closed: closePlacements.length },
  };
  if (errors.length > 0)
    return { errors: sortIssues(errors, parsed), warnings: sortIssues(warnings, parsed), plan: null };

  // ---- plan: only new or changed rows are written ---------------------------------------------
  const units: UnitWrite[] = [];
  // Units touched only through KEPALA_UNOR get a row of their own (existing values otherwise).
  const unitTargets: UnitRow[] = [...unitRows];
  for (const [kode] of headFromJabatan) {
    const old = existingUnitByKode.get(kode);
    if (!fileUnit.has(kode) && old)
      unitTargets.push({
        reader: null as unknown as RowReader,
        kode,
        nama: old.nama,
        parentKode: undefined,
        jenis: undefined,
        kepalaKode: undefined,
      });
  }
  const existingHeadKode = (old: ExistingUnit | undefined) => {
    const j = old?.kepalaJabatanId ? existing.jabatan.find((x) => x.id === old.kepalaJabatanId) : undefined;
    return j?.kode;
  };
  // Paths of every unit after the import (the parents are validated: no cycles, all known).
  const pathOf = new Map<string, { path: string; depth: number }>();
  const computePath = (kode: string): { path: string; depth: number } => {
    const known = pathOf.get(kode);
    if (known) return known;
    const chain: string[] = [];
    for (let k: string | null = kode; k && !pathOf.has(k); k = parentOf.get(k) ?? null) chain.push(k);
    for (let n = chain.length - 1; n >= 0; n--) {
      const k = chain[n];
      const parent = parentOf.get(k) ?? null;
      const above = parent ? pathOf.get(parent) : undefined;
      pathOf.set(k, { path: `${above?.path ?? '/'}${unitId.get(k)}/`, depth: above ? above.depth + 1 : 0 });
    }
    return pathOf.get(kode) as { path: string; depth: number };
  };
  const inPlan = new Set(unitTargets.map((u) => u.kode));
  for (const old of existing.units) {
    if (inPlan.has(old.kode) || old.path === undefined) continue;
    const now = computePath(old.kode);
    if (now.path !== old.path || now.depth !== old.depth) {
      unitTargets.push({
        reader: null as unknown as RowReader,
        kode: old.kode,
        nama: old.nama,
        parentKode: undefined,
        jenis: undefined,
        kepalaKode: undefined,
      });
    }
  }
  for (const u of unitTargets) {
    const old = existingUnitByKode.get(u.kode);
    const viaJabatan = headFromJabatan.get(u.kode);
    if (viaJabatan && !u.kepalaKode) u.kepalaKode = viaJabatan;
    else if (u.kepalaKode === undefined && old && headRemoved.has(existingHeadKode(old) ?? '')) u.kepalaKode = null;
    const next: UnitWrite = {
      id: unitId.get(u.kode) as string,
      kode: u.kode,
      nama: u.nama,
      jenis: u.jenis ?? old?.jenis ?? 'LAINNYA',
      parentId:
        u.parentKode === undefined
          ? (old?.parentId ?? null)
          : u.parentKode
            ? (unitId.get(u.parentKode) as string)
            : null,
      kepalaJabatanId:
        u.kepalaKode === undefined
          ? (old?.kepalaJabatanId ?? null)
          : u.kepalaKode
            ? (jabId.get(u.kepalaKode) as string)
            : null,
      ...computePath(u.kode),
      isNew: !old,
    };
    const fromFile = fileUnit.has(u.kode) || headFromJabatan.has(u.kode);
    const pathMoved = !!old && old.path !== undefined && (old.path !== next.path || old.depth !== next.depth);
    if (!old) counts.unor.created++;
    else if (
      old.nama !== next.nama ||
      old.jenis !== next.jenis ||
      old.parentId !== next.parentId ||
      old.kepalaJabatanId !== next.kepalaJabatanId
    ) {
      if (fromFile) counts.unor.updated++;
    } else if (!pathMoved) {
      if (fromFile) counts.unor.unchanged++;
      continue;
    }
    units.push(next);
  }
  const jabatan: JabatanWrite[] = [];
  for (const j of jabatanRows) {
    const old = existingJabByKode.get(j.kode);
    const next: JabatanWrite = {
      id: jabId.get(j.kode) as string,
      kode: j.kode,
      unitId: unitId.get(j.unitKode) as string,
      nama: j.nama,
      jenis: j.jenis,
      jenjang: j.jenjang === undefined ? (old?.jenjang ?? null) : j.jenjang,
      atasanJabatanId:
        j.atasanKode === undefined
          ? (old?.atasanJabatanId ?? null)
          : j.atasanKode
            ? (jabId.get(j.atasanKode) as string)
            : null,
      kelas: j.kelas === undefined ? (old?.kelas ?? null) : j.kelas,
      isNew: !old,
    };
    if (!old) counts.jabatan.created++;
    else if (
      old.unitId !== next.unitId ||
      old.nama !== next.nama ||
      old.jenis !== next.jenis ||
      old.jenjang !== next.jenjang ||
      old.atasanJabatanId !== next.atasanJabatanId ||
      old.kelas !== next.kelas
    )
      counts.jabatan.updated++;
    else {
      counts.jabatan.unchanged++;
      continue;
    }
    jabatan.push(next);
  }
  const pegawai: PegawaiWrite[] = [];
  const pegawaiChanges: ImportPlan['pegawaiChanges'] = [];
  const FIELDS: (keyof PegawaiFields)[] = [
    'nama',
    'gelarDepan',
    'gelarBelakang',
    'jenisAsn',
    'golongan',
    'tanggalLahir',
    'jenisKelamin',
    'email',
    'telepon',
  ];
  for (const p of pegawaiRows) {
    const old = existing.pegawai.get(p.nip);
    const id = pegawaiIds.get(p.nip) as string;
    const merged = {} as PegawaiFields;
    for (const f of FIELDS) {
      const v = p.fields[f];
      (merged as unknown as Record<string, unknown>)[f] = v === undefined ? (old ? old[f] : null) : v;
    }
    if (!old) {
      counts.pegawai.created++;
      pegawai.push({ id, nip: p.nip, isNew: true, ...merged });
      continue;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of FIELDS) {
      if (old[f] !== merged[f]) {
        before[f] = old[f];
        after[f] = merged[f];
      }
    }
    const changed = Object.keys(after).length > 0;
    if (changed) {
      pegawai.push({ id, nip: p.nip, isNew: false, ...merged });
      pegawaiChanges.push({ id, nip: p.nip, before, after });
    }
    if (changed || movedPegawai.has(p.nip)) counts.pegawai.updated++;
    else counts.pegawai.unchanged++;
  }
  return {
    errors,
    warnings: sortIssues(warnings, parsed),
    plan: { units, jabatan, pegawai, closePlacements, openPlacements, pegawaiChanges, counts },
  };
}

/** Orders issues as the spreadsheet reads: sheet, row, then column. */
function sortIssues<T extends ImportError | ImportWarning>(issues: T[], parsed: ParsedFile): T[] {
  const sheetIndex = new Map(parsed.sheets.map((s, i) => [s.sheet, i]));
  const colIndex = (t: T) => {
    const s = parsed.sheets.find((x) => x.sheet === t.sheet);
    return s && t.column ? s.headers.indexOf(t.column) : -1;
  };
  return issues
    .map((t, i) => ({ t, i, s: sheetIndex.get(t.sheet) ?? -1, c: colIndex(t) }))
    .sort((a, b) => a.s - b.s || a.t.row - b.t.row || a.c - b.c || a.i - b.i)
    .map((x) => x.t);
}

/** Required column headers of an entity (for docs and templates). */
export function requiredColumns(entity: Entity): string[] {
  return COLUMNS[entity].filter((c) => c.required).map((c) => c.key);
}
