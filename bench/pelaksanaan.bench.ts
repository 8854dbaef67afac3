/**
 * Benchmark: the "Kinerja Saya" read and the realisasi save (issue 10: p95 < 50 ms on PostgreSQL
 * with the 7,700-pegawai demo at modest concurrency; the read's payload < 50 KB gzipped).
 *
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/pelaksanaan.bench.ts
 *   npx tsx bench/pelaksanaan.bench.ts                     # embedded PGlite (temp dir), for comparison
 *   options: --pegawai 7700 --concurrency 20 --requests 400
 *
 * It generates the demo (the database's name must contain `test` or `bench`), gives `--concurrency`
 * pegawai with a set SKP an account, moves the year's last quarter around today so its entry is
 * open, and then runs that many clients in parallel through the real app (`app.inject`: routing,
 * session, authorisation, validation, serialisation; no network): each alternates
 * GET /skp/:id/pelaksanaan?periode=… and PUT …/realisasi/:ikiId with its version. It prints
 * p50/p95/p99, SQL statements per request and the read's JSON and gzip sizes (for the demo teacher,
 * whose SKP has the whole year's data).
 *
 * Beside it, the same clients run the same loop against a bare handler: node-postgres on the same
 * pool, no Fastify, no session, no authorisation, no audit — the read's one prepared statement
 * (`bacaPelaksanaan`) and one version-guarded upsert of the realisasi. That is the floor these
 * requests cannot go under; on a busy machine compare the product to it (the ratio), not to 50 ms.
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { buildApp } from '../src/http/app.ts';
import { bacaPelaksanaan } from '../src/modules/pelaksanaan/pelaksanaan-read.repository.ts';
import { countSqlStatements, openBenchDatabase, printMachine, signIn, percentiles as stats } from './lib/api-bench.ts';

const { values: opt } = parseArgs({
  options: {
    pegawai: { type: 'string', default: '7700' },
    concurrency: { type: 'string', default: '20' },
    requests: { type: 'string', default: '400' },
  },
});

const fmt = (x: number) => `${x.toFixed(1)} ms`;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const concurrency = Number(opt.concurrency);
  try {
    await runMigrations(database);
    const kode = `BENCH-PEL-${Date.now().toString(36).toUpperCase()}`;
    const t0 = performance.now();
    const demo = await generateDemo(database, { pegawai: Number(opt.pegawai), seed: 1, kode, saveCredentials: false });
    console.log(`demo of ${opt.pegawai} pegawai generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const i = demo.instansiId;
    // The year's last quarter around today, so that entry is open whatever day the bench runs.
    const [pk] = (await database.pool.query('select id, periode from periode_kinerja where instansi_id = $1', [i]))
      .rows;
    const periode = (pk.periode as Array<{ kode: string }>).map((p) =>
      p.kode === 'TW4' ? { ...p, mulai: day(-30), selesai: day(30), batasPengisian: day(40) } : p,
    );
    await database.pool.query('update periode_kinerja set periode = $2 where id = $1', [
      pk.id,
      JSON.stringify(periode),
    ]);
    await database.pool.query(
      `update skp set mulai = least(mulai, $2::date), selesai = greatest(selesai, $3::date)
      where instansi_id = $1`,
      [i, day(-200), day(60)],
    );
    const app = await buildApp(database);
    // Pegawai with a set SKP and at least one quantitative IKI, each with an account.
    const people = (
      await database.pool.query(
        `select s.id as skp, s.pegawai_id, (select k.id from rhk r join iki k on k.rhk_id = r.id
            where r.skp_id = s.id and k.target_nilai is not null order by r.urutan, k.urutan limit 1) as iki
           from skp s where s.instansi_id = $1 and s.status = 'DITETAPKAN'
           and not exists (select 1 from akun a where a.pegawai_id = s.pegawai_id)
           order by s.id limit $2`,
        [i, concurrency * 2],
      )
    ).rows
      .filter((r) => r.iki)
      .slice(0, concurrency);
    const clients = await Promise.all(
      people.map(async (p) => ({
        ...p,
        cookie: await signIn(app, database, { instansiId: i, pegawaiId: p.pegawai_id }),
        version: 0,
      })),
    );
    const call = async (cookie: string, method: string, url: string, payload?: unknown) => {
      const res = await app.inject({
        method: method as 'GET',
        url: `/api/instansi/${i}${url}`,
        payload: payload as object,
        headers: { cookie, 'accept-encoding': 'identity' },
      });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.body;
    };
    const sqlCounter = countSqlStatements();
    // Version of each client's realisasi (TW4 may already hold one from the demo).
    for (const c of clients) {
      const body = JSON.parse(await call(c.cookie, 'GET', `/skp/${c.skp}/pelaksanaan?periode=TW4`));
      const k = body.rhk.flatMap((r: { iki: unknown[] }) => r.iki).find((x: { id: string }) => x.id === c.iki);
      c.version = k.realisasi?.version ?? 0;
    }
    // SQL statements per request, counted one request at a time (the counter is global).
    const one = clients[0];
    let s0 = sqlCounter.count;
    for (let k = 0; k < 10; k++) await call(one.cookie, 'GET', `/skp/${one.skp}/pelaksanaan?periode=TW4`);
    const readStatements = (sqlCounter.count - s0) / 10;
    s0 = sqlCounter.count;
    for (let k = 0; k < 10; k++) {
      const r = JSON.parse(
        await call(one.cookie, 'PUT', `/skp/${one.skp}/pelaksanaan/TW4/realisasi/${one.iki}`, {
          version: one.version,
          nilai: k,
        }),
      );
      one.version = r.version;
    }
    const writeStatements = (sqlCounter.count - s0) / 10;
    const perClient = Math.ceil(Number(opt.requests) / clients.length);
    const reads: number[] = [];
    const writes: number[] = [];
    // CPU of this process (the app; PostgreSQL is another process) per read + write pair: what the
    // app costs whatever else the machine runs.
    const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
    let cpu = process.cpuUsage();
    await Promise.all(
      clients.map(async (c, n) => {
        for (let k = 0; k < perClient; k++) {
          let t = performance.now();
          await call(c.cookie, 'GET', `/skp/${c.skp}/pelaksanaan?periode=TW4`);
          reads.push(performance.now() - t);
          t = performance.now();
          const r = JSON.parse(
            await call(c.cookie, 'PUT', `/skp/${c.skp}/pelaksanaan/TW4/realisasi/${c.iki}`, {
              version: c.version,
              nilai: (n + k) % 17,
              catatan: `Catatan ${k}`,
            }),
          );
          writes.push(performance.now() - t);
          c.version = r.version;
        }
      }),
    );
    const productCpu = cpuMs(process.cpuUsage(cpu)) / reads.length;
    // The bare handler: the same loop on the same pool, the floor of what these requests cost.
    const bareReads: number[] = [];
    const bareWrites: number[] = [];
    const bareVersion = new Map<string, number>();
    cpu = process.cpuUsage();
    await Promise.all(
      clients.map(async (c, n) => {
        for (let k = 0; k < perClient; k++) {
          let t = performance.now();
          await bacaPelaksanaan(database.db, { instansiId: i, skpId: c.skp, kode: 'TW4', saya: c.pegawai_id });
          bareReads.push(performance.now() - t);
          t = performance.now();
          const res = await database.pool.query(
            `insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai, catatan)
             values ($1, $2, $3, 'TW4', $4, $5)
             on conflict (instansi_id, skp_id, iki_id, periode_kode) do update
               set nilai = excluded.nilai, catatan = excluded.catatan, version = realisasi.version + 1,
                 updated_at = now()
               where realisasi.version = $6
             returning version`,
            [i, c.skp, c.iki, (n + k) % 17, `Catatan ${k}`, bareVersion.get(c.skp) ?? c.version],
          );
          bareWrites.push(performance.now() - t);
          bareVersion.set(c.skp, res.rows[0]?.version ?? 0);
        }
      }),
    );
    const bareCpu = cpuMs(process.cpuUsage(cpu)) / bareReads.length;
    // Payload of a rich screen: the demo SKP with the most rows in the period.
    const [rich] = (
      await database.pool.query(
        `select s.id, s.pegawai_id from skp s join rhk r on r.skp_id = s.id
          where s.instansi_id = $1 and s.status = 'DITETAPKAN'
          group by s.id order by (select count(*) from progres_harian p where p.skp_id = s.id) desc,
            count(*) desc limit 1`,
        [i],
      )
    ).rows;
    const richCookie = await signIn(app, database, { instansiId: i, pegawaiId: rich.pegawai_id }).catch(() => null);
    const sizes = await Promise.all(
      ['TW3', 'TW4'].map(async (p) => {
        const body = richCookie ? await call(richCookie, 'GET', `/skp/${rich.id}/pelaksanaan?periode=${p}`) : '';
        return { p, json: Buffer.byteLength(body), gzip: gzipSync(body).length };
      }),
    );
    const r = stats(reads);
    const w = stats(writes);
    console.log(`engine: ${database.engine} (${database.describe}); ${clients.length} concurrent clients`);
    console.log(
      `GET  …/pelaksanaan?periode  n=${r.n}  p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  (${readStatements.toFixed(1)} SQL statements per request)`,
    );
    console.log(
      `PUT  …/realisasi/:ikiId     n=${w.n}  p50 ${fmt(w.p50)}  p95 ${fmt(w.p95)}  p99 ${fmt(w.p99)}  max ${fmt(w.max)}  (${writeStatements.toFixed(1)} SQL statements per request)`,
    );
    const br = stats(bareReads);
    const bw = stats(bareWrites);
    console.log(
      `bare read (one statement)   n=${br.n}  p50 ${fmt(br.p50)}  p95 ${fmt(br.p95)}  p99 ${fmt(br.p99)}  → product/bare p95 ${(r.p95 / br.p95).toFixed(1)}×`,
    );
    console.log(
      `bare write (one upsert)     n=${bw.n}  p50 ${fmt(bw.p50)}  p95 ${fmt(bw.p95)}  p99 ${fmt(bw.p99)}  → product/bare p95 ${(w.p95 / bw.p95).toFixed(1)}×`,
    );
    console.log(
      `app CPU per read + write pair: product ${productCpu.toFixed(2)} ms, bare ${bareCpu.toFixed(2)} ms (this process; PostgreSQL not included)`,
    );
    for (const s of sizes)
      console.log(
        `payload of the richest SKP, ${s.p}: ${(s.json / 1024).toFixed(1)} KB JSON, ${(s.gzip / 1024).toFixed(1)} KB gzip`,
      );
    printMachine();
    console.log(
      `target p95 < 50 ms: GET ${r.p95 < 50 ? 'met' : 'NOT met'}, PUT ${w.p95 < 50 ? 'met' : 'NOT met'}; payload < 50 KB gzip: ${sizes.every((s) => s.gzip < 50 * 1024) ? 'met' : 'NOT met'}`,
    );
    sqlCounter.restore();
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
