/**
 * Files are private to the service whatever the umask: under a permissive umask (022) the PGlite
 * data directory, its files and socket, generated files and their parts come out 0700/0600, and
 * an existing directory with looser modes is tightened when opened. The file-store part also runs
 * beside PostgreSQL (its files do not depend on the engine); the PGlite directory is opened
 * explicitly, since that is the engine whose files these are.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultFilesDir, LocalFileStore } from '../modules/dokumen/index.ts';
import { openDatabase } from './client.ts';
import { tightenTree } from './private-files.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every entry under `root` with a mode group or others can use. */
function loose(root: string): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.mode & 0o077) out.push(`${path} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return out;
}

let root: string;
let savedUmask: number;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kinerja-modes-'));
  savedUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(savedUmask);
  rmSync(root, { recursive: true, force: true });
});

describe('private file modes', () => {
  it('creates the PGlite data directory, its files and its socket 0700/0600 under umask 022', async () => {
    const dataDir = join(root, 'data', 'pglite');
    const database = await openDatabase({ dataDir, databaseUrl: '' });
    try {
      await database.pool.query('create table t (x text)');
      await database.pool.query('insert into t values ($1)', ['rahasia']);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, 'kinerja.lock'))).toBe(0o600);
      expect(readdirSync(dataDir).length).toBeGreaterThan(5);
      expect(loose(dataDir)).toEqual([]);
      const socketDir = (database.pool.options as { host?: string }).host as string;
      expect(mode(socketDir)).toBe(0o700);
      for (const name of readdirSync(socketDir)) expect(mode(join(socketDir, name)), name).toBe(0o600);
    } finally {
      await database.close();
    }
    expect(loose(dataDir)).toEqual([]);
  });

  it('tightens a data directory written under a permissive umask before this rule, and logs it', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(join(dataDir, 'base'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dataDir, 'base', 'wal'), 'hash', { mode: 0o644 });
    chmodSync(dataDir, 0o755);
    const lines: string[] = [];
    expect(tightenTree(dataDir, (l) => lines.push(l))).toBe(3);
    expect(loose(dataDir)).toEqual([]);
    expect(lines).toEqual([expect.stringContaining('tightened 3 files and directories')]);
    expect(tightenTree(dataDir, (l) => lines.push(l))).toBe(0);
  });

  it('writes generated files and their parts 0600 in 0700 directories, and tightens a loose existing root', async () => {
    const filesRoot = join(root, 'files');
    mkdirSync(filesRoot, { mode: 0o777 });
    chmodSync(filesRoot, 0o777);
    const store = new LocalFileStore(filesRoot);
    let partMode = -1;
    const body = new Readable({
      read() {
        // While the stream is being written, its .part already exists: check it mid-write.
        if (partMode < 0) {
          const dir = join(filesRoot, 'dokumen', 'i1');
          const part = readdirSync(dir).find((n) => n.endsWith('.part'));
          partMode = part ? mode(join(dir, part)) : -2;
          this.push(Buffer.from('zip bytes'));
        } else this.push(null);
      },
    });
    await store.put('dokumen/i1/job.zip', body);
    expect(partMode).toBe(0o600);
    expect(mode(join(filesRoot, 'dokumen', 'i1', 'job.zip'))).toBe(0o600);
    expect(loose(filesRoot)).toEqual([]);
  });

  it('removes the parts of an interrupted write, and sweeps old parts only', async () => {
    const store = new LocalFileStore(join(root, 'files'));
    await store.put('dokumen/i1/done.zip', Readable.from([Buffer.from('x')]));
    const dir = join(root, 'files', 'dokumen', 'i1');
    writeFileSync(join(dir, 'job.zip.0123456789ab.part'), 'half');
    writeFileSync(join(dir, 'other.zip.ba9876543210.part'), 'half');
    expect(await store.removeIncomplete('dokumen/i1/job.zip')).toBe(1);
    expect(await store.sweepIncomplete(60_000)).toBe(0);
    expect(await store.sweepIncomplete(0, Date.now() + 1000)).toBe(1);
    expect(readdirSync(dir)).toEqual(['done.zip']);
  });

  it('keeps generated files under the data root, also with PostgreSQL, never in a fixed /tmp folder', () => {
    const saved = { files: process.env.KINERJA_FILES_DIR, data: process.env.KINERJA_DATA_DIR };
    try {
      delete process.env.KINERJA_FILES_DIR;
      process.env.KINERJA_DATA_DIR = join(root, 'data', 'pglite');
      expect(defaultFilesDir({ engine: 'postgres', describe: 'PostgreSQL x' })).toBe(join(root, 'data', 'files'));
      expect(defaultFilesDir({ engine: 'pglite', describe: `PGlite ${join(root, 'd2', 'pglite')}` })).toBe(
        join(root, 'd2', 'files'),
      );
      const temp = defaultFilesDir({ engine: 'pglite', describe: 'PGlite (in memory)' });
      expect(temp).not.toBe(join(tmpdir(), 'kinerja-files'));
      expect(mode(temp)).toBe(0o700);
      rmSync(temp, { recursive: true });
      process.env.KINERJA_FILES_DIR = join(root, 'elsewhere');
      expect(defaultFilesDir({ engine: 'postgres', describe: 'PostgreSQL x' })).toBe(join(root, 'elsewhere'));
    } finally {
      for (const [k, v] of [
        ['KINERJA_FILES_DIR', saved.files],
        ['KINERJA_DATA_DIR', saved.data],
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
