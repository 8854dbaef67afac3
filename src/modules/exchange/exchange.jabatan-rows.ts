/**
 * Pass 1 for the JABATAN sheet: each position row on its own (required cells, JENIS_JABATAN with
 * ESELON, JENJANG, KELAS, KEPALA_UNOR, duplicate JABATAN_KODE). Its unit, superior and head role
 * are checked later against the other sheets and the existing data.
 */
import type { JenisJabatan, Jenjang } from './exchange.format.ts';
import { normalizeJenisJabatan, normalizeJenjang, normalizeYesNo } from './exchange.normalize.ts';
import { EXPECTED, type IssueLog, type RowReader } from './exchange.row-checks.ts';

/** A valid position row. Optional values: undefined = column absent (keep), null = cleared. */
export interface JabatanRow {
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

/** The position rows that passed their own checks; the others' errors go to the log. */
export function readJabatanRows(readers: RowReader[], issues: IssueLog): JabatanRow[] {
  const jabatanRows: JabatanRow[] = [];
  for (const r of readers) {
    const kode = issues.required(r, 'JABATAN_KODE');
    const nama = issues.required(r, 'JABATAN_NAMA');
    const jenisText = issues.required(r, 'JENIS_JABATAN');
    const unitKode = issues.required(r, 'UNOR_KODE');
    let jenis: JenisJabatan | null = null;
    if (jenisText) {
      const j = normalizeJenisJabatan(jenisText, r.text('ESELON') || null);
      if (j === null || j === 'NEEDS_ESELON') issues.invalid(r, 'JENIS_JABATAN', jenisText, EXPECTED.JENIS_JABATAN);
      else jenis = j;
    }
    let jenjang: Jenjang | null | undefined;
    const jenjangText = r.text('JENJANG');
    if (jenjangText !== undefined) {
      jenjang = jenjangText === '' ? null : normalizeJenjang(jenjangText);
      if (jenjang === null && jenjangText !== '') issues.invalid(r, 'JENJANG', jenjangText, EXPECTED.JENJANG);
    }
    let kelas: number | null | undefined;
    const kelasText = r.text('KELAS');
    if (kelasText !== undefined) {
      kelas = kelasText === '' ? null : Number(kelasText);
      if (kelas !== null && !(Number.isInteger(kelas) && kelas >= 1 && kelas <= 17)) {
        issues.invalid(r, 'KELAS', kelasText, EXPECTED.KELAS);
        kelas = null;
      }
    }
    const atasan = r.text('ATASAN_JABATAN_KODE');
    let kepala: boolean | undefined;
    const kepalaText = r.text('KEPALA_UNOR');
    if (kepalaText) {
      const yn = normalizeYesNo(kepalaText);
      if (yn === null) issues.invalid(r, 'KEPALA_UNOR', kepalaText, EXPECTED.KEPALA_UNOR);
      else kepala = yn;
    }
    if (kode && issues.duplicate(r, 'JABATAN_KODE', kode)) continue;
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
  return jabatanRows;
}
