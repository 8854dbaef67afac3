/**
 * What an uploaded evidence file really is, from its bytes (never from its name or the client's
 * Content-Type): the allow-list of kinds, magic-byte sniffing, and the structural checks that
 * refuse bombs before anyone opens the file —
 * - images: the pixel count from the header (a 50,000 × 50,000 PNG of a few KB would take 10 GB
 *   of memory in the appraiser's browser);
 * - office zips (DOCX/XLSX/PPTX, ODT/ODS/ODP): the central directory (entry count, declared sizes,
 *   compression ratio) and then every entry actually inflated, counting and discarding the output,
 *   stopping at the declared size — so a zip that lies about its sizes is refused too, and the work
 *   is bounded by the limits whatever the file claims;
 * - legacy office (OLE compound files): the directory must name a Word, Excel or PowerPoint stream
 *   (an MSI installer is an OLE file too).
 * Everything reads through `RandomAccess`, so the file is checked where it was staged on disk and
 * never held in memory whole (docs/pelaksanaan-bukti.md "Limits").
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { BUKTI_LIMITS } from './bukti.limits.ts';

export type KindKode =
  | 'PDF'
  | 'PNG'
  | 'JPEG'
  | 'WEBP'
  | 'DOCX'
  | 'XLSX'
  | 'PPTX'
  | 'ODT'
  | 'ODS'
  | 'ODP'
  | 'DOC'
  | 'XLS'
  | 'PPT';

export interface Kind {
  kode: KindKode;
  mime: string;
  /** Extensions a file of this kind may carry (the first is the canonical one). */
  ext: readonly string[];
  /**
   * May be shown in the browser (with `Content-Security-Policy: sandbox`) rather than downloaded:
   * images only. PDFs are always downloaded: browsers' PDF viewers do not run inside a sandboxed
   * document, and without the sandbox a PDF's scripts would run on our origin's viewer.
   */
  inline: boolean;
  /** Served with its own type (images, PDF); office files go out as application/octet-stream. */
  ownType: boolean;
}

/** The allow-list: nothing else is stored (no executables, HTML, SVG, scripts, archives…). */
export const KINDS: Readonly<Record<KindKode, Kind>> = {
  PDF: { kode: 'PDF', mime: 'application/pdf', ext: ['pdf'], inline: false, ownType: true },
  PNG: { kode: 'PNG', mime: 'image/png', ext: ['png'], inline: true, ownType: true },
  JPEG: { kode: 'JPEG', mime: 'image/jpeg', ext: ['jpg', 'jpeg', 'jpe', 'jfif'], inline: true, ownType: true },
  WEBP: { kode: 'WEBP', mime: 'image/webp', ext: ['webp'], inline: true, ownType: true },
  DOCX: {
    kode: 'DOCX',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: ['docx'],
    inline: false,
    ownType: false,
  },
  XLSX: {
    kode: 'XLSX',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: ['xlsx'],
    inline: false,
    ownType: false,
  },
  PPTX: {
    kode: 'PPTX',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ext: ['pptx'],
    inline: false,
    ownType: false,
  },
  ODT: { kode: 'ODT', mime: 'application/vnd.oasis.opendocument.text', ext: ['odt'], inline: false, ownType: false },
  ODS: {
    kode: 'ODS',
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    ext: ['ods'],
    inline: false,
    ownType: false,
  },
  ODP: {
    kode: 'ODP',
    mime: 'application/vnd.oasis.opendocument.presentation',
    ext: ['odp'],
    inline: false,
    ownType: false,
  },
  DOC: { kode: 'DOC', mime: 'application/msword', ext: ['doc'], inline: false, ownType: false },
  XLS: { kode: 'XLS', mime: 'application/vnd.ms-excel', ext: ['xls'], inline: false, ownType: false },
  PPT: { kode: 'PPT', mime: 'application/vnd.ms-powerpoint', ext: ['ppt'], inline: false, ownType: false },
};

const BY_MIME = new Map(Object.values(KINDS).map((k) => [k.mime, k]));

/** The kind of a stored mime (as sniffed at upload); null for anything not on the list. */
export function kindOfMime(mime: string): Kind | null {
  return BY_MIME.get(mime) ?? null;
}

/** Why a file is refused; the service turns each into its BUKTI.* error. */
export class BerkasDitolak extends Error {
  constructor(
    readonly alasan: 'EMPTY' | 'TYPE_NOT_ALLOWED' | 'BOMB' | 'MALFORMED',
    readonly detail: Record<string, unknown> = {},
  ) {
    super(`${alasan} ${JSON.stringify(detail)}`);
  }
}

/** Reads parts of a staged file (a file handle in the service, a Buffer in tests). */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  /** The bytes [start, end) as a stream (for inflating a zip entry without holding it). */
  stream(start: number, end: number): NodeJS.ReadableStream;
}

/** Checks the file and returns its kind; throws BerkasDitolak when it is not allowed. */
export async function inspectBerkas(file: RandomAccess): Promise<Kind> {
  if (file.size === 0) throw new BerkasDitolak('EMPTY');
  const head = await file.read(0, Math.min(file.size, 64));
  const magic = sniffMagic(head);
  switch (magic) {
    case 'PDF':
      return KINDS.PDF;
    case 'PNG':
    case 'JPEG':
    case 'WEBP': {
      const dims = await imageSize(magic, file);
      if (!dims) throw new BerkasDitolak('MALFORMED', { kind: magic });
      const pixels = dims.width * dims.height;
      if (pixels > BUKTI_LIMITS.imagePixels)
        throw new BerkasDitolak('BOMB', { ...dims, pixels, maxPixels: BUKTI_LIMITS.imagePixels });
      return KINDS[magic];
    }
    case 'ZIP':
      return KINDS[await inspectZip(file)];
    case 'OLE':
      return KINDS[await inspectOle(file)];
    default:
      throw new BerkasDitolak('TYPE_NOT_ALLOWED');
  }
}

type Magic = 'PDF' | 'PNG' | 'JPEG' | 'WEBP' | 'ZIP' | 'OLE' | null;

/** The family from the first bytes (file signatures as their specifications define them). */
export function sniffMagic(head: Buffer): Magic {
  const starts = (hex: string, at = 0) => head.subarray(at, at + hex.length / 2).equals(Buffer.from(hex, 'hex'));
  // ISO 32000-1 §7.5.2: the header "%PDF-" — required at offset 0 here (no polyglot prefix).
  if (starts('255044462d')) return 'PDF';
  if (starts('89504e470d0a1a0a')) return 'PNG';
  if (starts('ffd8ff')) return 'JPEG';
  if (starts('52494646') && starts('57454250', 8)) return 'WEBP';
  if (starts('504b0304')) return 'ZIP';
  if (starts('d0cf11e0a1b11ae1')) return 'OLE';
  return null;
}

// ── Images ─────────────────────────────────────────────────────────────────────────────────────

async function imageSize(kind: 'PNG' | 'JPEG' | 'WEBP', file: RandomAccess) {
  if (kind === 'PNG') {
    // PNG spec §11.2.2: IHDR is the first chunk; width and height are its first two uint32.
    const b = await file.read(0, 24);
    if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (kind === 'WEBP') {
    const b = await file.read(0, 30);
    if (b.length < 30) return null;
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
    if (chunk === 'VP8L') {
      const bits = b.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
    return null;
  }
  // JPEG (ITU T.81 Annex B): walk the marker segments to the first start-of-frame.
  let p = 2;
  for (let n = 0; n < 500 && p + 9 <= file.size; n++) {
    const m = await file.read(p, 10);
    if (m[0] !== 0xff) return null;
    const marker = m[1];
    if (marker === 0xff) {
      p += 1;
      continue;
    }
    const len = m.readUInt16BE(2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: m.readUInt16BE(5), width: m.readUInt16BE(7) };
    if (len < 2) return null;
    p += 2 + len;
  }
  return null;
}

// ── Zip containers (OOXML, ODF) ────────────────────────────────────────────────────────────────

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

async function readCentralDirectory(file: RandomAccess): Promise<ZipEntry[]> {
  const tailLen = Math.min(file.size, 65_557);
  const tail = await file.read(file.size - tailLen, tailLen);
  let eocd = -1;
  for (let k = tail.length - 22; k >= 0; k--) {
    if (tail.readUInt32LE(k) === 0x06054b50) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) throw new BerkasDitolak('MALFORMED', { zip: 'no end of central directory' });
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new BerkasDitolak('MALFORMED', { zip: 'zip64' });
  if (count > BUKTI_LIMITS.zipEntries)
    throw new BerkasDitolak('BOMB', { entries: count, maxEntries: BUKTI_LIMITS.zipEntries });
  if (cdOffset + cdSize > file.size) throw new BerkasDitolak('MALFORMED', { zip: 'central directory out of range' });
  const cd = await file.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
      throw new BerkasDitolak('MALFORMED', { zip: 'bad central directory' });
    const nameLen = cd.readUInt16LE(p + 28);
    entries.push({
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressed: cd.readUInt32LE(p + 20),
      declared: cd.readUInt32LE(p + 24),
      local: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

/** Checks the claims of every entry, before inflating anything. */
function checkDeclared(entries: ZipEntry[]) {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) throw new BerkasDitolak('MALFORMED', { zip: 'encrypted', entry: e.name });
    if (e.method !== 0 && e.method !== 8) throw new BerkasDitolak('MALFORMED', { zip: 'method', entry: e.name });
    total += e.declared;
    const ratio = e.declared / Math.max(1, e.compressed);
    if (e.declared > BUKTI_LIMITS.zipRatioFloorBytes && ratio > BUKTI_LIMITS.zipRatio)
      throw new BerkasDitolak('BOMB', { entry: e.name, ratio: Math.round(ratio), maxRatio: BUKTI_LIMITS.zipRatio });
  }
  if (total > BUKTI_LIMITS.zipTotalBytes)
    throw new BerkasDitolak('BOMB', { uncompressedBytes: total, maxUncompressedBytes: BUKTI_LIMITS.zipTotalBytes });
}

/** The data range of an entry (after its local header). */
async function dataRange(file: RandomAccess, e: ZipEntry) {
  const h = await file.read(e.local, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== 0x04034b50)
    throw new BerkasDitolak('MALFORMED', { zip: 'bad local header', entry: e.name });
  const start = e.local + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  if (start + e.compressed > file.size) throw new BerkasDitolak('MALFORMED', { zip: 'truncated', entry: e.name });
  return { start, end: start + e.compressed };
}

/**
 * Inflates one entry, keeping at most `keep` bytes of its output; refuses an entry whose output
 * differs from its declared size (stopping as soon as it passes it, so a lie costs nothing).
 */
async function inflateEntry(file: RandomAccess, e: ZipEntry, keep = 0): Promise<Buffer> {
  const { start, end } = await dataRange(file, e);
  if (e.method === 0) {
    if (e.compressed !== e.declared) throw new BerkasDitolak('MALFORMED', { zip: 'stored size', entry: e.name });
    return keep ? file.read(start, Math.min(keep, e.compressed)) : Buffer.alloc(0);
  }
  if (e.compressed === 0) throw new BerkasDitolak('MALFORMED', { zip: 'empty deflate', entry: e.name });
  const kept: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const source = file.stream(start, end);
    const inflate = createInflateRaw();
    const fail = (err: Error) => {
      (source as unknown as { destroy?: () => void }).destroy?.();
      inflate.destroy();
      reject(err);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (size < keep) kept.push(chunk.subarray(0, keep - size));
      size += chunk.length;
      if (size > e.declared)
        fail(new BerkasDitolak('BOMB', { entry: e.name, declaredBytes: e.declared, reason: 'lies about its size' }));
    });
    inflate.on('end', () => resolve());
    inflate.on('error', () => fail(new BerkasDitolak('MALFORMED', { zip: 'inflate', entry: e.name })));
    source.on('error', fail);
    source.pipe(inflate);
  });
  if (size !== e.declared) throw new BerkasDitolak('MALFORMED', { zip: 'size mismatch', entry: e.name });
  return Buffer.concat(kept);
}

const ODF: Record<string, KindKode> = {
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
};

/** ECMA-376 Part 2 §10.1.2: the package's [Content_Types].xml names the main part's type. */
const OOXML: { kode: KindKode; part: string; type: string }[] = [
  { kode: 'DOCX', part: 'word/document.xml', type: 'wordprocessingml.document.main+xml' },
  { kode: 'XLSX', part: 'xl/workbook.xml', type: 'spreadsheetml.sheet.main+xml' },
  { kode: 'PPTX', part: 'ppt/presentation.xml', type: 'presentationml.presentation.main+xml' },
];

async function inspectZip(file: RandomAccess): Promise<KindKode> {
  const entries = await readCentralDirectory(file);
  checkDeclared(entries);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let kode: KindKode | null = null;
  // ODF 1.2 Part 3 §3.3: the first entry is "mimetype", stored, holding the media type.
  const first = entries[0];
  if (first?.name === 'mimetype' && first.method === 0 && first.declared < 100) {
    const mime = (await inflateEntry(file, first, 100)).toString('latin1');
    kode = ODF[mime] ?? null;
  } else {
    const ct = byName.get('[Content_Types].xml');
    if (ct && ct.declared <= 1_000_000) {
      const xml = (await inflateEntry(file, ct, ct.declared)).toString('utf8');
      const found = OOXML.find((o) => byName.has(o.part) && xml.includes(o.type));
      kode = found?.kode ?? null;
    }
  }
  // Macro-enabled documents (vbaProject.bin; .docm/.xlsm declare another main type) are not evidence.
  if (!kode || entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)))
    throw new BerkasDitolak('TYPE_NOT_ALLOWED', { container: 'zip' });
  // Every entry inflated once, output counted and dropped: bounded by the declared total above.
  for (const e of entries) await inflateEntry(file, e);
  return kode;
}

// ── OLE compound files (MS-CFB): legacy .doc, .xls, .ppt ──────────────────────────────────────────

const OLE_STREAMS: Record<string, KindKode> = {
  WordDocument: 'DOC',
  Workbook: 'XLS',
  Book: 'XLS',
  'PowerPoint Document': 'PPT',
};

async function inspectOle(file: RandomAccess): Promise<KindKode> {
  const h = await file.read(0, 512);
  if (h.length < 512) throw new BerkasDitolak('MALFORMED', { ole: 'short header' });
  const shift = h.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new BerkasDitolak('MALFORMED', { ole: 'sector size' });
  const sectorSize = 1 << shift;
  const perFat = sectorSize / 4;
  const difat = Array.from({ length: 109 }, (_, k) => h.readUInt32LE(0x4c + k * 4));
  const sectorAt = (s: number) => (s + 1) * sectorSize;
  const nextSector = async (s: number) => {
    const fatSector = difat[Math.floor(s / perFat)];
    if (fatSector === undefined || fatSector >= 0xfffffffa) return 0xfffffffe;
    return (await file.read(sectorAt(fatSector) + (s % perFat) * 4, 4)).readUInt32LE(0);
  };
  // The directory chain, a bounded number of sectors: the streams we look for are top-level
  // entries, written first by every Office version.
  let sector = h.readUInt32LE(0x30);
  for (let n = 0; n < 64 && sector < 0xfffffffa; n++) {
    const dir = await file.read(sectorAt(sector), sectorSize);
    for (let o = 0; o + 128 <= dir.length; o += 128) {
      const nameLen = dir.readUInt16LE(o + 0x40);
      if (nameLen < 2 || nameLen > 64) continue;
      const name = dir.toString('utf16le', o, o + nameLen - 2);
      const kode = OLE_STREAMS[name];
      if (kode) return kode;
    }
    sector = await nextSector(sector);
  }
  throw new BerkasDitolak('TYPE_NOT_ALLOWED', { container: 'ole' });
}

/** A RandomAccess over bytes in memory (tests, tiny demo files). */
export function bufferAccess(bytes: Buffer): RandomAccess {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.max(0, offset), Math.max(0, offset) + length),
    stream: (start, end) => Readable.from([bytes.subarray(start, end)]),
  };
}
