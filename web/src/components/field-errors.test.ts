import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors.ts';

/** The shape of the client's ApiError (client.ts needs a browser to load). */
const apiError = (code: string, message: string, details: unknown) =>
  Object.assign(new Error(message), { code, details });
const indonesian = (m: { id: string; en: string }) => m.id;

describe('field errors of an API error', () => {
  it('keys validation details by the top-level body field and keeps the first message of each', () => {
    const error = apiError('VALIDATION.FAILED', 'Data yang dikirim tidak valid.', [
      { field: 'body.nama', message: 'Too small' },
      { field: 'body.jenjang', message: { id: 'Jenjang wajib', en: 'Jenjang is required' } },
      { field: 'body.nama', message: 'second message' },
      { field: 'querystring.tanggal', message: 'ignored: not a form field' },
    ]);
    expect(fieldErrorsOf(error, indonesian)).toEqual({ nama: 'Too small', jenjang: 'Jenjang wajib' });
  });

  it('shows a duplicate code under the code field with the error message', () => {
    const error = apiError('CONFLICT.DUPLICATE', 'Data dengan kode ini sudah ada.', { field: 'kode' });
    expect(fieldErrorsOf(error, indonesian)).toEqual({ kode: 'Data dengan kode ini sudah ada.' });
  });

  it('has nothing for errors without field details', () => {
    expect(fieldErrorsOf(apiError('CONFLICT.VERSION', 'x', { currentVersion: 2 }), indonesian)).toEqual({});
    expect(fieldErrorsOf(new Error('network'), indonesian)).toEqual({});
    expect(fieldErrorsOf(null, indonesian)).toEqual({});
  });
});
