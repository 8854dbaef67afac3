/**
 * Schema validation messages in the caller's language. Zod writes its own messages in English at
 * parse time, without the request; the error handler rebuilds the Indonesian one from the issue
 * (zod's `id` locale) with the value the client sent. Messages a schema writes itself come from
 * `SCHEMA_MESSAGES` (bilingual), so they too are answered in one language.
 */
import { z } from 'zod';
import type { Lang } from './errors.ts';
import { SCHEMA_MESSAGES } from './schema-messages.ts';

/** One entry of fastify-type-provider-zod's `err.validation`. */
export interface ZodValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

const LOCALES = { id: z.locales.id(), en: z.locales.en() };

function valueAt(source: unknown, path: readonly string[]): unknown {
  let node = source;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function render(locale: (typeof LOCALES)['id'], issue: Record<string, unknown>): string | undefined {
  const out = (locale.localeError as ((i: unknown) => string | { message: string } | undefined) | undefined)?.(issue);
  return typeof out === 'string' ? out : out?.message;
}

/**
 * The message of one validation failure in `lang`. `source` is what was validated (the body, the
 * query …, unchanged since validation failed): zod's messages name the type received.
 */
export function localizeValidationMessage(v: ZodValidationEntry, lang: Lang, source: unknown): string {
  const message = v.message ?? '';
  const own = Object.values(SCHEMA_MESSAGES).find((m) => m.en === message);
  if (own) return own[lang];
  if (lang === 'en') return message;
  const path = v.instancePath.split('/').filter(Boolean);
  const raw = valueAt(source, path);
  // The value zod saw: as sent, or as a coercing schema turned it (z.coerce.number, z.coerce.date).
  const seen = [raw, Number(raw), new Date(raw as string)];
  try {
    for (const input of seen) {
      const issue = { ...v.params, code: v.keyword, path, input };
      // Only zod's own message is rebuilt: anything else was written by hand and is kept.
      if (render(LOCALES.en, issue) === message) return render(LOCALES.id, issue) ?? message;
    }
    return message;
  } catch {
    return message;
  }
}
