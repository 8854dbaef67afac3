/**
 * Pass 1 for the UNOR sheet: each unit row on its own (required cells, JENIS_UNOR, duplicate
 * UNOR_KODE). References to other units and positions are checked later, once every sheet is read.
 */
import type { JenisUnor } from './exchange.format.ts';
import { normalizeJenisUnor } from './exchange.normalize.ts';
import { EXPECTED, type IssueLog, type RowReader } from './exchange.row-checks.ts';

/** A valid unit row. Optional kodes: undefined = column absent (keep), null = cleared. */
export interface UnitRow {
  reader: RowReader;
  kode: string;
  nama: string;
  parentKode: string | null | undefined;
  jenis: JenisUnor | undefined;
  kepalaKode: string | null | undefined;
}

/** The unit rows that passed their own checks; the others' errors go to the log. */
export function readUnitRows(readers: RowReader[], issues: IssueLog): UnitRow[] {
  const unitRows: UnitRow[] = [];
  for (const r of readers) {
    const kode = issues.required(r, 'UNOR_KODE');
    const nama = issues.required(r, 'UNOR_NAMA');
    let jenis: JenisUnor | undefined;
    const jenisText = r.text('JENIS_UNOR');
    if (jenisText !== undefined) {
      const j = jenisText === '' ? 'LAINNYA' : normalizeJenisUnor(jenisText);
      if (!j) issues.invalid(r, 'JENIS_UNOR', jenisText, EXPECTED.JENIS_UNOR);
      else jenis = j;
    }
    const parent = r.text('UNOR_INDUK_KODE');
    const kepala = r.text('JABATAN_KEPALA_KODE');
    if (kode && issues.duplicate(r, 'UNOR_KODE', kode)) continue;
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
  return unitRows;
}
