import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, isShownInFields } from './field-errors.ts';

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

  it('keeps the first of several NIP problems under the NIP field (the message of the error)', () => {
    const error = apiError('PEGAWAI.NIP_INVALID', 'Digit 1–8 NIP bukan tanggal lahir', [
      {
        field: 'body.nip',
        code: 'NIP.BIRTH_DATE_INVALID',
        message: { id: 'Digit 1–8 NIP bukan tanggal lahir', en: 'x' },
      },
      { field: 'body.nip', code: 'NIP.GENDER_INVALID', message: { id: 'Digit 15 NIP bukan 1 atau 2', en: 'y' } },
    ]);
    const fields = fieldErrorsOf(error, indonesian);
    expect(fields).toEqual({ nip: 'Digit 1–8 NIP bukan tanggal lahir' });
    expect(isShownInFields(error, fields)).toBe(true);
  });

  it('tells whether the error message already stands under an input', () => {
    const validation = apiError('VALIDATION.FAILED', 'Data yang dikirim tidak valid.', [
      { field: 'body.email', message: 'Invalid email address' },
    ]);
    expect(isShownInFields(validation, fieldErrorsOf(validation, indonesian))).toBe(false);
    const duplicate = apiError('CONFLICT.DUPLICATE', 'NIP ini sudah dipakai pegawai lain.', { field: 'nip' });
    expect(isShownInFields(duplicate, fieldErrorsOf(duplicate, indonesian))).toBe(true);
    expect(isShownInFields(null, {})).toBe(false);
  });
});
