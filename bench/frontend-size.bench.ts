/**
 * Compressed bytes of JavaScript and CSS each page of the web UI loads (issue 9: ≤ 250 KB on the
 * login page, ≤ 350 KB on the SKP editor). Reads the build (dist/web): index.html's own script and
 * stylesheets plus, per page, the lazy chunk of its route and everything that chunk imports
 * statically (dist/web/.vite/manifest.json), each file counted once; pages behind the login also
 * count the app shell (menu, bell: src/components/AppLayout.tsx), the login pages do not. Prints gzip (level 9) and
 * brotli (quality 11) sizes; exits 1 when a budget is exceeded.
 *
 *   npm run build:web && npx tsx bench/frontend-size.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist', 'web');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/web/.vite/manifest.json is missing: run `npm run build:web` first');
  process.exit(1);
}

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

/** Pages with a budget (KB = 1000 bytes, compressed with gzip, as the issue counts them). */
const BUDGETS: Record<string, number> = {
  'src/routes/LoginPage.tsx': 250_000,
  'src/features/skp/pages/SkpEditorPage.tsx': 350_000,
};

/** The shell around every page of a logged-in user. */
const SHELL = 'src/components/AppLayout.tsx';
const OUTSIDE_SHELL = new Set(['src/routes/LoginPage.tsx', 'src/routes/GantiSandiPage.tsx']);

/** Files a chunk loads before it runs: itself, its CSS and its static imports, transitively. */
function closure(key: string, into: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(dist, file));
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    sizes.set(file, size);
  }
  return size;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('no entry chunk in the manifest');
const entryFiles = closure(entryKey, new Set());

const kb = (n: number) => (n / 1000).toFixed(1).padStart(7);
const rows: Array<{ page: string; files: number; raw: number; gzip: number; brotli: number }> = [];
const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /Page\.tsx$/.test(k));
if (!manifest[SHELL]?.isDynamicEntry) throw new Error(`${SHELL} is not a chunk of its own any more: update this bench`);
for (const page of ['(index.html only)', ...pages.sort()]) {
  const files = new Set(entryFiles);
  if (page !== '(index.html only)') {
    if (!OUTSIDE_SHELL.has(page)) closure(SHELL, files);
    closure(page, files);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizeOf(file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  rows.push({ page, files: files.size, ...total });
}
// The login page may be in the entry itself (static import) rather than its own chunk.
for (const key of Object.keys(BUDGETS)) {
  if (!rows.some((r) => r.page === key)) {
    rows.push({ ...rows[0], page: `${key} (in the entry)` });
  }
}

console.log(`${'page'.padEnd(56)} files      raw KB   gzip KB  brotli KB`);
let failed = false;
for (const r of rows) {
  const key = r.page.replace(' (in the entry)', '');
  const budget = BUDGETS[key];
  const over = budget !== undefined && r.gzip > budget;
  failed ||= over;
  const note = budget === undefined ? '' : `  budget ${budget / 1000} KB gzip${over ? ' — OVER' : ' ok'}`;
  console.log(
    `${r.page.padEnd(56)} ${String(r.files).padStart(5)} ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}${note}`,
  );
}
process.exit(failed ? 1 : 0);
