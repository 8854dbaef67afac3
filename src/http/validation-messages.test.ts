import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCHEMA_MESSAGES } from './schema-messages.ts';
import { localizeValidationMessage, type ZodValidationEntry } from './validation-messages.ts';

/** The entries fastify-type-provider-zod makes of a failed parse (its createValidationError). */
function entries(schema: z.ZodType, input: unknown): ZodValidationEntry[] {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues.map(({ path, code, message, ...params }) => ({
    keyword: code,
    instancePath: `/${path.join('/')}`,
    message,
    params: params as Record<string, unknown>,
  }));
}

const schema = z.object({
  nama: z.string().max(3),
  tahun: z.number().int(),
  nip: z.string().regex(/^\d+$/, SCHEMA_MESSAGES.nipDigits.en),
  catatan: z.string().regex(/^a/, 'written by hand'),
});
const input = { nama: 'Budi', tahun: 'dua ribu', nip: 'x', catatan: 'b' };

describe('validation messages in the caller’s language', () => {
  it('rebuilds zod’s own messages in Indonesian, naming what was sent', () => {
    const [nama, tahun] = entries(schema, input);
    expect(localizeValidationMessage(nama, 'id', input)).toBe('Terlalu besar: diharapkan string memiliki <=3 karakter');
    expect(localizeValidationMessage(tahun, 'id', input)).toBe('Input tidak valid: diharapkan number, diterima string');
    expect(localizeValidationMessage(tahun, 'en', input)).toBe('Invalid input: expected number, received string');
  });

  it('answers a message the schema wrote from the catalogue, in one language', () => {
    const nip = entries(schema, input)[2];
    expect(localizeValidationMessage(nip, 'id', input)).toBe(SCHEMA_MESSAGES.nipDigits.id);
    expect(localizeValidationMessage(nip, 'en', input)).toBe(SCHEMA_MESSAGES.nipDigits.en);
  });

  it('keeps a hand-written message it cannot translate rather than replacing it with a generic one', () => {
    const catatan = entries(schema, input)[3];
    expect(localizeValidationMessage(catatan, 'id', input)).toBe('written by hand');
  });
});
