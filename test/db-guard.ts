/**
 * Safety check shared by the DB test setup and helpers: DB tests drop schemas, so they refuse to
 * touch a PostgreSQL database whose name does not contain `test` (decision 0301).
 */

/** Returns the database name of a PostgreSQL URL, or throws when it is not a test database. */
export function assertTestDatabaseUrl(databaseUrl: string): string {
  let name: string;
  try {
    name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  } catch {
    throw new Error('DATABASE_URL is not a valid URL; DB tests refuse to run.');
  }
  if (!name) {
    throw new Error('DATABASE_URL names no database; DB tests need one whose name contains "test".');
  }
  if (!/test/i.test(name)) {
    throw new Error(
      `Refusing to run DB tests against database "${name}": its name does not contain "test". ` +
        'DB tests drop and recreate schemas; point DATABASE_URL at a throwaway database such as kinerja_test.',
    );
  }
  return name;
}

/** Describes a PostgreSQL URL without its password, for logs. */
export function redactUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
