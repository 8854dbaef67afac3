/**
 * Lighthouse mobile performance of the login page, Home and the SKP editor (issue 9: ≥ 85 each).
 * Starts the real server on a fresh PGlite demo government (or uses KINERJA_BENCH_URL), logs in
 * through the API as the demo staff member (the session cookie is put in the browser's cookie jar
 * through puppeteer-core; a run that ends up logged out fails) and runs Lighthouse's default mobile
 * audit (Moto G class phone, simulated slow 4G, CPU slowed 4×) in Debian's Chromium, cold cache,
 * BENCH_ROUNDS times per page (default 3), printing each score, the median with its metrics and
 * the load average (the simulation scales observed CPU time: a busy machine scores lower). Not
 * part of the test suite: a run takes minutes.
 *
 *   npm run build:web && npx tsx bench/lighthouse.bench.ts
 *   CHROME_PATH defaults to /usr/bin/chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TARGET = 85;

if (!process.env.KINERJA_BENCH_URL && !existsSync(join(root, 'dist', 'web', 'index.html'))) {
  console.error('dist/web is missing: run `npm run build:web` first');
  process.exit(1);
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });
}

async function waitForHealth(base: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

/** Logs in as the demo staff member; returns the Cookie header and the path of their SKP. */
async function staffSession(base: string): Promise<{ cookie: string; skpPath: string | null }> {
  const { accounts } = (await (await fetch(`${base}/api/auth/demo-accounts`)).json()) as {
    accounts: Array<{ username: string; password: string; label: string }>;
  };
  const staff = accounts.find((a) => /pegawai pelaksana/i.test(a.label));
  if (!staff) throw new Error('no demo staff account');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: staff.username, password: staff.password }),
  });
  if (!login.ok) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as {
    instansi: { id: string };
  };
  const list = (await (
    await fetch(`${base}/api/instansi/${me.instansi.id}/skp/saya`, { headers: { cookie } })
  ).json()) as Array<{ id: string }>;
  return { cookie, skpPath: list[0] ? `/skp/${list[0].id}` : null };
}

interface Run {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** Bytes over the wire (compressed) for the page load. */
  bytes: number;
}

/**
 * One Lighthouse run. The session cookie goes into the browser's cookie jar (a Cookie header given to
 * Lighthouse reaches the document request but not the app's own fetches, so "Home" measured the
 * login page the app fell back to). Lighthouse's own storage reset would delete that cookie: the
 * cache and cookies are cleared here instead, before the cookie is set, so every run is cold.
 */
async function audit(url: string, port: number, cookie: string | null): Promise<Run> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  let result: Awaited<ReturnType<typeof lighthouse>>;
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.clearBrowserCookies');
    if (cookie) {
      const { hostname } = new URL(url);
      await browser.setCookie(
        ...cookie.split('; ').map((c) => {
          const i = c.indexOf('=');
          return { name: c.slice(0, i), value: c.slice(i + 1), domain: hostname, path: '/', httpOnly: true };
        }),
      );
    }
    result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        disableStorageReset: true,
      },
      undefined,
      page,
    );
  } finally {
    await page.close().catch(() => undefined);
    await browser.disconnect();
  }
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  // A failed load (e.g. no paint within Lighthouse's limits on a loaded machine) has no score.
  if (result.lhr.runtimeError)
    console.log(`  ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  const a = result.lhr.audits;
  if (cookie) {
    // A page measured without its session is the login page: refuse to report it as the page.
    const requests = (a['network-requests']?.details as { items?: Array<{ url: string; statusCode: number }> })?.items;
    const me = requests?.find((r) => new URL(r.url).pathname === '/api/auth/me');
    if (me && me.statusCode !== 200)
      throw new Error(`${url}: not logged in (GET /api/auth/me answered ${me.statusCode})`);
  }
  const num = (id: string) => Number(a[id]?.numericValue ?? Number.NaN);
  return {
    score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    bytes: num('total-byte-weight'),
  };
}

const median = (runs: Run[]) => [...runs].sort((x, y) => x.score - y.score)[Math.floor(runs.length / 2)];

let server: ChildProcess | null = null;
let dataDir: string | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
let failed = false;
try {
  let base = process.env.KINERJA_BENCH_URL;
  if (!base) {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'kinerja-lighthouse-'));
    const t = performance.now();
    server = spawn(process.execPath, ['bin/kinerja.js', 'serve', '--demo-if-empty', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', KINERJA_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(base, 180_000);
    console.log(`server with the demo government ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const { cookie, skpPath } = await staffSession(base);
  const pages: Array<{ name: string; path: string; cookie: string | null }> = [
    { name: 'login', path: '/masuk', cookie: null },
    { name: 'home (staff)', path: '/', cookie },
  ];
  if (skpPath) pages.push({ name: 'SKP editor (staff)', path: skpPath, cookie });
  else console.log('the demo staff member has no SKP: the editor is not measured');

  chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  // Lighthouse's simulated throttling scales the CPU time it observes: a busy machine scores lower.
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(`Lighthouse mobile performance, ${ROUNDS} round(s) per page, target ≥ ${TARGET}; load average ${load()}`);
  console.log('page                 scores        median  FCP ms  LCP ms  TBT ms    CLS   SI ms   KB');
  for (const page of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await audit(base + page.path, chrome.port, page.cookie));
    const m = median(runs);
    failed ||= m.score < TARGET;
    console.log(
      `${page.name.padEnd(20)} ${runs
        .map((r) => r.score)
        .join(' ')
        .padEnd(
          13,
        )} ${String(m.score).padStart(6)} ${m.fcp.toFixed(0).padStart(7)} ${m.lcp.toFixed(0).padStart(7)} ${m.tbt
        .toFixed(0)
        .padStart(
          7,
        )} ${m.cls.toFixed(3).padStart(6)} ${m.si.toFixed(0).padStart(7)} ${(m.bytes / 1000).toFixed(0).padStart(4)}`,
    );
  }
  console.log(`load average at the end: ${load()}`);
} finally {
  await chrome?.kill();
  server?.kill('SIGTERM');
  if (dataDir) {
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
