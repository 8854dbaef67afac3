/**
 * Writing a large import on PGlite without holding everyone's one connection for seconds
 * (decision 0204, amended). PGlite is a single backend: while a transaction is open, the socket
 * server runs no other connection's query (pglite-socket queues them until it ends), so "one
 * transaction that yields" cannot let others in. Instead the bulk of a large import — its *new*
 * rows: units, positions, people and their placements — is inserted in chunks of `CHUNK` rows, each
 * its own short transaction that also journals the ids it inserted (`import_insert`). Other users'
 * queries run between the chunks. The final transaction then writes everything else (changed
 * rows, closed placements, audit, the org version) and deletes the journal: that is the import's
 * commit point.
 *
 * All or nothing: if anything fails — a chunk, the final transaction, a concurrent org change
 * found by the version check — the rows the journal lists are deleted again (`undoRun`), and an
 * import interrupted by a crash or kill is undone the same way when Kinerja next starts
 * (`undoInterruptedImports`; on PGlite no other process can hold an unfinished run). Between the
 * first chunk and the end, users *of the importing tenant* can see its new rows appear; other
 * tenants see nothing of it.
 */
import { sql } from 'drizzle-orm';
import { type BulkColumn, toColumns, unnestFrom } from '../../db/bulk.ts';
import type { Database } from '../../db/client.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import type { Executor } from '../../db/tx.ts';
import { ImportConflictError } from './exchange.repository.ts';
import { JABATAN_COLS, jabatanValues, PEGAWAI_COLS, pegawaiValues, UNIT_COLS, unitValues } from './exchange.rows.ts';
import type { ImportPlan } from './exchange.validate.ts';

/** Rows per chunk: ~100 ms of PGlite work on a small machine, the longest others wait. */
export const CHUNK = 2_000;

type Table = 'unit_organisasi' | 'jabatan' | 'pegawai' | 'penempatan';

/** Deleting in reverse order of insertion keeps every reference resolvable on the way out. */
const UNDO_ORDER: Table[] = ['penempatan', 'pegawai', 'jabatan', 'unit_organisasi'];

const COLS: Record<Table, BulkColumn[]> = {
  unit_organisasi: UNIT_COLS,
  jabatan: JABATAN_COLS,
  pegawai: PEGAWAI_COLS,
  penempatan: [
    { name: 'id', type: 'uuid' },
    { name: 'pegawai_id', type: 'uuid' },
    { name: 'jabatan_id', type: 'uuid' },
    { name: 'jenis', type: 'text' },
    { name: 'mulai', type: 'date' },
  ],
};

/** How many new rows a plan inserts (what the chunked path would take off the final transaction). */
export function freshRows(plan: ImportPlan): number {
  const fresh = new Set(plan.pegawai.filter((p) => p.isNew).map((p) => p.id));
  return (
    plan.units.filter((u) => u.isNew).length +
    plan.jabatan.filter((j) => j.isNew).length +
    fresh.size +
    plan.openPlacements.filter((o) => fresh.has(o.pegawaiId)).length
  );
}

async function insertChunk(
  exec: Executor,
  runId: string,
  instansiId: string,
  table: Table,
  data: unknown[][],
  from: number,
  to: number,
) {
  const cols = COLS[table];
  const names = cols.map((c) => `"${c.name}"`).join(', ');
  const res = await exec.execute(
    sql`insert into ${sql.raw(table)} (instansi_id, ${sql.raw(names)})
        select ${instansiId}, ${sql.raw(names)} from ${unnestFrom(cols, data, from, to)} returning id`,
  );
  const ids = (res.rows as { id: string }[]).map((r) => r.id);
  await exec.execute(
    sql`insert into import_insert (run_id, tabel, ids) values (${runId}, ${table}, ${sql.param(ids)}::uuid[])`,
  );
}

/**
 * Inserts the plan's new rows in short journaled transactions and returns the rest of the plan —
 * what the final transaction still has to write (changed rows, closings, placements of people
 * who already existed). `progress(table, done, total)` after every chunk.
 */
export async function insertFreshInChunks(
  database: Database,
  runId: string,
  instansiId: string,
  plan: ImportPlan,
  progress: (table: 'unor' | 'jabatan' | 'pegawai' | 'penempatan', done: number, total: number) => void,
): Promise<ImportPlan> {
  const freshPegawai = new Set(plan.pegawai.filter((p) => p.isNew).map((p) => p.id));
  // Column arrays are built chunk by chunk, just before each insert: building them for 100,000
  // rows at once kept the HTTP thread busy for a noticeable moment.
  const steps: {
    table: Table;
    phase: 'unor' | 'jabatan' | 'pegawai' | 'penempatan';
    columns: (from: number, to: number) => unknown[][];
    n: number;
  }[] = [];
  const add = <T>(table: Table, phase: (typeof steps)[number]['phase'], rows: T[], pick: (r: T) => unknown[]) => {
    if (rows.length)
      steps.push({
        table,
        phase,
        columns: (from, to) => toColumns(rows.slice(from, to), COLS[table], pick),
        n: rows.length,
      });
  };
  add(
    'unit_organisasi',
    'unor',
    plan.units.filter((u) => u.isNew),
    unitValues,
  );
  add(
    'jabatan',
    'jabatan',
    plan.jabatan.filter((j) => j.isNew),
    jabatanValues,
  );
  add(
    'pegawai',
    'pegawai',
    plan.pegawai.filter((p) => p.isNew),
    pegawaiValues,
  );
  add(
    'penempatan',
    'penempatan',
    plan.openPlacements.filter((o) => freshPegawai.has(o.pegawaiId)),
    (o) => [o.id, o.pegawaiId, o.jabatanId, 'DEFINITIF', o.mulai],
  );
  for (const step of steps) {
    for (let from = 0; from < step.n; from += CHUNK) {
      const to = Math.min(step.n, from + CHUNK);
      try {
        const data = step.columns(from, to);
        await database.db.transaction((tx) => insertChunk(tx, runId, instansiId, step.table, data, 0, to - from));
      } catch (err) {
        // Someone wrote the same code or NIP since the snapshot (another import): undo, validate again.
        if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new ImportConflictError('rows changed while importing');
        throw err;
      }
      progress(step.phase, to, step.n);
    }
  }
  return {
    ...plan,
    units: plan.units.filter((u) => !u.isNew),
    jabatan: plan.jabatan.filter((j) => !j.isNew),
    pegawai: plan.pegawai.filter((p) => !p.isNew),
    openPlacements: plan.openPlacements.filter((o) => !freshPegawai.has(o.pegawaiId)),
  };
}

/** The import's commit point, inside its final transaction: its inserted rows are now for good. */
export async function completeRun(exec: Executor, runId: string): Promise<void> {
  await exec.execute(sql`delete from import_insert where run_id = ${runId}`);
}

/** Deletes what a run inserted (each journal entry in its own short transaction) and its journal. */
export async function undoRun(database: Database, runId: string): Promise<number> {
  let removed = 0;
  for (const table of UNDO_ORDER) {
    const entries = await database.db.execute(
      sql`select ctid::text as ref, ids from import_insert where run_id = ${runId} and tabel = ${table}`,
    );
    for (const e of entries.rows as { ref: string; ids: string[] | string }[]) {
      await database.db.transaction(async (tx) => {
        const res = await tx.execute(
          sql`delete from ${sql.raw(table)} where id in (select unnest(ids) from import_insert where ctid = ${e.ref}::tid) returning id`,
        );
        removed += res.rows.length;
        await tx.execute(sql`delete from import_insert where ctid = ${e.ref}::tid`);
      });
    }
  }
  return removed;
}

/**
 * Undoes every import left unfinished by a process that died (server and CLI start, PGlite only:
 * the data-directory lock guarantees nobody else is running one). Returns the rows removed.
 */
export async function undoInterruptedImports(database: Database, log: (line: string) => void = console.warn) {
  if (database.engine !== 'pglite') return 0;
  const runs = await database.db.execute(sql`select distinct run_id as "runId" from import_insert`);
  let removed = 0;
  for (const r of runs.rows as { runId: string }[]) removed += await undoRun(database, r.runId);
  if (runs.rows.length)
    log(
      `kinerja: ${runs.rows.length} impor yang terputus dibatalkan (${removed} baris dihapus) / undid ${runs.rows.length} interrupted import(s), ${removed} row(s) removed`,
    );
  return removed;
}
