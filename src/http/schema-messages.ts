/**
 * Messages zod schemas write themselves, in both languages. A schema uses the English text (zod's
 * own language); the error handler answers the caller's (src/http/validation-messages.ts). No zod
 * import here: the web bundle may reach this file through shared schemas.
 */
import type { Bilingual } from './errors.ts';

/** Use `SCHEMA_MESSAGES.x.en` in a schema. */
export const SCHEMA_MESSAGES = {
  nipDigits: {
    id: 'NIP hanya berisi angka (spasi dan titik boleh).',
    en: 'A NIP has digits only (spaces and dots allowed).',
  },
  presetOrPolicy: { id: 'Isi tepat satu: presetId atau policy.', en: 'Give exactly one of presetId and policy.' },
} as const satisfies Record<string, Bilingual>;
