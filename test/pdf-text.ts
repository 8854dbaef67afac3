/**
 * A small, pure PDF text extractor for tests of the documents we generate (pdfkit/pdfmake output):
 * inflates FlateDecode streams, reads each font's ToUnicode CMap, and decodes the glyph ids of
 * the text-showing operators (Tj, TJ) page by page. Not a general PDF parser: enough to assert
 * that a generated document contains a text, without poppler or other system tools.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    let dataStart = start + s + 'stream'.length;
    if (text[dataStart] === '\r') dataStart++;
    if (text[dataStart] === '\n') dataStart++;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
    let data = pdf.subarray(dataStart, dataStart + length);
    if (/\/Filter \/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(m[1]), { dict, stream: Buffer.from(data) });
    re.lastIndex = end;
  }
  return objects;
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** Glyph id (hex, 4 digits) → text, from a ToUnicode CMap. */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(src, 16), utf16(dst));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const a = Number.parseInt(lo, 16);
      const b = Number.parseInt(hi, 16);
      if (rest.startsWith('[')) {
        // One entry per code; a ligature maps to several code units written with spaces: <0066 0069>.
        const items = [...rest.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => utf16(x[1].replace(/\s+/g, '')));
        for (let k = a; k <= b; k++) map.set(k, items[k - a] ?? '');
      } else {
        const base = Number.parseInt(rest.slice(1, -1), 16);
        for (let k = a; k <= b; k++) map.set(k, String.fromCharCode(base + (k - a)));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The text of each page, one line per text-showing operator. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOfFont = (fontObj: number) => {
    const cached = cmaps.get(fontObj);
    if (cached) return cached;
    const font = objects.get(fontObj);
    const tu = font ? ref(font.dict, 'ToUnicode') : null;
    const stream = tu !== null ? objects.get(tu)?.stream : null;
    const map = stream ? parseCmap(stream.toString('latin1')) : new Map<number, string>();
    cmaps.set(fontObj, map);
    return map;
  };
  const pages: string[] = [];
  for (const [, obj] of [...objects].sort((a, b) => a[0] - b[0])) {
    if (!/\/Type \/Page\b/.test(obj.dict)) continue;
    const contents = ref(obj.dict, 'Contents');
    const resources = ref(obj.dict, 'Resources');
    const resDict = resources !== null ? (objects.get(resources)?.dict ?? '') : obj.dict;
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resDict)?.[1] ?? '';
    const fonts = new Map([...fontBlock.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map((m) => [m[1], Number(m[2])]));
    const content = contents !== null ? (objects.get(contents)?.stream?.toString('latin1') ?? '') : '';
    const lines: string[] = [];
    let cmap = new Map<number, string>();
    const decode = (hex: string) => {
      let s = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) s += cmap.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '';
      return s;
    };
    for (const m of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) {
        const fontObj = fonts.get(m[1]);
        cmap = fontObj !== undefined ? cmapOfFont(fontObj) : new Map();
      } else if (m[2] !== undefined) {
        lines.push([...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decode(x[1])).join(''));
      } else if (m[3] !== undefined) {
        lines.push(decode(m[3]));
      }
    }
    pages.push(lines.join('\n'));
  }
  return pages;
}

/** All the text of a PDF with whitespace collapsed (wrapped lines join with a space). */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf).join('\n').replace(/\s+/g, ' ').trim();
}

/** Whether the PDF shows `text`, ignoring whitespace (line wraps may split words anywhere, e.g. at "/"). */
export function pdfHasText(pdf: Buffer | string, text: string): boolean {
  const hay = (typeof pdf === 'string' ? pdf : pdfText(pdf)).replace(/\s+/g, '');
  return hay.includes(text.replace(/\s+/g, ''));
}
