/**
 * Tiny real files of each accepted kind, built in code: the demo's evidence, the tests' fixtures
 * and the upload benchmark use them (no binary files in the repository).
 */
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A real RGB PNG of `width` × `height` filled with one colour. `declare` overrides the size the
 * header states (a "pixel bomb": a small file that claims to be huge).
 */
export function samplePng(
  width = 8,
  height = 8,
  rgb: [number, number, number] = [46, 125, 50],
  declare?: { width: number; height: number },
): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(declare?.width ?? width, 0);
  ihdr.writeUInt32BE(declare?.height ?? height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 1 × 1 progressive JPEG (the smallest well-formed one). */
export function sampleJpeg(): Buffer {
  return Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////' +
      '////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  );
}

/** A 1 × 1 lossless WebP. */
export function sampleWebp(): Buffer {
  return Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
}

/** A valid one-page PDF showing `text` (ASCII), with a correct cross-reference table. */
export function samplePdf(text = 'Bukti dukung'): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 40 780 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CT = (main: string, part: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${main}"/></Types>`;

const ROOT_RELS = (part: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${part}"/></Relationships>`;

/** A minimal DOCX with one paragraph; `extra` entries are added (e.g. a bomb). */
export function sampleDocx(text = 'Bukti dukung', extra: Record<string, Uint8Array> = {}, level: 0 | 9 = 9): Buffer {
  const doc =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    `<w:p><w:r><w:t>${text.replace(/[<&]/g, '')}</w:t></w:r></w:p></w:body></w:document>`;
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(CT('wordprocessingml.document.main+xml', 'word/document.xml')),
        '_rels/.rels': strToU8(ROOT_RELS('word/document.xml')),
        'word/document.xml': strToU8(doc),
        ...extra,
      },
      { level },
    ),
  );
}

/** A minimal XLSX (one empty sheet). */
export function sampleXlsx(): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(CT('spreadsheetml.sheet.main+xml', 'xl/workbook.xml')),
      '_rels/.rels': strToU8(ROOT_RELS('xl/workbook.xml')),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      ),
    }),
  );
}

/** A minimal OpenDocument file: the stored "mimetype" entry first, then its content. */
export function sampleOdf(kind: 'text' | 'spreadsheet' | 'presentation' = 'text'): Buffer {
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }],
      'content.xml': strToU8(
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      ),
    }),
  );
}

/** A minimal OLE compound file (MS-CFB v3) whose directory holds the stream `name` ("WordDocument": a .doc). */
export function sampleOle(name = 'WordDocument'): Buffer {
  const out = Buffer.alloc(512 * 3, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(out, 0);
  out.writeUInt16LE(0x3e, 0x18);
  out.writeUInt16LE(3, 0x1a);
  out.writeUInt16LE(0xfffe, 0x1c);
  out.writeUInt16LE(9, 0x1e);
  out.writeUInt16LE(6, 0x20);
  out.writeUInt32LE(1, 0x2c); // one FAT sector
  out.writeUInt32LE(1, 0x30); // directory starts at sector 1
  out.writeUInt32LE(0x1000, 0x38);
  out.writeUInt32LE(0xfffffffe, 0x3c);
  out.writeUInt32LE(0xfffffffe, 0x44);
  for (let k = 0; k < 109; k++) out.writeUInt32LE(k === 0 ? 0 : 0xffffffff, 0x4c + k * 4);
  // Sector 0 (offset 512): the FAT. Sector 0 is a FAT sector, sector 1 ends the directory chain.
  for (let k = 0; k < 128; k++) out.writeUInt32LE(0xffffffff, 512 + k * 4);
  out.writeUInt32LE(0xfffffffd, 512);
  out.writeUInt32LE(0xfffffffe, 516);
  // Sector 1 (offset 1024): the directory — the root entry and one stream.
  const entry = (at: number, entryName: string, type: number) => {
    const n = Buffer.from(`${entryName}\0`, 'utf16le');
    n.copy(out, at);
    out.writeUInt16LE(n.length, at + 0x40);
    out[at + 0x42] = type;
    out.writeUInt32LE(0xffffffff, at + 0x44);
    out.writeUInt32LE(0xffffffff, at + 0x48);
    out.writeUInt32LE(type === 5 ? 1 : 0xffffffff, at + 0x4c);
  };
  entry(1024, 'Root Entry', 5);
  entry(1024 + 128, name, 2);
  return out;
}
