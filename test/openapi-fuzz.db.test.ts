/**
 * Fuzzes every operation of the published OpenAPI document on a real database: hostile values (NUL,
 * lone surrogates, huge and negative integers, the all-zero and unknown uuids, long strings, wrong
 * types, missing fields) in path parameters, the query and the body, sent as a privileged user to a
 * fresh instansi with an organisation and SKPs in every state. Bad input must be a 4xx with the
 * documented error shape `{"error":{"code","message","details"}}` — never a 5xx (issue 8, point 9).
 *
 * Deterministic: one fixed seed (printed; override with FUZZ_SEED to explore) and a bounded number of
 * runs per operation. Operations that would end the run's own session (logout) are not fuzzed.
 * Besides the per-operation runs, a few whole-request cases (wrong content type, malformed JSON,
 * over-long URL, unknown route, a body over the limit) are sent to every operation or once.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { INT4_MAX } from '../src/http/schema.ts';
import { useTestDatabase } from './db.ts';
import { buildAkun, buildOrg, login } from './factories.ts';
import { buildSkpFixture } from './skp-fixture.ts';

const database = useTestDatabase();

const SEED = Number(process.env.FUZZ_SEED ?? 20260808);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 10);
/** Operations not fuzzed: logging out ends the session every later request needs. */
const SKIP = new Set(['POST /api/auth/logout']);
/** Integer request fields that are not stored in an int4 column (simulation inputs), with their reason. */
const NOT_INT4 = new Set(['POST /api/rules/tukin body.baseAmount']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Schema {
  type?: string | string[];
  format?: string;
  enum?: Json[];
  const?: Json;
  default?: Json;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  $ref?: string;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
  bodyTypes: string[];
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDFFF';

/** Hostile strings: the probe's values and friends. */
const HOSTILE_STRINGS = [
  '\u0000',
  `a\u0000b`,
  LONE_HIGH,
  `x${LONE_LOW}y`,
  ZERO_UUID,
  MAX_UUID,
  '',
  ' ',
  'x'.repeat(5000),
  '-2147483649',
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  '1e308',
  'NaN',
  '../../etc/passwd',
  "' or 1=1 --",
  '%',
  '_',
  '\\',
  "=cmd|' /C calc'!A0",
  '2024-02-30',
  '9999-99-99',
  '<script>alert(1)</script>',
  '\uFEFF',
  '😀'.repeat(100),
];
const HOSTILE_NUMBERS = [
  -2147483649,
  2147483648,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e308,
  -1,
  0,
  0.5,
  -0.000001,
  1e-300,
];
const HOSTILE_OTHER: Json[] = [null, true, false, [], {}, [null], { a: '\u0000' }, [LONE_HIGH]];

/** Sent to every slot of every operation. */
const CORE_TEXT = ['a\u0000b', `x${LONE_HIGH}y`, '-2147483649', '2147483648', ZERO_UUID, 'x'.repeat(300)];
const CORE_BODY: Array<Json | undefined> = [
  'a\u0000b',
  `x${LONE_LOW}y`,
  -2147483649,
  2147483648,
  1e308,
  ZERO_UUID,
  'x'.repeat(20_000),
  { nested: ['\u0000'] },
  undefined,
];

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_OTHER) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }) },
);

/**
 * Percent-encodes text for a URL. A lone surrogate cannot be encoded as UTF-8, so it is sent as the
 * bytes a hostile client would send (its 3-byte CESU form, invalid UTF-8).
 */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

function resolve(doc: Record<string, unknown>, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let depth = 0; s?.$ref && depth < 10; depth++) {
    const path = s.$ref.replace(/^#\//, '').split('/');
    s = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc) as Schema | undefined;
  }
  return s;
}

/** Every operation of the document. */
function operationsOf(doc: Record<string, unknown>): Operation[] {
  const out: Operation[] = [];
  const paths = doc.paths as Record<string, Record<string, Record<string, unknown>>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content ?? {};
      const json = content['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        parameters: ((op.parameters as Parameter[] | undefined) ?? []).map((p) => ({
          ...p,
          schema: resolve(doc, p.schema),
        })),
        body: json ? (resolve(doc, json) ?? null) : null,
        bodyTypes: Object.keys(content),
      });
    }
  }
  return out;
}

interface Ids {
  [name: string]: string;
}

/** A plausible valid value for a schema, so that mutating one field reaches the code behind the others. */
function sample(doc: Record<string, unknown>, raw: Schema | undefined, ids: Ids, name = '', depth = 0): Json {
  const schema = resolve(doc, raw);
  if (!schema || depth > 8) return null;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) {
    const nonNull = variants.find((v) => resolve(doc, v)?.type !== 'null') ?? variants[0];
    return sample(doc, nonNull, ids, name, depth + 1);
  }
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((s) => sample(doc, s, ids, name, depth + 1) ?? {}));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string': {
      if (ids[name]) return ids[name];
      if (schema.format === 'uuid') return ids.instansiId;
      if (schema.format === 'date') return '2030-01-15';
      if (schema.format === 'date-time') return '2030-01-15T00:00:00Z';
      if (schema.format === 'email') return 'fuzz@example.go.id';
      const min = schema.minLength ?? 0;
      const text = 'Uji fuzz';
      return (text.length >= min ? text : text.padEnd(min, 'x')).slice(0, schema.maxLength ?? 1000);
    }
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
      return typeof schema.maximum === 'number' ? Math.min(Math.max(min, 1), schema.maximum) : Math.max(min, 1);
    }
    case 'boolean':
      return false;
    case 'array':
      return schema.minItems ? [sample(doc, schema.items, ids, name, depth + 1)] : [];
    case 'object':
    case undefined: {
      const obj: Record<string, Json> = {};
      for (const key of schema.required ?? []) {
        obj[key] = sample(doc, schema.properties?.[key], ids, key, depth + 1);
      }
      return obj;
    }
    default:
      return null;
  }
}

/** Paths (as key lists) of every value inside a sampled body, to pick one to replace or delete. */
function pathsIn(value: Json, prefix: string[] = []): string[][] {
  const out: string[][] = [prefix];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...pathsIn(v, [...prefix, String(i)]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsIn(v, [...prefix, k]));
  return out;
}

function withValue(body: Json, path: string[], value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value;
  const copy = structuredClone(body) as Record<string, Json>;
  let node: Record<string, Json> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, Json>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Integer fields of request schemas (params, query, body) without an upper bound that fits int4. */
function unboundedIntegers(doc: Record<string, unknown>, ops: Operation[]): string[] {
  const out: string[] = [];
  const walk = (raw: Schema | undefined, where: string, depth: number) => {
    const s = resolve(doc, raw);
    if (!s || depth > 10) return;
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('integer') && !(typeof s.maximum === 'number' && s.maximum <= INT4_MAX)) out.push(where);
    for (const v of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(v, where, depth + 1);
    if (s.items) walk(s.items, `${where}[]`, depth + 1);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`, depth + 1);
  };
  for (const op of ops) {
    for (const p of op.parameters) walk(p.schema, `${op.method} ${op.path} ${p.in}.${p.name}`, 0);
    if (op.body) walk(op.body, `${op.method} ${op.path} body`, 0);
  }
  return out.filter((w) => !NOT_INT4.has(w));
}

interface Sent {
  method: string;
  url: string;
  body?: string | Buffer;
  contentType?: string;
}

/** Why a response is not acceptable, or null. */
function problemWith(res: { statusCode: number; body: string; headers: Record<string, unknown> }): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    return `status ${res.statusCode} without a JSON body: ${res.body.slice(0, 200)}`;
  }
  const error = (json as { error?: Record<string, unknown> } | null)?.error;
  if (
    !error ||
    typeof error.code !== 'string' ||
    typeof error.message !== 'string' ||
    !('details' in error) ||
    Object.keys(json as object).length !== 1
  ) {
    return `status ${res.statusCode} not shaped {"error":{"code","message","details"}}: ${res.body.slice(0, 300)}`;
  }
  return null;
}

describe('OpenAPI-driven fuzzing', () => {
  it('answers hostile values in every operation with a shaped 4xx, never a 5xx', { timeout: 240_000 }, async () => {
    const db = database();
    const app: FastifyInstance = await buildApp(db);
    const org = await buildOrg(db);
    const skp = await buildSkpFixture(db, org);
    const admin = await buildAkun(db, { peran: ['SUPER_ADMIN'] });
    const target = await buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.kabid.id });
    const [placement] = (await db.pool.query('select id from penempatan where pegawai_id = $1', [org.pegawai.staf.id]))
      .rows;
    const cookie = await login(app, admin.username);
    const ids: Ids = {
      instansiId: org.instansi.id,
      unitId: org.units.seksi.id,
      parentId: org.units.bidang.id,
      jabatanId: org.jabatan.jStaf.id,
      atasanJabatanId: org.jabatan.jKasi.id,
      pegawaiId: org.pegawai.staf.id,
      penilaiPegawaiId: org.pegawai.kabid.id,
      penempatanId: placement.id,
      akunId: target.id,
      skpId: skp.patch.id,
      rhkId: skp.rhkPut.rhkId as string,
      periodeId: skp.periodeId,
      pkId: skp.pkTetapkan,
      notifikasiId: skp.notifikasiId,
      overrideId: randomUUID(),
      jobId: randomUUID(),
      revisi: '1',
    };

    const docRes = await app.inject({ url: '/api/openapi.json' });
    expect(docRes.statusCode).toBe(200);
    const doc = docRes.json() as Record<string, unknown>;
    const ops = operationsOf(doc).filter((op) => !SKIP.has(`${op.method} ${op.path}`));
    expect(ops.length).toBeGreaterThan(50);
    // Every API route is in the document, so the fuzzer reaches it (hidden: the document and its viewer).
    const documented = new Set(operationsOf(doc).map((op) => `${op.method} ${op.path}`));
    const undocumented = app.routeCatalog
      .filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json' && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .filter((k) => !documented.has(k));
    expect(undocumented).toEqual([]);
    // Every integer a request may carry is bounded to int4 (or is listed as not stored).
    expect(unboundedIntegers(doc, ops)).toEqual([]);

    console.log(
      `openapi fuzz: seed ${SEED} (FUZZ_SEED), ${ops.length} operations, core values in every slot + ${RUNS_PER_OPERATION} random runs each`,
    );
    const failures: string[] = [];
    let sent = 0;
    const send = async (req: Sent) => {
      sent++;
      const res = await app.inject({
        method: req.method as 'GET',
        url: req.url,
        payload: req.body,
        headers: {
          cookie,
          'accept-language': sent % 2 ? 'en' : 'id',
          ...(req.contentType ? { 'content-type': req.contentType } : {}),
        },
      });
      const problem = problemWith(res);
      if (problem && failures.length < 50) failures.push(`${req.method} ${req.url.slice(0, 160)} → ${problem}`);
    };

    const urlOf = (op: Operation, pathValues: Record<string, string>, query: Record<string, string>) => {
      const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        encode(pathValues[name] ?? ids[name] ?? randomUUID()),
      );
      const qs = Object.entries(query)
        .map(([k, v]) => `${encode(k)}=${encode(v)}`)
        .join('&');
      return qs ? `${path}?${qs}` : path;
    };

    for (const [index, op] of ops.entries()) {
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const baseQuery: Record<string, string> = {};
      for (const p of queryParams) {
        if (!p.required) continue;
        const v = sample(doc, p.schema, ids, p.name);
        baseQuery[p.name] = typeof v === 'string' ? v : JSON.stringify(v);
      }
      const baseBody = op.body ? sample(doc, op.body, ids) : null;
      const bodyPaths = baseBody === null ? [] : pathsIn(baseBody);
      const hasJsonBody = op.bodyTypes.includes('application/json') || (op.method !== 'GET' && op.method !== 'DELETE');

      type Mutation = { where: 'path' | 'query' | 'body' | 'extra'; index: number; value: Json | undefined };
      const build = (m: Mutation): Sent => {
        const pathValues: Record<string, string> = {};
        const query = { ...baseQuery };
        let body: Json | undefined = baseBody ?? undefined;
        const text =
          typeof m.value === 'string' ? m.value : m.value === undefined ? undefined : JSON.stringify(m.value);
        if (m.where === 'path') {
          pathValues[pathParams[m.index % pathParams.length].name] = text ?? '';
        } else if (m.where === 'query') {
          const p = queryParams[m.index % queryParams.length];
          if (text === undefined) delete query[p.name];
          else query[p.name] = text;
        } else if (m.where === 'body') {
          body = bodyPaths.length
            ? withValue(baseBody, bodyPaths[m.index % bodyPaths.length], m.value)
            : (m.value ?? null);
        } else {
          query[`x${m.index % 3}`] = text ?? '';
        }
        return {
          method: op.method,
          url: urlOf(op, pathValues, query),
          ...(hasJsonBody && body !== undefined ? { body: JSON.stringify(body), contentType: 'application/json' } : {}),
        };
      };
      const kinds: Mutation['where'][] = [
        ...(pathParams.length ? (['path'] as const) : []),
        ...(queryParams.length ? (['query'] as const) : []),
        ...(hasJsonBody ? (['body'] as const) : []),
        'extra',
      ];

      // 1. Systematic: the probe's core values in every slot (each path and query parameter, and up
      //    to 16 places in the body), so the known failures are always tried.
      for (let i = 0; i < pathParams.length; i++)
        for (const value of CORE_TEXT) await send(build({ where: 'path', index: i, value }));
      for (let i = 0; i < queryParams.length; i++)
        for (const value of [...CORE_TEXT, undefined]) await send(build({ where: 'query', index: i, value }));
      if (hasJsonBody)
        for (let i = 0; i < Math.min(bodyPaths.length, 16); i++)
          for (const value of CORE_BODY) await send(build({ where: 'body', index: i, value }));

      // 2. Random: fast-check picks a slot and a hostile value.
      const mutation = fc.record({
        where: fc.constantFrom(...kinds),
        index: fc.nat(),
        value: fc.option(hostileValue, { nil: undefined, freq: 8 }),
      });
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await send(build(m));
        }),
        { seed: SEED + index, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
      if (op.method !== 'GET') {
        // Whole-request cases: a content type the route does not take, JSON that does not parse.
        await send({ method: op.method, url: urlOf(op, {}, baseQuery), body: 'nama=x', contentType: 'text/plain' });
        await send({
          method: op.method,
          url: urlOf(op, {}, baseQuery),
          body: '{"version": 1,',
          contentType: 'application/json',
        });
      }
    }

    // Once: an unknown API route, a path parameter over the router's limit, a body over the limit.
    await send({ method: 'GET', url: '/api/tidak-ada' });
    await send({ method: 'POST', url: '/api/tidak-ada', body: '{}', contentType: 'application/json' });
    await send({ method: 'GET', url: `/api/instansi/${'a'.repeat(5000)}/units` });
    await send({ method: 'GET', url: `/api/instansi/${encode(`${LONE_HIGH}x`)}/units` });
    await send({
      method: 'POST',
      url: '/api/auth/login',
      body: JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
      contentType: 'application/json',
    });
    console.log(`openapi fuzz: ${sent} requests sent, ${failures.length} failures`);
    expect(failures).toEqual([]);
    await app.close();
  });
});
