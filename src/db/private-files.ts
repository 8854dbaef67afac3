/**
 * Files of the service are private to its OS user: the PGlite data directory (it holds password
 * hashes and every person's data, WAL included), generated files and their temporary parts.
 * Two layers: every directory and file we create gets its mode explicitly (0700 / 0600), and the
 * server and CLI set the process umask to 077 so files created by others on our behalf (PGlite's
 * own files, the unix socket) are private too. Directories that already exist with looser modes
 * (an install from before this rule) are tightened when opened, with a log line.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

type Log = (line: string) => void;
const defaultLog: Log = (line) => console.warn(line);

/**
 * Sets the process umask to 077 (no access for group and others on anything created from now on).
 * Not possible inside a worker thread; the explicit modes still hold there.
 */
export function restrictUmask(): void {
  try {
    process.umask(0o077);
  } catch {
    // ERR_WORKER_UNSUPPORTED_OPERATION: a worker thread shares its process's umask.
  }
}

/** Creates a directory (and missing parents) as 0700, or tightens an existing one; returns it. */
export function ensurePrivateDir(dir: string, log: Log = defaultLog): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const mode = statSync(dir).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(dir, PRIVATE_DIR_MODE);
    log(
      `kinerja: izin ${dir} diperketat dari ${mode.toString(8)} ke 700 / tightened permissions of ${dir} from ${mode.toString(8)} to 700`,
    );
  }
  return dir;
}

/**
 * Tightens every directory (0700) and file (0600) under `root` that group or others can access:
 * a data directory written under a permissive umask before this rule. Symbolic links are left
 * alone (chmod would follow them out of the tree). Returns how many entries changed.
 */
export function tightenTree(root: string, log: Log = defaultLog): number {
  let changed = 0;
  const visit = (path: string) => {
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(path);
    } catch {
      return; // removed meanwhile
    }
    if (st.isSymbolicLink()) return;
    const isDir = st.isDirectory();
    if ((st.mode & 0o077) !== 0 && (isDir || st.isFile())) {
      chmodSync(path, isDir ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
      changed++;
    }
    if (isDir) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  if (changed) {
    log(
      `kinerja: izin ${changed} berkas/direktori di ${root} diperketat (700/600) / tightened ${changed} files and directories under ${root} to 700/600`,
    );
  }
  return changed;
}
