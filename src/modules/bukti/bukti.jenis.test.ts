import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { forgeDeclaredSize } from '../../../test/zip-bomb.ts';
import { BerkasDitolak, bufferAccess, inspectBerkas, KINDS } from './bukti.jenis.ts';
import { cleanFileName, cleanUrl, extensionOf, nameForKind } from './bukti.nama.ts';
import {
  sampleDocx,
  sampleJpeg,
  sampleOdf,
  sampleOle,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleXlsx,
} from './bukti.samples.ts';

const inspect = (b: Buffer) => inspectBerkas(bufferAccess(b));
const refusal = async (b: Buffer) => {
  try {
    await inspect(b);
  } catch (err) {
    if (err instanceof BerkasDitolak) return err.alasan;
    throw err;
  }
  return 'ACCEPTED';
};

describe('evidence content sniffing', () => {
  it.each([
    ['a PDF', samplePdf(), 'PDF'],
    ['a PNG', samplePng(), 'PNG'],
    ['a JPEG', sampleJpeg(), 'JPEG'],
    ['a WebP', sampleWebp(), 'WEBP'],
    ['a DOCX', sampleDocx(), 'DOCX'],
    ['an XLSX', sampleXlsx(), 'XLSX'],
    ['an ODT', sampleOdf('text'), 'ODT'],
    ['an ODS', sampleOdf('spreadsheet'), 'ODS'],
    ['a legacy DOC', sampleOle('WordDocument'), 'DOC'],
    ['a legacy XLS', sampleOle('Workbook'), 'XLS'],
    ['a legacy PPT', sampleOle('PowerPoint Document'), 'PPT'],
  ])('recognises %s from its bytes', async (_name, bytes, kode) => {
    expect((await inspect(bytes)).kode).toBe(kode);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'EMPTY'],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]), 'TYPE_NOT_ALLOWED'],
    ['an ELF executable', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(100)]), 'TYPE_NOT_ALLOWED'],
    ['an HTML page', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'TYPE_NOT_ALLOWED'],
    [
      'an SVG with script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'),
      'TYPE_NOT_ALLOWED',
    ],
    ['a plain zip', Buffer.from(zipSync({ 'a.txt': strToU8('hello') })), 'TYPE_NOT_ALLOWED'],
    ['a macro-enabled DOCX', sampleDocx('x', { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }), 'TYPE_NOT_ALLOWED'],
    ['an OLE file that is no office document (an MSI)', sampleOle('\u4840\u3f3f'), 'TYPE_NOT_ALLOWED'],
    ['a PDF header not at the start (polyglot)', Buffer.from(`GIF89a%PDF-1.4\n`), 'TYPE_NOT_ALLOWED'],
    ['a truncated PNG', samplePng().subarray(0, 20), 'MALFORMED'],
    ['a truncated DOCX', sampleDocx().subarray(0, 200), 'MALFORMED'],
  ])('refuses %s', async (_name, bytes, alasan) => {
    expect(await refusal(bytes)).toBe(alasan);
  });

  it('refuses a pixel bomb: a tiny PNG whose header claims 50,000 × 50,000 pixels', async () => {
    const bomb = samplePng(1, 1, [0, 0, 0], { width: 50_000, height: 50_000 });
    expect(bomb.length).toBeLessThan(100);
    await expect(inspect(bomb)).rejects.toMatchObject({ alasan: 'BOMB', detail: { pixels: 2_500_000_000 } });
  });

  it('accepts a large but reasonable photo size (4000 × 3000)', async () => {
    expect((await inspect(samplePng(1, 1, [0, 0, 0], { width: 4000, height: 3000 }))).kode).toBe('PNG');
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = sampleDocx('x', { 'word/media/zeros.bin': new Uint8Array(8 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    await expect(inspect(bomb)).rejects.toMatchObject({ alasan: 'BOMB' });
  });

  it('refuses a zip whose entry inflates past the size it declares (a lying bomb)', async () => {
    const docx = sampleDocx('x', { 'word/data.xml': strToU8('<a>'.repeat(20_000)) });
    const lying = forgeDeclaredSize(docx, 'word/data.xml', 1000);
    await expect(inspect(lying)).rejects.toMatchObject({ alasan: 'BOMB', detail: { entry: 'word/data.xml' } });
  });

  it('refuses a zip with too many entries', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let k = 0; k < 5_001; k++) many[`word/p${k}.xml`] = strToU8('x');
    await expect(inspect(sampleDocx('x', many, 0))).rejects.toMatchObject({ alasan: 'BOMB' });
  });

  it('never answers anything but a kind or a refusal, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('', 'PK\x03\x04', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '\xff\xd8\xff', 'RIFF\0\0\0\0WEBP'),
        async (tail, head) => {
          const bytes = Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(tail)]);
          const out = await refusal(bytes);
          expect(['ACCEPTED', 'EMPTY', 'TYPE_NOT_ALLOWED', 'BOMB', 'MALFORMED']).toContain(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evidence file names', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\dewi\\laporan.pdf', 'laporan.pdf'],
    ['foto\u202Egpj.exe', 'fotogpj.exe'],
    ['lapo\u0000ran\u0007.pdf', 'laporan.pdf'],
    ['  ..laporan akhir.pdf.. ', 'laporan akhir.pdf'],
    ['a<b>c:d|e?.pdf', 'a_b_c_d_e_.pdf'],
    ['zero\u200Bwidth\uFEFF.png', 'zerowidth.png'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('caps the length and keeps the extension', () => {
    const name = cleanFileName(`${'a'.repeat(500)}.pdf`);
    expect([...name].length).toBe(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it.each([
    ['laporan.pdf', 'pdf'],
    ['LAPORAN.PDF', 'pdf'],
    ['rapat 12.30', null],
    ['tanpa-akhiran', null],
  ])('reads the extension of %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it.each([
    ['foto.jpg', 'JPEG', 'foto.jpg'],
    ['foto.JPEG', 'JPEG', 'foto.JPEG'],
    ['foto', 'PNG', 'foto.png'],
    ['', 'PDF', 'berkas.pdf'],
    ['foto.pdf', 'PNG', null],
    ['setup.exe', 'PDF', null],
    ['laporan.docx', 'XLSX', null],
    ['halaman.html', 'PDF', null],
  ] as const)('names %j holding %s as %j (null: the name claims another type)', (raw, kode, out) => {
    expect(nameForKind(raw, KINDS[kode])).toBe(out);
  });

  it('never yields a name with a path separator or a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const name = cleanFileName(raw);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting they are gone
        expect(name).not.toMatch(/[\\/\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
        expect([...name].length).toBeLessThanOrEqual(120);
      }),
    );
  });
});

describe('evidence links', () => {
  it.each([
    ['https://drive.example.go.id/berkas/1', 'https://drive.example.go.id/berkas/1'],
    [' http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['ftp://example.com/x', null],
    ['https://user:pass@example.com/', null],
    ['//example.com', null],
    ['https://example.com/\u202Eexe', null],
    [`https://example.com/${'a'.repeat(2100)}`, null],
  ])('cleans %j to %j', (raw, out) => {
    expect(cleanUrl(raw)).toBe(out);
  });
});
