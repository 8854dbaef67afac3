/**
 * Where generated files (bulk SKP zips) live. A tiny interface so that object storage (S3, MinIO,
 * GCS …) can replace the local directory when the app runs on several nodes: keys are relative
 * paths like `dokumen/<instansiId>/<jobId>.zip`.
 *
 * Local default: `KINERJA_FILES_DIR` when set; else `files/` next to the embedded database's data
 * directory (`.data/files` by default — deliberately outside the PGlite data directory itself, so
 * database backups and dumps stay the database); else (PostgreSQL or an in-memory database) an OS
 * temporary directory. With several app nodes, point `KINERJA_FILES_DIR` at shared storage or plug
 * in an object-storage FileStore, since a job's file is written by the node that ran the job.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Database, defaultDataDir } from '../../db/client.ts';

export interface FileStore {
  /** Stores the bytes of a stream under `key` (replacing any file there); resolves with its size once complete. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** The stored file as a stream with its size, or null when there is none. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Removes a file (no error when absent). */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid file key: ${key}`);
  return key;
}

/** Files in a local directory; writes go to a temporary name and are renamed when complete. */
export class LocalFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, checkKey(key));
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.${randomBytes(6).toString('hex')}.part`;
    try {
      await pipeline(body, createWriteStream(partial));
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return { size: (await stat(target)).size };
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
}

/** The local directory for generated files (see the module comment). */
export function defaultFilesDir(database: Pick<Database, 'engine' | 'describe'>): string {
  if (process.env.KINERJA_FILES_DIR) return resolve(process.env.KINERJA_FILES_DIR);
  if (database.engine === 'pglite' && !database.describe.includes('in memory')) {
    const dataDir = database.describe.startsWith('PGlite /')
      ? database.describe.slice('PGlite '.length)
      : defaultDataDir();
    return join(dirname(dataDir), 'files');
  }
  return join(tmpdir(), 'kinerja-files');
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
