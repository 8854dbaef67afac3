/**
 * Real XLSX zips for limit tests, built with fflate: a minimal workbook with one sheet whose XML
 * is what the test gives (e.g. 200 MiB of spaces, which deflate shrinks a thousandfold), and a
 * way to forge the size a zip's central directory declares for an entry (an honest 2 GB claim, or
 * a lie that hides a bomb).
 */
import { strToU8, zipSync } from 'fflate';

const WORKBOOK =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
  '<sheet name="PEGAWAI" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

export const SHEET_ENTRY = 'xl/worksheets/sheet1.xml';

/** A sheet of `rows` rows of one inline-string cell each, as XML bytes. */
export function sheetXml(rows: number, cell = 'x'): Uint8Array {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${cell}</t></is></c></row>`;
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(row(r));
  return strToU8(`<worksheet><sheetData>${parts.join('')}</sheetData></worksheet>`);
}

/** A real XLSX zip (repetitive XML shrinks a hundred- to a thousandfold). */
export function xlsxWithSheet(sheet: Uint8Array, extra: Record<string, Uint8Array> = {}, level: 1 | 9 = 9): Buffer {
  return Buffer.from(
    zipSync(
      {
        'xl/workbook.xml': strToU8(WORKBOOK),
        'xl/_rels/workbook.xml.rels': strToU8(RELS),
        [SHEET_ENTRY]: sheet,
        ...extra,
      },
      { level },
    ),
  );
}

/** A copy of the zip whose central directory declares `size` uncompressed bytes for `entry`. */
export function forgeDeclaredSize(zip: Uint8Array, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = 0; p + 46 < out.length; p++) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLen = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + nameLen) === entry) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`no entry ${entry}`);
}
