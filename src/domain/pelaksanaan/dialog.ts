/**
 * Dialog kinerja rules (issue 10 item 7): the proposed agenda, carrying unachieved development items
 * over, and when a reminder is due. Pure: the module loads the rows and applies these.
 *
 * Sources: PermenPANRB 6/2022 Pasal 3 (intense leader–employee dialogue is an orientation of
 * performance management) and its Lampiran on pembinaan kinerja (bimbingan kinerja: coaching,
 * mentoring, counselling; follow-up formats B.1.8 and B.1.9 — see docs/pelaksanaan-dialog.md for
 * the research and confidence). The lagging rule and the carry-over are Kinerja's reading of
 * "development planned from performance gaps" (domain.md §2.3, LIKELY), not a regulation formula.
 */

export const JENIS_DIALOG = ['DIALOG', 'COACHING', 'MENTORING', 'KONSELING'] as const;
export type JenisDialog = (typeof JENIS_DIALOG)[number];

export const TOPIK_AGENDA = ['HASIL_KERJA', 'KOMPETENSI', 'PERILAKU', 'KARIR'] as const;
export type TopikAgenda = (typeof TOPIK_AGENDA)[number];

export const STATUS_PENGEMBANGAN = ['DIRENCANAKAN', 'TERCAPAI', 'TIDAK_TERCAPAI'] as const;
export type StatusPengembangan = (typeof STATUS_PENGEMBANGAN)[number];

/** An IKI with its target and the realisasi entered for the periods up to the dialog's one. */
export interface IkiCapaian {
  ikiId: string;
  targetNilai: number | null;
  /** Realisasi numbers of the periods ending on or before the dialog's period (per-period amounts). */
  realisasiNilai: number[];
  /** Whether a narrative realisasi exists for the dialog's period (kualitatif targets). */
  adaRealisasiTeks: boolean;
}

export interface RhkCapaian {
  rhkId: string;
  iki: IkiCapaian[];
}

/**
 * The share of the year an IKI should have reached at the end of a period: the months elapsed at the
 * period's end over twelve (an annual target spread evenly; SKP targets are annual, PermenPANRB
 * 6/2022 Lampiran on SKP). `selesai` is the period's last day (YYYY-MM-DD).
 */
export function porsiTahun(selesai: string): number {
  return Number(selesai.slice(5, 7)) / 12;
}

/**
 * Whether an IKI lags behind its target at the end of the period: a numeric target whose summed
 * realisasi is below the pro-rata share, or any target with no realisasi at all for the period.
 */
export function ikiTertinggal(iki: IkiCapaian, porsi: number): boolean {
  if (iki.targetNilai === null || !Number.isFinite(iki.targetNilai)) return !iki.adaRealisasiTeks;
  if (!iki.realisasiNilai.length) return true;
  const total = iki.realisasiNilai.reduce((a, b) => a + b, 0);
  // A small tolerance so 11.999… from numeric rounding is not "behind" a target of 12.
  return total + 1e-9 < iki.targetNilai * porsi;
}

export interface AgendaUsulan {
  topik: TopikAgenda;
  rhkId: string | null;
  perilakuKode: string | null;
  kompetensi: string | null;
  /** Why it was proposed (shown beside the item): TERTINGGAL, UMPAN_BALIK, DIBAWA, ASPIRASI. */
  alasan: 'TERTINGGAL' | 'UMPAN_BALIK' | 'DIBAWA' | 'ASPIRASI';
}

/**
 * The agenda a new dialog starts with, in the order of the conversation the regulation describes:
 * results (the RHK lagging behind target), the competency gap (open development items carried over),
 * behaviour (the BerAKHLAK values that received feedback), then career aspirations (always one item,
 * short and medium term discussed together). Each item names what it is about.
 */
export function usulkanAgenda(input: {
  rhk: RhkCapaian[];
  selesaiPeriode: string;
  perilakuDenganUmpanBalik: string[];
  pengembanganTerbuka: Array<{ kompetensi: string; rhkId: string | null; perilakuKode: string | null }>;
}): AgendaUsulan[] {
  const porsi = porsiTahun(input.selesaiPeriode);
  const hasil: AgendaUsulan[] = input.rhk
    .filter((r) => r.iki.some((i) => ikiTertinggal(i, porsi)))
    .map((r) => ({ topik: 'HASIL_KERJA', rhkId: r.rhkId, perilakuKode: null, kompetensi: null, alasan: 'TERTINGGAL' }));
  const seenKompetensi = new Set<string>();
  const kompetensi: AgendaUsulan[] = [];
  for (const p of input.pengembanganTerbuka) {
    const key = p.kompetensi.trim().toLocaleLowerCase('id');
    if (seenKompetensi.has(key)) continue;
    seenKompetensi.add(key);
    kompetensi.push({
      topik: 'KOMPETENSI',
      rhkId: p.rhkId,
      perilakuKode: p.perilakuKode,
      kompetensi: p.kompetensi,
      alasan: 'DIBAWA',
    });
  }
  const perilaku: AgendaUsulan[] = [...new Set(input.perilakuDenganUmpanBalik)].map((kode) => ({
    topik: 'PERILAKU',
    rhkId: null,
    perilakuKode: kode,
    kompetensi: null,
    alasan: 'UMPAN_BALIK',
  }));
  return [
    ...hasil,
    ...kompetensi,
    ...perilaku,
    { topik: 'KARIR', rhkId: null, perilakuKode: null, kompetensi: null, alasan: 'ASPIRASI' },
  ];
}

export interface ItemPengembangan {
  id: string;
  status: StatusPengembangan;
  dialogId: string;
}

/**
 * Which development items a dialog judges: every item still DIRENCANAKAN that was agreed in an
 * earlier dialog of the same pegawai (never the dialog's own new items).
 */
export function itemUntukDinilai<T extends ItemPengembangan>(items: T[], dialogId: string): T[] {
  return items.filter((i) => i.status === 'DIRENCANAKAN' && i.dialogId !== dialogId);
}

/**
 * The outcome of judging an item: TERCAPAI closes it; TIDAK_TERCAPAI closes it too and carries a
 * fresh DIRENCANAKAN copy into the judging dialog, so it is on the next dialog's list automatically
 * (issue 10 item 7: "unachieved items carry over into the next dialogue").
 */
export function hasilPenilaianItem(status: Exclude<StatusPengembangan, 'DIRENCANAKAN'>): { dibawa: boolean } {
  return { dibawa: status === 'TIDAK_TERCAPAI' };
}

/** The calendar date (YYYY-MM-DD) of an instant in an IANA time zone (WIB/WITA/WIT or any). */
export function tanggalLokal(instant: Date, zona: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zona, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** The day before a YYYY-MM-DD date. */
export function hariSebelumnya(tanggal: string): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type JenisPengingat = 'H1' | 'H0';

/**
 * Which reminder is due now for a dialog at `jadwal`, judged in the instansi's local calendar: H1 on
 * the local day before, H0 on the local day itself (and not after the dialog started). A reminder
 * already sent is never due again. Both days count in the instansi's zone, so a 07:00 WIT dialog
 * (22:00 UTC the day before) is "today" for Jayapura even when it is still yesterday in UTC.
 */
export function pengingatJatuhTempo(input: {
  jadwal: Date;
  sekarang: Date;
  zona: string;
  h1Terkirim: boolean;
  h0Terkirim: boolean;
}): JenisPengingat | null {
  if (input.sekarang.getTime() >= input.jadwal.getTime()) return null;
  const hariIni = tanggalLokal(input.sekarang, input.zona);
  const hariDialog = tanggalLokal(input.jadwal, input.zona);
  if (hariIni === hariDialog) return input.h0Terkirim ? null : 'H0';
  if (hariIni === hariSebelumnya(hariDialog)) return input.h1Terkirim ? null : 'H1';
  return null;
}

/**
 * The UTC window of dialogs that may need a reminder now: from now to the end of tomorrow in the
 * zone (at most 48 h ahead), so the claiming query reads a bounded range.
 */
export function jendelaPengingat(sekarang: Date, jamKeDepan = 48): { dari: Date; sampai: Date } {
  return { dari: sekarang, sampai: new Date(sekarang.getTime() + jamKeDepan * 3_600_000) };
}

/**
 * The employee's feedback on a coaching session: the nine statements of PermenPANRB 6/2022
 * Lampiran, Format B.1.8 "Umpan balik pelaksanaan bimbingan kinerja" (three about the employee,
 * three about the coach, three about both), each answered on a 1–5 agreement scale (the scale is
 * Kinerja's choice: the format lists the statements, the copy we found does not show the answer
 * column — docs/pelaksanaan-dialog.md).
 */
export const KRITERIA_UMPAN_BALIK_COACHING = [
  { kode: 'DIPERHATIKAN', kelompok: 'PEGAWAI' },
  { kode: 'DIHARGAI', kelompok: 'PEGAWAI' },
  { kode: 'BEBAS_BERPENDAPAT', kelompok: 'PEGAWAI' },
  { kode: 'BERDASAR_FAKTA', kelompok: 'PEMBIMBING' },
  { kode: 'PANDANGAN_POSITIF', kelompok: 'PEMBIMBING' },
  { kode: 'BERTANYA_BUKAN_MENGGURUI', kelompok: 'PEMBIMBING' },
  { kode: 'DIBANTU_SOLUSI', kelompok: 'BERSAMA' },
  { kode: 'TAHU_LANGKAH_BERIKUT', kelompok: 'BERSAMA' },
  { kode: 'PAHAM_TUJUAN', kelompok: 'BERSAMA' },
] as const;
export type KriteriaUmpanBalikCoaching = (typeof KRITERIA_UMPAN_BALIK_COACHING)[number]['kode'];

/** Dialog types whose follow-up formats (B.1.8 feedback, B.1.9 competency check) apply. */
export function adalahBimbingan(jenis: string): boolean {
  return jenis === 'COACHING' || jenis === 'MENTORING' || jenis === 'KONSELING';
}

/**
 * The realisasi numbers that count towards a period: the per-period amounts of the periods ending on
 * or before it. AKHIR is the whole year: when the dialog is about AKHIR and an AKHIR realisasi
 * exists it is taken alone (it already states the year's result); otherwise AKHIR never adds to the
 * periodic sum, so nothing is counted twice.
 */
export function realisasiSampai(
  periode: ReadonlyArray<{ kode: string; selesai: string }>,
  realisasi: ReadonlyArray<{ periodeKode: string; nilai: number | null }>,
  kode: string,
): number[] {
  const selesai = new Map(periode.map((p) => [p.kode, p.selesai]));
  const batas = selesai.get(kode);
  if (!batas) return [];
  const angka = (r: { nilai: number | null }) => (r.nilai === null ? [] : [r.nilai]);
  if (kode === 'AKHIR') {
    const akhir = realisasi.filter((r) => r.periodeKode === 'AKHIR').flatMap(angka);
    if (akhir.length) return akhir;
  }
  return realisasi
    .filter((r) => r.periodeKode !== 'AKHIR' && (selesai.get(r.periodeKode) ?? '9999') <= batas)
    .flatMap(angka);
}
