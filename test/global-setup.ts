/**
 * Global setup of the `db` Vitest project (decision 0301). Runs once per `vitest run`, before any
 * DB test file:
 *
 * - PostgreSQL (`DATABASE_URL` set): refuses a database whose name lacks `test`, drops and recreates
 *   the `public` and `drizzle` schemas, migrates once. Test files then share that database; each test
 *   builds its own instansi, so tests never see each other's rows.
 * - PGlite (default): migrates an in-memory PGlite once and dumps it to `.tmp/pglite-template-<pid>.tar`;
 *   each test file then starts its own in-memory PGlite from that tarball (see `test/db.ts`).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { assertTestDatabaseUrl, redactUrl } from './db-guard.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which engine the DB tests run on. */
    dbEngine: 'pglite' | 'postgres';
    /** PGlite mode: absolute path of the migrated template tarball ('' in PostgreSQL mode). */
    pgliteTemplatePath: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where the migrated PGlite template is written (`.tmp/` is gitignored). One per run (pid), so
 * engineers running the suite at the same time in one checkout do not overwrite each other's.
 * Stored uncompressed: PGlite loads a plain tar too, ~0.25 s faster per test file than gzip.
 */
export const templatePath = resolve(root, '.tmp', `pglite-template-${process.pid}.tar`);

async function preparePostgres(databaseUrl: string): Promise<void> {
  assertTestDatabaseUrl(databaseUrl);
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
  const database = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    await runMigrations(database);
  } finally {
    await database.close();
  }
  log(`PostgreSQL ${redactUrl(databaseUrl)}: schemas recreated and migrated in ${ms(started)}`);
}

/** Removes templates left by runs that were killed before their teardown. */
function removeStaleTemplates(): void {
  const dir = dirname(templatePath);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^pglite-template-(\d+)\.tar$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') rmSync(resolve(dir, name), { force: true });
    }
  }
}

async function preparePglite(): Promise<void> {
  const started = performance.now();
  removeStaleTemplates();
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await runMigrations(database);
    const tarball = gunzipSync(await dumpPglite(database));
    mkdirSync(dirname(templatePath), { recursive: true });
    writeFileSync(templatePath, tarball);
    log(`PGlite template migrated and dumped in ${ms(started)} (${(tarball.length / 1048576).toFixed(0)} MiB)`);
  } finally {
    await database.close();
  }
}

/** Vitest global setup: prepares the database once and tells the test files where it is. */
export default async function setup(project: TestProject): Promise<() => void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    await preparePostgres(databaseUrl);
    project.provide('dbEngine', 'postgres');
    project.provide('pgliteTemplatePath', '');
    return () => {};
  }
  await preparePglite();
  project.provide('dbEngine', 'pglite');
  project.provide('pgliteTemplatePath', templatePath);
  return () => rmSync(templatePath, { force: true });
}

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

function log(message: string): void {
  console.log(`[db tests] ${message}`);
}
