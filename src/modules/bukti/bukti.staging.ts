/**
 * An upload on its way in: streamed to a private temporary `.part` file while its SHA-256 and size
 * are counted, never held in memory; stopped at the size cap. The file is then checked where it
 * lies (bukti.jenis.ts reads it through a file handle) and either moved into the file store under
 * its content key or removed — so a refused or failed upload leaves nothing behind.
 *
 * With the local directory store the staging directory is inside its root (same file system, so
 * the move is a rename); with another store (S3 …) it is a private temporary directory and the
 * file is then `put` from a stream. Leftovers of a crashed process are `.part` files, which the
 * store's `sweepIncomplete` removes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../db/private-files.ts';
import { type FileStore, LocalFileStore } from '../dokumen/index.ts';
import type { RandomAccess } from './bukti.jenis.ts';

export interface Staged {
  path: string;
  sha256: string;
  size: number;
  /** More bytes than the cap were sent (the rest was not read into the file). */
  tooLarge: boolean;
}

let privateTmp: string | null = null;

function stagingDir(store: FileStore): string {
  if (store instanceof LocalFileStore) return ensurePrivateDir(join(store.root, 'bukti-staging'));
  privateTmp ??= mkdtempSync(join(tmpdir(), 'kinerja-bukti-'));
  return privateTmp;
}

/** Streams `body` to a staging file, counting and hashing; stops writing past `maxBytes`. */
export async function stageUpload(store: FileStore, body: Readable, maxBytes: number): Promise<Staged> {
  const path = join(stagingDir(store), `upload.${randomBytes(6).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let tooLarge = false;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (tooLarge) return done();
      size += chunk.length;
      if (size > maxBytes) {
        // Stop storing at the cap; the rest of the request is drained (the parser's own cap stops it).
        tooLarge = true;
        return done();
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path, { flags: 'wx', mode: PRIVATE_FILE_MODE }));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return { path, sha256: hash.digest('hex'), size, tooLarge };
}

/** Random access to a staged file (for the content checks); close it when done. */
export async function openStaged(path: string): Promise<RandomAccess & { close(): Promise<void> }> {
  const fh = await open(path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    read: async (offset, length) => {
      const start = Math.max(0, offset);
      const len = Math.max(0, Math.min(length, size - start));
      const buf = Buffer.alloc(len);
      const { bytesRead } = await fh.read(buf, 0, len, start);
      return buf.subarray(0, bytesRead);
    },
    stream: (start, end) => createReadStream(path, { start, end: end - 1, highWaterMark: 64 * 1024 }),
    close: () => fh.close(),
  };
}

/** Moves a checked staging file into the store under `key` (a rename for the local store). */
export async function commitStaged(store: FileStore, path: string, key: string): Promise<void> {
  if (store instanceof LocalFileStore) {
    await store.adopt(key, path);
    return;
  }
  await store.put(key, createReadStream(path));
  await rm(path, { force: true });
}

export async function discardStaged(path: string): Promise<void> {
  await rm(path, { force: true });
}
