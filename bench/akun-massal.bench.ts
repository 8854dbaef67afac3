/**
 * Bulk accounts benchmark: the demo regency (7,700 pegawai, none with an account but the demo
 * ones) gets an account for everyone at once, on embedded PGlite (in memory). Prints argon2id cost
 * one hash at a time vs the parallel hashing `hashPasswords` does, the transaction (accounts + one
 * audit row each) and the workbook.
 *
 *   npx tsx bench/akun-massal.bench.ts
 *   BENCH_PEGAWAI=2000 npx tsx bench/akun-massal.bench.ts     # smaller run
 *   UV_THREADPOOL_SIZE=8 npx tsx bench/akun-massal.bench.ts    # more hashing lanes on a big machine
 */
import { availableParallelism, loadavg } from 'node:os';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { generateDemo } from '../src/db/seed/demo.ts';
import { buatAkunMassal } from '../src/modules/akun/index.ts';
import { hashConcurrency, hashPassword, hashPasswords } from '../src/modules/auth/index.ts';

const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 7700);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const database = await openDatabase(process.env.DATABASE_URL ? {} : { dataDir: 'memory://' });
try {
  await runMigrations(database);
  const demo = await generateDemo(database, { pegawai: PEGAWAI, seed: 1, kode: `AKB${Date.now() % 100000}` });
  console.log(`demo: ${demo.counts.pegawai} pegawai, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`);

  // One at a time vs in parallel, back to back (a shared machine's load shifts between runs).
  const SAMPLE = 120;
  let t = performance.now();
  for (let i = 0; i < SAMPLE; i++) await hashPassword(`abcd-efgh-jkmn-${i}`);
  const perHash = (performance.now() - t) / SAMPLE;
  t = performance.now();
  await hashPasswords(Array.from({ length: SAMPLE }, (_, i) => `pqrs-tuvw-xyz2-${i}`));
  const perHashParallel = (performance.now() - t) / SAMPLE;
  console.log(
    `argon2id one at a time: ${perHash.toFixed(1)} ms/hash → ${s(perHash * PEGAWAI)} for ${PEGAWAI}; ` +
      `${hashConcurrency()} at a time: ${perHashParallel.toFixed(1)} ms/hash → ${s(perHashParallel * PEGAWAI)}`,
  );

  t = performance.now();
  const dry = await buatAkunMassal(database, {
    instansiId: demo.instansiId,
    unit: null,
    paths: null,
    dryRun: true,
    actor: { akunId: null, label: 'bench' },
  });
  console.log(
    `dry run: ${dry.jumlah} to create, ${dry.dilewati.length} skipped, estimate ${s(dry.perkiraanMs ?? 0)} ` +
      `(${(performance.now() - t).toFixed(0)} ms)`,
  );

  t = performance.now();
  const r = await buatAkunMassal(database, {
    instansiId: demo.instansiId,
    unit: null,
    paths: null,
    dryRun: false,
    actor: { akunId: null, label: 'bench' },
  });
  const total = performance.now() - t;
  console.log(
    `created ${r.jumlah} accounts in ${s(total)}: hashing ${s(r.waktuMs.hash)} (${hashConcurrency()} at a time, ` +
      `${(r.waktuMs.hash / r.jumlah).toFixed(1)} ms/account), transaction ${s(r.waktuMs.tulis)}, ` +
      `workbook ${((r.berkas?.isi.length ?? 0) / 1024).toFixed(0)} KiB`,
  );
} finally {
  await database.close();
}
