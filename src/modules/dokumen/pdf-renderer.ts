/**
 * Server-side PDF rendering with pdfmake 0.3 and the Roboto fonts shipped in the pdfmake package
 * (embedded from the package, never downloaded; no file or URL access at render time).
 *
 * Speed: pdfmake opens (parses) every font again for every document, which was about half of the
 * time of a 3-page SKP, and shapes every word again (OpenType layout), another third. The fonts
 * are parsed once here and the parsed font objects are shared by every document: pdfmake's
 * `provideFont` is wrapped so that a document embeds a fresh subset (its own pdfkit EmbeddedFont)
 * of the shared parsed font, and the per-font cache of shaped words (read-only once computed) is
 * shared too, so the BerAKHLAK guides, headings and common words are shaped once per process. The
 * word cache is dropped when it grows past a bound (names and NIPs make it grow slowly). Only
 * fonts registered here take that path; anything else falls back to pdfmake's own code. Versions
 * are pinned in package.json; the wrapper checks the internals it needs and disables itself if
 * they are missing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A pdfmake document definition (see pdfmake's docs; kept loose on purpose). */
export type DocDefinition = Record<string, unknown>;

interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

interface PdfKitLike {
  font(src: Buffer): {
    _font: { font: unknown; constructor: new (doc: unknown, font: unknown, id: string) => { id: string } };
  };
  ref(): object;
}

interface PdfRef {
  write(chunk: unknown): void;
  finalize(): void;
  kinerjaText?: string[];
}

/**
 * pdfkit turns every content operator into its own small Buffer and concatenates thousands of them
 * per page; collecting the operator strings and converting them once per stream (same bytes) took
 * a tenth off the time of a document.
 */
function batchStreamWrites(refProto: PdfRef): void {
  const write = refProto.write;
  const finalize = refProto.finalize;
  if (typeof write !== 'function' || typeof finalize !== 'function') return;
  const flush = (ref: PdfRef) => {
    if (ref.kinerjaText?.length) {
      const text = `${ref.kinerjaText.join('\n')}\n`;
      ref.kinerjaText = [];
      write.call(ref, Buffer.from(text, 'binary'));
    }
  };
  refProto.write = function (this: PdfRef, chunk: unknown) {
    if (typeof chunk === 'string') {
      if (this.kinerjaText) this.kinerjaText.push(chunk);
      else this.kinerjaText = [chunk];
      return;
    }
    flush(this);
    write.call(this, chunk);
  };
  refProto.finalize = function (this: PdfRef) {
    flush(this);
    finalize.call(this);
  };
}

const VARIANTS = ['normal', 'bold', 'italics', 'bolditalics'] as const;
/** Bound of the shared cache of shaped words per font variant (a few MB). */
const MAX_SHAPED_WORDS = 50_000;
export const FONT = 'Roboto';

let pdfmake: PdfMakeServer | null = null;
let sharedFonts = false;

/** Sets pdfmake up once per process; returns it. */
function engine(): PdfMakeServer {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  const pm = require('pdfmake') as PdfMakeServer;
  // Resolve pdfkit and pdfmake's own PDFDocument next to pdfmake, whatever the install layout.
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  const files = (require('pdfmake/fonts/Roboto.js') as { Roboto: Record<(typeof VARIANTS)[number], string> }).Roboto;
  const names: Record<string, string> = {};
  const parsed = new Map<string, unknown>();
  const shaped = new Map<string, { words: Record<string, unknown>; uses: number }>();
  let Embedded: (new (doc: unknown, font: unknown, id: string) => { id: string }) | null = null;
  try {
    const PdfKit = fromPdfmake('pdfkit') as new (opts: object) => PdfKitLike;
    const probe = new PdfKit({ autoFirstPage: false });
    batchStreamWrites(Object.getPrototypeOf(probe.ref()) as PdfRef);
    for (const v of VARIANTS) {
      const name = `kinerja-${FONT}-${v}.ttf`;
      const data = readFileSync(files[v]);
      pm.virtualfs.writeFileSync(name, data);
      names[v] = name;
      const emb = probe.font(data)._font;
      parsed.set(name, emb.font);
      Embedded = emb.constructor;
    }
  } catch {
    for (const v of VARIANTS) {
      const name = `kinerja-${FONT}-${v}.ttf`;
      pm.virtualfs.writeFileSync(name, readFileSync(files[v]));
      names[v] = name;
    }
  }
  pm.setFonts({ [FONT]: names });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);

  const MakeDoc = (fromPdfmake('pdfmake/js/PDFDocument.js') as { default?: { prototype: Record<string, unknown> } })
    .default;
  const original = MakeDoc?.prototype.provideFont as
    | ((this: MakeDocThis, f: string, b: boolean, i: boolean) => unknown)
    | undefined;
  if (MakeDoc && original && Embedded && parsed.size === VARIANTS.length) {
    const Ctor = Embedded;
    MakeDoc.prototype.provideFont = function provideFont(
      this: MakeDocThis,
      family: string,
      bold: boolean,
      italics: boolean,
    ) {
      const type = this.getFontType(bold, italics);
      const file = this.fonts[family]?.[type];
      const font = typeof file === 'string' ? parsed.get(file) : undefined;
      if (!font || typeof this._fontCount !== 'number' || !this._fontFamilies)
        return original.call(this, family, bold, italics);
      this.fontCache[family] ??= {};
      let emb = this.fontCache[family][type];
      if (!emb) {
        this._fontCount += 1;
        emb = new Ctor(this, font, `F${this._fontCount}`);
        let cache = shaped.get(file as string);
        if (!cache || (++cache.uses % 200 === 0 && Object.keys(cache.words).length > MAX_SHAPED_WORDS)) {
          cache = { words: Object.create(null) as Record<string, unknown>, uses: 0 };
          shaped.set(file as string, cache);
        }
        if ('layoutCache' in emb) (emb as { layoutCache: unknown }).layoutCache = cache.words;
        // Registered like pdfkit's own font() does, so the subset is embedded when the document ends.
        this._fontFamilies[emb.id] = emb;
        this.fontCache[family][type] = emb;
      }
      return emb;
    };
    sharedFonts = true;
  }
  pdfmake = pm;
  return pm;
}

interface MakeDocThis {
  fonts: Record<string, Record<string, unknown>>;
  fontCache: Record<string, Record<string, { id: string }>>;
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  getFontType(bold: boolean, italics: boolean): string;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return engine()
    .createPdf({ ...doc, defaultStyle: { font: FONT, ...(doc.defaultStyle as object | undefined) } })
    .getBuffer();
}

/** Whether the shared-font speed-up is active (for diagnostics and the benchmark). */
export function usesSharedFonts(): boolean {
  engine();
  return sharedFonts;
}
