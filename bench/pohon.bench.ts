/**
 * Pohon kinerja benchmark (issue 4): server-side time of `GET /pohon-kinerja` for a unit of about
 * 2,000 pegawai with SKPs. Generates the demo government (default 5,000 pegawai, so that the
 * Dinas Pendidikan subtree holds ~2,000 people, cascaded SKPs included), picks the unit whose
 * subtree is closest to BENCH_UNIT_SIZE (default 2,000) and requests its tree through `app.inject`
 * (no network: routing, auth, queries, assembly, zod serialization). Prints p50/p95 and the split
 * between loading+assembly (service) and the whole request. Target: < 300 ms.
 *
 *   npx tsx bench/pohon.bench.ts                 # embedded PGlite (in memory)
 *   DATABASE_URL=postgres://…/kinerja_bench npx tsx bench/pohon.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/client.ts';
import { refreshStatistics } from '../src/db/maintenance.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { buildApp } from '../src/http/app.ts';
import { getPohon } from '../src/modules/pohon/index.ts';

const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 5000);
const UNIT_SIZE = Number(process.env.BENCH_UNIT_SIZE ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const database = await openDatabase(process.env.DATABASE_URL ? {} : { dataDir: 'memory://' });
try {
  await runMigrations(database);
  const kode = `BENCH-POHON-${Date.now().toString(36).toUpperCase()}`;
  let started = performance.now();
  const demo = await generateDemo(database, { pegawai: PEGAWAI, seed: 1, kode });
  await refreshStatistics(database); // as the CLI and the server do after a bulk load
  console.log(
    `demo: ${demo.counts.pegawai} pegawai generated in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.describe})`,
  );

  // The unit whose subtree (current definitive placements) is closest to the wanted size.
  const sizes = await database.pool.query(
    `select u.id, u.nama, count(*)::int as n
       from unit_organisasi u
       join unit_organisasi d on d.instansi_id = u.instansi_id and d.path like u.path || '%'
       join jabatan j on j.unit_id = d.id
       join penempatan pe on pe.jabatan_id = j.id and pe.jenis = 'DEFINITIF' and pe.selesai is null
      where u.instansi_id = $1 and u.parent_id is not null
      group by u.id, u.nama order by abs(count(*) - $2) limit 1`,
    [demo.instansiId, UNIT_SIZE],
  );
  const unit = sizes.rows[0] as { id: string; nama: string; n: number };
  const skp = await database.pool.query(
    `select count(distinct s.id)::int as skp, count(r.id)::int as rhk from skp s
       join unit_organisasi u on u.id = s.unit_id join unit_organisasi root on root.id = $2
       left join rhk r on r.skp_id = s.id where s.instansi_id = $1 and u.path like root.path || '%'`,
    [demo.instansiId, unit.id],
  );
  console.log(`unit: ${unit.nama} — ${unit.n} pegawai, ${skp.rows[0].skp} SKP, ${skp.rows[0].rhk} RHK`);

  const app = await buildApp(database);
  const admin = demo.accounts.find((a) => a.role === 'ADMIN_INSTANSI');
  if (!admin) throw new Error('no admin account in the demo');
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: admin.username, password: admin.password },
  });
  const cookie = `kinerja_sid=${login.cookies.find((c) => c.name === 'kinerja_sid')?.value}`;
  const url = `/api/instansi/${demo.instansiId}/pohon-kinerja?unitId=${unit.id}&tahun=2026`;

  const request: number[] = [];
  const requestCpu: number[] = [];
  const service: number[] = [];
  const serviceCpu: number[] = [];
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  let bytes = 0;
  let nodes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    started = performance.now();
    const cpu = process.cpuUsage();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(`pohon-kinerja → ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 3) {
      request.push(ms);
      requestCpu.push(cpuMs(process.cpuUsage(cpu)));
    }
    bytes = res.rawPayload.length;
    nodes = res.json().nodes.length;
  }
  // The service alone (load + assembly, no HTTP/serialization), as an admin of the instansi.
  const fakeActor = {
    akunId: 'bench',
    username: 'bench',
    nama: 'bench',
    instansiId: demo.instansiId,
    pegawaiId: null,
    roles: [{ peran: 'ADMIN_INSTANSI' as const, instansiId: demo.instansiId, unitId: null, unitPath: null }],
    sessionId: 'bench',
    isDemo: false,
  };
  for (let i = 0; i < RUNS + 3; i++) {
    started = performance.now();
    const cpu = process.cpuUsage();
    await getPohon({ database, actor: fakeActor }, demo.instansiId, { unitId: unit.id, tahun: 2026 });
    if (i >= 3) {
      service.push(performance.now() - started);
      serviceCpu.push(cpuMs(process.cpuUsage(cpu)));
    }
  }
  console.log(`tree: ${nodes} nodes, ${(bytes / 1024).toFixed(0)} KiB JSON`);
  console.log(
    `GET /pohon-kinerja (app.inject, ${RUNS} runs): p50 ${fmt(pct(request, 50))}, p95 ${fmt(pct(request, 95))}, max ${fmt(Math.max(...request))}`,
  );
  console.log(
    `  CPU time per request (this process: all threads, PGlite's worker included when embedded): p50 ${fmt(pct(requestCpu, 50))}, p95 ${fmt(pct(requestCpu, 95))}`,
  );
  console.log(
    `  service only (queries + assembly): p50 ${fmt(pct(service, 50))}, p95 ${fmt(pct(service, 95))}; CPU p50 ${fmt(pct(serviceCpu, 50))}`,
  );
  const [l1, l5] = (await import('node:os')).loadavg();
  console.log(
    `  machine load average ${l1.toFixed(1)} / ${l5.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs (wall times grow with it; CPU times do not)`,
  );
  console.log(`target < 300 ms: ${pct(request, 95) < 300 ? 'met' : 'NOT met'} (p95)`);
  await app.close();
} finally {
  await database.close();
}
