/**
 * The bulk job: every evaluation of a unit penilaian × period as one PDF per person (by default
 * both documents in one file, LENGKAP), zipped and streamed to the FileStore while rendering on the
 * worker pool. Progress lives in the `job` row (throttled) and in memory on the node running it;
 * files are kept a week. As the SKP bulk job (src/modules/dokumen/dokumen.service.ts), whose
 * liveness, clean-up and retention rules it follows.
 *
 * Who: CETAK_MASSAL of src/domain/evaluasi/dokumen-akses.ts — the unit penilaian's administrators
 * and its head (or a head above it); status and file: whoever started the job and those same people.
 */
import type { Database } from '../../db/client.ts';
import { bolehDokumenEvaluasi } from '../../domain/evaluasi/dokumen-akses.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { BulkJobQueue, cleanUpAbandonedZip, jobStatus, openJobZip, runBulkZip } from '../dokumen/bulk-job.ts';
import { BOOT_ID, failIfAbandoned } from '../jobs/index.ts';
import * as repo from './dokumen-evaluasi.repository.ts';
import { type Ctx, peranUnit } from './dokumen-evaluasi.service.ts';
import { type JenisDokumen, namaFileEvaluasi, slug } from './layouts.ts';
import { type EvaluasiDok, hariIniJakarta } from './model.ts';
import { acquireEvaluasiPdfPool, closeEvaluasiPdfPool } from './pdf-pool.ts';
import { toEvaluasiDok } from './view-model.ts';

export const JENIS_JOB_EVALUASI = 'dokumen.evaluasi-massal';
const jobs = new BulkJobQueue(JENIS_JOB_EVALUASI);

export interface MassalInput {
  unitPenilaianId: string;
  tahun: number;
  periodeKode: string;
  jenis: JenisDokumen;
}

/** Starts the bulk job (audited); returns its id and size. */
export async function startMassal(ctx: Ctx, instansiId: string, input: MassalInput) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const actor = ctx.actor;
  const db = ctx.database.db;
  const unit = await repo.getUnit(db, instansiId, input.unitPenilaianId);
  if (!unit) throw new AppError('ACCESS.DENIED');
  const peran = await peranUnit(ctx, instansiId, unit.path);
  if (!bolehDokumenEvaluasi('CETAK_MASSAL', peran)) {
    // The auditor sees the unit but prints nothing in bulk (read-only): 403, not "not found".
    throw new AppError(peran.length ? 'ACCESS.FORBIDDEN' : 'ACCESS.DENIED');
  }
  const daftar = await repo.listEvaluasiUnit(db, instansiId, unit.id, input.tahun, input.periodeKode);
  const jobId = crypto.randomUUID();
  await jobs.start(
    ctx.database,
    jobId,
    daftar.length,
    async () => {
      await repo.insertJob(db, {
        id: jobId,
        instansiId,
        akunId: actor.akunId,
        jenis: JENIS_JOB_EVALUASI,
        total: daftar.length,
        result: {
          unitId: unit.id,
          unitNama: unit.nama,
          tahun: input.tahun,
          periodeKode: input.periodeKode,
          jenis: input.jenis,
        },
        owner: BOOT_ID,
      });
      await writeAudit(db, {
        instansiId,
        akunId: actor.akunId,
        actorLabel: actorLabel(actor),
        action: 'dokumen-evaluasi.massal',
        entity: 'job',
        entityId: jobId,
        after: { ...input, total: daftar.length, peran },
        requestId: ctx.requestId ?? null,
      });
    },
    () => runMassal(ctx.database, { jobId, instansiId, unitNama: unit.nama, input, daftar }),
  );
  return { jobId, total: daftar.length };
}

/** Renders the unit's evaluations into a zip on the FileStore (src/modules/dokumen/bulk-job.ts). */
function runMassal(
  database: Database,
  job: { jobId: string; instansiId: string; unitNama: string; input: MassalInput; daftar: repo.EvaluasiDaftarRow[] },
): Promise<void> {
  const { jobId, instansiId, daftar, input } = job;
  const today = hariIniJakarta();
  return runBulkZip(database, jobs, {
    jobId,
    instansiId,
    namaFile: `EVALUASI-${input.tahun}-${input.periodeKode}-${slug(job.unitNama) || 'unit'}.zip`,
    daftar,
    async renderer() {
      const { pool, release } = await acquireEvaluasiPdfPool();
      return { size: pool.size, render: (doc: EvaluasiDok) => pool.render(doc, input.jenis), release };
    },
    load: (b) =>
      repo
        .loadEvaluasi(
          database.db,
          instansiId,
          b.map((x) => x.id),
          { hasilKerja: input.jenis !== 'DOKUMEN' },
        )
        .then((rows) => new Map(rows.map((r) => [r.id, toEvaluasiDok(r, today)]))),
    fileName: (item, doc) => (doc ? namaFileEvaluasi(doc, input.jenis) : `${item.id}.pdf`),
    gagalKey: 'evaluasiId',
    notFound: 'evaluasi tidak ditemukan',
  });
}

/** Removes what an abandoned job left: the partial zip (registered in src/modules/wiring.ts). */
export const cleanUpAbandonedEvaluasiMassal = cleanUpAbandonedZip;

/** Waits for this process's bulk jobs (tests, benchmark, graceful shutdown). */
export async function waitForEvaluasiMassal(): Promise<void> {
  await jobs.wait();
}

/** Waits for the jobs, then stops the warm worker pool (graceful shutdown, tests). */
export async function stopEvaluasiMassal(): Promise<void> {
  await waitForEvaluasiMassal();
  await closeEvaluasiPdfPool();
}

async function loadVisibleJob(ctx: Ctx, instansiId: string, jobId: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  await failIfAbandoned(ctx.database, jobId);
  const job = await repo.getJob(ctx.database.db, instansiId, jobId, JENIS_JOB_EVALUASI);
  if (!job) throw new AppError('ACCESS.DENIED');
  if (job.akunId !== ctx.actor.akunId) {
    const unitId = typeof job.result?.unitId === 'string' ? job.result.unitId : null;
    const unit = unitId ? await repo.getUnit(ctx.database.db, instansiId, unitId) : null;
    const peran = unit ? await peranUnit(ctx, instansiId, unit.path) : [];
    if (!bolehDokumenEvaluasi('CETAK_MASSAL', peran)) throw new AppError('ACCESS.DENIED');
  }
  return job;
}

/** A bulk job's status and progress. */
export async function getMassalJob(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const r = job.result ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const { head, tail } = jobStatus(job, jobs.live.get(jobId));
  return {
    ...head,
    unitPenilaianId: str(r.unitId),
    tahun: num(r.tahun),
    periodeKode: str(r.periodeKode),
    jenis: str(r.jenis),
    ...tail<{ evaluasiId: string; pesan: string }>(
      `/api/instansi/${instansiId}/dokumen-evaluasi/massal/${job.id}/unduh`,
    ),
  };
}

/** The zip of a finished job (audited). */
export async function openMassalZip(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const r = job.result ?? {};
  const file = await openJobZip(ctx.database, job);
  const actor = ctx.actor as Actor;
  await writeAudit(ctx.database.db, {
    instansiId,
    akunId: actor.akunId,
    actorLabel: actorLabel(actor),
    action: 'dokumen-evaluasi.unduh-massal',
    entity: 'job',
    entityId: jobId,
    after: {
      unitId: r.unitId ?? null,
      tahun: r.tahun ?? null,
      periodeKode: r.periodeKode ?? null,
      jumlah: r.jumlah ?? null,
    },
    requestId: ctx.requestId ?? null,
  });
  return file;
}
