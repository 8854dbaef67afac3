/**
 * Playwright for the golden journeys (decision 0301). Runs the standard @playwright/test runner with
 * Debian's Chromium (`npx playwright install` cannot download here) against a real Kinerja server
 * on a fresh temporary PGlite data directory filled with demo data, on a free loopback port.
 *
 *   npm run build:web && npm run test:e2e     # the server serves dist/web (built if missing)
 *   KINERJA_E2E_BASE_URL=http://127.0.0.1:3000 npm run test:e2e   # against a server you started
 *
 * Specs: `e2e/*.spec.ts`. The `phone` project (360×740) runs only tests tagged `@phone`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { E2E_HOST_NAME, E2E_ROOT_USERNAME } from './helpers.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isCi = !!process.env.CI;

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A host name other than localhost for e2e/hostname.spec.ts (the UI opened by name over plain HTTP).
  `--host-resolver-rules=MAP ${E2E_HOST_NAME} 127.0.0.1`,
];

/** Asks the kernel for a free loopback port (synchronously: the config must be a plain object). */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const port = Number(out.stdout);
  if (!port) throw new Error(`could not find a free port: ${out.stderr}`);
  return port;
}

// The config is loaded by the runner and again by each worker: choose the port and data directory
// once, in the runner, and hand them to the workers through the environment they inherit.
const externalBaseUrl = process.env.KINERJA_E2E_BASE_URL;
if (!externalBaseUrl && !process.env.KINERJA_E2E_PORT) {
  process.env.KINERJA_E2E_PORT = String(freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
  process.env.KINERJA_E2E_DATA_DIR = dataDir;
  // A super admin for the multi-tenant journey (e2e/instansi.spec.ts), created with the CLI before
  // the server starts, as an operator would; the password is random per run.
  process.env.KINERJA_E2E_ROOT_PASSWORD = `e2e-${randomBytes(12).toString('base64url')}`;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
const port = Number(process.env.KINERJA_E2E_PORT);
// Set by scripts/e2e-parallel.mjs: each concurrent process keeps its own results and reports.
const shard = process.env.KINERJA_E2E_SHARD;
const suffix = shard ? `-${shard}` : '';
const baseURL = externalBaseUrl ?? `http://127.0.0.1:${port}`;

// Build the web UI first only when no build exists (npm test builds it in the step before).
const buildIfMissing = existsSync(join(root, 'dist', 'web', 'index.html')) ? '' : 'npm run --silent build:web && ';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(root, 'test-results', `run${suffix}`),
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCi,
  retries: isCi ? 1 : 0,
  timeout: 90_000,
  // Generous: CI runs on 2 shared cores; a slow machine must not fail a correct journey.
  expect: { timeout: 25_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: join(root, `playwright-report${suffix}`), open: 'never' }],
    // Per-spec durations for the shard planner (scripts/e2e-parallel.mjs).
    ['json', { outputFile: join(root, 'test-results', `e2e${suffix || '-1'}.json`) }],
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    // `@phone-only`: walked at 360 px only (the role walk-through splits its roles between the two
    // widths so that every page is walked once at each without walking every role twice).
    { name: 'desktop', grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grep: /@phone/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command:
          `${buildIfMissing}printf '%s\\n' "$KINERJA_E2E_ROOT_PASSWORD" | env -u DATABASE_URL node bin/kinerja.js admin create ` +
          `--username ${E2E_ROOT_USERNAME} --password-stdin --nama "Super admin (e2e)" && ` +
          `env -u DATABASE_URL node bin/kinerja.js serve --demo-if-empty --port ${port}`,
        cwd: root,
        url: `${baseURL}/healthz`,
        // Always embedded PGlite in the temporary dir, even when the shell has a DATABASE_URL.
        env: {
          KINERJA_DATA_DIR: process.env.KINERJA_E2E_DATA_DIR ?? '',
          KINERJA_E2E_ROOT_PASSWORD: process.env.KINERJA_E2E_ROOT_PASSWORD ?? '',
          HOST: '127.0.0.1',
          PORT: String(port),
        },
        // First start of a fresh PGlite plus demo data takes several seconds on 2 cores.
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      },
});
