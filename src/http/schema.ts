/**
 * Shared zod pieces for request schemas. Integers that reach an `integer` (int4) column or a
 * comparison with one — optimistic-concurrency versions, revision numbers, page numbers — are bounded
 * to int4 here, so `version: -2147483649` is a 400 naming the field instead of a database error.
 * test/openapi-fuzz.db.test.ts checks that every integer a request may carry has such a bound.
 */
import { z } from 'zod';

/** Largest value of PostgreSQL's `integer`. */
export const INT4_MAX = 2_147_483_647;

/** An integer in a JSON body that fits an int4 column, at least `min`. */
export const zInt4 = (min = 0) => z.number().int().min(min).max(INT4_MAX);

/** The same from a query string or path parameter (text coerced to a number). */
export const zInt4Coerced = (min = 0) => z.coerce.number().int().min(min).max(INT4_MAX);

/** A record's optimistic-concurrency version as sent back by the client (docs/CODE_STYLE.md). */
export const zVersion = (min = 1) => zInt4(min);
