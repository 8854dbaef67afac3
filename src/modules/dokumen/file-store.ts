/**
 * Where generated files (bulk SKP zips) live. A tiny interface so that object storage (S3, MinIO,
 * GCS …) can replace the local directory when the app runs on several nodes: keys are relative
 * paths like `dokumen/<instansiId>/<jobId>.zip`.
 *
 * Local default (docs/operations.md "Files"): `KINERJA_FILES_DIR` when set; else `files/` next to
 * the embedded database's data directory — `.data/files` by default, whichever engine is used, so
 * generated files sit under the configured data root and never in a predictable folder of /tmp;
 * deliberately outside the PGlite data directory itself, so database backups and dumps stay the
 * database. Only an in-memory database (tests, trials) gets a fresh private temporary directory.
 * With several app nodes, point `KINERJA_FILES_DIR` at shared storage or plug in an
 * object-storage FileStore, since a job's file is written by the node that ran the job.
 *
 * Files are private to the service: directories 0700, files and their `.part` 0600 whatever the
 * umask, and an existing root with looser modes is tightened when the store opens it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { chmod, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Database, defaultDataDir } from '../../db/client.ts';
import { ensurePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, tightenTree } from '../../db/private-files.ts';

export interface FileStore {
  /** Stores the bytes of a stream under `key` (replacing any file there); resolves with its size once complete. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** The stored file as a stream with its size, or null when there is none. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Removes a file (no error when absent). */
  delete(key: string): Promise<void>;
  /**
   * Removes what an interrupted `put` of `key` left behind (a local `.part` file; an object
   * store's unfinished multipart upload); returns how many pieces were removed.
   */
  removeIncomplete(key: string): Promise<number>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid file key: ${key}`);
  return key;
}

const PART = /\.[0-9a-f]{12}\.part$/;

/** Files in a local directory; writes go to a temporary `.part` name and are renamed when complete. */
export class LocalFileStore implements FileStore {
  readonly root: string;
  private rootReady = false;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, checkKey(key));
  }

  /** The root, created 0700 (or tightened, with its contents, if it was looser) on first use. */
  private ensureRoot(): void {
    if (this.rootReady) return;
    ensurePrivateDir(this.root);
    tightenTree(this.root);
    this.rootReady = true;
  }

  /** Creates the directories of a key 0700 each (mkdir's mode is reduced by the umask, so chmod). */
  private async ensureDirs(target: string): Promise<void> {
    this.ensureRoot();
    const parts = dirname(target).slice(this.root.length).split('/').filter(Boolean);
    let dir = this.root;
    for (const p of parts) {
      dir = join(dir, p);
      await mkdir(dir, { mode: PRIVATE_DIR_MODE }).then(
        () => chmod(dir, PRIVATE_DIR_MODE),
        (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EEXIST') throw err;
        },
      );
    }
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const target = this.path(key);
    await this.ensureDirs(target);
    const partial = `${target}.${randomBytes(6).toString('hex')}.part`;
    try {
      // `flags: 'wx'`: a fresh file, created 0600 (the mode is applied at creation).
      await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: PRIVATE_FILE_MODE }));
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return { size: (await stat(target)).size };
  }

  /**
   * Moves a complete local file (a checked upload staged under this root, so on the same file
   * system) to `key` with one atomic rename; an existing file there is replaced.
   */
  async adopt(key: string, path: string): Promise<void> {
    const target = this.path(key);
    await this.ensureDirs(target);
    await chmod(path, PRIVATE_FILE_MODE);
    await rename(path, target);
  }

  async get(key: string): Promise<{ stream: Readable; size: number } | null> {
    const target = this.path(key);
    try {
      const s = await stat(target);
      return { stream: createReadStream(target), size: s.size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async removeIncomplete(key: string): Promise<number> {
    const target = this.path(key);
    const prefix = `${basename(target)}.`;
    let names: string[];
    try {
      names = await readdir(dirname(target));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    const parts = names.filter((n) => n.startsWith(prefix) && PART.test(n));
    for (const n of parts) await rm(join(dirname(target), n), { force: true });
    return parts.length;
  }

  /**
   * Removes `.part` files older than `olderThanMs` anywhere under the root: pieces of writes whose
   * process died (their job is failed separately). Only old ones, so a live write on another node
   * sharing the directory is never touched. Returns how many were removed.
   */
  async sweepIncomplete(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    const visit = async (dir: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await visit(path);
        else if (e.isFile() && PART.test(e.name)) {
          const s = await stat(path).catch(() => null);
          if (s && now - s.mtimeMs > olderThanMs) {
            await rm(path, { force: true });
            removed++;
          }
        }
      }
    };
    await visit(this.root);
    return removed;
  }
}

/** The local directory for generated files (see the module comment). */
export function defaultFilesDir(database: Pick<Database, 'engine' | 'describe'>): string {
  if (process.env.KINERJA_FILES_DIR) return resolve(process.env.KINERJA_FILES_DIR);
  if (database.engine === 'pglite' && database.describe.includes('in memory')) {
    // An in-memory database keeps nothing; neither do its files: a fresh 0700 directory with an
    // unpredictable name (mkdtemp), never a fixed /tmp path another local user could prepare.
    return mkdtempSync(join(tmpdir(), 'kinerja-files-'));
  }
  const dataDir =
    database.engine === 'pglite' && database.describe.startsWith('PGlite /')
      ? database.describe.slice('PGlite '.length)
      : defaultDataDir();
  return join(dirname(dataDir), 'files');
}

let configured: FileStore | null = null;

/** Replaces the file store (object storage, tests). */
export function setFileStore(store: FileStore | null): void {
  configured = store;
}

/** The file store in use: the configured one, else a local directory. */
export function fileStoreFor(database: Pick<Database, 'engine' | 'describe'>): FileStore {
  configured ??= new LocalFileStore(defaultFilesDir(database));
  return configured;
}
