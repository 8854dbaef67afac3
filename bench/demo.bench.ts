/**
 * Demo generation benchmark: `generateDemo` for 7,700 pegawai (target < 15 s) — and the sizes in
 * BENCH_DEMO (comma-separated, e.g. "7700,100000") — on PGlite (a fresh file-backed data
 * directory, as `kinerja demo` uses) and, when DATABASE_URL names a database whose name contains
 * "bench", on PostgreSQL (its public and drizzle schemas are recreated).
 *
 *   npx tsx bench/demo.bench.ts
 *   BENCH_DEMO=7700,100000 DATABASE_URL=postgres://…/kinerja_bench npx tsx bench/demo.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { planDemo } from '../src/db/seed/demo-plan.ts';

const sizes = (process.env.BENCH_DEMO ?? '7700').split(',').map((s) => Number(s.trim()));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function measure(database: Database, n: number): Promise<void> {
  const t0 = performance.now();
  planDemo({ pegawai: n, seed: 1, kode: `PLAN-${n}` });
  const planMs = performance.now() - t0;
  const t1 = performance.now();
  let orgMs = 0;
  let evaluasiFrom = 0;
  let evaluasiCpu = process.cpuUsage();
  const result = await generateDemo(database, {
    pegawai: n,
    seed: 1,
    kode: `BENCH-${n}-${Date.now()}`,
    onProgress: (p) => {
      if (p.phase === 'committed') orgMs = performance.now() - t1;
      if (p.phase === 'evaluasi') {
        evaluasiFrom = performance.now();
        evaluasiCpu = process.cpuUsage();
      }
    },
  });
  const totalMs = performance.now() - t1;
  const cpu = process.cpuUsage(evaluasiCpu);
  // The evaluation year (evaluasi-demo.ts) is the last step: wall time and CPU time (both threads).
  console.log(
    `  ${String(n).padStart(6)} pegawai: evaluation year ${s(totalMs - (evaluasiFrom - t1))} ` +
      `(CPU ${s((cpu.user + cpu.system) / 1000)})`,
  );
  console.log(
    `  ${String(n).padStart(6)} pegawai: ${s(totalMs)} total — organisation, people, placements, accounts ${s(orgMs)} ` +
      `(plan alone ${s(planMs)}), then SKP demo plans, execution and evaluation ${s(totalMs - orgMs)}; ` +
      `${result.counts.unit} unit, ${result.counts.jabatan} jabatan, ${result.counts.penempatan} penempatan` +
      `${n === 7700 ? (totalMs < 15_000 ? '  → target < 15 s: MET' : '  → target < 15 s: NOT MET') : ''}`,
  );
}

const url = process.env.DATABASE_URL;
delete process.env.DATABASE_URL; // openDatabase prefers it over dataDir
const dir = mkdtempSync(join(tmpdir(), 'kinerja-demo-bench-'));
try {
  const database = await openDatabase({ dataDir: dir });
  try {
    await runMigrations(database);
    console.log(`== ${database.describe} ==`);
    for (const n of sizes) await measure(database, n);
  } finally {
    await database.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (url) {
  const name = new URL(url).pathname.slice(1);
  if (!/bench/i.test(name)) throw new Error(`refusing to reset database "${name}": its name must contain "bench"`);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;');
  await c.end();
  const database = await openDatabase({ databaseUrl: url });
  try {
    await runMigrations(database);
    console.log(`== ${database.describe} ==`);
    for (const n of sizes) await measure(database, n);
  } finally {
    await database.close();
  }
} else {
  console.log('(PostgreSQL skipped: set DATABASE_URL to a database whose name contains "bench")');
}
