/**
 * Counts the SQL statements (round trips) a piece of code sends through a database's pool, for
 * tests that hold hot requests to their budget (issue 9: on PGlite every statement queues on one
 * backend, so each round trip counts twice). It listens to the pool's `acquire` event and wraps
 * each client's `query` once, so pool queries, transactions (BEGIN/COMMIT included) and prepared
 * statements are all seen, on both engines, without replacing anything of ours.
 */
import type pg from 'pg';
import type { Database } from '../src/db/client.ts';

export interface Statement {
  /** The statement's text, or `name: text` for a prepared (named) statement. */
  text: string;
  name?: string;
}

const WRAPPED = Symbol('kinerja.statementCounter');
type Recorder = (s: Statement) => void;

function describe(args: unknown[]): Statement {
  const first = args[0] as string | { text?: string; name?: string };
  if (typeof first === 'string') return { text: first };
  return { text: first?.text ?? '', name: first?.name };
}

/**
 * Returns `record(fn)`, which runs `fn` and answers the statements it sent. Only one recording at a
 * time per database (app.inject requests are awaited one by one in these tests).
 */
export function statementCounter(database: Database) {
  let current: Recorder | null = null;
  const pool = database.pool as pg.Pool & { [WRAPPED]?: boolean };
  if (!pool[WRAPPED]) {
    pool[WRAPPED] = true;
    pool.on('acquire', (client) => {
      const c = client as pg.PoolClient & { [WRAPPED]?: boolean };
      if (c[WRAPPED]) return;
      c[WRAPPED] = true;
      const original = c.query.bind(c) as (...args: unknown[]) => unknown;
      (c as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        current?.(describe(args));
        return original(...args);
      };
    });
  }
  return async function record<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    const statements: Statement[] = [];
    current = (s) => statements.push(s);
    try {
      const result = await fn();
      return { result, statements };
    } finally {
      current = null;
    }
  };
}
