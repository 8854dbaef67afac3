/** Turns every error into `{ error: { code, message, details } }` in the caller's language. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, pickLang } from './errors.ts';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = pickLang(req.headers['accept-language'], (req.query as { lang?: string } | undefined)?.lang);
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.localized(lang), details: err.details ?? null } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: `${err.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message,
      }));
      return reply
        .status(400)
        .send({ error: { code: 'VALIDATION.FAILED', message: ERROR_CODES['VALIDATION.FAILED'][lang], details } });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'RATE_LIMITED', message: ERROR_CODES.RATE_LIMITED[lang], details: null } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({
        error: { code: err.code ?? 'BAD_REQUEST', message: err.message, details: null },
      });
    }
    if (isResponseSerializationError(err)) req.log.error({ err: err.cause }, 'response did not match its schema');
    else req.log.error({ err }, 'unhandled error');
    if (process.env.KINERJA_DEBUG_ERRORS) console.error(err);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL[lang], details: null } });
  });
}
