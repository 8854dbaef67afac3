/** The only SQL for the audit trail. Writes happen inside the caller's transaction. */
import { and, desc, eq, gte, ilike, lte, ne, or, type SQL, sql } from 'drizzle-orm';
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

/**
 * The audit insert as a piece of a larger statement: one row per row of `from` (a data-modifying
 * CTE of the caller, e.g. the guarded SKP update), with `after` computed from it. Hot writes then
 * record the change in the same statement that makes it (issue 9: one round trip, not two), and a
 * refused update (no row) records nothing.
 */
export function auditInsertFrom(entry: AuditEntry, parts: { after: SQL; from: SQL }): SQL {
  return sql`insert into audit_log (instansi_id, akun_id, actor_label, action, entity, entity_id, before, after, request_id)
    select ${entry.instansiId}::uuid, ${entry.akunId}::uuid, ${entry.actorLabel}::text, ${entry.action}::text,
      ${entry.entity}::text, ${entry.entityId}::text, ${entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before)}::jsonb,
      ${parts.after}, ${entry.requestId ?? null}::text
    from ${parts.from}`;
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
  /** Leave out logins and logouts (entity `sesi`): the trail then reads as changes to records. */
  hideSessions?: boolean;
  page: number;
  pageSize: number;
}

export async function findAuditEntries(exec: Executor, f: AuditFilter) {
  const where: SQL[] = [eq(auditLog.instansiId, f.instansiId)];
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.hideSessions) where.push(ne(auditLog.entity, 'sesi'));
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What each audited record is called today, so the trail reads as sentences about people and
 * documents ("SKP 2026 Siti Aminah", "Bidang SD") instead of ids: one query for a page, by entity.
 * Records deleted since have no row; the caller falls back to the name kept in the entry.
 */
export async function findTargetLabels(
  exec: Executor,
  instansiId: string,
  targets: readonly { entity: string; entityId: string | null }[],
): Promise<Map<string, string>> {
  const ids = [...new Set(targets.map((t) => t.entityId).filter((id): id is string => !!id && UUID.test(id)))];
  const labels = new Map<string, string>();
  if (!ids.length) return labels;
  const list = sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const res = await exec.execute<{ entity: string; id: string; label: string | null }>(sql`
    select 'skp' as entity, s.id::text as id, s.tahun::text || ' ' || p.nama as label
      from skp s join pegawai p on p.id = s.pegawai_id where s.instansi_id = ${instansiId} and s.id = any(${list})
    union all select 'pegawai', id::text, nama from pegawai where instansi_id = ${instansiId} and id = any(${list})
    union all select 'unit_organisasi', id::text, nama from unit_organisasi
      where instansi_id = ${instansiId} and id = any(${list})
    union all select 'jabatan', id::text, nama from jabatan where instansi_id = ${instansiId} and id = any(${list})
    union all select 'akun', a.id::text, coalesce(p.nama || ' (' || a.username || ')', a.username)
      from akun a left join pegawai p on p.id = a.pegawai_id where a.instansi_id = ${instansiId} and a.id = any(${list})
    union all select 'penempatan', x.id::text, p.nama from penempatan x join pegawai p on p.id = x.pegawai_id
      where x.instansi_id = ${instansiId} and x.id = any(${list})
    union all select 'penilai_override', x.id::text, p.nama from penilai_override x join pegawai p on p.id = x.pegawai_id
      where x.instansi_id = ${instansiId} and x.id = any(${list})
    union all select 'periode_kinerja', id::text, tahun::text from periode_kinerja
      where instansi_id = ${instansiId} and id = any(${list})
    union all select 'perjanjian_kinerja', x.id::text, x.tahun::text || ' ' || u.nama
      from perjanjian_kinerja x join unit_organisasi u on u.id = x.unit_id
      where x.instansi_id = ${instansiId} and x.id = any(${list})
    union all select 'instansi', id::text, nama from instansi where id = ${instansiId} and id = any(${list})
  `);
  for (const r of res.rows) if (r.label) labels.set(`${r.entity}:${r.id}`, r.label);
  return labels;
}
