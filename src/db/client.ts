/**
 * Database connection for both engines. With `DATABASE_URL` the app connects to PostgreSQL; without
 * it, embedded PGlite runs in a worker thread behind a unix socket (see pglite-worker.mjs), and the
 * app connects to that socket with node-postgres. Either way the rest of the code sees one `pg`
 * pool and one drizzle instance.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { keepConnectionOnStatementError } from './pglite-pool.ts';
import { ensurePrivateDir, PRIVATE_FILE_MODE, restrictUmask, tightenTree } from './private-files.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;

export interface Database {
  engine: 'pglite' | 'postgres';
  pool: pg.Pool;
  db: Db;
  /** Human description for logs (never includes passwords). */
  describe: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string;
  /** PGlite only: gzip tarball of a data directory to start from (used by tests). */
  templatePath?: string;
  poolSize?: number;
}

// node-postgres returns int8/numeric as strings; dates as JS Dates. Keep `date` columns as
// 'YYYY-MM-DD' strings on both engines (PGlite over the socket behaves like PostgreSQL here).
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

/** Default data directory for the embedded engine. */
export function defaultDataDir(): string {
  return resolve(process.env.KINERJA_DATA_DIR ?? join(process.cwd(), '.data', 'pglite'));
}

/** Opens the database named by the options (or the environment). */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
    await pool.query('select 1');
    const url = new URL(databaseUrl);
    return {
      engine: 'postgres',
      pool,
      db: drizzle(pool, { schema }),
      describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  return openPglite(options.dataDir ?? defaultDataDir(), options.templatePath);
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Direktori data ${dataDir} sedang dipakai oleh server Kinerja (pid ${pid}). Hentikan server itu dahulu, ` +
        `atau lakukan pekerjaan ini lewat server yang berjalan (UI/API). / The data directory is in use by a running ` +
        `Kinerja process (pid ${pid}); stop it first or do this through the running server (UI/API).`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An exclusive lock on a PGlite data directory, so two processes never open it at once. */
function lockDataDir(dataDir: string): () => void {
  ensurePrivateDir(dataDir);
  const lockPath = join(dataDir, 'kinerja.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', PRIVATE_FILE_MODE);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      unlinkSync(lockPath); // stale lock from a process that died
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

async function openPglite(dataDir: string, templatePath?: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  // PGlite creates its files itself (relations, WAL): the umask keeps those it creates while
  // running private; files of an older install are tightened (and logged) once we hold the lock,
  // and those of a fresh initialisation once PGlite is ready (src/db/private-files.ts).
  restrictUmask();
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  if (!inMemory) tightenTree(dataDir);
  // mkdtemp creates the directory 0700 with an unpredictable name; the socket inside is chmod 600.
  const socketDir = mkdtempSync(join(tmpdir(), 'kinerja-'));
  const port = 5432;
  const socketPath = join(socketDir, `.s.PGSQL.${port}`);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir: inMemory ? undefined : dataDir, socketPath, templatePath },
  });
  try {
    await new Promise<void>((resolveReady, reject) => {
      const onMessage = (msg: { type: string; message?: string }) => {
        if (msg.type === 'ready') resolveReady();
        if (msg.type === 'error') reject(new Error(msg.message));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`PGlite worker exited (${code})`)));
    });
  } catch (err) {
    unlock();
    rmSync(socketDir, { recursive: true, force: true });
    throw err;
  }
  worker.removeAllListeners('exit');
  chmodSync(socketPath, PRIVATE_FILE_MODE);
  // A new data directory is written by PGlite's initialisation with modes of its own (0666 files,
  // whatever the umask): made private now, silently — there is nothing old to report.
  if (!inMemory) tightenTree(dataDir, () => {});
  const pool = new pg.Pool({
    host: socketDir,
    port,
    user: 'postgres',
    database: 'postgres',
    password: randomBytes(4).toString('hex'),
    // One backend: a pool of one keeps transactions whole; waiting happens in node-postgres,
    // off the event loop's critical path.
    max: 1,
    idleTimeoutMillis: 0,
  });
  // A failed statement must not reset the one connection under the next request (pglite-pool.ts).
  keepConnectionOnStatementError(pool);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pool.end();
    await new Promise<void>((done) => {
      const timer = setTimeout(() => done(), 5000);
      worker.once('message', (msg: { type: string }) => {
        if (msg.type === 'closed') {
          clearTimeout(timer);
          done();
        }
      });
      worker.postMessage({ type: 'close' });
    });
    await worker.terminate();
    rmSync(socketDir, { recursive: true, force: true });
    unlock();
  };
  return {
    engine: 'pglite',
    pool,
    db: drizzle(pool, { schema }),
    describe: inMemory ? 'PGlite (in memory)' : `PGlite ${dataDir}`,
    close,
    // Exposed for tests: dump the data directory to make a template.
    ...({
      dump: () =>
        new Promise<Buffer>((done) => {
          const id = Math.random();
          const onMsg = (msg: { type: string; id: number; bytes: Uint8Array }) => {
            if (msg.type === 'dumped' && msg.id === id) {
              worker.off('message', onMsg);
              done(Buffer.from(msg.bytes));
            }
          };
          worker.on('message', onMsg);
          worker.postMessage({ type: 'dump', id });
        }),
    } as object),
  };
}

/** Dumps a PGlite database's data directory (tests use it to build a migrated template). */
export async function dumpPglite(database: Database): Promise<Buffer> {
  const dump = (database as unknown as { dump?: () => Promise<Buffer> }).dump;
  if (!dump) throw new Error('dump is only available on PGlite');
  return dump();
}
