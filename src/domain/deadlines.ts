/**
 * Deadlines of the performance cycle: the objection window (PP 30/2019 Pasal 59, 14 days after the
 * result is received), the SKP setting deadline (end of January) and period entry deadlines, plus
 * the periodic evaluation calendar. Dates are `YYYY-MM-DD` strings; day counting is documented in
 * docs/decisions/0103-objection-window-calendar-days.md.
 */
import {
  addDays,
  assertTahun,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  NAMA_BULAN,
  normalizeTanggal,
  toDayNumber,
} from './calendar.ts';
import { RuleError } from './rule-error.ts';
import { DEFAULT_SETTINGS, type EvaluasiPeriodik, type JenisHari } from './settings.ts';
import type { Sumber, Teks } from './types.ts';

/** How to count a window: N calendar or working days, with the holiday table for working days. */
export interface WindowOptions {
  jumlahHari: number;
  jenisHari: JenisHari;
  hariLibur?: readonly string[];
}

export const SUMBER_KEBERATAN: Sumber = {
  regulation: 'PP 30/2019',
  article: 'Pasal 59 (keberatan paling lama 14 hari setelah hasil penilaian diterima)',
  url: 'https://fliphtml5.com/gesmv/pzdd/Sistem_Manjemen_Kinerja_Aparatur_Sipil_Negara/120',
  confidence: 'CONFIRMED',
};

export const SUMBER_PENETAPAN_SKP: Sumber = {
  regulation: 'PermenPANRB 8/2021',
  article: 'Lampiran E: penetapan SKP paling lambat akhir bulan Januari (dilanjutkan dalam praktik PermenPANRB 6/2022)',
  url: 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page58.html',
  confidence: 'LIKELY',
};

/** True when the date is a Saturday, a Sunday or in the holiday table. */
export function isNonWorkingDay(tanggal: string, hariLibur: ReadonlySet<string>): boolean {
  const dow = dayOfWeek(tanggal);
  return dow === 0 || dow === 6 || hariLibur.has(tanggal);
}

/** The end of a window of N days after `start`, and the non-working days it skipped. */
export interface WindowEnd {
  batas: string;
  dilewati: string[];
}

/**
 * The last day of a window of `jumlahHari` days counted from the day after `start` (day 1 is the
 * day after the event, as in "14 hari setelah diterima"). Calendar days: start + N. Working days:
 * the N-th day after `start` that is not a weekend or holiday. A calendar deadline that falls on a
 * holiday is not moved (decision 0103).
 */
export function endOfWindow(start: string, options: WindowOptions): WindowEnd {
  const { jumlahHari, jenisHari } = options;
  if (!Number.isInteger(jumlahHari) || jumlahHari < 0) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      { id: 'Jumlah hari harus bilangan bulat ≥ 0.', en: 'Days must be an integer ≥ 0.' },
      { field: 'jumlahHari', value: jumlahHari },
    );
  }
  if (jenisHari === 'CALENDAR') return { batas: addDays(start, jumlahHari), dilewati: [] };
  const libur = new Set(options.hariLibur ?? []);
  const dilewati: string[] = [];
  let day = toDayNumber(start);
  let counted = 0;
  while (counted < jumlahHari) {
    day++;
    const t = fromDayNumber(day);
    if (isNonWorkingDay(t, libur)) dilewati.push(t);
    else counted++;
  }
  return { batas: fromDayNumber(day), dilewati };
}

export interface DeadlineResult {
  batas: string;
  mulai: string;
  jumlahHari: number;
  jenisHari: JenisHari;
  dilewati: string[];
  explanation: Teks;
  citation: Sumber;
}

function jenisLabel(jenis: JenisHari): Teks {
  return jenis === 'CALENDAR' ? { id: 'hari kalender', en: 'calendar days' } : { id: 'hari kerja', en: 'working days' };
}

/**
 * Last day to lodge an objection: 14 days after the employee received the evaluation result
 * (PP 30/2019 Pasal 59 [CONFIRMED]); calendar days by default, working days per instansi setting
 * (calendar vs working is [UNSURE], decision 0103).
 */
export function objectionDeadline(
  tanggalDiterima: string | Date,
  options: Partial<WindowOptions> = {},
): DeadlineResult {
  const mulai = normalizeTanggal(tanggalDiterima);
  const opts: WindowOptions = { ...DEFAULT_SETTINGS.keberatan, ...options };
  const { batas, dilewati } = endOfWindow(mulai, opts);
  const j = jenisLabel(opts.jenisHari);
  return {
    batas,
    mulai,
    jumlahHari: opts.jumlahHari,
    jenisHari: opts.jenisHari,
    dilewati,
    explanation: {
      id: `Hasil evaluasi diterima ${mulai}; keberatan paling lambat ${opts.jumlahHari} ${j.id} setelahnya (hari pertama ${addDays(mulai, 1)}), yaitu ${batas}.`,
      en: `Result received on ${mulai}; an objection may be lodged within ${opts.jumlahHari} ${j.en} (day 1 is ${addDays(mulai, 1)}), i.e. by ${batas}.`,
    },
    citation: SUMBER_KEBERATAN,
  };
}

/** Whether an objection lodged on `tanggalKeberatan` is within the window. */
export function isObjectionOnTime(
  tanggalDiterima: string | Date,
  tanggalKeberatan: string | Date,
  options: Partial<WindowOptions> = {},
): DeadlineResult & { tepatWaktu: boolean } {
  const deadline = objectionDeadline(tanggalDiterima, options);
  const lodged = normalizeTanggal(tanggalKeberatan);
  if (toDayNumber(lodged) < toDayNumber(deadline.mulai)) {
    throw new RuleError(
      'RULES.INVALID_INPUT',
      {
        id: 'Tanggal keberatan sebelum tanggal hasil diterima.',
        en: 'The objection date is before the result was received.',
      },
      { field: 'tanggalKeberatan', value: lodged },
    );
  }
  return { ...deadline, tepatWaktu: toDayNumber(lodged) <= toDayNumber(deadline.batas) };
}

/**
 * Last day to set (menetapkan) the SKP of `tahun`: 31 January by default (PermenPANRB 8/2021
 * Lampiran E [CONFIRMED for 8/2021, LIKELY for 6/2022]); agencies may set an earlier date.
 */
export function skpDeadline(
  tahun: number,
  batas: { bulan: number; tanggal: number } = DEFAULT_SETTINGS.batasPenetapanSkp,
): DeadlineResult {
  assertTahun(tahun);
  const mm = String(batas.bulan).padStart(2, '0');
  const dd = String(Math.min(batas.tanggal, daysInMonth(tahun, batas.bulan))).padStart(2, '0');
  const tanggal = `${tahun}-${mm}-${dd}`;
  const mulai = `${tahun}-01-01`;
  return {
    batas: tanggal,
    mulai,
    jumlahHari: toDayNumber(tanggal) - toDayNumber(mulai) + 1,
    jenisHari: 'CALENDAR',
    dilewati: [],
    explanation: {
      id: `SKP tahun ${tahun} ditetapkan paling lambat ${tanggal}. Bila belum ada rancangan pada minggu kedua Januari, pengelola kinerja menyusun dan menetapkannya (PermenPANRB 8/2021).`,
      en: `The ${tahun} SKP must be set by ${tanggal}. If there is no draft by the second week of January, the performance manager drafts and sets it (PermenPANRB 8/2021).`,
    },
    citation: SUMBER_PENETAPAN_SKP,
  };
}

/** Last day to enter realisation and ratings for a period ending on `akhirPeriode` (instansi setting). */
export function periodEntryDeadline(akhirPeriode: string | Date, options: Partial<WindowOptions> = {}): DeadlineResult {
  const mulai = normalizeTanggal(akhirPeriode);
  const opts: WindowOptions = { ...DEFAULT_SETTINGS.batasPengisian, ...options };
  const { batas, dilewati } = endOfWindow(mulai, opts);
  const j = jenisLabel(opts.jenisHari);
  return {
    batas,
    mulai,
    jumlahHari: opts.jumlahHari,
    jenisHari: opts.jenisHari,
    dilewati,
    explanation: {
      id: `Periode berakhir ${mulai}; batas pengisian ${opts.jumlahHari} ${j.id} setelahnya, yaitu ${batas}.`,
      en: `The period ends on ${mulai}; entries are due ${opts.jumlahHari} ${j.en} later, i.e. by ${batas}.`,
    },
    citation: {
      regulation: 'Pengaturan instansi',
      article: 'Batas pengisian periode (e-Kinerja: Manajemen Periode, "Batas Pengisian")',
      confidence: 'CONFIRMED',
    },
  };
}

/** One evaluation period of a year. */
export interface PeriodeEvaluasi {
  kode: string;
  jenis: 'BULANAN' | 'TRIWULANAN' | 'TAHUNAN';
  label: Teks;
  mulai: string;
  selesai: string;
}

const ROMAWI = ['I', 'II', 'III', 'IV'];

/**
 * The periodic evaluation periods of `tahun` (monthly or quarterly, PermenPANRB 6/2022 Pasal 1)
 * followed by the annual one ("AKHIR").
 */
export function periodeEvaluasi(
  tahun: number,
  evaluasiPeriodik: EvaluasiPeriodik = DEFAULT_SETTINGS.evaluasiPeriodik,
): PeriodeEvaluasi[] {
  assertTahun(tahun);
  const y = String(tahun);
  const monthEnd = (m: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(tahun, m)).padStart(2, '0')}`;
  const start = (m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
  const periods: PeriodeEvaluasi[] =
    evaluasiPeriodik === 'MONTHLY'
      ? NAMA_BULAN.map((b, i) => ({
          kode: `${y}-${String(i + 1).padStart(2, '0')}`,
          jenis: 'BULANAN' as const,
          label: { id: `${b.id} ${y}`, en: `${b.en} ${y}` },
          mulai: start(i + 1),
          selesai: monthEnd(i + 1),
        }))
      : ROMAWI.map((r, i) => ({
          kode: `${y}-Q${i + 1}`,
          jenis: 'TRIWULANAN' as const,
          label: { id: `Triwulan ${r} ${y}`, en: `Quarter ${i + 1} ${y}` },
          mulai: start(3 * i + 1),
          selesai: monthEnd(3 * i + 3),
        }));
  periods.push({
    kode: `${y}-AKHIR`,
    jenis: 'TAHUNAN',
    label: { id: `Akhir (tahunan) ${y}`, en: `Annual ${y}` },
    mulai: `${y}-01-01`,
    selesai: `${y}-12-31`,
  });
  return periods;
}
