/**
 * Home (GET …/beranda) on the demo regency (7,700 pegawai): one request at a time per demo role
 * after a warm-up, through the real app (app.inject: routing, session, zod serialisation). Prints
 * the median and p95 and how many SQL round trips one request makes (counted on the pool).
 *
 *   npx tsx bench/beranda.bench.ts                                   # embedded PGlite, in memory
 *   DATABASE_URL=postgres://… npx tsx bench/beranda.bench.ts         # PostgreSQL
 *   BENCH_PEGAWAI=2000 npx tsx bench/beranda.bench.ts                # smaller demo
 */
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { buildApp } from '../src/http/app.ts';

const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 7700);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const database = await openDatabase(process.env.DATABASE_URL ? {} : { dataDir: 'memory://' });
try {
  await runMigrations(database);
  const demo = await generateDemo(database, { pegawai: PEGAWAI, seed: 1, kode: `BRD${Date.now() % 100000}` });
  const app = await buildApp(database);
  // Count statements sent through the pool (session lookup included).
  let queries = 0;
  const pool = database.pool as unknown as { query: (...a: unknown[]) => unknown };
  const query = pool.query.bind(pool);
  pool.query = (...a: unknown[]) => {
    queries++;
    return query(...a);
  };
  console.log(`demo: ${demo.counts.pegawai} pegawai on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
  for (const account of demo.accounts.filter((a) => a.role !== 'SUPER_ADMIN')) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: account.username, password: account.password },
    });
    const cookie = `kinerja_sid=${login.cookies.find((c) => c.name === 'kinerja_sid')?.value}`;
    const url = `/api/instansi/${demo.instansiId}/beranda`;
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url, headers: { cookie } });
    const times: number[] = [];
    let before = queries;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      times.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`${account.username}: ${res.statusCode} ${res.body}`);
    }
    const perRequest = (queries - before) / RUNS;
    before = queries;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(
      `${account.label.split(' / ')[0].slice(0, 60).padEnd(60)} median ${at(0.5)} ms, p95 ${at(0.95)} ms, ` +
        `${perRequest.toFixed(1)} statements/request`,
    );
  }
  await app.close();
} finally {
  await database.close();
}
