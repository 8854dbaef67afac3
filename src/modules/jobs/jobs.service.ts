/**
 * Status of any background job of a tenant (table `job`): imports and bulk SKP documents today.
 *
 * Who sees a job: the account that started it (while it belongs to the tenant); anyone else only
 * under the rule of the kind's own status route, never a wider one:
 * - `import`: exchange.import (tenant admins, super admins), like GET /import/jobs/:jobId;
 * - `dokumen.skp-massal`: the dokumen module's own check (admins whose scope covers the job's unit),
 *   by asking that module for the job;
 * - any other kind: tenant admins and super admins (job.readAll).
 * Everyone else gets 404 like "not found". The list holds only the caller's own jobs.
 */
import type { Database } from '../../db/client.ts';
import type { Lang } from '../../http/errors.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, can, isMemberOf, requireActor } from '../access/index.ts';
import { getSkpMassalJob, JENIS_JOB_SKP_MASSAL } from '../dokumen/index.ts';
import { getImportJob } from '../exchange/index.ts';
import { failIfAbandoned } from './jobs.liveness.ts';
import * as repo from './jobs.repository.ts';
import type { TJob } from './jobs.schema.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

type Status = repo.JobRow['status'];
interface Progress {
  status: Status;
  phase: string | null;
  processed: number;
  total: number;
}

interface JobKind {
  /** The kind's own status route under /api/instansi/:instansiId (more detail than this view). */
  detailPath(id: string): string | null;
  /** The finished result file under /api/instansi/:instansiId, if the kind produces one. */
  downloadPath(row: repo.JobRow): string | null;
  /** Whether the caller, not the job's owner, may see it under the kind's own rule. */
  mayReadOthers(ctx: Ctx & { actor: Actor }, instansiId: string, row: repo.JobRow): Promise<boolean>;
  /** Progress as the kind knows it: fresher than the throttled row on the node running the job. */
  live?(ctx: Ctx & { actor: Actor }, instansiId: string, id: string): Promise<Progress>;
}

// Built on first use: the kinds' modules use this module's job liveness, so they may still be
// loading when this one is evaluated (an import cycle that must stay harmless).
let kinds: Record<string, JobKind> | null = null;
const buildKinds = (): Record<string, JobKind> => ({
  import: {
    detailPath: (id) => `/import/jobs/${id}`,
    downloadPath: () => null,
    mayReadOthers: async (ctx, instansiId) => can(ctx.actor, 'exchange.import', { instansiId }),
    live: (ctx, instansiId, id) => getImportJob(ctx.database, instansiId, id),
  },
  [JENIS_JOB_SKP_MASSAL]: {
    detailPath: (id) => `/dokumen/skp-massal/${id}`,
    downloadPath: (row) => (row.status === 'SUCCEEDED' && !row.dihapus ? `/dokumen/unduh/${row.id}` : null),
    mayReadOthers: (ctx, instansiId, row) =>
      getSkpMassalJob(ctx, instansiId, row.id).then(
        () => true,
        (err: unknown) => {
          if (err instanceof AppError && err.code === 'ACCESS.DENIED') return false;
          throw err;
        },
      ),
    live: (ctx, instansiId, id) => getSkpMassalJob(ctx, instansiId, id),
  },
});

const OTHER_KIND: JobKind = {
  detailPath: () => null,
  downloadPath: () => null,
  mayReadOthers: async (ctx, instansiId) => can(ctx.actor, 'job.readAll', { instansiId }),
};

const kindOf = (jenis: string) => {
  kinds ??= buildKinds();
  return kinds[jenis] ?? OTHER_KIND;
};
const isRunning = (s: Status) => s === 'QUEUED' || s === 'RUNNING';

const MESSAGES = {
  refused: (n: number) => ({
    id: `Berkas ditolak: ${n} kesalahan, tidak ada yang disimpan. Rinciannya di links.detail.`,
    en: `The file was refused: ${n} error${n === 1 ? '' : 's'}, nothing was saved. Details at links.detail.`,
  }),
  failed: { id: 'Job gagal.', en: 'The job failed.' },
};

/** Why a failed job failed: the stored exception message, or an import's row errors in short. */
function errorOf(row: repo.JobRow, status: Status, lang: Lang): string | null {
  if (status !== 'FAILED') return null;
  if (row.errorMessage?.[lang]) return row.errorMessage[lang];
  if (row.error) return row.error;
  if (row.jumlahKesalahan) return MESSAGES.refused(row.jumlahKesalahan)[lang];
  return MESSAGES.failed[lang];
}

/** Row + fresher progress when the job still runs (a job that ended meanwhile is read again). */
async function toView(ctx: Ctx & { actor: Actor }, instansiId: string, row: repo.JobRow, lang: Lang): Promise<TJob> {
  const kind = kindOf(row.jenis);
  let current = row;
  let progress: Progress = row;
  if (isRunning(row.status) && kind.live) {
    const live = await kind.live(ctx, instansiId, row.id);
    if (isRunning(live.status)) progress = live;
    else {
      current = (await repo.getJob(ctx.database.db, instansiId, row.id)) ?? row;
      progress = current;
    }
  }
  const base = `/api/instansi/${instansiId}`;
  const detail = kind.detailPath(current.id);
  const download = kind.downloadPath(current);
  return {
    id: current.id,
    jenis: current.jenis,
    status: progress.status,
    total: progress.total,
    processed: progress.processed,
    phase: progress.phase,
    createdAt: current.createdAt,
    finishedAt: current.finishedAt,
    error: errorOf(current, progress.status, lang),
    links: {
      self: `${base}/jobs/${current.id}`,
      detail: detail ? base + detail : null,
      download: download ? base + download : null,
    },
  };
}

function assertMember(ctx: Ctx, instansiId: string): asserts ctx is Ctx & { actor: Actor } {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
}

/** One job of the tenant, for its owner or whoever the kind's rule lets see it; 404 otherwise. */
export async function getJob(ctx: Ctx, instansiId: string, jobId: string, lang: Lang): Promise<TJob> {
  assertMember(ctx, instansiId);
  await failIfAbandoned(ctx.database, jobId);
  const row = await repo.getJob(ctx.database.db, instansiId, jobId);
  if (!row) throw new AppError('ACCESS.DENIED');
  if (row.akunId !== ctx.actor.akunId && !(await kindOf(row.jenis).mayReadOthers(ctx, instansiId, row))) {
    throw new AppError('ACCESS.DENIED');
  }
  return toView(ctx, instansiId, row, lang);
}

/** The caller's own recent jobs in the tenant, newest first. */
export async function listOwnJobs(ctx: Ctx, instansiId: string, limit: number, lang: Lang): Promise<TJob[]> {
  assertMember(ctx, instansiId);
  let rows = await repo.listJobsOfAkun(ctx.database.db, instansiId, ctx.actor.akunId, limit);
  const active = rows.filter((r) => isRunning(r.status));
  if (active.length) {
    for (const r of active) await failIfAbandoned(ctx.database, r.id);
    rows = await repo.listJobsOfAkun(ctx.database.db, instansiId, ctx.actor.akunId, limit);
  }
  return Promise.all(rows.map((row) => toView(ctx, instansiId, row, lang)));
}
