/**
 * The only SQL of the jobs module: job rows of a tenant, with the few facts of the stored result a
 * status needs (not the result itself: an import's result carries every row error).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface JobRow {
  id: string;
  akunId: string | null;
  jenis: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  total: number;
  processed: number;
  phase: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** `result.error`: the message of a job that stopped on an exception. */
  error: string | null;
  /** `result.errorMessage`: why the job failed, in both languages (abandoned, disk full, …). */
  errorMessage: { id: string; en: string } | null;
  /** The process that runs (ran) the job. */
  owner: string | null;
  /** `result.errorCount` (an import refused for row errors; older rows: the length of `result.errors`), else null. */
  jumlahKesalahan: number | null;
  /** `result.dihapus`: the result file was removed after its retention. */
  dihapus: boolean;
}

const COLUMNS = sql`id, akun_id as "akunId", jenis, status, total, processed, phase,
  created_at as "createdAt", finished_at as "finishedAt", result ->> 'error' as error,
  coalesce((result ->> 'errorCount')::int,
    case when jsonb_typeof(result -> 'errors') = 'array' then jsonb_array_length(result -> 'errors') end) as "jumlahKesalahan",
  result -> 'errorMessage' as "errorMessage", owner,
  coalesce(result ->> 'dihapus' = 'true', false) as dihapus`;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);

function toRow(r: Record<string, unknown>): JobRow {
  return {
    ...(r as unknown as JobRow),
    createdAt: iso(r.createdAt) as string,
    finishedAt: iso(r.finishedAt),
    jumlahKesalahan: r.jumlahKesalahan === null ? null : Number(r.jumlahKesalahan),
  };
}

export async function getJob(exec: Executor, instansiId: string, id: string): Promise<JobRow | null> {
  const res = await exec.execute(sql`select ${COLUMNS} from job where instansi_id = ${instansiId} and id = ${id}`);
  const row = res.rows[0] as Record<string, unknown> | undefined;
  return row ? toRow(row) : null;
}

/** The account's jobs in the tenant, newest first. */
export async function listJobsOfAkun(
  exec: Executor,
  instansiId: string,
  akunId: string,
  limit: number,
): Promise<JobRow[]> {
  const res = await exec.execute(sql`
    select ${COLUMNS} from job
    where instansi_id = ${instansiId} and akun_id = ${akunId}
    order by created_at desc, id desc
    limit ${limit}`);
  return (res.rows as Record<string, unknown>[]).map(toRow);
}
