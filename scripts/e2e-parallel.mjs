#!/usr/bin/env node
// Runs the e2e specs in N concurrent Playwright processes (default 2), each with its own Kinerja
// server on its own fresh PGlite demo and its own free port (e2e/playwright.config.ts picks both per
// process). Why: one worker against one server leaves most of the 2-core machine idle while the
// browser waits on the server and vice versa, and the suite must stay under CI's 20 minutes.
// Specs are assigned to shards longest-first by the durations recorded in e2e/durations.json
// (refresh it with `--record` after adding specs); an unknown spec counts as 60 s.
//
//   node scripts/e2e-parallel.mjs             # KINERJA_E2E_SHARDS=1 runs it as one process
//   node scripts/e2e-parallel.mjs --record    # also writes e2e/durations.json from this run
//   node scripts/e2e-parallel.mjs e2e/a.spec.ts e2e/b.spec.ts   # only these specs
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const durationsFile = join(root, 'e2e', 'durations.json');
const UNKNOWN_SPEC_SECONDS = 60;

/** Longest-processing-time-first: each spec goes to the shard with the least work so far. */
export function planShards(specs, durations, n) {
  const shards = Array.from({ length: n }, () => ({ specs: [], seconds: 0 }));
  const weight = (s) => durations[s] ?? UNKNOWN_SPEC_SECONDS;
  for (const spec of [...specs].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const target = shards.reduce((min, s) => (s.seconds < min.seconds ? s : min));
    target.specs.push(spec);
    target.seconds += weight(spec);
  }
  return shards.filter((s) => s.specs.length > 0);
}

/** Per-spec wall seconds (all projects) from a Playwright JSON report. */
function specSeconds(report) {
  const out = {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const result of test.results ?? []) {
          const file = `e2e/${spec.file ?? suite.file}`;
          out[file] = (out[file] ?? 0) + (result.duration ?? 0) / 1000;
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

const children = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

function runShard(index, specs) {
  const tag = `[e2e ${index + 1}]`;
  const env = { ...process.env, KINERJA_E2E_SHARD: String(index + 1) };
  // Each process must choose its own port and data directory.
  delete env.KINERJA_E2E_PORT;
  delete env.KINERJA_E2E_DATA_DIR;
  const child = spawn(
    join(root, 'node_modules', '.bin', 'playwright'),
    ['test', '--config', 'e2e/playwright.config.ts', ...specs],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(`${tag} ${line}\n`);
    });
    stream.on('end', () => rest && out.write(`${tag} ${rest}\n`));
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1))));
}

async function main() {
  const record = process.argv.includes('--record');
  const n = Math.max(1, Number(process.env.KINERJA_E2E_SHARDS ?? 2));
  const chosen = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const specs = chosen.length
    ? chosen
    : readdirSync(join(root, 'e2e'))
        .filter((f) => f.endsWith('.spec.ts'))
        .map((f) => `e2e/${f}`);
  const durations = existsSync(durationsFile) ? JSON.parse(readFileSync(durationsFile, 'utf8')) : {};
  const shards = planShards(specs, durations, n);
  for (const [i, s] of shards.entries()) {
    console.log(`[e2e ${i + 1}] ~${Math.round(s.seconds)} s: ${s.specs.join(' ')}`);
  }
  for (const i of shards.keys()) rmSync(join(root, 'test-results', `e2e-${i + 1}.json`), { force: true });
  const started = Date.now();
  const codes = await Promise.all(shards.map((s, i) => runShard(i, s.specs)));

  const measured = {};
  for (const i of shards.keys()) {
    const file = join(root, 'test-results', `e2e-${i + 1}.json`);
    if (existsSync(file)) Object.assign(measured, specSeconds(JSON.parse(readFileSync(file, 'utf8'))));
  }
  const rows = Object.entries(measured).sort((a, b) => b[1] - a[1]);
  console.log(`\ne2e: ${shards.length} shard(s), wall ${Math.round((Date.now() - started) / 1000)} s; per spec:`);
  for (const [spec, s] of rows) console.log(`  ${s.toFixed(1).padStart(7)} s  ${spec}`);
  if (record && rows.length) {
    const rounded = Object.fromEntries(rows.map(([spec, s]) => [spec, Math.round(s)]));
    writeFileSync(durationsFile, `${JSON.stringify(rounded, null, 2)}\n`);
    console.log(`wrote ${durationsFile}`);
  }
  process.exitCode = codes.find((c) => c !== 0) ?? 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
