/**
 * Shared CLI plumbing: opening the database (PGlite or PostgreSQL, from KINERJA_DATA_DIR /
 * DATABASE_URL) with migrations applied, refusing cleanly when a running server holds the PGlite
 * data directory, exit codes and the output language.
 */
import { type Database, DataDirLockedError, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { AppError, type Lang } from '../http/errors.ts';
import { undoInterruptedImports } from '../modules/exchange/index.ts';
import { failAbandonedJobs } from '../modules/jobs/index.ts';
import { wireModules } from '../modules/wiring.ts';

/** Exit codes: 0 ok, 1 failure (validation, usage), 2 database busy or unreachable. */
export const EXIT = { OK: 0, FAILURE: 1, BUSY: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FAILURE,
  ) {
    super(message);
  }
}

/** Output language: --lang, then KINERJA_LANG, then LANG (Indonesian unless it starts with "en"). */
export function cliLang(explicit?: string): Lang {
  const v = explicit ?? process.env.KINERJA_LANG ?? process.env.LANG ?? 'id';
  return /^en/i.test(v) ? 'en' : 'id';
}

/** Opens the configured database, applies pending migrations, runs `fn`, and closes it. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  let database: Database;
  try {
    database = await openDatabase();
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new CliError(err.message, EXIT.BUSY);
    throw new CliError(`Tidak dapat membuka database / cannot open the database: ${(err as Error).message}`, EXIT.BUSY);
  }
  try {
    await runMigrations(database);
    wireModules();
    // Work of a server that died: a half-written import is undone, its jobs are failed now rather
    // than when someone next reads them.
    await undoInterruptedImports(database);
    await failAbandonedJobs(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Turns any error into a message and an exit code (AppError messages in the chosen language). */
export function describeError(err: unknown, lang: Lang): { message: string; exitCode: number } {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof DataDirLockedError) return { message: err.message, exitCode: EXIT.BUSY };
  if (err instanceof AppError) return { message: `${err.code}: ${err.localized(lang)}`, exitCode: EXIT.FAILURE };
  return { message: (err as Error)?.stack ?? String(err), exitCode: EXIT.FAILURE };
}

/** Prints rows as an aligned text table. */
export function printTable(
  headers: string[],
  rows: (string | number | null | undefined)[][],
  out: (line: string) => void = console.log,
): void {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = headers.map((h, i) => Math.min(80, Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  out(line(headers));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) out(line(r));
}
