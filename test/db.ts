/**
 * Database for DB tests (`*.db.test.ts`), prepared by `test/global-setup.ts` (decision 0301).
 *
 * - PGlite (default): every call starts a fresh in-memory PGlite (in its worker thread) from the
 *   migrated template tarball, so a test file gets its own database in a fraction of a second
 *   instead of migrating from scratch.
 * - PostgreSQL (`DATABASE_URL` set): a small pool to the shared, already migrated test database.
 *   Test files share it; each test builds its own instansi, so data never crosses tests.
 *
 * Typical use, once per test file:
 *
 * ```ts
 * const database = useTestDatabase();
 * it('…', async () => { const app = await buildApp({ database: database() }); … });
 * ```
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.ts';
import { assertTestDatabaseUrl } from './db-guard.ts';

/** Opens a migrated database for one test file; close it in `afterAll`. */
export async function openTestDatabase(): Promise<Database> {
  const engine = inject('dbEngine');
  if (engine === 'postgres') {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DB tests were set up for PostgreSQL but DATABASE_URL is not set');
    assertTestDatabaseUrl(databaseUrl);
    return openDatabase({ databaseUrl, poolSize: 4 });
  }
  const templatePath = inject('pgliteTemplatePath');
  if (!templatePath) throw new Error('no PGlite template: run DB tests through the `db` Vitest project');
  return openDatabase({ dataDir: 'memory://', templatePath });
}

/**
 * Opens a test database before the file's tests and closes it after them; returns a getter
 * (the database exists only once `beforeAll` has run).
 */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
    database = undefined;
  });
  return () => {
    if (!database) throw new Error('test database used outside a test (before beforeAll or after afterAll)');
    return database;
  };
}
