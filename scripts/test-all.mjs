#!/usr/bin/env node
// `npm test` and CI (decision 0301): every check in order, output streamed, stopping at the first
// failure, then a summary table and a last line `N passed, N failed` (counting steps) that CI reads.
//
//   node scripts/test-all.mjs                 # everything
//   node scripts/test-all.mjs --keep-going    # do not stop at the first failure
//   node scripts/test-all.mjs --only=unit,db-pglite   |   --skip=e2e
//
// Steps whose tool is missing (PostgreSQL, Chromium) are SKIPPED loudly with the install command,
// unless KINERJA_REQUIRE_ALL=1 (set by .ci/run), which turns a skip into a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const requireAll = process.env.KINERJA_REQUIRE_ALL === '1';
const args = process.argv.slice(2);
const keepGoing = args.includes('--keep-going');
const listArg = (name) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',')
    .filter(Boolean);
const only = listArg('only');
const skip = listArg('skip') ?? [];
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const CHROMIUM = '/usr/bin/chromium';

/** Thrown by a step to say it could not run here (a missing tool), with the fix. */
class Skip extends Error {}
/** Returned by a non-blocking step that found problems. */
const WARNED = 'warned';

let current; // the running child process, so a signal can stop it
let cleanups = [];

function run(command, commandArgs, options = {}) {
  return new Promise((done) => {
    const shown = [command === process.execPath ? 'node' : command.replace(`${root}/`, ''), ...commandArgs].join(' ');
    console.log(paint('2', `$ ${shown}`));
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
    current = child;
    child.on('error', (err) => {
      console.error(err.message);
      done(127);
    });
    child.on('exit', (code, signal) => {
      current = undefined;
      done(code ?? (signal ? 128 : 1));
    });
  });
}

async function mustRun(command, commandArgs, options) {
  const code = await run(command, commandArgs, options);
  if (code !== 0) throw new Error(`exited with code ${code}`);
}

function envWithout(...names) {
  const env = { ...process.env };
  for (const name of names) delete env[name];
  return env;
}

function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? dirname(which.stdout.trim()) : undefined;
}

function listFiles(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name));
}

const steps = [
  {
    name: 'typecheck',
    title: 'TypeScript (tsc --noEmit)',
    run: () => mustRun(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  },
  {
    name: 'lint',
    title: 'Lint (biome lint)',
    run: () => mustRun(bin('biome'), ['lint']),
  },
  {
    // Formatting and import order (decision 0301): blocking since the tree was formatted;
    // KINERJA_FORMAT_BLOCKING=0 turns it into a warning for a local run. Fix: `npx biome check --write`.
    name: 'format',
    title: 'Format + imports (biome check)',
    run: async () => {
      const code = await run(bin('biome'), ['check', '--linter-enabled=false']);
      if (code === 0) return;
      if (process.env.KINERJA_FORMAT_BLOCKING !== '0') {
        throw new Error(`exited with code ${code}; run \`npx biome check --write\``);
      }
      console.log(paint('33', 'WARNING: formatting/import order differs; run `npx biome check --write`.'));
      return WARNED;
    },
  },
  {
    name: 'unit',
    title: 'Unit tests + coverage',
    run: () => mustRun(bin('vitest'), ['run', '--project', 'unit', '--coverage', '--passWithNoTests']),
  },
  {
    name: 'db-pglite',
    title: 'DB tests on PGlite',
    run: () => mustRun(bin('vitest'), ['run', '--project', 'db'], { env: envWithout('DATABASE_URL') }),
  },
  {
    name: 'db-postgres',
    title: 'DB tests on PostgreSQL',
    run: async () => {
      let databaseUrl = process.env.DATABASE_URL;
      if (!databaseUrl) {
        if (!findPostgresBin()) {
          throw new Skip('PostgreSQL server binaries not found. Install: sudo apt-get install -y postgresql');
        }
        const script = join(root, 'scripts', 'pg-test-server.sh');
        const env = { ...process.env, KINERJA_PG_DIR: join(tmpdir(), `kinerja-pg-test-${process.pid}`) };
        const stop = () => spawnSync('bash', [script, 'stop'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
        cleanups.push(stop);
        console.log(paint('2', '$ scripts/pg-test-server.sh start'));
        const started = spawnSync('bash', [script, 'start'], {
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (started.status !== 0) throw new Error('could not start the throwaway PostgreSQL server');
        databaseUrl = started.stdout.trim().split('\n').pop();
        try {
          await mustRun(bin('vitest'), ['run', '--project', 'db'], {
            env: { ...process.env, DATABASE_URL: databaseUrl },
          });
        } finally {
          stop();
          cleanups = cleanups.filter((c) => c !== stop);
        }
        return;
      }
      await mustRun(bin('vitest'), ['run', '--project', 'db'], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    },
  },
  {
    name: 'build-web',
    title: 'Web build (vite)',
    run: async () => {
      if (!existsSync(join(root, 'web', 'vite.config.ts')))
        return 'not applicable: web/vite.config.ts does not exist yet';
      await mustRun('npm', ['run', '--silent', 'build:web']);
    },
  },
  {
    name: 'e2e',
    title: 'End-to-end (Playwright, Chromium)',
    run: async () => {
      if (!existsSync(CHROMIUM)) {
        throw new Skip(`Chromium not found at ${CHROMIUM}. Install: sudo apt-get install -y chromium`);
      }
      const specs = listFiles(join(root, 'e2e'), /\.spec\.ts$/);
      if (specs.length === 0) {
        // Still prove the browser starts, so CI catches a broken Chromium before the first spec lands.
        checkChromium();
        return 'not applicable: no e2e/*.spec.ts yet (Chromium launch checked)';
      }
      // Two concurrent Playwright processes, each with its own server (scripts/e2e-parallel.mjs).
      await mustRun(process.execPath, [join(root, 'scripts', 'e2e-parallel.mjs')]);
    },
  },
];

/** Starts headless Chromium once on a data: page and checks it rendered (its D-Bus noise is hidden). */
function checkChromium() {
  const profile = join(tmpdir(), `kinerja-chromium-${process.pid}`);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
  flags.push('--disable-background-networking', '--disable-component-update', '--disable-sync');
  console.log(paint('2', `$ ${CHROMIUM} ${flags.join(' ')} --dump-dom data:…`));
  const result = spawnSync(
    CHROMIUM,
    [...flags, `--user-data-dir=${profile}`, '--dump-dom', 'data:text/html,<title>kinerja-ok</title>'],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  rmSync(profile, { recursive: true, force: true });
  if (!result.stdout?.includes('kinerja-ok')) {
    console.error(result.stderr);
    throw new Error(`Chromium did not render a page (exit ${result.status ?? result.signal})`);
  }
  console.log('Chromium started headless and rendered a page.');
}

function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function runCleanups() {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    runCleanups();
    process.exit(130);
  });
}

const results = [];
let failed = false;
const started = Date.now();
for (const step of steps) {
  if ((only && !only.includes(step.name)) || skip.includes(step.name)) {
    results.push({ step, status: 'not selected', ms: 0 });
    continue;
  }
  if (failed && !keepGoing) {
    results.push({ step, status: 'not run', ms: 0 });
    continue;
  }
  console.log(`\n${paint('1;36', `━━ ${step.title} [${step.name}]`)}`);
  const t0 = Date.now();
  let status = 'passed';
  let note = '';
  try {
    const outcome = await step.run();
    if (outcome === WARNED) status = 'warned';
    else if (typeof outcome === 'string') note = outcome;
  } catch (err) {
    if (err instanceof Skip && !requireAll) {
      status = 'skipped';
      note = err.message;
      console.log(paint('1;33', `\n!!!!!!!! SKIPPED: ${step.title} — ${err.message}`));
    } else {
      status = 'failed';
      note = err instanceof Skip ? `${err.message} (required: KINERJA_REQUIRE_ALL=1)` : err.message;
      failed = true;
      console.log(paint('1;31', `\n✗ FAILED: ${step.title} — ${note}`));
    }
  }
  results.push({ step, status, note, ms: Date.now() - t0 });
}
runCleanups();

const marks = {
  passed: paint('32', 'passed '),
  warned: paint('33', 'WARNING'),
  failed: paint('31', 'FAILED '),
  skipped: paint('1;33', 'SKIPPED'),
  'not run': paint('2', 'not run'),
  'not selected': paint('2', '-      '),
};
console.log(`\n${paint('1', 'Summary')}`);
for (const r of results) {
  const duration = r.ms ? formatDuration(r.ms).padStart(9) : ''.padStart(9);
  console.log(
    `  ${marks[r.status]}  ${r.step.name.padEnd(12)} ${duration}  ${r.step.title}${r.note ? ` — ${r.note}` : ''}`,
  );
}
const count = (...statuses) => results.filter((r) => statuses.includes(r.status)).length;
const skipped = count('skipped');
console.log(
  `  total ${formatDuration(Date.now() - started)}${skipped ? `; ${skipped} step(s) SKIPPED (see above)` : ''}`,
);
console.log(`${count('passed', 'warned')} passed, ${count('failed')} failed`);
process.exitCode = failed ? 1 : 0;
