/**
 * Keberatan (objection) against an evaluation — PP 30/2019 Pasal 59 (domain.md §2.6):
 * (1) the employee files, with reasons, to the atasan pejabat penilai through the hierarchy,
 * (2) at most 14 days after receiving the result (the window is the instansi's `keberatan` setting,
 *     calendar or working days: src/domain/deadlines.ts `objectionDeadline`, decision 0103),
 * (3) the atasan asks the appraiser and the employee for explanations,
 * (4) the atasan decides — keeps or changes the result — and the decision is final.
 *
 * Case state machine: DIAJUKAN → DIPERIKSA (an explanation recorded) → DIPUTUSKAN (final).
 * Routing when there is no atasan in the tree is decision 0503. Pure: "today" is passed in.
 */
import { toDayNumber } from '../calendar.ts';
import { objectionDeadline, type WindowOptions } from '../deadlines.ts';
import { predikatFromRatings } from '../predikat.ts';
import type { Predikat, Rating, Sumber, Teks } from '../types.ts';
import { type AksiKeberatan, bolehKeberatan } from './keberatan-akses.ts';
import { statusEfektif } from './status.ts';

export const SUMBER_PASAL_59: Sumber = {
  regulation: 'PP 30/2019',
  article:
    'Pasal 59: keberatan disertai alasan kepada atasan pejabat penilai secara hierarki paling lama 14 hari setelah hasil diterima; atasan meminta penjelasan pejabat penilai dan pegawai; keputusan bersifat final',
  url: 'https://fliphtml5.com/czets/hubi/PP_No.30_Tahun_2019_Tentang_Penilaian_Kinerja_Pegawai_Negeri_Sipil/30',
  confidence: 'CONFIRMED',
};

export const STATUS_KEBERATAN = ['DIAJUKAN', 'DIPERIKSA', 'DIPUTUSKAN'] as const;
export type StatusKeberatan = (typeof STATUS_KEBERATAN)[number];

export const KEPUTUSAN = ['TETAP', 'UBAH'] as const;
export type Keputusan = (typeof KEPUTUSAN)[number];

/** "disertai alasan-alasannya": a reason a reader can act on, not a one-word protest (project rule). */
export const ALASAN_MIN = 20;
/** Explanations and the decision's reasons must say something too. */
export const PENJELASAN_MIN = 10;

/** The addressee sent by the client: an atasan's pegawai id, or the regional head. */
export const KEPADA_PIMPINAN = 'PIMPINAN_INSTANSI';

export type KodeTolak =
  | 'KEBERATAN.LATE'
  | 'KEBERATAN.DUPLICATE'
  | 'KEBERATAN.WRONG_ADDRESSEE'
  | 'KEBERATAN.NO_ATASAN'
  | 'KEBERATAN.NOT_RECEIVED'
  | 'KEBERATAN.DECIDED'
  | 'KEBERATAN.EXPLANATION_MISSING'
  | 'KEBERATAN.UNCHANGED';

export interface Tolak {
  ok: false;
  code: KodeTolak;
  message: Teks;
  details?: Record<string, unknown>;
}

/** The official the hierarchy names (as src/domain/hierarchy/appraiser.ts `Penilai`, reduced). */
export type Pejabat =
  | { kind: 'PEGAWAI'; pegawaiId: string; nama: string }
  | { kind: 'PIMPINAN_INSTANSI'; jabatan: string; nama: string | null };

/** Where a keberatan goes: a pegawai in the tree, or the regional head (recorded by ADMIN_INSTANSI). */
export type Tujuan =
  | { jenis: 'PEGAWAI'; pegawaiId: string; nama: string }
  | { jenis: 'PIMPINAN_INSTANSI'; jabatan: string; nama: string | null };

/** Today's date in a zone (the instansi's; Asia/Jakarta by default), as YYYY-MM-DD. */
export function hariIniDi(now: Date, zona = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zona, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** Last day to file, from the receipt date and the instansi's window setting (decision 0103). */
export function batasKeberatan(tanggalDiterima: string, window: Partial<WindowOptions>): string {
  return objectionDeadline(tanggalDiterima, window).batas;
}

/** Calendar days left until the last day (0 = today is the last day; negative = past). */
export function sisaHari(batas: string, hariIni: string): number {
  return toDayNumber(batas) - toDayNumber(hariIni);
}

/**
 * Whom the keberatan goes to: the atasan pejabat penilai = the appraiser's own appraiser today
 * (resolved through the hierarchy by the caller). Decision 0503:
 * - the appraiser's appraiser is a pegawai → to them;
 * - it is the regional head (outside the tree) → to the head; ADMIN_INSTANSI records the head's
 *   steps on their behalf, naming them (as predikat organisasi and decision 0404 do);
 * - the appraiser IS the regional head (no atasan pejabat penilai exists) → refused, naming the rule;
 * - the hierarchy names nobody (vacant post, broken structure) → refused, naming the deadline, so
 *   the admin fixes the structure in time (filing to nobody would leave the case undecidable).
 */
export function tentukanTujuan(
  penilai: Pejabat | null,
  atasan: Pejabat | null,
  batas: string | null,
): { ok: true; tujuan: Tujuan } | Tolak {
  if (penilai?.kind === 'PIMPINAN_INSTANSI') {
    return {
      ok: false,
      code: 'KEBERATAN.NO_ATASAN',
      message: {
        id: `Pejabat penilai Anda adalah ${penilai.jabatan}. Keberatan diajukan kepada atasan pejabat penilai (PP 30/2019 Pasal 59), sedangkan ${penilai.jabatan} tidak memiliki atasan pejabat penilai dalam instansi, sehingga keberatan tidak dapat diajukan melalui Kinerja.`,
        en: `Your appraiser is the ${penilai.jabatan}. A keberatan goes to the appraiser's superior (PP 30/2019 Article 59), and the ${penilai.jabatan} has no superior within the agency, so no keberatan can be filed through Kinerja.`,
      },
      details: { aturan: 'PENILAI_PIMPINAN_INSTANSI' },
    };
  }
  if (!penilai || !atasan) {
    const sebelum = batas ? { id: ` sebelum ${batas}`, en: ` before ${batas}` } : { id: '', en: '' };
    return {
      ok: false,
      code: 'KEBERATAN.NO_ATASAN',
      message: {
        id: `Atasan pejabat penilai Anda tidak dapat ditentukan dari struktur organisasi (jabatan kosong atau struktur belum lengkap). Minta admin kepegawaian membenahi struktur${sebelum.id}, lalu ajukan kembali (PP 30/2019 Pasal 59: keberatan diajukan kepada atasan pejabat penilai).`,
        en: `Your appraiser's superior cannot be determined from the organisation structure (a vacant post or an incomplete structure). Ask the HR admin to fix the structure${sebelum.en}, then file again (PP 30/2019 Article 59: a keberatan goes to the appraiser's superior).`,
      },
      details: { aturan: 'ATASAN_TIDAK_DITEMUKAN', batas },
    };
  }
  return {
    ok: true,
    tujuan:
      atasan.kind === 'PEGAWAI'
        ? { jenis: 'PEGAWAI', pegawaiId: atasan.pegawaiId, nama: atasan.nama }
        : { jenis: 'PIMPINAN_INSTANSI', jabatan: atasan.jabatan, nama: atasan.nama },
  };
}

function namaTujuan(t: Tujuan): string {
  return t.jenis === 'PEGAWAI' ? t.nama : t.nama ? `${t.jabatan} (${t.nama})` : t.jabatan;
}

/** The evaluation status every read uses: a DITERIMA row past its batas IS final (lazy). */
export function statusEfektifEvaluasi(status: string, batas: string | null, hariIni: string): string {
  return statusEfektif({ status, batasKeberatan: batas }, hariIni);
}

export interface Pengajuan {
  /** evaluasi.status as stored. */
  statusEvaluasi: string;
  /** evaluasi.batas_keberatan (the last day on which filing is still on time). */
  batas: string | null;
  hariIni: string;
  /** The keberatan already filed on this evaluation, if any. */
  sudahAda: { status: string; diajukan: string } | null;
  tujuan: { ok: true; tujuan: Tujuan } | Tolak;
  /** The addressee the client names: the atasan's pegawai id or KEPADA_PIMPINAN. */
  kepada: string | null;
}

/**
 * Whether a filing is accepted, in the order a person would want to hear it: one per evaluation,
 * then "not yet received", then late (naming the last day), then the addressee.
 * `kepada` null checks everything but the addressee (the form asks before the employee writes).
 */
export function periksaPengajuan(p: Pengajuan): { ok: true; tujuan: Tujuan; batas: string; sisaHari: number } | Tolak {
  if (p.sudahAda || p.statusEvaluasi === 'KEBERATAN') {
    return {
      ok: false,
      code: 'KEBERATAN.DUPLICATE',
      message: {
        id: `Keberatan atas evaluasi ini sudah diajukan${p.sudahAda ? ` pada ${p.sudahAda.diajukan}` : ''}. Satu evaluasi hanya dapat diajukan keberatan satu kali (PP 30/2019 Pasal 59); ikuti perkembangannya pada keberatan yang ada.`,
        en: `A keberatan on this evaluation was already filed${p.sudahAda ? ` on ${p.sudahAda.diajukan}` : ''}. An evaluation takes one keberatan only (PP 30/2019 Article 59); follow the existing one.`,
      },
      details: { status: p.sudahAda?.status ?? null },
    };
  }
  if (p.statusEvaluasi === 'DRAFT' || p.statusEvaluasi === 'DITETAPKAN') {
    return {
      ok: false,
      code: 'KEBERATAN.NOT_RECEIVED',
      message:
        p.statusEvaluasi === 'DRAFT'
          ? {
              id: 'Evaluasi ini belum ditetapkan pejabat penilai, sehingga belum dapat diajukan keberatan. Jangka waktu keberatan dimulai sejak hasil evaluasi Anda terima.',
              en: 'This evaluation has not been set by the appraiser yet, so no keberatan can be filed. The window starts when you receive the result.',
            }
          : {
              id: 'Hasil evaluasi ini belum Anda terima. Terima hasil evaluasi terlebih dahulu; jangka waktu keberatan dihitung sejak tanggal diterima (PP 30/2019 Pasal 59).',
              en: 'You have not received this evaluation yet. Receive it first; the keberatan window counts from the date of receipt (PP 30/2019 Article 59).',
            },
      details: { statusEvaluasi: p.statusEvaluasi },
    };
  }
  const efektif = statusEfektifEvaluasi(p.statusEvaluasi, p.batas, p.hariIni);
  if (efektif !== 'DITERIMA' || !p.batas) {
    const batas = p.batas ?? '-';
    return {
      ok: false,
      code: 'KEBERATAN.LATE',
      message: {
        id: `Batas waktu keberatan telah lewat: keberatan paling lambat ${batas} (PP 30/2019 Pasal 59). Evaluasi ini sudah final.`,
        en: `The keberatan window has closed: the last day was ${batas} (PP 30/2019 Article 59). This evaluation is final.`,
      },
      details: { batas: p.batas, hariIni: p.hariIni },
    };
  }
  if (!p.tujuan.ok) return p.tujuan;
  const tujuan = p.tujuan.tujuan;
  const benar = tujuan.jenis === 'PEGAWAI' ? tujuan.pegawaiId : KEPADA_PIMPINAN;
  if (p.kepada !== null && p.kepada !== benar) {
    return {
      ok: false,
      code: 'KEBERATAN.WRONG_ADDRESSEE',
      message: {
        id: `Keberatan diajukan kepada atasan pejabat penilai secara hierarki (PP 30/2019 Pasal 59); untuk evaluasi ini yaitu ${namaTujuan(tujuan)}.`,
        en: `A keberatan goes to the appraiser's superior through the hierarchy (PP 30/2019 Article 59); for this evaluation that is ${namaTujuan(tujuan)}.`,
      },
      details: { kepadaSeharusnya: benar },
    };
  }
  return { ok: true, tujuan, batas: p.batas, sisaHari: sisaHari(p.batas, p.hariIni) };
}

function sudahFinal(): Tolak {
  return {
    ok: false,
    code: 'KEBERATAN.DECIDED',
    message: {
      id: 'Keberatan ini sudah diputuskan; keputusan atasan pejabat penilai bersifat final dan tidak dapat diubah (PP 30/2019 Pasal 59 ayat 4).',
      en: "This keberatan has been decided; the superior's decision is final and cannot be changed (PP 30/2019 Article 59(4)).",
    },
  };
}

/** The case's next status after recording an explanation. */
export function setelahPenjelasan(status: StatusKeberatan): { ok: true; ke: StatusKeberatan } | Tolak {
  if (status === 'DIPUTUSKAN') return sudahFinal();
  return { ok: true, ke: 'DIPERIKSA' };
}

export interface RatingPasangan {
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
}

export interface HasilKeputusan {
  ke: 'DIPUTUSKAN';
  sebelum: RatingPasangan & { predikat: Predikat };
  sesudah: RatingPasangan & { predikat: Predikat };
  berubah: boolean;
}

/**
 * The decision: TETAP keeps the ratings; UBAH sets new ones (at least one differs), and the predikat
 * follows from the quadrant (predikatFromRatings). The appraiser's explanation must be on record:
 * Pasal 59(3)–(4) has the atasan decide "on the explanations". The employee's own reasons are in the
 * filing, so their further explanation is optional. The result is not re-checked against the pola
 * distribusi: the decision is final by regulation (decision 0503).
 */
export function putuskan(input: {
  status: StatusKeberatan;
  adaPenjelasanPenilai: boolean;
  keputusan: Keputusan;
  sebelum: RatingPasangan;
  baru?: Partial<RatingPasangan>;
}): HasilKeputusan | Tolak {
  if (input.status === 'DIPUTUSKAN') return sudahFinal();
  if (!input.adaPenjelasanPenilai) {
    return {
      ok: false,
      code: 'KEBERATAN.EXPLANATION_MISSING',
      message: {
        id: 'Catat penjelasan pejabat penilai terlebih dahulu: atasan memutuskan berdasarkan penjelasan pejabat penilai dan pegawai (PP 30/2019 Pasal 59 ayat 3–4).',
        en: "Record the appraiser's explanation first: the superior decides on the explanations of the appraiser and the employee (PP 30/2019 Article 59(3)–(4)).",
      },
    };
  }
  const s = input.sebelum;
  const sebelum = { ...s, predikat: predikatFromRatings(s.ratingHasilKerja, s.ratingPerilaku).predikat };
  if (input.keputusan === 'TETAP') return { ke: 'DIPUTUSKAN', sebelum, sesudah: sebelum, berubah: false };
  const hk = input.baru?.ratingHasilKerja ?? s.ratingHasilKerja;
  const rp = input.baru?.ratingPerilaku ?? s.ratingPerilaku;
  if (hk === s.ratingHasilKerja && rp === s.ratingPerilaku) {
    return {
      ok: false,
      code: 'KEBERATAN.UNCHANGED',
      message: {
        id: 'Keputusan "ubah" harus mengubah sedikitnya satu rating; bila rating tidak berubah, pilih "tetap".',
        en: 'A "change" decision must change at least one rating; if the ratings stay, choose "keep".',
      },
    };
  }
  const sesudah = { ratingHasilKerja: hk, ratingPerilaku: rp, predikat: predikatFromRatings(hk, rp).predikat };
  return { ke: 'DIPUTUSKAN', sebelum, sesudah, berubah: true };
}

/**
 * The actions the caller may take now: their roles (keberatan-akses.ts) and the case's state, so
 * the UI offers exactly what the API accepts.
 */
export function aksiTersedia(
  peran: readonly string[],
  kasus: { status: StatusKeberatan; adaPenjelasanPenilai: boolean },
): AksiKeberatan[] {
  const out: AksiKeberatan[] = [];
  if (bolehKeberatan('BACA', peran)) out.push('BACA');
  if (kasus.status === 'DIPUTUSKAN') return out;
  if (bolehKeberatan('PENJELASAN_PENILAI', peran)) out.push('PENJELASAN_PENILAI');
  if (bolehKeberatan('PENJELASAN_PEGAWAI', peran)) out.push('PENJELASAN_PEGAWAI');
  if (bolehKeberatan('PUTUSKAN', peran) && kasus.adaPenjelasanPenilai) out.push('PUTUSKAN');
  return out;
}
