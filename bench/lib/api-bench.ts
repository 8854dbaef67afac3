/**
 * What the API benchmarks share: a throw-away database (PGlite in a temp dir, or `DATABASE_URL`
 * whose name must contain test or bench), signed-in test accounts, a JSON caller through the real
 * app (`app.inject`), percentiles, a SQL statement counter, the sequential-then-concurrent
 * measurement and the machine line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client.ts';
import type { buildApp } from '../../src/http/app.ts';
import { buildAkun, login } from '../../test/factories.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

/** A fresh PGlite in a temporary directory, or the PostgreSQL of `DATABASE_URL` (a test/bench database only). */
export async function openBenchDatabase(): Promise<{ database: Database; cleanup: () => void }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    if (!/test|bench/.test(name))
      throw new Error(`refusing to benchmark against database "${name}" (name must contain test or bench)`);
    return { database: await openDatabase({ databaseUrl: url, poolSize: 10 }), cleanup: () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
  return {
    database: await openDatabase({ dataDir }),
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** n, p50, p95, p99 and max of a list of durations. */
export function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1] };
}

/** "p50 1.2 ms  p95 3.4 ms" (with `n=` and `max` when asked). */
export function stats(ms: number[], show: { n?: boolean; max?: boolean } = { n: true, max: true }): string {
  const p = percentiles(ms);
  return [
    show.n ? `n=${p.n}` : null,
    `p50 ${p.p50.toFixed(1)} ms`,
    `p95 ${p.p95.toFixed(1)} ms`,
    show.max ? `max ${p.max.toFixed(1)} ms` : null,
  ]
    .filter(Boolean)
    .join('  ');
}

/** A test account (factories) signed in; returns its session cookie. */
export async function signIn(app: App, database: Database, akun: Parameters<typeof buildAkun>[1]): Promise<string> {
  return login(app, (await buildAkun(database, akun)).username);
}

/** Calls `/api/instansi/<instansiId><url>` as `cookie`; throws on a status ≥ 300, else the parsed body. */
export function apiCaller(app: App, instansiId: string) {
  return async (cookie: string, method: string, url: string, payload?: unknown) => {
    const res = await app.inject({
      method: method as 'GET',
      url: `/api/instansi/${instansiId}${url}`,
      payload: payload as object,
      headers: { cookie },
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body);
  };
}

/** Counts the SQL statements sent through `pg.Client#query` from now on (every pool query goes through it). */
export function countSqlStatements(): { count: number; restore(): void } {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const origQuery = proto.query;
  const counter = {
    count: 0,
    restore() {
      proto.query = origQuery;
    },
  };
  proto.query = function (this: unknown, ...a: unknown[]) {
    counter.count++;
    return origQuery.apply(this, a);
  };
  return counter;
}

/**
 * `measure(label, fn)`: 10 warm-up calls, then `n` sequential and `n` with `concurrency` in flight,
 * printed on one line with the SQL statements per sequential request.
 */
export function measurer(o: {
  n: number;
  concurrency: number;
  statements: { count: number };
  labelWidth: number;
  stats: (ms: number[]) => string;
  sqlNote?: string;
}) {
  return async (label: string, fn: () => Promise<unknown>) => {
    const { n, concurrency: conc } = o;
    for (let k = 0; k < 10; k++) await fn();
    o.statements.count = 0;
    const seq: number[] = [];
    for (let k = 0; k < n; k++) {
      const t0 = performance.now();
      await fn();
      seq.push(performance.now() - t0);
    }
    const perReq = o.statements.count / n;
    const par: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: conc }, async () => {
        while (next++ < n) {
          const t0 = performance.now();
          await fn();
          par.push(performance.now() - t0);
        }
      }),
    );
    console.log(
      `${label.padEnd(o.labelWidth)} sequential ${o.stats(seq)} | ${conc} in flight ${o.stats(par)}  (${perReq.toFixed(1)} SQL/request${o.sqlNote ?? ''})`,
    );
  };
}

/** The cores and load average, so that figures from a busy machine are read as such. */
export function printMachine(): void {
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures above ~2 are inflated by other processes)`,
  );
}

/**
 * The staff member's SKP for `tahun` with `rhk` RHK × 3 IKI (KUANTITAS, KUALITAS, WAKTU; target 12
 * dokumen), submitted by `staf` and set by `kasi`; returns its id, version after submission and RHK ids.
 */
export async function setSkp(
  call: ReturnType<typeof apiCaller>,
  cookies: { staf: string; kasi: string },
  tahun: number,
  o: { rhk?: number; jenis?: (k: number) => 'UTAMA' | 'TAMBAHAN' } = {},
): Promise<{ id: string; rhkIds: string[] }> {
  const skp = await call(cookies.staf, 'POST', '/skp', { tahun, pendekatan: 'KUANTITATIF' });
  let v = skp.version;
  const rhkIds: string[] = [];
  for (let k = 1; k <= (o.rhk ?? 6); k++) {
    const r = await call(cookies.staf, 'POST', `/skp/${skp.id}/rhk`, {
      version: v,
      jenis: o.jenis ? o.jenis(k) : 'UTAMA',
      teks: `Rencana hasil kerja ${k} yang cukup panjang untuk menyerupai isian sebenarnya`,
      sumber: 'JF',
      iki: [0, 1, 2].map((j) => ({
        aspek: ['KUANTITAS', 'KUALITAS', 'WAKTU'][j],
        indikator: `Indikator ${k}.${j}`,
        targetNilai: 12,
        targetSatuan: 'dokumen',
      })),
    });
    v = r.version;
    rhkIds.push(r.id);
  }
  v = (await call(cookies.staf, 'POST', `/skp/${skp.id}/ajukan`, { version: v })).version;
  await call(cookies.kasi, 'POST', `/skp/${skp.id}/tetapkan`, { version: v });
  return { id: skp.id, rhkIds };
}
