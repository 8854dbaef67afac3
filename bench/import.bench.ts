/**
 * Import benchmark: 100,000 pegawai (with the units and positions they reference) from one XLSX,
 * on PGlite and — when DATABASE_URL names a database whose name contains "bench" — on PostgreSQL,
 * against a baseline that writes the same rows without any parsing or validation:
 *   PostgreSQL: plain `COPY … FROM STDIN` (text format) of the same unit, position, pegawai and
 *               placement rows, plus a COPY of the pegawai rows alone;
 *   PGlite:     its socket server cannot run COPY FROM STDIN (the CopyIn sub-protocol breaks the
 *               connection), so the baseline is `INSERT … SELECT FROM unnest(…)` of the same rows.
 *
 *   npx tsx bench/import.bench.ts                          # PGlite only
 *   DATABASE_URL=postgres://…/kinerja_bench npx tsx bench/import.bench.ts
 *   BENCH_PEGAWAI=20000 npx tsx bench/import.bench.ts      # smaller run
 *
 * PostgreSQL mode drops and recreates the public and drizzle schemas of that database.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { bulkInsert } from '../src/db/bulk.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { planDemo } from '../src/db/seed/demo-plan.ts';
import { toXlsx } from '../src/modules/exchange/exchange.export.ts';
import { importFile } from '../src/modules/exchange/index.ts';
import { copyFrom } from './copy-from.ts';

const N = Number(process.env.BENCH_PEGAWAI ?? 100_000);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

type Row = Record<string, string | number | null>;

/** The demo plan of N pegawai in the import format (what an agency's SIASN export would hold). */
function dataset() {
  const plan = planDemo({ pegawai: N, seed: 1, kode: 'BENCH' });
  const unitKode = new Map(plan.units.map((u) => [u.id, u.kode]));
  const jab = new Map(plan.jabatan.map((j) => [j.id, j]));
  const heads = new Set(plan.units.map((u) => u.kepalaJabatanId).filter(Boolean));
  const current = new Map(
    plan.penempatan.filter((p) => p.jenis === 'DEFINITIF' && !p.selesai).map((p) => [p.pegawaiId, p]),
  );
  const unor: Row[] = plan.units.map((u) => ({
    UNOR_KODE: u.kode,
    UNOR_NAMA: u.nama,
    UNOR_INDUK_KODE: u.parentId ? (unitKode.get(u.parentId) ?? null) : null,
    JENIS_UNOR: u.jenis,
    JABATAN_KEPALA_KODE: u.kepalaJabatanId ? (jab.get(u.kepalaJabatanId)?.kode ?? null) : null,
  }));
  const jabatan: Row[] = plan.jabatan.map((j) => ({
    JABATAN_KODE: j.kode,
    JABATAN_NAMA: j.nama,
    JENIS_JABATAN: j.jenis,
    JENJANG: j.jenjang,
    ESELON: null,
    UNOR_KODE: unitKode.get(j.unitId) ?? null,
    ATASAN_JABATAN_KODE: j.atasanJabatanId ? (jab.get(j.atasanJabatanId)?.kode ?? null) : null,
    KELAS: j.kelas,
    KEPALA_UNOR: heads.has(j.id) ? 'Y' : null,
  }));
  const pegawai: Row[] = plan.pegawai.map((p) => {
    const c = current.get(p.id);
    const j = c ? jab.get(c.jabatanId) : undefined;
    return {
      NIP_BARU: p.nip,
      NAMA: p.nama,
      GELAR_DEPAN: p.gelarDepan,
      GELAR_BELAKANG: p.gelarBelakang,
      JENIS_ASN: p.jenisAsn,
      GOL_RUANG: p.golongan,
      TANGGAL_LAHIR: p.tanggalLahir,
      JENIS_KELAMIN: p.jenisKelamin,
      EMAIL: p.email,
      NOMOR_HP: p.telepon,
      JABATAN_KODE: j?.kode ?? null,
      TMT_JABATAN: c?.mulai ?? null,
      UNOR_KODE: j ? (unitKode.get(j.unitId) ?? null) : null,
    };
  });
  return { plan, unor, jabatan, pegawai, current };
}

/** The rows the import writes, ready for COPY/unnest into a fresh instansi. */
function baselineRows(d: ReturnType<typeof dataset>, instansiId: string) {
  const id = new Map<string, string>();
  const map = (old: string | null) => {
    if (!old) return null;
    let v = id.get(old);
    if (!v) {
      v = randomUUID();
      id.set(old, v);
    }
    return v;
  };
  const path = new Map<string, string>();
  const units = d.plan.units.map((u) => {
    const nid = map(u.id) as string;
    const p = `${u.parentId ? path.get(u.parentId) : '/'}${nid}/`;
    path.set(u.id, p);
    return [nid, instansiId, map(u.parentId), u.kode, u.nama, u.jenis, map(u.kepalaJabatanId), p, u.depth];
  });
  const jabatan = d.plan.jabatan.map((j) => [
    map(j.id),
    instansiId,
    map(j.unitId),
    j.kode,
    j.nama,
    j.jenis,
    j.jenjang,
    map(j.atasanJabatanId),
    j.kelas,
  ]);
  const pegawai = d.plan.pegawai.map((p) => [
    map(p.id),
    instansiId,
    p.nip,
    p.nama,
    p.gelarDepan,
    p.gelarBelakang,
    p.jenisAsn,
    p.golongan,
    p.tanggalLahir,
    p.jenisKelamin,
    p.email,
    p.telepon,
  ]);
  const penempatan = [...d.current.values()].map((c) => [
    randomUUID(),
    instansiId,
    map(c.pegawaiId),
    map(c.jabatanId),
    'DEFINITIF',
    c.mulai,
  ]);
  return { units, jabatan, pegawai, penempatan };
}

const COLS = {
  unit_organisasi: ['id', 'instansi_id', 'parent_id', 'kode', 'nama', 'jenis', 'kepala_jabatan_id', 'path', 'depth'],
  jabatan: ['id', 'instansi_id', 'unit_id', 'kode', 'nama', 'jenis', 'jenjang', 'atasan_jabatan_id', 'kelas'],
  pegawai: [
    'id',
    'instansi_id',
    'nip',
    'nama',
    'gelar_depan',
    'gelar_belakang',
    'jenis_asn',
    'golongan',
    'tanggal_lahir',
    'jenis_kelamin',
    'email',
    'telepon',
  ],
  penempatan: ['id', 'instansi_id', 'pegawai_id', 'jabatan_id', 'jenis', 'mulai'],
} as const;
const TYPES: Record<string, string> = {
  id: 'uuid',
  instansi_id: 'uuid',
  parent_id: 'uuid',
  kepala_jabatan_id: 'uuid',
  unit_id: 'uuid',
  atasan_jabatan_id: 'uuid',
  pegawai_id: 'uuid',
  jabatan_id: 'uuid',
  depth: 'int4',
  kelas: 'int4',
  tanggal_lahir: 'date',
  mulai: 'date',
};

async function newInstansi(database: Database, kode: string): Promise<string> {
  const res = await database.pool.query(
    `insert into instansi (kode, nama, jenis, jabatan_pimpinan) values ($1, $2, 'KABUPATEN', 'Bupati') returning id`,
    [kode, `Bench ${kode}`],
  );
  return res.rows[0].id as string;
}

/** A fresh, migrated database: a new in-memory PGlite, or the bench PostgreSQL database with its schemas recreated. */
async function freshDatabase(engine: 'pglite' | 'postgres', url: string | undefined): Promise<Database> {
  if (engine === 'postgres') {
    const name = new URL(url as string).pathname.slice(1);
    if (!/bench/i.test(name)) throw new Error(`refusing to reset database "${name}": its name must contain "bench"`);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;');
    await c.end();
  }
  // openDatabase prefers DATABASE_URL over dataDir, so hide it while opening PGlite.
  delete process.env.DATABASE_URL;
  const database = await openDatabase(engine === 'postgres' ? { databaseUrl: url } : { dataDir: 'memory://' });
  if (url) process.env.DATABASE_URL = url;
  await runMigrations(database);
  return database;
}

async function run(engine: 'pglite' | 'postgres', bytes: Buffer, d: ReturnType<typeof dataset>) {
  const url = process.env.DATABASE_URL;
  // 1. The import, end to end (parse XLSX → validate every row → one transaction), on a fresh database.
  let database = await freshDatabase(engine, url);
  const describe = database.describe;
  let result: Awaited<ReturnType<typeof importFile>>;
  try {
    const target = await newInstansi(database, `IMP-${Date.now()}`);
    result = await importFile(database, {
      instansiId: target,
      actor: { akunId: null, label: 'bench' },
      fileName: 'bench.xlsx',
      bytes,
    });
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
  } finally {
    await database.close();
  }
  // 2. The baseline: the same rows, written without parsing or validation, on another fresh database.
  database = await freshDatabase(engine, url);
  let label: string;
  let baselineMs: number;
  let pegawaiOnlyMs: number | null = null;
  try {
    const base = await newInstansi(database, `BASE-${Date.now()}`);
    const rows = baselineRows(d, base);
    const t0 = performance.now();
    if (engine === 'postgres') {
      label = 'COPY FROM STDIN';
      const client = await database.pool.connect();
      try {
        await client.query('begin');
        await copyFrom(client, 'unit_organisasi', [...COLS.unit_organisasi], rows.units);
        await copyFrom(client, 'jabatan', [...COLS.jabatan], rows.jabatan);
        await copyFrom(client, 'pegawai', [...COLS.pegawai], rows.pegawai);
        await copyFrom(client, 'penempatan', [...COLS.penempatan], rows.penempatan);
        await client.query('commit');
        baselineMs = performance.now() - t0;
        const third = await newInstansi(database, `COPYP-${Date.now()}`);
        const pegawaiRows = baselineRows(d, third).pegawai;
        const t1 = performance.now();
        await client.query('begin');
        await copyFrom(client, 'pegawai', [...COLS.pegawai], pegawaiRows);
        await client.query('commit');
        pegawaiOnlyMs = performance.now() - t1;
      } finally {
        client.release();
      }
    } else {
      label = 'INSERT … SELECT FROM unnest (no COPY on PGlite)';
      await database.db.transaction(async (tx) => {
        for (const [table, data] of [
          ['unit_organisasi', rows.units],
          ['jabatan', rows.jabatan],
          ['pegawai', rows.pegawai],
          ['penempatan', rows.penempatan],
        ] as const) {
          const cols = COLS[table].map((name) => ({ name, type: TYPES[name] ?? 'text' }));
          const columns = cols.map((_, i) => data.map((r) => r[i]));
          await bulkInsert(tx, table, cols, columns);
        }
      });
      baselineMs = performance.now() - t0;
    }
  } finally {
    await database.close();
  }
  const t = result.timings;
  console.log(`\n== ${describe} ==`);
  console.log(`import (XLSX → validated → written, one transaction): ${s(t.totalMs)}`);
  console.log(`   parse ${s(t.parseMs)} · validate ${s(t.validateMs)} · write ${s(t.writeMs)}`);
  console.log(
    `   created: ${result.counts.unor.created} unit, ${result.counts.jabatan.created} jabatan, ${result.counts.pegawai.created} pegawai, ${result.counts.penempatan.opened} penempatan`,
  );
  console.log(`baseline, same rows (${label}), fresh database: ${s(baselineMs)}`);
  if (pegawaiOnlyMs !== null) console.log(`baseline, COPY of the ${N} pegawai rows alone: ${s(pegawaiOnlyMs)}`);
  console.log(
    `ratio import / baseline: ${(t.totalMs / baselineMs).toFixed(2)}×   (write phase alone: ${(t.writeMs / baselineMs).toFixed(2)}×)`,
  );
  console.log(
    `target: < 30 s and ≤ 3× baseline → ${t.totalMs < 30_000 && t.totalMs <= 3 * baselineMs ? 'MET' : 'NOT MET'}`,
  );
}

const dir = resolve('.tmp');
mkdirSync(dir, { recursive: true });
const file = resolve(dir, `bench-import-${N}.xlsx`);
const started = performance.now();
const d = dataset();
let bytes: Buffer;
if (existsSync(file)) {
  bytes = readFileSync(file);
  console.log(
    `dataset: ${N} pegawai planned in ${s(performance.now() - started)}; XLSX reused from ${file} (${(bytes.length / 1048576).toFixed(1)} MiB)`,
  );
} else {
  const t = performance.now();
  bytes = await toXlsx([
    { entity: 'unor', rows: d.unor },
    { entity: 'jabatan', rows: d.jabatan },
    { entity: 'pegawai', rows: d.pegawai },
  ]);
  writeFileSync(file, bytes);
  console.log(
    `dataset: ${d.unor.length} unit, ${d.jabatan.length} jabatan, ${N} pegawai; XLSX written in ${s(performance.now() - t)} (${(bytes.length / 1048576).toFixed(1)} MiB) → ${file}`,
  );
}
await run('pglite', bytes, d);
if (process.env.DATABASE_URL) await run('postgres', bytes, d);
else console.log('\n(PostgreSQL skipped: set DATABASE_URL to a database whose name contains "bench")');
