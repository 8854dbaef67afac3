/**
 * Cleaning what the client says about a file or link: the file name is only ever shown and put in
 * `Content-Disposition` (never used as a path), yet it is cleaned so that it cannot mislead either —
 * no directories, no control characters, no bidirectional overrides that show "gpj.exe" as
 * "exe.jpg", no invisible characters; a length cap that keeps the extension.
 */

import type { Kind } from './bukti.jenis.ts';
import { BUKTI_LIMITS } from './bukti.limits.ts';

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width characters, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
// Characters Windows refuses in names (the file is saved on the reader's machine).
const RESERVED = /[<>:"|?*\\/]/g;

/** The cleaned name (may be '' when nothing printable is left). */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let name = base.normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const max = BUKTI_LIMITS.fileNameChars;
  const chars = [...name];
  if (chars.length > max) {
    const ext = extensionOf(name);
    const keep = ext ? max - ext.length - 1 : max;
    name = `${chars.slice(0, keep).join('').trimEnd()}${ext ? `.${ext}` : ''}`;
  }
  return name;
}

/** The extension a name claims, lower case; null when it has none (a "12.30" is not one). */
export function extensionOf(name: string): string | null {
  const m = /\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(name);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The name to store for a file of `kind`: cleaned, with the kind's extension added when it had
 * none. Null when the name claims another type than the content ("foto.pdf" holding a PNG).
 */
export function nameForKind(raw: string, kind: Kind): string | null {
  const name = cleanFileName(raw) || 'berkas';
  const ext = extensionOf(name);
  if (ext === null) return cleanFileName(`${name}.${kind.ext[0]}`);
  return kind.ext.includes(ext) ? name : null;
}

/** A link: http or https only, absolute, no credentials, within the length cap; null otherwise. */
export function cleanUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text || text.length > BUKTI_LIMITS.urlChars || HAS_INVISIBLE.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href.length > BUKTI_LIMITS.urlChars ? null : url.href;
}
