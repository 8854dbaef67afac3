/**
 * CSV and XLSX export of units, positions and people (same columns as the import, so an export
 * imports back unchanged), and the downloadable template with hints and an example row.
 * XLSX exports use exceljs' streaming writer; the template uses the regular workbook (for notes).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeCsv } from './exchange.csv.ts';
import { COLUMNS, ENTITIES, type Entity, SHEET_NAME } from './exchange.format.ts';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type ExportRow = Record<string, string | number | null>;

/** CSV in the import's columns; cells that a spreadsheet would run as formulas are neutralised (exchange.csv.ts). */
export function toCsv(entity: Entity, data: ExportRow[]): Buffer {
  const headers = COLUMNS[entity].map((c) => c.header);
  return writeCsv(
    headers,
    data.map((r) => headers.map((h) => r[h])),
  );
}

/**
 * XLSX with one sheet per entity given, streamed row by row. Text columns stay text: exceljs writes
 * a string as a string cell (never a `<f>` formula), so `=HYPERLINK(…)` in a name is shown, not run.
 */
export async function toXlsx(sheets: { entity: Entity; rows: ExportRow[] }[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  for (const { entity, rows } of sheets) {
    const headers = COLUMNS[entity].map((c) => c.header);
    const ws = wb.addWorksheet(SHEET_NAME[entity], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = headers.map((h) => ({ header: h, key: h, width: Math.max(12, h.length + 2), style: { numFmt: '@' } }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const r of rows) {
      ws.addRow(headers.map((h) => (r[h] === null || r[h] === undefined ? null : r[h]))).commit();
    }
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/** The import template: sheets UNOR, JABATAN, PEGAWAI (or one CSV) with header, hint and example rows. */
export async function buildTemplate(format: ExportFormat, jenis: Entity = 'pegawai'): Promise<ExportFile> {
  if (format === 'csv') {
    const cols = COLUMNS[jenis];
    const hint = cols.map((c, i) => `${i === 0 ? '# ' : ''}${c.required ? 'WAJIB. ' : ''}${c.hint.id}`);
    const example = cols.map((c, i) => (i === 0 ? `#${c.example}` : c.example));
    return {
      fileName: `template-${SHEET_NAME[jenis].toLowerCase()}.csv`,
      contentType: CONTENT_TYPE.csv,
      body: writeCsv(
        cols.map((c) => c.header),
        [hint, example],
      ),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  for (const entity of ENTITIES) {
    const cols = COLUMNS[entity];
    const ws = wb.addWorksheet(SHEET_NAME[entity], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = cols.map((c) => ({
      header: c.header,
      key: c.key,
      width: Math.max(16, c.header.length + 4),
      style: { numFmt: '@' },
    }));
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cols.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FF1F4E79' : 'FF5B7FA6' } };
      cell.note = `${c.required ? 'WAJIB / REQUIRED\n' : 'Opsional / optional\n'}${c.hint.id}\n\n${c.hint.en}`;
    });
    const hint = ws.addRow(cols.map((c, i) => `${i === 0 ? '# ' : ''}${c.required ? 'WAJIB. ' : ''}${c.hint.id}`));
    hint.font = { italic: true, color: { argb: 'FF666666' } };
    hint.alignment = { wrapText: true, vertical: 'top' };
    const example = ws.addRow(cols.map((c, i) => (i === 0 ? `#${c.example}` : c.example)));
    example.font = { color: { argb: 'FF2E7D32' } };
    example.getCell(1).note =
      'Baris contoh: baris yang diawali # diabaikan saat impor. Hapus tanda # untuk memakainya.\n\n' +
      'Example row: rows starting with # are ignored on import. Remove the # to use it.';
  }
  const info = wb.addWorksheet('PETUNJUK');
  info.columns = [{ width: 110 }];
  for (const line of [
    'Petunjuk impor Kinerja / Kinerja import instructions',
    '',
    '• Isi sheet UNOR (unit organisasi), JABATAN dan PEGAWAI; sheet boleh dikosongkan bila tidak diubah.',
    '• Baris 1 adalah judul kolom. Baris yang diawali # (petunjuk dan contoh) diabaikan.',
    '• Kolom NIP_BARU dan kolom kode harus berformat Teks agar angka tidak dibulatkan Excel.',
    '• Seluruh baris diperiksa dahulu; bila ada satu kesalahan, tidak ada data yang diubah dan semua kesalahan dilaporkan.',
    '• Impor ulang memperbarui data berdasarkan kode/NIP, tidak pernah menggandakan.',
    '',
    '• Fill the UNOR (units), JABATAN (positions) and PEGAWAI (people) sheets; leave a sheet empty if unchanged.',
    '• Row 1 holds the headers. Rows starting with # (hints and examples) are ignored.',
    '• Format NIP_BARU and the code columns as Text so Excel does not round them.',
    '• Every row is checked first; if anything is wrong nothing changes and every error is reported.',
    '• Re-importing updates by code/NIP and never duplicates.',
    '',
    'Format lengkap / full format: docs/import-format.md',
  ]) {
    info.addRow([line]);
  }
  info.getRow(1).font = { bold: true, size: 13 };
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: 'template-impor-kinerja.xlsx', contentType: CONTENT_TYPE.xlsx, body };
}
