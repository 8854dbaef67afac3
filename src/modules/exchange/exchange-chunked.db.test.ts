/**
 * A large import on PGlite is written in short journaled transactions and stays all-or-nothing:
 * it completes with an empty journal; a run that fails after some chunks, or that a crash
 * interrupted, leaves nothing behind once undone. The journal functions run on both engines; the
 * service takes the chunked path on PGlite only (PostgreSQL blocks nobody with one transaction).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildInstansi } from '../../../test/factories.ts';
import { CHUNK, insertFreshInChunks, undoInterruptedImports, undoRun } from './exchange.chunked-write.ts';
import { parseFile } from './exchange.parse.ts';
import { loadExisting } from './exchange.repository.ts';
import { validateImport } from './exchange.validate.ts';
import { importFile } from './index.ts';

const database = useTestDatabase();
const actor = { akunId: null, label: 'uji' };
const UNITS = CHUNK * 2 + 17;

/** A UNOR CSV of one root and `n` units under it. */
function unitsCsv(n: number, prefix: string): Buffer {
  const lines = ['UNOR_KODE,UNOR_NAMA,UNOR_INDUK_KODE,JENIS_UNOR', `${prefix},Pemerintah Uji,,PEMDA`];
  for (let i = 1; i <= n; i++) lines.push(`${prefix}.${i},Seksi ${i},${prefix},SEKSI`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

const count = async (sqlText: string, params: unknown[]) =>
  Number((await database().pool.query(sqlText, params)).rows[0].n);

async function planFor(instansiId: string, bytes: Buffer) {
  const parsed = parseFile(bytes, { fileName: 'unor.csv' });
  const existing = await loadExisting(database().db, instansiId, []);
  const v = validateImport(parsed, existing, { today: '2026-01-15' });
  if (!v.plan) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  return v.plan;
}

describe('chunked import writes', () => {
  it('imports more than one chunk of new rows and leaves no journal behind', async () => {
    const instansiId = (await buildInstansi(database())).id;
    const r = await importFile(database(), {
      instansiId,
      actor,
      fileName: 'unor.csv',
      bytes: unitsCsv(UNITS, 'CH1'),
      today: '2026-01-15',
    });
    expect(r.errors).toEqual([]);
    expect(r.counts.unor).toMatchObject({ rows: UNITS + 1, created: UNITS + 1 });
    expect(await count('select count(*) as n from unit_organisasi where instansi_id = $1', [instansiId])).toBe(
      UNITS + 1,
    );
    expect(await count('select count(*) as n from import_insert', [])).toBe(0);
    // One audit summary, as with a single transaction.
    expect(
      await count(`select count(*) as n from audit_log where instansi_id = $1 and action = 'import'`, [instansiId]),
    ).toBe(1);
  });

  it('undoes a run that failed after some chunks: nothing of it remains', async () => {
    const instansiId = (await buildInstansi(database())).id;
    const plan = await planFor(instansiId, unitsCsv(UNITS, 'CH2'));
    const runId = randomUUID();
    const seen: number[] = [];
    await insertFreshInChunks(database(), runId, instansiId, plan, (_t, done) => seen.push(done));
    expect(seen).toEqual([CHUNK, CHUNK * 2, UNITS + 1]);
    expect(await count('select count(*) as n from unit_organisasi where instansi_id = $1', [instansiId])).toBe(
      UNITS + 1,
    );
    // The final transaction never ran (e.g. the org changed meanwhile): the run is undone.
    expect(await undoRun(database(), runId)).toBe(UNITS + 1);
    expect(await count('select count(*) as n from unit_organisasi where instansi_id = $1', [instansiId])).toBe(0);
    expect(await count('select count(*) as n from import_insert where run_id = $1', [runId])).toBe(0);
  });

  it('undoes at start an import a crash interrupted (PGlite), and the file then imports cleanly', async () => {
    const instansiId = (await buildInstansi(database())).id;
    const bytes = unitsCsv(CHUNK + 5, 'CH3');
    const runId = randomUUID();
    await insertFreshInChunks(database(), runId, instansiId, await planFor(instansiId, bytes), () => {});
    // … and the process is killed here: no final transaction, no undo.
    if (database().engine === 'pglite') {
      const lines: string[] = [];
      expect(await undoInterruptedImports(database(), (l) => lines.push(l))).toBe(CHUNK + 6);
      expect(lines[0]).toContain('undid 1 interrupted import(s)');
    } else {
      // On PostgreSQL imports never take the chunked path; start-up leaves such rows alone.
      expect(await undoInterruptedImports(database())).toBe(0);
      await undoRun(database(), runId);
    }
    expect(await count('select count(*) as n from unit_organisasi where instansi_id = $1', [instansiId])).toBe(0);
    const again = await importFile(database(), { instansiId, actor, fileName: 'unor.csv', bytes, today: '2026-01-15' });
    expect(again.errors).toEqual([]);
    expect(again.created).toBe(CHUNK + 6);
  });
});
