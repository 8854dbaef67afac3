/**
 * One application error type with namespaced codes, a code → HTTP status table and bilingual
 * messages. Every code is documented in docs/errors.md.
 */
export type Lang = 'id' | 'en';

interface ErrorDef {
  status: number;
  id: string;
  en: string;
}

/** The catalogue of error codes. */
export const ERROR_CODES = {
  'VALIDATION.FAILED': { status: 400, id: 'Data yang dikirim tidak valid.', en: 'The request data is not valid.' },
  'AUTH.REQUIRED': { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  'AUTH.INVALID_CREDENTIALS': {
    status: 401,
    id: 'NIP/nama pengguna atau kata sandi salah.',
    en: 'Wrong NIP/username or password.',
  },
  'AUTH.RATE_LIMITED': {
    status: 429,
    id: 'Terlalu banyak percobaan masuk. Coba lagi beberapa menit lagi.',
    en: 'Too many login attempts. Try again in a few minutes.',
  },
  'AUTH.ACCOUNT_DISABLED': { status: 403, id: 'Akun ini dinonaktifkan.', en: 'This account is disabled.' },
  'AUTH.WRONG_PASSWORD': { status: 400, id: 'Kata sandi lama salah.', en: 'The current password is wrong.' },
  'AUTH.WEAK_PASSWORD': {
    status: 400,
    id: 'Kata sandi minimal 12 karakter.',
    en: 'The password must have at least 12 characters.',
  },
  'AUTH.CSRF': {
    status: 403,
    id: 'Permintaan lintas situs ditolak.',
    en: 'Cross-site request refused.',
  },
  'ACCESS.DENIED': {
    status: 404,
    id: 'Data tidak ditemukan atau Anda tidak berhak mengaksesnya.',
    en: 'Not found, or you are not allowed to access it.',
  },
  'ACCESS.FORBIDDEN': {
    status: 403,
    id: 'Anda tidak berhak melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  'CONFLICT.VERSION': {
    status: 409,
    id: 'Data ini telah diubah oleh orang lain. Muat ulang lalu ulangi perubahan Anda.',
    en: 'Someone else changed this record. Reload and apply your change again.',
  },
  'CONFLICT.DUPLICATE': { status: 409, id: 'Data dengan kode ini sudah ada.', en: 'A record with this code exists.' },
  'ORG.PARENT_CYCLE': {
    status: 400,
    id: 'Unit tidak boleh menjadi bawahan dirinya sendiri.',
    en: 'A unit cannot be placed under itself.',
  },
  'ORG.INVALID_REFERENCE': { status: 400, id: 'Referensi tidak valid.', en: 'Invalid reference.' },
  'ORG.PLACEMENT_OVERLAP': {
    status: 409,
    id: 'Penempatan definitif pegawai ini tumpang tindih dengan penempatan lain.',
    en: "This placement overlaps the employee's other definitive placement.",
  },
  'PEGAWAI.NIP_INVALID': { status: 400, id: 'NIP tidak valid.', en: 'Invalid NIP.' },
  'PERIODE.INVALID': {
    status: 400,
    id: 'Rincian periode tidak valid (tanggal di luar tahun atau berurutan salah).',
    en: 'Invalid periods (dates outside the year or out of order).',
  },
  'PK.EMPTY': {
    status: 422,
    id: 'Perjanjian Kinerja belum memiliki sasaran dengan indikator.',
    en: 'The Perjanjian Kinerja has no target with an indicator yet.',
  },
  'PK.IMPORT_INVALID': {
    status: 400,
    id: 'Berkas impor Perjanjian Kinerja berisi kesalahan; tidak ada yang disimpan.',
    en: 'The Perjanjian Kinerja import file has errors; nothing was saved.',
  },
  'SKP.INVALID_TRANSITION': {
    status: 409,
    id: 'Status SKP saat ini tidak mengizinkan tindakan ini.',
    en: "The SKP's current status does not allow this action.",
  },
  'SKP.NOT_ALLOWED': {
    status: 403,
    id: 'Anda tidak berhak melakukan tindakan ini pada SKP ini.',
    en: 'You may not do this on this SKP.',
  },
  'SKP.NOT_EDITABLE': {
    status: 409,
    id: 'SKP ini tidak dapat diubah isinya pada status sekarang.',
    en: 'This SKP cannot be edited in its current status.',
  },
  'SKP.OVERLAP': {
    status: 409,
    id: 'Sudah ada SKP terbuka yang rentang tanggalnya bertumpuk.',
    en: 'An open SKP already covers an overlapping date range.',
  },
  'SKP.INCOMPLETE': {
    status: 422,
    id: 'SKP belum lengkap untuk diajukan.',
    en: 'The SKP is not complete enough to submit.',
  },
  'SKP.INVALID_CONTENT': { status: 400, id: 'Isi RHK/IKI tidak valid.', en: 'Invalid RHK/IKI content.' },
  'SKP.INVALID_PARENT': {
    status: 400,
    id: 'RHK yang diintervensi harus RHK pejabat penilai Anda pada tahun yang sama.',
    en: "The intervened RHK must be your appraiser's RHK of the same year.",
  },
  'SKP.NO_POSITION': {
    status: 400,
    id: 'Pegawai tidak memiliki jabatan pada tanggal tersebut.',
    en: 'The employee holds no position on that date.',
  },
  'SKP.INVALID_RANGE': {
    status: 400,
    id: 'Rentang tanggal SKP tidak valid.',
    en: 'Invalid SKP date range.',
  },
  'DOKUMEN.BELUM_SIAP': {
    status: 409,
    id: 'Berkas belum siap: pekerjaan pembuatan dokumen belum selesai atau gagal.',
    en: 'The file is not ready: the document job has not finished or has failed.',
  },
  RATE_LIMITED: { status: 429, id: 'Terlalu banyak permintaan.', en: 'Too many requests.' },
  INTERNAL: { status: 500, id: 'Terjadi kesalahan pada server.', en: 'Internal server error.' },
} as const satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A message in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** The error every layer throws; the HTTP error handler turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  private readonly specific?: Bilingual | string;

  /** `message` overrides the catalogue text: bilingual (preferred) or one string for both languages. */
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string | Bilingual,
  ) {
    super(typeof message === 'string' ? message : (message?.en ?? ERROR_CODES[code].en));
    this.specific = message;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /** Message in the requested language; a specific message given at construction wins. */
  localized(lang: Lang): string {
    if (!this.specific) return ERROR_CODES[this.code][lang];
    return typeof this.specific === 'string' ? this.specific : this.specific[lang];
  }
}

/** Picks the response language from `?lang=`, the `kinerja_lang` cookie or Accept-Language (id default). */
export function pickLang(acceptLanguage: string | undefined, explicit?: string): Lang {
  if (explicit === 'en' || explicit === 'id') return explicit;
  if (acceptLanguage && /^en\b/i.test(acceptLanguage.trim())) return 'en';
  return 'id';
}
