/**
 * Bulk writes with `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)`: one statement per
 * chunk with one array parameter per column, 1.5× faster than multi-row VALUES and with a fixed
 * parameter count whatever the chunk size (architecture.md §1). Works inside a drizzle transaction,
 * so the rows commit together with the audit entry.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from './tx.ts';

export interface BulkColumn {
  name: string;
  /** PostgreSQL element type of the array parameter: uuid, text, date, int4, bool, jsonb … */
  type: string;
}

export const DEFAULT_CHUNK = 10_000;

/** Element types whose text form never needs quoting in an array literal. */
const PLAIN = new Set(['uuid', 'int2', 'int4', 'int8', 'date', 'bool', 'numeric', 'float8', 'timestamptz']);

/**
 * The PostgreSQL array literal of a column (`{a,"b c",NULL}`), built directly: node-postgres'
 * generic serialiser escapes every element with regular expressions, which dominates the cost of
 * large bulk writes.
 */
export function pgArrayLiteral(values: readonly unknown[], type: string): string {
  const parts = new Array<string>(values.length);
  if (PLAIN.has(type)) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      parts[i] = v === null || v === undefined ? 'NULL' : String(v);
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined) parts[i] = 'NULL';
      else {
        const text = typeof v === 'string' ? v : String(v);
        parts[i] = text.includes('"') || text.includes('\\') ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
      }
    }
  }
  return `{${parts.join(',')}}`;
}

/** Transposes row objects into one array per column (the shape `unnest` wants). */
export function toColumns<T>(
  rows: readonly T[],
  columns: readonly BulkColumn[],
  pick: (row: T) => unknown[],
): unknown[][] {
  const out: unknown[][] = columns.map(() => new Array(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const values = pick(rows[r]);
    for (let c = 0; c < columns.length; c++) out[c][r] = values[c];
  }
  return out;
}

/** `unnest($1::t1[], $2::t2[], …) as u(c1, c2, …)` for one chunk of column arrays. */
export function unnestFrom(
  columns: readonly BulkColumn[],
  data: readonly unknown[][],
  from = 0,
  to = Number.POSITIVE_INFINITY,
): SQL {
  const parts = columns.map(
    (c, i) => sql`${sql.param(pgArrayLiteral(data[i].slice(from, to), c.type))}::${sql.raw(c.type)}[]`,
  );
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  return sql`unnest(${sql.join(parts, sql`, `)}) as u(${sql.raw(names)})`;
}

/**
 * Inserts rows given as column arrays, in chunks. `suffix` is appended to each statement
 * (e.g. an ON CONFLICT clause); `onChunk` reports progress.
 */
export async function bulkInsert(
  exec: Executor,
  table: string,
  columns: readonly BulkColumn[],
  data: readonly unknown[][],
  options: { chunkSize?: number; suffix?: SQL; onChunk?: (done: number) => void } = {},
): Promise<void> {
  const total = data[0]?.length ?? 0;
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  for (let from = 0; from < total; from += size) {
    const to = Math.min(total, from + size);
    await exec.execute(
      sql`insert into ${sql.raw(`"${table}"`)} (${sql.raw(names)}) select ${sql.raw(names)} from ${unnestFrom(columns, data, from, to)} ${options.suffix ?? sql``}`,
    );
    options.onChunk?.(to);
  }
}
