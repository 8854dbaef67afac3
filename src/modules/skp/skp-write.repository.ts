/**
 * The hot SKP writes, each change folded with its audit row into one statement (issue 9): the
 * guarded update (`version + 1 … where version = $v`, as `bumpSkp`) is a data-modifying CTE that
 * the other parts (the RHK, its IKI, the audit insert) read, so a stale version writes and audits
 * nothing, and the caller answers CONFLICT.VERSION. Before, a workflow step or an RHK save sent the
 * update, each part and the audit as statements of their own (10+ round trips per save).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { rhk, skp } from '../../db/schema-skp.ts';
import type { Tx } from '../../db/tx.ts';
import { type AuditEntry, auditInsertFrom } from '../audit/index.ts';
import type { IkiWrite, SkpRow } from './skp.repository.ts';

export interface Bumped {
  id: string;
  status: string;
  version: number;
}

/** The audit of a bump: `after` is {status, version} of the updated row merged with `afterExtra`. */
export type BumpAudit = Omit<AuditEntry, 'after'> & { afterExtra?: Record<string, unknown> };

function guardedUpdate(tx: Tx, instansiId: string, id: string, version: number, set: Record<string, unknown>) {
  return tx
    .update(skp)
    .set({ ...set, version: sql`${skp.version} + 1`, updatedAt: new Date() })
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id), eq(skp.version, version)))
    .returning({ id: skp.id, status: skp.status, version: skp.version })
    .getSQL();
}

function auditOfBump(audit: BumpAudit): SQL {
  return auditInsertFrom(audit, {
    after: sql`jsonb_build_object('status', b.status, 'version', b.version) || ${JSON.stringify(audit.afterExtra ?? {})}::jsonb`,
    from: sql`b`,
  });
}

async function run(tx: Tx, statement: SQL): Promise<Bumped | null> {
  const res = await tx.execute<{ id: string; status: string; version: number }>(statement);
  return res.rows[0] ?? null;
}

/** `bumpSkp` with its audit row, in one statement; null (nothing written) when the version is stale. */
export async function bumpSkpAudited(
  tx: Tx,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<SkpRow>,
  audit: BumpAudit,
): Promise<Bumped | null> {
  return run(
    tx,
    sql`with b as (${guardedUpdate(tx, instansiId, id, version, patch)}),
      a as (${auditOfBump(audit)})
    select id, status, version from b`,
  );
}

/**
 * An RHK save in one statement: the SKP's version bump (refreshing its review flag when this RHK
 * carried the only one, as `refreshSkpPerluTinjau` did), the RHK's columns (its own flag cleared:
 * the owner has reviewed it), its IKI replaced, and the audit. Null when the version is stale.
 */
export async function saveRhkAudited(
  tx: Tx,
  p: {
    instansiId: string;
    skpId: string;
    rhkId: string;
    version: number;
    row: Partial<typeof rhk.$inferInsert>;
    iki: IkiWrite[];
    /** The RHK was flagged for review: the SKP keeps its flag only if another RHK still has one. */
    refreshPerluTinjau: boolean;
  },
  audit: BumpAudit,
): Promise<Bumped | null> {
  const { instansiId, skpId, rhkId } = p;
  const perluTinjau = p.refreshPerluTinjau
    ? {
        perluTinjau: sql`exists (select 1 from rhk o where o.instansi_id = ${instansiId} and o.skp_id = ${skpId}
          and o.id <> ${rhkId} and o.perlu_tinjau)`,
      }
    : {};
  const rhkUpdate = tx
    .update(rhk)
    .set({ ...p.row, perluTinjau: false, updatedAt: new Date() })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId), sql`exists (select 1 from b)`))
    .returning({ id: rhk.id })
    .getSQL();
  const iki = JSON.stringify(p.iki.map((k, i) => ({ ...k, urutan: i + 1 })));
  return run(
    tx,
    sql`with b as (${guardedUpdate(tx, instansiId, skpId, p.version, perluTinjau)}),
      r as (${rhkUpdate}),
      d as (delete from iki where instansi_id = ${instansiId} and rhk_id in (select id from r)),
      k as (
        insert into iki (instansi_id, rhk_id, urutan, aspek, indikator, target_nilai, target_satuan, target_teks)
        select ${instansiId}::uuid, r.id, x.urutan, x.aspek, x.indikator, x."targetNilai", x."targetSatuan", x."targetTeks"
        from r cross join jsonb_to_recordset(${iki}::jsonb)
          as x(urutan int, aspek text, indikator text, "targetNilai" numeric, "targetSatuan" text, "targetTeks" text)),
      a as (${auditOfBump(audit)})
    select id, status, version from b`,
  );
}
