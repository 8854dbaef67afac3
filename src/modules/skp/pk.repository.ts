/**
 * SQL for performance years and the Perjanjian Kinerja (re-exported by skp.repository.ts, the
 * planning module's data access).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { periodeKinerja, perjanjianKinerja, pkIndikator, pkSasaran } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';

export type PeriodeRow = typeof periodeKinerja.$inferSelect;
export type PkRow = typeof perjanjianKinerja.$inferSelect;

// ── Periods ────────────────────────────────────────────────────────────────────────────────────
export async function listPeriode(exec: Executor, instansiId: string) {
  return exec
    .select()
    .from(periodeKinerja)
    .where(eq(periodeKinerja.instansiId, instansiId))
    .orderBy(desc(periodeKinerja.tahun));
}

export async function getPeriode(exec: Executor, instansiId: string, id: string): Promise<PeriodeRow | null> {
  const rows = await exec
    .select()
    .from(periodeKinerja)
    .where(and(eq(periodeKinerja.instansiId, instansiId), eq(periodeKinerja.id, id)));
  return rows[0] ?? null;
}

export async function getPeriodeByTahun(exec: Executor, instansiId: string, tahun: number): Promise<PeriodeRow | null> {
  const rows = await exec
    .select()
    .from(periodeKinerja)
    .where(and(eq(periodeKinerja.instansiId, instansiId), eq(periodeKinerja.tahun, tahun)));
  return rows[0] ?? null;
}

/** Inserts a period; null when the year already has one. */
export async function insertPeriode(
  exec: Executor,
  row: typeof periodeKinerja.$inferInsert,
): Promise<PeriodeRow | null> {
  const rows = await exec.insert(periodeKinerja).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updatePeriode(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<PeriodeRow>,
) {
  const rows = await exec
    .update(periodeKinerja)
    .set({ ...patch, version: sql`${periodeKinerja.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(periodeKinerja.instansiId, instansiId), eq(periodeKinerja.id, id), eq(periodeKinerja.version, version)),
    )
    .returning();
  return rows[0] ?? null;
}

// ── Perjanjian Kinerja ─────────────────────────────────────────────────────────────────────────
export async function getPkByUnitTahun(
  exec: Executor,
  instansiId: string,
  unitId: string,
  tahun: number,
): Promise<PkRow | null> {
  const rows = await exec
    .select()
    .from(perjanjianKinerja)
    .where(
      and(
        eq(perjanjianKinerja.instansiId, instansiId),
        eq(perjanjianKinerja.unitId, unitId),
        eq(perjanjianKinerja.tahun, tahun),
      ),
    );
  return rows[0] ?? null;
}

export async function getPk(exec: Executor, instansiId: string, id: string): Promise<PkRow | null> {
  const rows = await exec
    .select()
    .from(perjanjianKinerja)
    .where(and(eq(perjanjianKinerja.instansiId, instansiId), eq(perjanjianKinerja.id, id)));
  return rows[0] ?? null;
}

export async function insertPk(exec: Executor, row: typeof perjanjianKinerja.$inferInsert): Promise<PkRow | null> {
  const rows = await exec.insert(perjanjianKinerja).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function bumpPk(exec: Executor, instansiId: string, id: string, version: number, patch: Partial<PkRow>) {
  const rows = await exec
    .update(perjanjianKinerja)
    .set({ ...patch, version: sql`${perjanjianKinerja.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(perjanjianKinerja.instansiId, instansiId),
        eq(perjanjianKinerja.id, id),
        eq(perjanjianKinerja.version, version),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/** Sasaran and indikator of a PK in order (two queries). */
export async function loadPkContent(exec: Executor, instansiId: string, pkId: string) {
  const sasaran = await exec
    .select()
    .from(pkSasaran)
    .where(and(eq(pkSasaran.instansiId, instansiId), eq(pkSasaran.pkId, pkId)))
    .orderBy(asc(pkSasaran.urutan));
  const indikator = sasaran.length
    ? await exec
        .select()
        .from(pkIndikator)
        .where(
          and(
            eq(pkIndikator.instansiId, instansiId),
            inArray(
              pkIndikator.sasaranId,
              sasaran.map((s) => s.id),
            ),
          ),
        )
        .orderBy(asc(pkIndikator.urutan))
    : [];
  return sasaran.map((s) => ({ ...s, indikator: indikator.filter((i) => i.sasaranId === s.id) }));
}

export interface PkSasaranWrite {
  id?: string;
  sasaran: string;
  indikator: Array<{
    id?: string;
    indikator: string;
    targetNilai: string | null;
    satuan: string | null;
    targetTeks: string | null;
  }>;
}

/**
 * Replaces the content of a PK, keeping the ids of items sent with an id (RHK keep pointing at
 * them). Returns the ids of indicators that were removed.
 */
export async function replacePkContent(
  exec: Executor,
  instansiId: string,
  pkId: string,
  sasaran: PkSasaranWrite[],
): Promise<string[]> {
  const current = await loadPkContent(exec, instansiId, pkId);
  const keepS = new Set(sasaran.flatMap((s) => (s.id ? [s.id] : [])));
  const keepI = new Set(sasaran.flatMap((s) => s.indikator.flatMap((i) => (i.id ? [i.id] : []))));
  const removedIndikator = current.flatMap((s) => s.indikator.filter((i) => !keepI.has(i.id)).map((i) => i.id));
  const removedSasaran = current.filter((s) => !keepS.has(s.id)).map((s) => s.id);
  if (removedIndikator.length)
    await exec
      .delete(pkIndikator)
      .where(and(eq(pkIndikator.instansiId, instansiId), inArray(pkIndikator.id, removedIndikator)));
  if (removedSasaran.length)
    await exec
      .delete(pkSasaran)
      .where(and(eq(pkSasaran.instansiId, instansiId), inArray(pkSasaran.id, removedSasaran)));
  const known = new Set(current.map((s) => s.id));
  const knownI = new Set(current.flatMap((s) => s.indikator.map((i) => i.id)));
  for (const [si, s] of sasaran.entries()) {
    let sasaranId = s.id && known.has(s.id) ? s.id : null;
    if (sasaranId) {
      await exec
        .update(pkSasaran)
        .set({ urutan: si + 1, sasaran: s.sasaran })
        .where(eq(pkSasaran.id, sasaranId));
    } else {
      const [row] = await exec
        .insert(pkSasaran)
        .values({ instansiId, pkId, urutan: si + 1, sasaran: s.sasaran })
        .returning({ id: pkSasaran.id });
      sasaranId = row.id;
    }
    const inserts: Array<typeof pkIndikator.$inferInsert> = [];
    for (const [ii, ind] of s.indikator.entries()) {
      const fields = {
        sasaranId,
        urutan: ii + 1,
        indikator: ind.indikator,
        targetNilai: ind.targetNilai,
        satuan: ind.satuan,
        targetTeks: ind.targetTeks,
      };
      if (ind.id && knownI.has(ind.id)) await exec.update(pkIndikator).set(fields).where(eq(pkIndikator.id, ind.id));
      else inserts.push({ instansiId, ...fields });
    }
    if (inserts.length) await exec.insert(pkIndikator).values(inserts);
  }
  return removedIndikator;
}

/** A PK indicator with its PK's unit and year. */
export async function getPkIndikatorInfo(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .select({ id: pkIndikator.id, unitId: perjanjianKinerja.unitId, tahun: perjanjianKinerja.tahun })
    .from(pkIndikator)
    .innerJoin(pkSasaran, eq(pkSasaran.id, pkIndikator.sasaranId))
    .innerJoin(perjanjianKinerja, eq(perjanjianKinerja.id, pkSasaran.pkId))
    .where(and(eq(pkIndikator.instansiId, instansiId), eq(pkIndikator.id, id)));
  return rows[0] ?? null;
}

/** Every PK indicator of the given units for a year. */
export async function listPkIndikator(exec: Executor, instansiId: string, unitIds: string[], tahun: number) {
  if (!unitIds.length) return [];
  return exec
    .select({
      id: pkIndikator.id,
      indikator: pkIndikator.indikator,
      sasaran: pkSasaran.sasaran,
      targetNilai: pkIndikator.targetNilai,
      satuan: pkIndikator.satuan,
      targetTeks: pkIndikator.targetTeks,
      unitId: perjanjianKinerja.unitId,
    })
    .from(pkIndikator)
    .innerJoin(pkSasaran, eq(pkSasaran.id, pkIndikator.sasaranId))
    .innerJoin(perjanjianKinerja, eq(perjanjianKinerja.id, pkSasaran.pkId))
    .where(
      and(
        eq(perjanjianKinerja.instansiId, instansiId),
        inArray(perjanjianKinerja.unitId, unitIds),
        eq(perjanjianKinerja.tahun, tahun),
      ),
    )
    .orderBy(asc(pkSasaran.urutan), asc(pkIndikator.urutan));
}
