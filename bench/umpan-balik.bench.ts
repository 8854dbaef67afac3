/**
 * Benchmark: feedback, Bawahan and 360° reads beside the SKP read they sit next to (issue 10).
 *
 *   npx tsx bench/umpan-balik.bench.ts                                   # embedded PGlite, temp dir
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/umpan-balik.bench.ts   # PostgreSQL
 *   options: --threads 40 --n 200 --concurrency 10
 *
 * A set staff SKP with `--threads` feedback threads (two replies each) and a closed 360° request of
 * five answers, then through the real app (`app.inject`) `--n` requests of each endpoint, one at a
 * time and then `--concurrency` at once: GET /skp/:id (existing, for comparison), GET …/umpan-balik,
 * GET …/masukan360, GET /bawahan/pelaksanaan and POST …/umpan-balik. Prints p50/p95.
 */
import { parseArgs } from 'node:util';
import { runMigrations } from '../src/db/migrate.ts';
import { buildPegawai } from '../test/factories.ts';
import { skpWorld, submittedStafSkp } from '../test/skp-kit.ts';
import { openBenchDatabase, printMachine, stats } from './lib/api-bench.ts';

const { values: opt } = parseArgs({
  options: {
    threads: { type: 'string', default: '40' },
    n: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
  },
});

async function main() {
  const n = Number(opt.n);
  const conc = Number(opt.concurrency);
  const { database, cleanup } = await openBenchDatabase();
  try {
    await runMigrations(database);
    const w = await skpWorld(database);
    const skp = await submittedStafSkp(w);
    await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
    const rhkId = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body.rhk[0].id;
    for (let t = 0; t < Number(opt.threads); t++) {
      const r = await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
        sasaran: 'RHK',
        rhkId,
        teks: `Catatan ${t} 👍`,
      });
      await w.call('staf', 'POST', `/skp/${skp.id}/umpan-balik/${r.body.id}/balas`, { teks: 'Siap, terima kasih.' });
      await w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik/${r.body.id}/balas`, { teks: 'Oke.' });
    }
    const cur = await w.call('admin', 'GET', '/pengaturan');
    await w.call('admin', 'PUT', '/pengaturan', {
      version: cur.body.version,
      settings: { pelaksanaan: { masukan360: { aktif: true, minimumJawaban: 3 } } },
    });
    const people = [];
    for (let k = 0; k < 5; k++)
      people.push(await buildPegawai(database, w.i, { nama: `Rekan ${k}`, jabatan: w.org.jabatan.jGuru }));
    await w.orgChanged();
    const req = await w.call('staf', 'POST', `/skp/${skp.id}/masukan360`, {
      responden: people.map((p) => ({ pegawaiId: p.id, hubungan: 'PEER' })),
    });
    await w.call('staf', 'POST', `/masukan360/${req.body.id}/tutup`);

    const endpoints: Array<[string, () => Promise<unknown>]> = [
      ['GET /skp/:id (existing)', () => w.call('kasi', 'GET', `/skp/${skp.id}`)],
      [`GET …/umpan-balik (${opt.threads} threads)`, () => w.call('kasi', 'GET', `/skp/${skp.id}/umpan-balik`)],
      ['GET …/masukan360', () => w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)],
      ['GET /bawahan/pelaksanaan', () => w.call('kasi', 'GET', '/bawahan/pelaksanaan')],
      [
        'POST …/umpan-balik',
        () =>
          w.call('kasi', 'POST', `/skp/${skp.id}/umpan-balik`, {
            sasaran: 'PERILAKU',
            perilakuKode: 'LOYAL',
            teks: 'Bagus',
          }),
      ],
    ];
    console.log(`engine: ${database.engine} (${database.describe})`);
    for (const [name, fn] of endpoints) {
      await fn();
      const serial: number[] = [];
      for (let k = 0; k < n; k++) {
        const t0 = performance.now();
        await fn();
        serial.push(performance.now() - t0);
      }
      const parallel: number[] = [];
      for (let k = 0; k < n; k += conc)
        await Promise.all(
          Array.from({ length: conc }, async () => {
            const t0 = performance.now();
            await fn();
            parallel.push(performance.now() - t0);
          }),
        );
      console.log(`${name.padEnd(34)} one at a time: ${stats(serial, {})}   ${conc} at once: ${stats(parallel, {})}`);
    }
    printMachine();
    await w.app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
