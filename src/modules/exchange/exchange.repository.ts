/**
 * The only SQL of the exchange module: loading what an import needs to validate, applying the
 * plan with `INSERT … SELECT FROM unnest(…) ON CONFLICT … DO UPDATE` in chunks, closing and opening
 * placements, recomputing unit paths, export queries and import job rows.
 */
import { sql } from 'drizzle-orm';
import { type BulkColumn, bulkInsert, DEFAULT_CHUNK, toColumns, unnestFrom } from '../../db/bulk.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import type { Executor } from '../../db/tx.ts';
import type { Entity } from './exchange.format.ts';
import { JABATAN_COLS, jabatanValues, PEGAWAI_COLS, pegawaiValues, UNIT_COLS, unitValues } from './exchange.rows.ts';
import type { Existing, ExistingJabatan, ExistingPegawai, ExistingUnit, ImportPlan } from './exchange.validate.ts';

/** Raised when rows changed between validation and writing (a concurrent edit); the caller retries. */
export class ImportConflictError extends Error {}

type Row = Record<string, unknown>;
const rows = async <T = Row>(exec: Executor, query: ReturnType<typeof sql>): Promise<T[]> =>
  (await exec.execute(query)).rows as T[];

/** Serialises imports of one instansi (transaction-scoped advisory lock). */
export async function lockInstansiForImport(exec: Executor, instansiId: string): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(hashtext(${`kinerja-import:${instansiId}`}))`);
}

/**
 * The instansi's org version (bumped by every org write and import); `forUpdate` locks the row so
 * no org write commits until the caller's transaction ends.
 */
export async function orgVersion(exec: Executor, instansiId: string, options: { forUpdate?: boolean } = {}) {
  const lock = options.forUpdate ? sql` for update` : sql``;
  const found = await rows<{ version: number }>(
    exec,
    sql`select version from instansi where id = ${instansiId}${lock}`,
  );
  return found[0]?.version ?? -1;
}

export async function instansiExists(exec: Executor, instansiId: string): Promise<boolean> {
  return (await rows(exec, sql`select 1 from instansi where id = ${instansiId}`)).length > 0;
}

/** Invalidates cached hierarchy snapshots on every node (as org's bumpOrgVersion does). */
export async function bumpOrgVersion(exec: Executor, instansiId: string): Promise<void> {
  await exec.execute(sql`update instansi set version = version + 1, updated_at = now() where id = ${instansiId}`);
}

/** Units and positions of the instansi, and the pegawai whose NIPs the file names. */
export async function loadExisting(exec: Executor, instansiId: string, nips: string[]): Promise<Existing> {
  const units = await rows<ExistingUnit>(
    exec,
    sql`select id, kode, nama, jenis, parent_id as "parentId", kepala_jabatan_id as "kepalaJabatanId", path, depth
          from unit_organisasi where instansi_id = ${instansiId}`,
  );
  const jabatan = await rows<ExistingJabatan>(
    exec,
    sql`select id, kode, unit_id as "unitId", nama, jenis, jenjang, atasan_jabatan_id as "atasanJabatanId", kelas
          from jabatan where instansi_id = ${instansiId}`,
  );
  const pegawai = new Map<string, ExistingPegawai>();
  for (let i = 0; i < nips.length; i += 20_000) {
    const found = await rows<
      Omit<ExistingPegawai, 'current'> & { curId: string | null; curJabatanId: string | null; curMulai: string | null }
    >(
      exec,
      sql`select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.jenis_asn as "jenisAsn",
                 p.golongan, p.tanggal_lahir::text as "tanggalLahir", p.jenis_kelamin as "jenisKelamin", p.email, p.telepon,
                 c.id as "curId", c.jabatan_id as "curJabatanId", c.mulai::text as "curMulai",
                 (select max(h.selesai)::text from penempatan h
                   where h.instansi_id = p.instansi_id and h.pegawai_id = p.id and h.jenis = 'DEFINITIF' and h.selesai is not null) as "lastSelesai"
            from pegawai p
            left join lateral (
              select id, jabatan_id, mulai from penempatan
               where instansi_id = p.instansi_id and pegawai_id = p.id and jenis = 'DEFINITIF' and selesai is null
               order by mulai desc limit 1) c on true
           where p.instansi_id = ${instansiId} and p.nip = any(${sql.param(nips.slice(i, i + 20_000))}::text[])`,
    );
    for (const f of found) {
      const { curId, curJabatanId, curMulai, ...rest } = f;
      pegawai.set(f.nip, {
        ...rest,
        current: curId ? { id: curId, jabatanId: curJabatanId as string, mulai: curMulai as string } : null,
      });
    }
  }
  return { units, jabatan, pegawai };
}

/** Runs a statement per chunk of column arrays. */
async function chunked(
  exec: Executor,
  columns: BulkColumn[],
  data: unknown[][],
  statement: (from: ReturnType<typeof unnestFrom>) => ReturnType<typeof sql>,
  onChunk: (done: number) => void,
  base = 0,
): Promise<void> {
  const total = data[0]?.length ?? 0;
  for (let from = 0; from < total; from += DEFAULT_CHUNK) {
    const to = Math.min(total, from + DEFAULT_CHUNK);
    const res = await exec.execute(statement(unnestFrom(columns, data, from, to)));
    if (res.rows.length && res.rows.length !== to - from)
      throw new ImportConflictError('rows changed while importing (a concurrent edit); try again');
    onChunk(base + to);
  }
}

/**
 * Writes one table: rows the plan knows to be new with a plain `INSERT … SELECT FROM unnest`
 * (a unique violation then means a concurrent insert → retry), changed rows with
 * `INSERT … ON CONFLICT (instansi_id, key) DO UPDATE … RETURNING id` (every row must come back).
 */
async function writeRows<T extends { isNew: boolean }>(
  exec: Executor,
  rowsToWrite: T[],
  columns: BulkColumn[],
  pick: (row: T) => unknown[],
  insert: (from: ReturnType<typeof unnestFrom>) => ReturnType<typeof sql>,
  upsert: (from: ReturnType<typeof unnestFrom>) => ReturnType<typeof sql>,
  onChunk: (done: number) => void,
): Promise<void> {
  const fresh = rowsToWrite.filter((r) => r.isNew);
  const changed = rowsToWrite.filter((r) => !r.isNew);
  try {
    if (fresh.length) await chunked(exec, columns, toColumns(fresh, columns, pick), insert, onChunk);
    if (changed.length) await chunked(exec, columns, toColumns(changed, columns, pick), upsert, onChunk, fresh.length);
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION)
      throw new ImportConflictError('rows changed while importing (a concurrent edit); try again');
    throw err;
  }
}

export type WriteProgress = (phase: 'unor' | 'jabatan' | 'pegawai' | 'penempatan', done: number) => void;

/** Applies an import plan (inside the caller's transaction). */
export async function applyPlan(
  exec: Executor,
  instansiId: string,
  plan: ImportPlan,
  progress: WriteProgress,
): Promise<void> {
  await writeRows(
    exec,
    plan.units,
    UNIT_COLS,
    unitValues,
    (from) => sql`
      insert into unit_organisasi (id, instansi_id, parent_id, kode, nama, jenis, kepala_jabatan_id, path, depth)
      select u.id, ${instansiId}, u.parent_id, u.kode, u.nama, u.jenis, u.kepala_jabatan_id, u.path, u.depth from ${from}`,
    (from) => sql`
      insert into unit_organisasi (id, instansi_id, parent_id, kode, nama, jenis, kepala_jabatan_id, path, depth)
      select u.id, ${instansiId}, u.parent_id, u.kode, u.nama, u.jenis, u.kepala_jabatan_id, u.path, u.depth from ${from}
      on conflict (instansi_id, kode) do update set
        parent_id = excluded.parent_id, nama = excluded.nama, jenis = excluded.jenis,
        kepala_jabatan_id = excluded.kepala_jabatan_id, path = excluded.path, depth = excluded.depth,
        version = unit_organisasi.version + 1, updated_at = now()
      returning id`,
    (done) => progress('unor', done),
  );
  await writeRows(
    exec,
    plan.jabatan,
    JABATAN_COLS,
    jabatanValues,
    (from) => sql`
      insert into jabatan (id, instansi_id, unit_id, kode, nama, jenis, jenjang, atasan_jabatan_id, kelas)
      select u.id, ${instansiId}, u.unit_id, u.kode, u.nama, u.jenis, u.jenjang, u.atasan_jabatan_id, u.kelas from ${from}`,
    (from) => sql`
      insert into jabatan (id, instansi_id, unit_id, kode, nama, jenis, jenjang, atasan_jabatan_id, kelas)
      select u.id, ${instansiId}, u.unit_id, u.kode, u.nama, u.jenis, u.jenjang, u.atasan_jabatan_id, u.kelas from ${from}
      on conflict (instansi_id, kode) do update set
        unit_id = excluded.unit_id, nama = excluded.nama, jenis = excluded.jenis, jenjang = excluded.jenjang,
        atasan_jabatan_id = excluded.atasan_jabatan_id, kelas = excluded.kelas,
        version = jabatan.version + 1, updated_at = now()
      returning id`,
    (done) => progress('jabatan', done),
  );
  await writeRows(
    exec,
    plan.pegawai,
    PEGAWAI_COLS,
    pegawaiValues,
    (from) => sql`
      insert into pegawai (id, instansi_id, nip, nama, gelar_depan, gelar_belakang, jenis_asn, golongan, tanggal_lahir, jenis_kelamin, email, telepon)
      select u.id, ${instansiId}, u.nip, u.nama, u.gelar_depan, u.gelar_belakang, u.jenis_asn, u.golongan, u.tanggal_lahir, u.jenis_kelamin, u.email, u.telepon
        from ${from}`,
    (from) => sql`
      insert into pegawai (id, instansi_id, nip, nama, gelar_depan, gelar_belakang, jenis_asn, golongan, tanggal_lahir, jenis_kelamin, email, telepon)
      select u.id, ${instansiId}, u.nip, u.nama, u.gelar_depan, u.gelar_belakang, u.jenis_asn, u.golongan, u.tanggal_lahir, u.jenis_kelamin, u.email, u.telepon
        from ${from}
      on conflict (instansi_id, nip) do update set
        nama = excluded.nama, gelar_depan = excluded.gelar_depan, gelar_belakang = excluded.gelar_belakang,
        jenis_asn = excluded.jenis_asn, golongan = excluded.golongan, tanggal_lahir = excluded.tanggal_lahir,
        jenis_kelamin = excluded.jenis_kelamin, email = excluded.email, telepon = excluded.telepon,
        version = pegawai.version + 1, updated_at = now()
      returning id`,
    (done) => progress('pegawai', done),
  );
  if (plan.closePlacements.length) {
    const cols: BulkColumn[] = [
      { name: 'id', type: 'uuid' },
      { name: 'selesai', type: 'date' },
    ];
    const data = toColumns(plan.closePlacements, cols, (c) => [c.id, c.selesai]);
    for (let from = 0; from < plan.closePlacements.length; from += DEFAULT_CHUNK) {
      const to = Math.min(plan.closePlacements.length, from + DEFAULT_CHUNK);
      const closed = await rows(
        exec,
        sql`update penempatan p set selesai = u.selesai, version = p.version + 1 from ${unnestFrom(cols, data, from, to)}
             where p.id = u.id and p.instansi_id = ${instansiId} and p.selesai is null returning p.id`,
      );
      if (closed.length !== to - from) throw new ImportConflictError('placements changed while importing; try again');
    }
  }
  if (plan.openPlacements.length) {
    const cols: BulkColumn[] = [
      { name: 'id', type: 'uuid' },
      { name: 'instansi_id', type: 'uuid' },
      { name: 'pegawai_id', type: 'uuid' },
      { name: 'jabatan_id', type: 'uuid' },
      { name: 'jenis', type: 'text' },
      { name: 'mulai', type: 'date' },
    ];
    await bulkInsert(
      exec,
      'penempatan',
      cols,
      toColumns(plan.openPlacements, cols, (p) => [p.id, instansiId, p.pegawaiId, p.jabatanId, 'DEFINITIF', p.mulai]),
      { onChunk: (done) => progress('penempatan', done) },
    );
  }
  if (
    plan.units.length ||
    plan.jabatan.length ||
    plan.openPlacements.length ||
    plan.closePlacements.length ||
    plan.pegawai.length
  ) {
    // Invalidates the cached hierarchy snapshots on every node (same as org's bumpOrgVersion).
    await exec.execute(sql`update instansi set version = version + 1, updated_at = now() where id = ${instansiId}`);
  }
}

/** Audit rows in bulk (per-row before/after of updated pegawai); same columns as writeAudit. */
export async function insertAuditRows(
  exec: Executor,
  entries: {
    instansiId: string;
    akunId: string | null;
    actorLabel: string;
    action: string;
    entity: string;
    entityId: string;
    before: unknown;
    after: unknown;
    requestId: string | null;
  }[],
): Promise<void> {
  if (!entries.length) return;
  const cols: BulkColumn[] = [
    { name: 'instansi_id', type: 'uuid' },
    { name: 'akun_id', type: 'uuid' },
    { name: 'actor_label', type: 'text' },
    { name: 'action', type: 'text' },
    { name: 'entity', type: 'text' },
    { name: 'entity_id', type: 'text' },
    { name: 'before', type: 'jsonb' },
    { name: 'after', type: 'jsonb' },
    { name: 'request_id', type: 'text' },
  ];
  await bulkInsert(
    exec,
    'audit_log',
    cols,
    toColumns(entries, cols, (e) => [
      e.instansiId,
      e.akunId,
      e.actorLabel,
      e.action,
      e.entity,
      e.entityId,
      JSON.stringify(e.before),
      JSON.stringify(e.after),
      e.requestId,
    ]),
  );
}

// ---- export ----------------------------------------------------------------------------------

/** Rows for export, keyed by the format's column names, parents before children. */
export async function exportRows(
  exec: Executor,
  instansiId: string,
  entity: Entity,
): Promise<Record<string, string | number | null>[]> {
  switch (entity) {
    case 'unor':
      return rows(
        exec,
        sql`select u.kode as "UNOR_KODE", u.nama as "UNOR_NAMA", p.kode as "UNOR_INDUK_KODE", u.jenis as "JENIS_UNOR",
                   j.kode as "JABATAN_KEPALA_KODE"
              from unit_organisasi u
              left join unit_organisasi p on p.id = u.parent_id
              left join jabatan j on j.id = u.kepala_jabatan_id
             where u.instansi_id = ${instansiId}
             order by u.depth, u.kode`,
      );
    case 'jabatan':
      return rows(
        exec,
        sql`select j.kode as "JABATAN_KODE", j.nama as "JABATAN_NAMA", j.jenis as "JENIS_JABATAN", j.jenjang as "JENJANG",
                   null as "ESELON", u.kode as "UNOR_KODE", a.kode as "ATASAN_JABATAN_KODE", j.kelas as "KELAS",
                   case when u.kepala_jabatan_id = j.id then 'Y' end as "KEPALA_UNOR"
              from jabatan j
              join unit_organisasi u on u.id = j.unit_id
              left join jabatan a on a.id = j.atasan_jabatan_id
             where j.instansi_id = ${instansiId}
             order by u.depth, u.kode, j.kode`,
      );
    case 'pegawai':
      return rows(
        exec,
        sql`select p.nip as "NIP_BARU", p.nama as "NAMA", p.gelar_depan as "GELAR_DEPAN", p.gelar_belakang as "GELAR_BELAKANG",
                   p.jenis_asn as "JENIS_ASN", p.golongan as "GOL_RUANG", p.tanggal_lahir::text as "TANGGAL_LAHIR",
                   p.jenis_kelamin as "JENIS_KELAMIN", p.email as "EMAIL", p.telepon as "NOMOR_HP",
                   j.kode as "JABATAN_KODE", j.nama as "JABATAN_NAMA", c.mulai::text as "TMT_JABATAN",
                   u.kode as "UNOR_KODE", u.nama as "UNOR_NAMA"
              from pegawai p
              left join lateral (
                select jabatan_id, mulai from penempatan
                 where instansi_id = p.instansi_id and pegawai_id = p.id and jenis = 'DEFINITIF' and selesai is null
                 order by mulai desc limit 1) c on true
              left join jabatan j on j.id = c.jabatan_id
              left join unit_organisasi u on u.id = j.unit_id
             where p.instansi_id = ${instansiId}
             order by p.nip`,
      );
  }
}

// ---- jobs --------------------------------------------------------------------------------------

export interface JobRow {
  id: string;
  instansiId: string | null;
  akunId: string | null;
  jenis: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  total: number;
  processed: number;
  phase: string | null;
  result: unknown;
  createdAt: string;
  finishedAt: string | null;
}

export async function insertJob(
  exec: Executor,
  job: { id: string; instansiId: string; akunId: string | null; jenis: string; owner: string },
): Promise<void> {
  await exec.execute(
    sql`insert into job (id, instansi_id, akun_id, jenis, status, phase, owner, heartbeat_at)
        values (${job.id}, ${job.instansiId}, ${job.akunId}, ${job.jenis}, 'QUEUED', 'queued', ${job.owner}, now())`,
  );
}

export async function updateJobProgress(
  exec: Executor,
  id: string,
  p: { phase: string; processed: number; total: number },
): Promise<void> {
  await exec.execute(
    sql`update job set status = 'RUNNING', phase = ${p.phase}, processed = ${p.processed}, total = ${p.total},
               heartbeat_at = now()
         where id = ${id} and status in ('QUEUED', 'RUNNING')`,
  );
}

export async function finishJob(
  exec: Executor,
  id: string,
  status: 'SUCCEEDED' | 'FAILED',
  result: unknown,
): Promise<void> {
  await exec.execute(
    sql`update job set status = ${status}, phase = 'done', result = ${JSON.stringify(result)}::jsonb, finished_at = now(),
               processed = total where id = ${id}`,
  );
}

export async function getJob(exec: Executor, instansiId: string, id: string): Promise<JobRow | null> {
  const found = await rows<JobRow>(
    exec,
    sql`select id, instansi_id as "instansiId", akun_id as "akunId", jenis, status, total, processed, phase, result,
               created_at::text as "createdAt", finished_at::text as "finishedAt"
          from job where id = ${id} and instansi_id = ${instansiId}`,
  );
  return found[0] ?? null;
}

// ---- lookups by code (CLI) ----------------------------------------------------------------------

export async function findInstansiIdByKode(exec: Executor, kode: string): Promise<string | null> {
  return (await rows<{ id: string }>(exec, sql`select id from instansi where kode = ${kode}`))[0]?.id ?? null;
}

export async function listInstansi(exec: Executor): Promise<{ id: string; kode: string }[]> {
  return rows(exec, sql`select id, kode from instansi order by kode`);
}

export async function findUnitIdByKode(exec: Executor, instansiId: string, kode: string): Promise<string | null> {
  return (
    (
      await rows<{ id: string }>(
        exec,
        sql`select id from unit_organisasi where instansi_id = ${instansiId} and kode = ${kode}`,
      )
    )[0]?.id ?? null
  );
}
