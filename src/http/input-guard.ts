/**
 * Refuses text that the database cannot store before any route sees it: a NUL character (U+0000;
 * PostgreSQL text and jsonb reject it) or a lone UTF-16 surrogate (not encodable as UTF-8: the
 * driver would silently store U+FFFD, losing what was sent). Checked in every string — values and
 * object keys — of the body, the query and the path parameters, for every route, so no route can
 * forget it; the answer is the usual 400 `VALIDATION.FAILED` with one detail per field. Without this
 * a NUL reached PostgreSQL and came back as a 500, even on the login route.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, type Lang } from './errors.ts';
import { requestLang } from './lang.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Nesting deeper than this is not walked further (JSON bodies are bounded by the body limit). */
const MAX_DEPTH = 64;
/** At most this many problems are reported. */
const MAX_DETAILS = 20;

const MESSAGE: Record<'nul' | 'surrogate', Record<Lang, string>> = {
  nul: {
    id: 'Karakter NUL (U+0000) tidak diperbolehkan.',
    en: 'The NUL character (U+0000) is not allowed.',
  },
  surrogate: {
    id: 'Teks berisi karakter Unicode yang rusak (surrogate tunggal).',
    en: 'The text contains a broken Unicode character (lone surrogate).',
  },
};

/** What is wrong with a string, if anything. */
export function textProblem(value: string): 'nul' | 'surrogate' | null {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return null;
}

/** Every bad string (or key) in a parsed value, with its path in the validation error's field style. */
export function findBadText(value: unknown, path: string): Array<{ field: string; problem: 'nul' | 'surrogate' }> {
  const out: Array<{ field: string; problem: 'nul' | 'surrogate' }> = [];
  const walk = (v: unknown, at: string, depth: number) => {
    if (out.length >= MAX_DETAILS) return;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) out.push({ field: at, problem });
      return;
    }
    if (!v || typeof v !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(v)) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${at}.${i}`, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      const problem = textProblem(key);
      // The key itself is broken: name the field by its position, not by the broken text.
      if (problem) out.push({ field: `${at}.<key>`, problem });
      else walk(item, `${at}.${key}`, depth + 1);
      if (out.length >= MAX_DETAILS) return;
    }
  };
  walk(value, path, 0);
  return out;
}

/** preValidation hook (global): 400 VALIDATION.FAILED when any input string holds NUL or a lone surrogate. */
export async function inputTextGuard(req: FastifyRequest): Promise<void> {
  const bad = [
    ...findBadText(req.params, 'params'),
    ...findBadText(req.query, 'querystring'),
    ...findBadText(req.body, 'body'),
  ];
  if (bad.length === 0) return;
  const lang = requestLang(req);
  throw new AppError(
    'VALIDATION.FAILED',
    bad.slice(0, MAX_DETAILS).map((b) => ({ field: b.field, message: MESSAGE[b.problem][lang] })),
  );
}
