import { describe, expect, it } from 'vitest';
import { localizeDetails } from './error-handler.ts';
import { langOfCookie, langOfQueryString, requestLang } from './lang.ts';

const req = (url: string, headers: Record<string, string> = {}) => ({ headers, raw: { url } });

describe('the language of an answer', () => {
  it('reads ?lang= from the raw URL, wherever it stands in the query string', () => {
    expect(langOfQueryString('/api/x?lang=en')).toBe('en');
    expect(langOfQueryString('/api/x?tahun=2026&lang=en&page=2')).toBe('en');
    expect(langOfQueryString('/api/x?lang=id')).toBe('id');
    expect(langOfQueryString('/api/x?lang=fr')).toBeUndefined();
    expect(langOfQueryString('/api/x?slang=en')).toBeUndefined();
    expect(langOfQueryString('/api/x')).toBeUndefined();
    expect(langOfQueryString(undefined)).toBeUndefined();
  });

  it('reads the kinerja_lang cookie among others, and nothing that merely ends like it', () => {
    expect(langOfCookie('kinerja_sid=abc; kinerja_lang=en')).toBe('en');
    expect(langOfCookie('kinerja_lang=id; kinerja_sid=abc')).toBe('id');
    expect(langOfCookie('x_kinerja_lang=en')).toBeUndefined();
    expect(langOfCookie('kinerja_lang=english')).toBeUndefined();
    expect(langOfCookie(undefined)).toBeUndefined();
  });

  it('prefers ?lang=, then the cookie, then Accept-Language, and defaults to Indonesian', () => {
    expect(requestLang(req('/a?lang=id', { cookie: 'kinerja_lang=en', 'accept-language': 'en' }))).toBe('id');
    expect(requestLang(req('/a', { cookie: 'kinerja_lang=en', 'accept-language': 'id' }))).toBe('en');
    expect(requestLang(req('/a', { 'accept-language': 'en-US,en;q=0.9' }))).toBe('en');
    expect(requestLang(req('/a', { 'accept-language': 'fr' }))).toBe('id');
    expect(requestLang(req('/a'))).toBe('id');
  });
});

describe('localised error details', () => {
  it('keeps one language of every bilingual text in each line and leaves the rest alone', () => {
    const details = [
      { field: 'body.teks', message: { id: 'Teks wajib diisi.', en: 'The text is required.' } },
      { baris: 3, kolom: 'TARGET', pesan: { id: 'TARGET wajib diisi.', en: 'TARGET is required.' } },
      { field: 'body.nip', code: 'NIP.BIRTH_DATE_INVALID', message: 'plain' },
      { nested: { id: 'x', en: 'y', extra: 1 } },
    ];
    expect(localizeDetails(details, 'en')).toEqual([
      { field: 'body.teks', message: 'The text is required.' },
      { baris: 3, kolom: 'TARGET', pesan: 'TARGET is required.' },
      { field: 'body.nip', code: 'NIP.BIRTH_DATE_INVALID', message: 'plain' },
      { nested: 'y' },
    ]);
    expect(localizeDetails(details, 'id')).toEqual([
      { field: 'body.teks', message: 'Teks wajib diisi.' },
      { baris: 3, kolom: 'TARGET', pesan: 'TARGET wajib diisi.' },
      { field: 'body.nip', code: 'NIP.BIRTH_DATE_INVALID', message: 'plain' },
      { nested: 'x' },
    ]);
  });

  it('passes details that are not a list through unchanged', () => {
    const details = { retryAfterSeconds: 60 };
    expect(localizeDetails(details, 'en')).toBe(details);
    expect(localizeDetails(null, 'en')).toBeNull();
  });
});
