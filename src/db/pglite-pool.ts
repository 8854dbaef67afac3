/**
 * node-postgres' `pool.query` destroys its connection whenever a query fails, even for an ordinary
 * statement error (division by zero, a unique violation, a value out of range) after which the
 * session is perfectly usable. On PostgreSQL that only costs a reconnect. In front of PGlite it broke
 * the *next* request, whoever sent it: the socket server takes one connection at a time and was still
 * closing the old one, so the new one was reset (EPIPE / ECONNRESET) and that request answered 500.
 * Here a statement error (a `DatabaseError` from the server) returns the connection to the pool
 * intact; any other failure (a broken socket) still discards it.
 */
import pg from 'pg';

type QueryArgs = Parameters<pg.Pool['query']>;

export function keepConnectionOnStatementError(pool: pg.Pool): void {
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const query = async (...args: unknown[]) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (err) {
      if (!(err instanceof pg.DatabaseError)) broken = err as Error;
      throw err;
    } finally {
      client.release(broken);
    }
  };
  // The callback form (unused by Kinerja and drizzle) keeps node-postgres' own behaviour.
  pool.query = ((...args: QueryArgs) =>
    typeof args[args.length - 1] === 'function' ? original(...args) : query(...args)) as pg.Pool['query'];
}
