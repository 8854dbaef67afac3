/** The only SQL for the audit trail. Writes happen inside the caller's transaction. */
import { and, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import { type BulkColumn, bulkInsert, toColumns } from '../../db/bulk.ts';
import { likeContains } from '../../db/like.ts';
import { auditLog } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';

export interface AuditEntry {
  instansiId: string | null;
  akunId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Records one change; call it in the same transaction as the change itself. */
export async function writeAudit(exec: Executor, entry: AuditEntry): Promise<void> {
  await exec.insert(auditLog).values({
    instansiId: entry.instansiId,
    akunId: entry.akunId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: (entry.before ?? null) as object | null,
    after: (entry.after ?? null) as object | null,
    requestId: entry.requestId ?? null,
  });
}

const AUDIT_COLUMNS: BulkColumn[] = [
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

/** Records many changes at once (bulk operations: one row per record); same columns as writeAudit. */
export async function writeAuditRows(exec: Executor, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await bulkInsert(
    exec,
    'audit_log',
    AUDIT_COLUMNS,
    toColumns(entries, AUDIT_COLUMNS, (e) => [
      e.instansiId,
      e.akunId,
      e.actorLabel,
      e.action,
      e.entity,
      e.entityId,
      json(e.before),
      json(e.after),
      e.requestId ?? null,
    ]),
  );
}

export interface AuditFilter {
  instansiId: string;
  entity?: string;
  entityId?: string;
  action?: string;
  q?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function findAuditEntries(exec: Executor, f: AuditFilter) {
  const where: SQL[] = [eq(auditLog.instansiId, f.instansiId)];
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lte(auditLog.at, new Date(`${f.to}T23:59:59.999Z`)));
  if (f.q) {
    const like = likeContains(f.q);
    where.push(
      or(
        ilike(auditLog.actorLabel, like),
        ilike(auditLog.entityId, like),
        sql`${auditLog.after}::text ilike ${like}`,
      ) as SQL,
    );
  }
  const rows = await exec
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(f.pageSize + 1)
    .offset((f.page - 1) * f.pageSize);
  return { items: rows.slice(0, f.pageSize), hasMore: rows.length > f.pageSize };
}
