/**
 * Turns every error into `{ error: { code, message, details } }` in the caller's language, with the
 * right 4xx for bad input: framework refusals (malformed body, too large, wrong content type, a
 * too-long or undecodable URL) get our codes instead of Fastify's English shape (which echoed the
 * URL), and values the database refuses (NUL, an out-of-range number, …) are a 400 rather than a
 * 500. Those database codes are a safety net: the input guard and the schemas should have refused
 * the value first, so each one is logged as a warning to find the gap.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { pgErrorCode } from '../db/pg-error.ts';
import { AppError, type Bilingual, ERROR_CODES, type ErrorCode, type Lang } from './errors.ts';
import { requestLang } from './lang.ts';
import { localizeValidationMessage } from './validation-messages.ts';

/**
 * SQLSTATEs caused by a value the client sent (class 22, data exception): invalid text
 * representation (22P02), NUL/untranslatable character (22P05, 22021), numeric out of range (22003),
 * too long for the column (22001), bad or overflowing date/time (22007, 22008).
 */
const PG_BAD_VALUE = new Set(['22P02', '22P05', '22021', '22003', '22001', '22007', '22008']);

/** The raw URL is read, not `req.query`: a route's query schema strips `lang` before errors are handled. */
function langOf(req: FastifyRequest): Lang {
  return requestLang(req);
}

function isBilingual(v: unknown): v is Record<Lang, string> {
  return (
    !!v && typeof v === 'object' && typeof (v as Bilingual).id === 'string' && typeof (v as Bilingual).en === 'string'
  );
}

/**
 * Services write the lines of `details` with bilingual texts ({ id, en }: one line per invalid RHK
 * field, per import row …); the answer carries the caller's language only, like the message.
 */
export function localizeDetails(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d) => {
    if (!d || typeof d !== 'object' || Array.isArray(d)) return d;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d)) out[k] = isBilingual(v) ? v[lang] : v;
    return out;
  });
}

function send(reply: FastifyReply, lang: Lang, code: ErrorCode, details: unknown = null, status?: number) {
  return reply
    .status(status ?? ERROR_CODES[code].status)
    .send({ error: { code, message: ERROR_CODES[code][lang], details } });
}

/** Our code for a framework refusal (Fastify, its plugins) by its HTTP status. */
function frameworkCode(status: number): ErrorCode {
  if (status === 413) return 'REQUEST.TOO_LARGE';
  if (status === 414) return 'REQUEST.URI_TOO_LONG';
  if (status === 415) return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'AUTH.REQUIRED';
  if (status === 403) return 'ACCESS.FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return 'REQUEST.MALFORMED';
}

/** A framework refusal in our shape; `details.reason` is the framework's code, never the input. */
function sendFrameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode as number;
  const code = frameworkCode(status);
  const details: Record<string, unknown> = { reason: err.code ?? null };
  if (code === 'REQUEST.TOO_LARGE') {
    const limit = req.routeOptions?.bodyLimit;
    if (limit) details.maxBytes = limit;
  }
  return send(reply, langOf(req), code, details, code === 'REQUEST.MALFORMED' ? 400 : undefined);
}

/** The 404 of an unknown route, in the caller's language (the URL is not echoed). */
export function sendNotFound(req: FastifyRequest, reply: FastifyReply) {
  return send(reply, langOf(req), 'NOT_FOUND');
}

/**
 * Fastify's `frameworkErrors` option: refusals raised before routing (an undecodable URL, a path
 * parameter longer than the router allows) answered in our shape instead of one that echoes the URL.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (err.statusCode ?? 400);
  return sendFrameworkError(Object.assign(err, { statusCode: status }), req, reply);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = langOf(req);
    if (err instanceof AppError) {
      // A refusal that ends by itself (login limits, a locked account) says when, for clients and proxies.
      const retryAfter = (err.details as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
      if (typeof retryAfter === 'number' && retryAfter > 0) reply.header('retry-after', String(Math.ceil(retryAfter)));
      return reply.status(err.status).send({
        error: { code: err.code, message: err.localized(lang), details: localizeDetails(err.details ?? null, lang) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const source = { body: req.body, querystring: req.query, params: req.params, headers: req.headers }[where];
      const details = err.validation.map((v) => ({
        field: `${where}${v.instancePath.replaceAll('/', '.')}`,
        message: localizeValidationMessage(v, lang, source),
      }));
      return send(reply, lang, 'VALIDATION.FAILED', details);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendFrameworkError(err, req, reply);
    const sqlstate = pgErrorCode(err);
    if (sqlstate && PG_BAD_VALUE.has(sqlstate)) {
      req.log.warn({ err, sqlstate }, 'the database refused a value that validation let through');
      return send(reply, lang, 'VALIDATION.FAILED', { sqlstate });
    }
    if (isResponseSerializationError(err)) req.log.error({ err: err.cause }, 'response did not match its schema');
    else req.log.error({ err }, 'unhandled error');
    if (process.env.KINERJA_DEBUG_ERRORS) console.error(err);
    return send(reply, lang, 'INTERNAL');
  });
}
