/**
 * Evidence uploads under load (issue 10 target): 20 concurrent 10 MB uploads through a real HTTP
 * server on loopback (multipart, streamed to staging, hashed, checked, moved into the file store).
 * Prints each upload's time and the server process's RSS and heap growth; targets: growth < 100 MB
 * (uploads are streamed, never buffered whole) and each upload < 2 s.
 *
 * The client streams each body from a file on disk, so what the process holds is the server's.
 *
 *   npx tsx bench/bukti-upload.bench.ts                        # embedded PGlite, in memory
 *   DATABASE_URL=postgres://… npx tsx bench/bukti-upload.bench.ts
 *   BENCH_UPLOADS=20 BENCH_MB=10 npx tsx bench/bukti-upload.bench.ts
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { LocalFileStore, setFileStore } from '../src/modules/dokumen/index.ts';
import { buildAkun, buildOrg, login } from '../test/factories.ts';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 20);
const MB = Number(process.env.BENCH_MB ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'kinerja-bukti-bench-'));
setFileStore(new LocalFileStore(join(dir, 'files')));

const database = await openDatabase(process.env.DATABASE_URL ? {} : { dataDir: 'memory://' });
try {
  await runMigrations(database);
  const org = await buildOrg(database);
  const akun = await buildAkun(database, { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
  const app = await buildApp(database);
  const cookie = await login(app, akun.username);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  // Distinct PDFs just under the default 10 MB limit (random bytes after the header: incompressible,
  // nothing deduplicated).
  const size = MB * 1024 * 1024 - 4096;
  const files = Array.from({ length: UPLOADS }, (_, k) => {
    const path = join(dir, `bukti-${k}.pdf`);
    writeFileSync(path, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]));
    return path;
  });

  const upload = (path: string, k: number) =>
    new Promise<{ ms: number; status: number }>((resolve, reject) => {
      const boundary = `----bench${k}${Date.now()}`;
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="judul"\r\n\r\nBukti ${k}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="tanggal"\r\n\r\n2026-03-01\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti-${k}.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const t0 = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/instansi/${org.instansi.id}/bukti`,
          headers: {
            cookie,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': head.length + size + tail.length,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
        },
      );
      req.on('error', reject);
      req.write(head);
      const body = createReadStream(path);
      body.on('end', () => req.end(tail));
      body.pipe(req, { end: false });
    });

  // Warm-up (code paths, the store's directories), then settle the heap before measuring.
  await upload(files[0], 0);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const results = await Promise.all(files.map((f, k) => upload(f, k + 1)));
  const wall = performance.now() - t0;
  clearInterval(sampler);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = [...new Set(results.map((r) => r.status))];
  console.log(`${UPLOADS} concurrent uploads of ${MB} MB on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
  console.log(`  statuses: ${statuses.join(', ')}; wall ${(wall / 1000).toFixed(2)} s`);
  console.log(
    `  per upload: min ${times[0].toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms (target < 2000 ms)`,
  );
  console.log(
    `  server memory growth: RSS +${mb(peakRss - before.rss)}, heap +${mb(peakHeap - before.heapUsed)} (target < 100 MB)`,
  );
  await app.close();
} finally {
  await database.close();
  setFileStore(null);
  rmSync(dir, { recursive: true, force: true });
}
