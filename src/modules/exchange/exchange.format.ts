/**
 * The import/export format: sheets, columns (SIASN-like names with aliases), hints, examples and
 * value normalisers. Pure. Documented in docs/import-format.md (keep both in step).
 *
 * Header matching ignores case, spaces, underscores and punctuation, so `NIP_BARU`, `Nip Baru`
 * and SIASN's `nipBaru` are the same column.
 */
import { type Bilingual, daysInMonth } from '../../domain/nip.ts';

export type Entity = 'unor' | 'jabatan' | 'pegawai';
export const ENTITIES: readonly Entity[] = ['unor', 'jabatan', 'pegawai'];

export interface ColumnDef {
  key: string;
  header: string;
  required: boolean;
  aliases: string[];
  hint: Bilingual;
  example: string;
}

const col = (
  key: string,
  required: boolean,
  aliases: string[],
  id: string,
  en: string,
  example: string,
): ColumnDef => ({
  key,
  header: key,
  required,
  aliases,
  hint: { id, en },
  example,
});

/** Sheet names used by the template and the XLSX export; other names are recognised by their headers. */
export const SHEET_NAME: Record<Entity, string> = { unor: 'UNOR', jabatan: 'JABATAN', pegawai: 'PEGAWAI' };
export const SHEET_ALIASES: Record<Entity, string[]> = {
  unor: ['unor', 'unit', 'units', 'unitorganisasi', 'unitkerja', 'satuankerja'],
  jabatan: ['jabatan', 'jabatans', 'posisi', 'positions'],
  pegawai: ['pegawai', 'asn', 'pns', 'employees', 'datapegawai', 'dataasn'],
};

export const COLUMNS: Record<Entity, ColumnDef[]> = {
  unor: [
    col(
      'UNOR_KODE',
      true,
      ['unorid', 'idunor', 'kodeunor', 'id', 'kode', 'unitkode', 'kodeunit'],
      'Kode unik unit (teks).',
      'Unique unit code (text).',
      '05.01',
    ),
    col(
      'UNOR_NAMA',
      true,
      ['namaunor', 'unornama', 'nama', 'namaunit', 'unitnama'],
      'Nama unit.',
      'Unit name.',
      'Bidang Aplikasi Informatika',
    ),
    col(
      'UNOR_INDUK_KODE',
      false,
      [
        'diatasanid',
        'unoratasankode',
        'unoratasanid',
        'indukkode',
        'parentkode',
        'unitindukkode',
        'kodeunoratasan',
        'kodeinduk',
      ],
      'Kode unit atasan langsung; kosong untuk unit teratas (pemda/instansi).',
      'Code of the parent unit; empty for the top unit (the government itself).',
      '05',
    ),
    col(
      'JENIS_UNOR',
      false,
      ['jenisunit', 'jenis', 'tipeunor', 'jenisunor'],
      'PEMDA, SEKRETARIAT_DAERAH, DINAS, BADAN, SEKRETARIAT, BAGIAN, BIDANG, SUBBAGIAN, SEKSI, UPT, SEKOLAH, PUSKESMAS, KECAMATAN, KELURAHAN atau LAINNYA (kosong = LAINNYA).',
      'One of PEMDA … LAINNYA (empty = LAINNYA).',
      'BIDANG',
    ),
    col(
      'JABATAN_KEPALA_KODE',
      false,
      ['kepalajabatankode', 'jabatankepala', 'kodejabatankepala', 'kepalajabatanid'],
      'Kode jabatan kepala unit (dari sheet JABATAN atau yang sudah ada).',
      'Code of the position heading the unit (from the JABATAN sheet or existing).',
      '05.01-01',
    ),
  ],
  jabatan: [
    col(
      'JABATAN_KODE',
      true,
      ['jabatanid', 'kodejabatan', 'idjabatan', 'kode', 'id'],
      'Kode unik jabatan (teks).',
      'Unique position code (text).',
      '05.01-01',
    ),
    col(
      'JABATAN_NAMA',
      true,
      ['jabatannama', 'namajabatan', 'nama'],
      'Nama jabatan.',
      'Position name.',
      'Kepala Bidang Aplikasi Informatika',
    ),
    col(
      'JENIS_JABATAN',
      true,
      ['jenisjabatan', 'jenis', 'jenisjabatannama', 'tipejabatan'],
      'JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL (juga: Struktural + ESELON, JFT, JFU).',
      'JPT_UTAMA … FUNGSIONAL (also: Struktural + ESELON, JFT, JFU).',
      'ADMINISTRATOR',
    ),
    col(
      'JENJANG',
      false,
      ['jenjangjabatan', 'jenjangfungsional', 'jenjang'],
      'Untuk FUNGSIONAL: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia.',
      'For FUNGSIONAL: Ahli Pertama … Penyelia.',
      '',
    ),
    col(
      'ESELON',
      false,
      ['eselon', 'eselonid', 'eselonnama'],
      'Opsional; dipakai bila JENIS_JABATAN = Struktural (II.a → JPT_PRATAMA, III → ADMINISTRATOR, IV → PENGAWAS).',
      'Optional; used when JENIS_JABATAN is Struktural.',
      '',
    ),
    col(
      'UNOR_KODE',
      true,
      ['unorid', 'kodeunor', 'unitkode', 'unorkode'],
      'Kode unit tempat jabatan berada.',
      'Code of the unit the position belongs to.',
      '05.01',
    ),
    col(
      'ATASAN_JABATAN_KODE',
      false,
      ['atasanjabatanid', 'kodeatasanjabatan', 'atasankode', 'jabatanatasankode'],
      'Opsional: kode jabatan atasan bila berbeda dari kepala unit.',
      'Optional: superior position code when not the unit head.',
      '',
    ),
    col(
      'KELAS',
      false,
      ['kelasjabatan', 'kelas'],
      'Kelas jabatan 1–17 (opsional).',
      'Job class 1–17 (optional).',
      '12',
    ),
    col(
      'KEPALA_UNOR',
      false,
      ['kepalaunor', 'kepalaunit', 'iskepala', 'jabatankepalaunit', 'kepala'],
      'Y = jabatan ini kepala unitnya (berguna bila UNOR diimpor terpisah, mis. CSV); N = bukan lagi; kosong = tidak diubah.',
      'Y = this position heads its unit (useful when UNOR is imported separately, e.g. CSV); N = no longer; empty = unchanged.',
      'Y',
    ),
  ],
  pegawai: [
    col(
      'NIP_BARU',
      true,
      ['nipbaru', 'nip', 'nip18', 'nomorindukpegawai', 'nipasn', 'nippppk', 'nipppk'],
      'NIP 18 digit (format sel Teks!).',
      '18-digit NIP (format the cell as Text!).',
      '198609262015051001',
    ),
    col(
      'NAMA',
      true,
      ['nama', 'namapns', 'namalengkap', 'namapegawai', 'namaasn'],
      'Nama tanpa gelar.',
      'Name without titles.',
      'Budi Santoso',
    ),
    col(
      'GELAR_DEPAN',
      false,
      ['gelardepan', 'gelardpn'],
      'Gelar depan, mis. dr., Ir., Hj.',
      'Front titles, e.g. dr., Ir.',
      '',
    ),
    col(
      'GELAR_BELAKANG',
      false,
      ['gelarbelakang', 'gelarblk', 'gelarblkg'],
      'Gelar belakang, mis. S.Kom., M.Si.',
      'Back titles, e.g. S.Kom., M.Si.',
      'S.Kom.',
    ),
    col(
      'JENIS_ASN',
      true,
      ['jenisasn', 'jenispegawai', 'jenispegawainama', 'statusasn', 'statuskepegawaian'],
      'PNS atau PPPK (CPNS dihitung PNS).',
      'PNS or PPPK (CPNS counts as PNS).',
      'PNS',
    ),
    col(
      'GOL_RUANG',
      false,
      ['golruang', 'golongan', 'golru', 'golruangakhir', 'golonganruang', 'pangkatgolongan', 'golruangakhirnama'],
      'PNS: I/a … IV/e; PPPK: I … XVII.',
      'PNS: I/a … IV/e; PPPK: I … XVII.',
      'III/c',
    ),
    col(
      'TANGGAL_LAHIR',
      false,
      ['tanggallahir', 'tgllahir', 'tgllhr', 'tgllahirpns'],
      'TTTT-BB-HH atau HH-BB-TTTT; kosong = dari NIP.',
      'YYYY-MM-DD or DD-MM-YYYY; empty = from the NIP.',
      '1986-09-26',
    ),
    col(
      'JENIS_KELAMIN',
      false,
      ['jeniskelamin', 'jk', 'kelamin', 'sex', 'gender'],
      'L atau P (Laki-laki/Perempuan); kosong = dari NIP.',
      'L or P; empty = from the NIP.',
      'L',
    ),
    col(
      'EMAIL',
      false,
      ['email', 'emailgov', 'surel', 'alamatemail'],
      'Alamat e-mail.',
      'E-mail address.',
      'budi.santoso@example.go.id',
    ),
    col(
      'NOMOR_HP',
      false,
      ['nomorhp', 'nohp', 'hp', 'telepon', 'notelp', 'nomortelepon', 'nomorhandphone'],
      'Nomor HP, mis. 081234567890.',
      'Mobile number.',
      '081234567890',
    ),
    col(
      'JABATAN_KODE',
      false,
      ['jabatanid', 'kodejabatan', 'jabatankode', 'idjabatan'],
      'Kode jabatan definitif saat ini.',
      'Code of the current definitive position.',
      '05.01-01',
    ),
    col(
      'TMT_JABATAN',
      false,
      ['tmtjabatan', 'tmt', 'tmtjab'],
      'Mulai menduduki jabatan; kosong = tanggal impor.',
      'Start date in the position; empty = import date.',
      '2024-01-02',
    ),
    col(
      'UNOR_KODE',
      false,
      ['unorid', 'kodeunor', 'unorkode', 'unitkode'],
      'Opsional; bila diisi harus sama dengan unit jabatan.',
      'Optional; must match the position’s unit.',
      '05.01',
    ),
  ],
};

/** Header normalisation: lower case, letters and digits only. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Maps a normalised header to a column key for an entity (canonical names win over aliases). */
export function columnLookup(entity: Entity): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of COLUMNS[entity]) for (const a of c.aliases) if (!map.has(a)) map.set(a, c.key);
  for (const c of COLUMNS[entity]) map.set(normalizeHeader(c.key), c.key);
  return map;
}

// ---- value normalisers (return null when the value is not recognised) ------------------------

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
