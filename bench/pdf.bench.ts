/**
 * Bulk SKP PDF benchmark (issue 4): renders every SKP of a demo government of about 1,150 pegawai
 * (≈ 1,000 SKPs with cascaded RHK, IKI, perilaku and Lampiran) into one zip through the real job
 * (`POST /dokumen/skp-massal` → background job → FileStore), and meanwhile probes the server with a
 * light request every 50 ms to show that it stays responsive. Prints the total seconds, PDFs per
 * second, the zip size, CPU time, and the probe latencies. Target: 1,000 SKPs < 30 s.
 *
 *   npx tsx bench/pdf.bench.ts
 *   BENCH_PEGAWAI=2300 npx tsx bench/pdf.bench.ts        # ≈ 2,000 SKPs
 *   DATABASE_URL=postgres://…/kinerja_bench npx tsx bench/pdf.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/client.ts';
import { refreshStatistics } from '../src/db/maintenance.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { buildApp } from '../src/http/app.ts';
import {
  LocalFileStore,
  renderPdf,
  setFileStore,
  skpDocDefinition,
  usesSharedFonts,
  waitForDokumenJobs,
} from '../src/modules/dokumen/index.ts';

const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 1150);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const filesDir = mkdtempSync(join(tmpdir(), 'kinerja-pdf-bench-'));
setFileStore(new LocalFileStore(filesDir));
const database = await openDatabase(process.env.DATABASE_URL ? {} : { dataDir: 'memory://' });
try {
  await runMigrations(database);
  const kode = `BENCH-PDF-${Date.now().toString(36).toUpperCase()}`;
  let started = performance.now();
  const demo = await generateDemo(database, { pegawai: PEGAWAI, seed: 1, kode });
  await refreshStatistics(database); // as the CLI and the server do after a bulk load
  console.log(
    `demo: ${demo.counts.pegawai} pegawai in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.describe})`,
  );
  const root = (
    await database.pool.query('select id, nama from unit_organisasi where instansi_id = $1 and parent_id is null', [
      demo.instansiId,
    ])
  ).rows[0];

  // Warm-up: fonts parsed once, JIT warm (a fresh server pays this on its first document).
  started = performance.now();
  await renderPdf(
    skpDocDefinition({
      id: 'x',
      status: 'DRAFT',
      revisi: 0,
      jenisForm: 'JA_JF',
      pendekatan: 'KUANTITATIF',
      tahun: 2026,
      mulai: '2026-01-01',
      selesai: '2026-12-31',
      instansiNama: 'Warm-up',
      pegawai: { nama: 'Warm-up', nip: null, pangkat: null, jabatan: null, unitKerja: null },
      penilai: null,
      rhk: [],
      perilaku: {},
      lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
      ditandatanganiAt: null,
      ditetapkanAt: null,
      ditetapkanOlehNama: null,
    }),
  );
  console.log(
    `first document (font parsing, JIT): ${(performance.now() - started).toFixed(0)} ms; shared parsed fonts: ${usesSharedFonts()}`,
  );

  const app = await buildApp(database);
  const admin = demo.accounts.find((a) => a.role === 'ADMIN_INSTANSI');
  if (!admin) throw new Error('no admin account in the demo');
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: admin.username, password: admin.password },
  });
  const cookie = `kinerja_sid=${login.cookies.find((c) => c.name === 'kinerja_sid')?.value}`;

  const cpu = process.cpuUsage();
  started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: `/api/instansi/${demo.instansiId}/dokumen/skp-massal`,
    headers: { cookie },
    payload: { unitId: root.id, tahun: 2026 },
  });
  if (res.statusCode !== 202) throw new Error(`skp-massal → ${res.statusCode} ${res.body}`);
  const { jobId, total, statusUrl, unduhUrl } = res.json();

  // Probe the server while the job runs: a light authenticated request every 50 ms.
  const probes: number[] = [];
  let running = true;
  const done = waitForDokumenJobs().then(() => {
    running = false;
  });
  let lastProgress = '';
  while (running) {
    const t = performance.now();
    const status = await app.inject({ method: 'GET', url: statusUrl, headers: { cookie } });
    probes.push(performance.now() - t);
    const s = status.json();
    const progress = `${s.processed}/${s.total}`;
    if (progress !== lastProgress && probes.length % 40 === 0)
      console.log(`  progress ${progress} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    lastProgress = progress;
    await new Promise((r) => setTimeout(r, 50));
  }
  await done;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const status = (await app.inject({ method: 'GET', url: statusUrl, headers: { cookie } })).json();
  if (status.status !== 'SUCCEEDED') throw new Error(`job ${jobId} ended ${status.status}: ${status.error}`);
  const zip = await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie } });
  console.log(
    `bulk: ${status.jumlah}/${total} PDFs (${status.gagal.length} failed) in ${seconds.toFixed(1)} s — ${(total / seconds).toFixed(1)} PDF/s, ${((seconds * 1000) / total).toFixed(0)} ms each`,
  );
  console.log(
    `  zip ${(zip.rawPayload.length / 1048576).toFixed(1)} MiB (${(zip.rawPayload.length / total / 1024).toFixed(0)} KiB per SKP); CPU ${((used.user + used.system) / 1e6).toFixed(1)} s (all threads)`,
  );
  console.log(
    `  server responsiveness during the job (${probes.length} status requests): p50 ${pct(probes, 50).toFixed(0)} ms, p95 ${pct(probes, 95).toFixed(0)} ms, max ${Math.max(...probes).toFixed(0)} ms`,
  );
  const [l1, l5] = loadavg();
  console.log(`  machine load average ${l1.toFixed(1)} / ${l5.toFixed(1)} on ${cpus().length} CPUs`);
  console.log(
    `target 1,000 SKPs < 30 s: ${((seconds * 1000) / total) * 1000 < 30_000 ? 'met' : 'NOT met'} (${((((seconds * 1000) / total) * 1000) / 1000).toFixed(1)} s per 1,000)`,
  );
  await app.close();
} finally {
  await database.close();
  rmSync(filesDir, { recursive: true, force: true });
}
