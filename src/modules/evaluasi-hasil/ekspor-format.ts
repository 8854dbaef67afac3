/**
 * The columns of the evaluation export (docs/evaluasi-ekspor.md documents each) and the two
 * streamed writers. CSV is RFC 4180 (comma, CRLF, header row, UTF-8 without a BOM so a program reads
 * the header as written); every text cell goes through neutralizeCsvCell, so a cell a spreadsheet
 * would run as a formula (= + - @ tab CR) gets a leading quote and is written quoted (OWASP "CSV
 * injection"). XLSX comes from exceljs' streaming writer: text is written as text, never a formula.
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { periodeEkspor } from '../../domain/evaluasi/hasil.ts';
import { neutralizeCsvCell } from '../exchange/index.ts';
import type { BarisEvaluasi } from './ekspor.repository.ts';

type Sel = string | number | null;

/** Header → value, in file order. */
export const KOLOM_EKSPOR: ReadonlyArray<readonly [string, (b: BarisEvaluasi, sesuai: string) => Sel]> = [
  ['NIP', (b) => b.nip],
  ['NAMA', (b) => b.nama],
  ['GOLONGAN', (b) => b.golongan],
  ['JENIS_ASN', (b) => b.jenisAsn],
  ['JABATAN', (b) => b.jabatan],
  ['UNIT_KERJA', (b) => b.unitKerja],
  ['TAHUN', (b) => b.tahun],
  ['PERIODE', (b) => periodeEkspor(b.periodeKode)],
  ['UNIT_PENILAIAN_KODE', (b) => b.upKode],
  ['UNIT_PENILAIAN_NAMA', (b) => b.upNama],
  ['PREDIKAT_ORGANISASI', (b) => b.predikatOrganisasi],
  ['RATING_HASIL_KERJA', (b) => b.ratingHasilKerja],
  ['RATING_HASIL_KERJA_SUMBER', (b) => b.ratingHasilKerjaSumber],
  ['RATING_PERILAKU', (b) => b.ratingPerilaku],
  ['PREDIKAT', (b) => b.predikat],
  ['PREDIKAT_USULAN', (b) => b.predikatUsulan],
  ['STATUS', (b) => b.status],
  ['VERSI', (b) => b.versi],
  ['TANGGAL_PENETAPAN', (b) => b.tanggalPenetapan],
  ['TANGGAL_DITERIMA', (b) => b.tanggalDiterima],
  ['BATAS_KEBERATAN', (b) => b.batasKeberatan],
  ['KEBERATAN', (b) => b.keberatan],
  ['KEPUTUSAN_KEBERATAN', (b) => b.keputusanKeberatan],
  ['KALIBRASI', (b) => b.kalibrasi],
  ['OVERRIDE', (b) => (b.override ? 'Y' : 'N')],
  ['DISTRIBUSI_SESUAI', (_b, sesuai) => sesuai],
  ['PENILAI_NIP', (b) => b.penilaiNip],
  ['PENILAI_NAMA', (b) => b.penilaiNama],
];

export const HEADER_EKSPOR = KOLOM_EKSPOR.map(([h]) => h);

/** A batch of rows, each with its unit's DISTRIBUSI_SESUAI value (Y, N or empty). */
export type Batch = Array<{ baris: BarisEvaluasi; sesuai: string }>;

/** NIPs (18 digits) are quoted so tools that guess types keep them as text. */
const LONG_DIGITS = /^[0-9]{10,}$/;
/** RFC 4180: a field holding a comma, a quote or a line break is quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180). Hand-written rather than csv-stringify: it is the hot loop of a
 * 100k-row export (2.8 million cells) and the rule is four lines. Text is neutralised first
 * (neutralizeCsvCell); a neutralised cell and a long digit string are always quoted, as in
 * src/modules/exchange/exchange.csv.ts.
 */
export function csvField(v: Sel): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : neutralizeCsvCell(String(v));
  const s = neutralizeCsvCell(v);
  if (s !== v || LONG_DIGITS.test(s) || NEEDS_QUOTES.test(s)) return `"${s.replaceAll('"', '""')}"`;
  return s;
}

function csvLines(rows: Sel[][]): string {
  let out = '';
  for (const r of rows) out += `${r.map(csvField).join(',')}\r\n`;
  return out;
}

const nilai = (batch: Batch): Sel[][] =>
  batch.map(({ baris, sesuai }) => KOLOM_EKSPOR.map(([, f]) => f(baris, sesuai)));

/** The CSV file as a stream that pulls one batch at a time (back-pressure: a slow reader slows the reads). */
export function csvStream(batches: AsyncIterable<Batch>): Readable {
  async function* lines() {
    yield csvLines([HEADER_EKSPOR]);
    for await (const batch of batches) if (batch.length) yield csvLines(nilai(batch));
  }
  return Readable.from(lines(), { objectMode: false });
}

/** Waits until the reader has taken what was written (so the workbook is never buffered whole). */
async function tungguPembaca(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

/** The XLSX file (one sheet EVALUASI, header frozen), streamed batch by batch. */
export function xlsxStream(batches: AsyncIterable<Batch>, onError: (e: unknown) => void): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const run = async () => {
    const ws = wb.addWorksheet('EVALUASI', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = HEADER_EKSPOR.map((h) => ({ header: h, key: h, width: Math.max(10, h.length + 2) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for await (const batch of batches) {
      for (const row of nilai(batch))
        ws.addRow(row.map((v) => (typeof v === 'string' ? neutralizeCsvCell(v) : v))).commit();
      await tungguPembaca(out);
      // The reader went away (download cancelled): stop reading batches.
      if (out.destroyed) return;
    }
    ws.commit();
    await wb.commit();
  };
  run().catch((e) => {
    onError(e);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return out;
}
