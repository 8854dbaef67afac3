/**
 * The caller's language for server messages: `?lang=` (read from the raw URL, because a route's zod
 * query schema strips unknown keys before the error handler runs), then the `kinerja_lang` cookie
 * the web app sets (so plain links — PDF and XLSX downloads — follow the UI language), then
 * Accept-Language; Indonesian by default.
 */
import type { FastifyRequest } from 'fastify';
import { type Lang, pickLang } from './errors.ts';

/** `lang` of a raw query string (`a=1&lang=en`), without decoding anything else; undefined when absent. */
export function langOfQueryString(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const q = url.indexOf('?');
  if (q < 0) return undefined;
  for (const part of url.slice(q + 1).split('&')) {
    if (part === 'lang=en' || part === 'lang=id') return part.slice(5);
  }
  return undefined;
}

/** `kinerja_lang` of a Cookie header, when it is `id` or `en`. */
export function langOfCookie(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  const m = /(?:^|;\s*)kinerja_lang=(id|en)(?:;|$)/.exec(cookieHeader);
  return m?.[1];
}

/** The language to answer `req` in. */
export function requestLang(req: Pick<FastifyRequest, 'headers'> & { raw: { url?: string } }): Lang {
  const header = req.headers['accept-language'];
  const explicit = langOfQueryString(req.raw.url) ?? langOfCookie(req.headers.cookie);
  return pickLang(Array.isArray(header) ? header[0] : header, explicit);
}
