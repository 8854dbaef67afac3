/**
 * Benchmark: the evaluation form read (issue 11, eval-core: "a read is one or two round trips"),
 * the appraiser's list, the predikat organisasi list and the draft save, beside the SKP detail read,
 * one at a time and under concurrency.
 *
 *   npx tsx bench/evaluasi-core.bench.ts                                   # embedded PGlite
 *   DATABASE_URL=$(scripts/pg-test-server.sh start) npx tsx bench/evaluasi-core.bench.ts   # PostgreSQL
 *   options: --n 200 --concurrency 10
 *
 * A fresh instansi (test factories): the staff member's set SKP of 6 RHK × 3 IKI with a realisasi
 * per IKI for TW4, a rencana aksi and a feedback thread per RHK, and a saved draft; then through the
 * real app (`app.inject`) p50/p95 sequentially and with `--concurrency` requests in flight, and the
 * SQL statements per request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { buildAkun, buildOrg, login } from '../test/factories.ts';

const { values: opt } = parseArgs({
  options: { n: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '10' } },
});

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `n=${s.length}  p50 ${q(0.5).toFixed(1)} ms  p95 ${q(0.95).toFixed(1)} ms  max ${s[s.length - 1].toFixed(1)} ms`;
}

async function open(): Promise<{ database: Database; cleanup: () => void }> {
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

async function main() {
  const n = Number(opt.n);
  const conc = Number(opt.concurrency);
  const { database, cleanup } = await open();
  try {
    await runMigrations(database);
    const app = await buildApp(database);
    const org = await buildOrg(database);
    const i = org.instansi.id;
    const kasi = await login(
      app,
      (await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.kasi.id })).username,
    );
    const staf = await login(
      app,
      (await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.staf.id })).username,
    );
    const admin = await login(app, (await buildAkun(database, { instansiId: i, peran: ['ADMIN_INSTANSI'] })).username);
    const call = async (cookie: string, method: string, url: string, payload?: unknown) => {
      const res = await app.inject({
        method: method as 'GET',
        url: `/api/instansi/${i}${url}`,
        payload: payload as object,
        headers: { cookie },
      });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return JSON.parse(res.body);
    };
    const tahun = new Date().getUTCFullYear();
    const skp = await call(staf, 'POST', '/skp', { tahun, pendekatan: 'KUANTITATIF' });
    let v = skp.version;
    const rhkIds: string[] = [];
    for (let k = 1; k <= 6; k++) {
      const r = await call(staf, 'POST', `/skp/${skp.id}/rhk`, {
        version: v,
        jenis: k <= 4 ? 'UTAMA' : 'TAMBAHAN',
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
    v = (await call(staf, 'POST', `/skp/${skp.id}/ajukan`, { version: v })).version;
    await call(kasi, 'POST', `/skp/${skp.id}/tetapkan`, { version: v });
    await database.pool.query(
      `insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai)
       select $1, $2, k.id, 'TW4', 10 from iki k join rhk r on r.id = k.rhk_id where r.skp_id = $2`,
      [i, skp.id],
    );
    await database.pool.query(
      `insert into rencana_aksi (instansi_id, skp_id, rhk_id, periode_kode, urutan, teks, target_nilai, target_satuan)
       select $1, $2, r.id, 'TW4', 1, 'Rencana aksi', 9, 'dokumen' from rhk r where r.skp_id = $2`,
      [i, skp.id],
    );
    await database.pool.query(
      `insert into umpan_balik (instansi_id, skp_id, sasaran, rhk_id, periode_kode, penulis_pegawai_id, peran_penulis, teks)
       select $1, $2, 'RHK', r.id, 'TW4', $3, 'PENILAI', 'Umpan balik' from rhk r where r.skp_id = $2`,
      [i, skp.id, org.pegawai.kasi.id],
    );
    const isi = {
      penilaianRhk: Object.fromEntries(rhkIds.map((id) => [id, { penilaian: 'SESUAI', umpanBalik: 'Baik' }])),
      umpanBalikPerilaku: { AKUNTABEL: { umpanBalik: 'Tepat waktu' } },
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      catatan: null,
    };
    await call(kasi, 'PUT', `/skp/${skp.id}/evaluasi/TW4`, { version: 0, ...isi });
    let statements = 0;
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const origQuery = proto.query;
    proto.query = function (this: unknown, ...a: unknown[]) {
      statements++;
      return origQuery.apply(this, a);
    };
    const measure = async (label: string, fn: () => Promise<unknown>) => {
      for (let k = 0; k < 10; k++) await fn();
      statements = 0;
      const seq: number[] = [];
      for (let k = 0; k < n; k++) {
        const t0 = performance.now();
        await fn();
        seq.push(performance.now() - t0);
      }
      const perReq = statements / n;
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
        `${label.padEnd(34)} sequential ${stats(seq)} | ${conc} in flight ${stats(par)}  (${perReq.toFixed(1)} SQL/request)`,
      );
    };
    console.log(`engine: ${database.engine} (${database.describe})`);
    await measure('GET /skp/:id (existing)', () => call(staf, 'GET', `/skp/${skp.id}`));
    await measure('GET …/evaluasi/TW4 (penilai)', () => call(kasi, 'GET', `/skp/${skp.id}/evaluasi/TW4`));
    await measure('GET …/evaluasi/TW4 (pegawai)', () => call(staf, 'GET', `/skp/${skp.id}/evaluasi/TW4`));
    await measure('GET /evaluasi/penilaian', () => call(kasi, 'GET', `/evaluasi/penilaian?tahun=${tahun}&periode=TW4`));
    await measure('GET /predikat-organisasi', () =>
      call(admin, 'GET', `/predikat-organisasi?tahun=${tahun}&periode=TW4`),
    );
    await measure('PUT …/evaluasi/TW4 (after a GET)', async () => {
      const cur = await call(kasi, 'GET', `/skp/${skp.id}/evaluasi/TW4`);
      try {
        await call(kasi, 'PUT', `/skp/${skp.id}/evaluasi/TW4`, { version: cur.evaluasi.version, ...isi });
      } catch (e) {
        if (!String(e).includes('409')) throw e;
      }
    });
    console.log('(the PUT line includes the GET that reads the version before each save)');
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures above ~2 are inflated by other processes)`,
    );
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
