/**
 * Value normalisers of the import format: turn what people type into a spreadsheet cell (SIASN
 * labels, synonyms, day-first dates, golongan in any spelling) into the stored value, or null when
 * the value is not recognised. Pure. The accepted spellings are documented in
 * docs/import-format.md (keep both in step); the columns themselves are in exchange.format.ts.
 */
import { daysInMonth } from '../../domain/nip.ts';

/** Header normalisation: lower case, letters and digits only. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Memoises a one-string-argument normaliser: a 100,000-row file repeats the same few values
 * (PNS/PPPK, III/a, L/P, dates) and the caches make validation several times cheaper. Bounded.
 */
function memo<R>(fn: (value: string) => R, max = 50_000): (value: string) => R {
  const cache = new Map<string, R>();
  return (value: string) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as R;
    const r = fn(value);
    if (cache.size >= max) cache.clear();
    cache.set(value, r);
    return r;
  };
}

export const JENIS_UNOR = [
  'PEMDA',
  'SEKRETARIAT_DAERAH',
  'DINAS',
  'BADAN',
  'SEKRETARIAT',
  'BAGIAN',
  'BIDANG',
  'SUBBAGIAN',
  'SEKSI',
  'UPT',
  'SEKOLAH',
  'PUSKESMAS',
  'KECAMATAN',
  'KELURAHAN',
  'LAINNYA',
] as const;
export type JenisUnor = (typeof JENIS_UNOR)[number];

const UNOR_SYNONYMS: Record<string, JenisUnor> = {
  pemerintahdaerah: 'PEMDA',
  instansi: 'PEMDA',
  setda: 'SEKRETARIAT_DAERAH',
  sekretariatdaerah: 'SEKRETARIAT_DAERAH',
  subbag: 'SUBBAGIAN',
  subbidang: 'SEKSI',
  subbid: 'SEKSI',
  sekolahdasar: 'SEKOLAH',
  sd: 'SEKOLAH',
  smp: 'SEKOLAH',
  uptd: 'UPT',
  rsud: 'UPT',
};

function normalizeJenisUnorRaw(value: string): JenisUnor | null {
  const v = normalizeHeader(value);
  return JENIS_UNOR.find((j) => normalizeHeader(j) === v) ?? UNOR_SYNONYMS[v] ?? null;
}
export const normalizeJenisUnor = memo(normalizeJenisUnorRaw);

export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

const JABATAN_SYNONYMS: Record<string, JenisJabatan | 'STRUKTURAL'> = {
  jptutama: 'JPT_UTAMA',
  pimpinantinggiutama: 'JPT_UTAMA',
  jabatanpimpinantinggiutama: 'JPT_UTAMA',
  jptmadya: 'JPT_MADYA',
  pimpinantinggimadya: 'JPT_MADYA',
  jabatanpimpinantinggimadya: 'JPT_MADYA',
  jptpratama: 'JPT_PRATAMA',
  pimpinantinggipratama: 'JPT_PRATAMA',
  jabatanpimpinantinggipratama: 'JPT_PRATAMA',
  administrator: 'ADMINISTRATOR',
  jabatanadministrator: 'ADMINISTRATOR',
  pengawas: 'PENGAWAS',
  jabatanpengawas: 'PENGAWAS',
  pelaksana: 'PELAKSANA',
  jabatanpelaksana: 'PELAKSANA',
  jfu: 'PELAKSANA',
  fungsionalumum: 'PELAKSANA',
  jabatanfungsionalumum: 'PELAKSANA',
  '4': 'PELAKSANA',
  fungsional: 'FUNGSIONAL',
  jft: 'FUNGSIONAL',
  jf: 'FUNGSIONAL',
  fungsionaltertentu: 'FUNGSIONAL',
  jabatanfungsional: 'FUNGSIONAL',
  jabatanfungsionaltertentu: 'FUNGSIONAL',
  '2': 'FUNGSIONAL',
  struktural: 'STRUKTURAL',
  jabatanstruktural: 'STRUKTURAL',
  '1': 'STRUKTURAL',
};

/** JENIS_JABATAN, resolving "Struktural" with the eselon (I → JPT Madya, II → JPT Pratama, III → Administrator, IV/V → Pengawas). */
function normalizeJenisJabatanRaw(value: string, eselon: string | null): JenisJabatan | 'NEEDS_ESELON' | null {
  const found = JABATAN_SYNONYMS[normalizeHeader(value)];
  if (!found) return null;
  if (found !== 'STRUKTURAL') return found;
  const e = (eselon ?? '')
    .trim()
    .toUpperCase()
    .replace(/^ESELON\s*/, '');
  const roman =
    e.match(/^(IV|V|III|II|I)\b/)?.[1] ??
    ({ '1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V' } as Record<string, string>)[e.charAt(0)];
  switch (roman) {
    case 'I':
      return 'JPT_MADYA';
    case 'II':
      return 'JPT_PRATAMA';
    case 'III':
      return 'ADMINISTRATOR';
    case 'IV':
    case 'V':
      return 'PENGAWAS';
    default:
      return 'NEEDS_ESELON';
  }
}

export const JENJANG = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type Jenjang = (typeof JENJANG)[number];
export const JENJANG_LABEL: Record<Jenjang, string> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

function normalizeJenjangRaw(value: string): Jenjang | null {
  const v = normalizeHeader(value);
  for (const j of JENJANG) if (normalizeHeader(j) === v) return j;
  return null;
}
export const normalizeJenjang = memo(normalizeJenjangRaw);

function normalizeJenisAsnRaw(value: string): 'PNS' | 'PPPK' | null {
  const v = normalizeHeader(value);
  if (/^(pppk|p3k)/.test(v) || v === 'pegawaipemerintahdenganperjanjiankerja') return 'PPPK';
  if (
    /^c?pns(daerah|pusat|dpk|dpb|dipekerjakan|diperbantukan)?$/.test(v) ||
    v === 'pegawainegerisipil' ||
    v === 'calonpegawainegerisipil'
  ) {
    return 'PNS';
  }
  return null;
}
export const normalizeJenisAsn = memo(normalizeJenisAsnRaw);

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

/**
 * Golongan for the kind of ASN: PNS "III/c" (also "III-c", "IIIc", "3c", "III/C", "Penata (III/c)");
 * PPPK "IX" (also "9", "Golongan IX"). Null when not recognised or not valid for the kind.
 */
function normalizeGolonganRaw(value: string, jenisAsn: 'PNS' | 'PPPK'): string | null {
  const v = value.trim().toUpperCase();
  if (jenisAsn === 'PNS') {
    const m =
      v.match(/\b(IV|III|II|I|[1-4])\s*[/\-. ]?\s*([A-E])\b/) ??
      v.match(/(IV|III|II|I|[1-4])\s*[/\-. ]?\s*([A-E])\)?$/);
    if (!m) return null;
    const group = /^\d$/.test(m[1]) ? ROMAN[Number(m[1]) - 1] : m[1];
    const letter = m[2].toLowerCase();
    if (group !== 'IV' && letter === 'e') return null;
    return `${group}/${letter}`;
  }
  const cleaned = v.replace(/^GOL(ONGAN)?\.?\s*/, '').trim();
  if (/^\d{1,2}$/.test(cleaned)) {
    const n = Number(cleaned);
    return n >= 1 && n <= 17 ? ROMAN[n - 1] : null;
  }
  return ROMAN.includes(cleaned) ? cleaned : null;
}

/** Y/Ya/Yes/1/True → true; N/Tidak/No/0/False → false; otherwise null. */
function normalizeYesNoRaw(value: string): boolean | null {
  const v = normalizeHeader(value);
  if (['y', 'ya', 'yes', '1', 'true', 'benar'].includes(v)) return true;
  if (['n', 't', 'tidak', 'no', '0', 'false', 'salah', 'bukan'].includes(v)) return false;
  return null;
}
export const normalizeYesNo = memo(normalizeYesNoRaw);

function normalizeJenisKelaminRaw(value: string): 'L' | 'P' | null {
  const v = normalizeHeader(value);
  if (['l', 'lk', 'lakilaki', 'laki', 'pria', 'm', 'male', '1'].includes(v)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'f', 'female', '2'].includes(v)) return 'P';
  return null;
}
export const normalizeJenisKelamin = memo(normalizeJenisKelaminRaw);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function normalizeEmailRaw(value: string): string | null {
  const v = value.trim();
  return EMAIL.test(v) && v.length <= 254 ? v : null;
}
export const normalizeEmail = memo(normalizeEmailRaw);

/** Indonesian phone numbers: keeps digits (and a leading +), 8–15 digits; "+62…" is kept as written. */
function normalizePhoneRaw(value: string): string | null {
  const v = value.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d{8,15}$/.test(v)) return null;
  return v;
}
export const normalizePhone = memo(normalizePhoneRaw);

/**
 * Dates from cells: Date objects (XLSX date cells), Excel serial numbers, 'YYYY-MM-DD',
 * 'YYYY/MM/DD', 'DD-MM-YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY' (day first, the Indonesian order).
 */
function normalizeDateRaw(value: string | number | Date): string | null {
  let y: number;
  let m: number;
  let d: number;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    if (!(value > 0 && value < 2958466)) return null;
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = value.trim();
  let match = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const golonganPns = memo((v) => normalizeGolonganRaw(v, 'PNS'));
const golonganPppk = memo((v) => normalizeGolonganRaw(v, 'PPPK'));
/**
 * Golongan for the kind of ASN: PNS "III/c" (also "III-c", "IIIc", "3c", "III/C", "Penata (III/c)");
 * PPPK "IX" (also "9", "Golongan IX"). Null when not recognised or not valid for the kind.
 */
export function normalizeGolongan(value: string, jenisAsn: 'PNS' | 'PPPK'): string | null {
  return jenisAsn === 'PNS' ? golonganPns(value) : golonganPppk(value);
}

const jenisJabatanCache = memo((key: string) => {
  const at = key.indexOf('\u0000');
  return normalizeJenisJabatanRaw(key.slice(0, at), at + 1 < key.length ? key.slice(at + 1) : null);
});
/** JENIS_JABATAN, resolving "Struktural" with the eselon (I → JPT Madya, II → JPT Pratama, III → Administrator, IV/V → Pengawas). */
export function normalizeJenisJabatan(value: string, eselon: string | null): JenisJabatan | 'NEEDS_ESELON' | null {
  return jenisJabatanCache(`${value}\u0000${eselon ?? ''}`);
}

const dateFromText = memo((v: string) => normalizeDateRaw(v));
/**
 * Dates from cells: Date objects (XLSX date cells), Excel serial numbers, 'YYYY-MM-DD',
 * 'YYYY/MM/DD', 'DD-MM-YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY' (day first, the Indonesian order).
 */
export function normalizeDate(value: string | number | Date): string | null {
  return typeof value === 'string' ? dateFromText(value) : normalizeDateRaw(value);
}
