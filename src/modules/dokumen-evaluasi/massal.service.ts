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
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import type { Database } from '../../db/client.ts';
import { bolehDokumenEvaluasi } from '../../domain/evaluasi/dokumen-akses.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { fileStoreFor } from '../dokumen/file-store.ts';
import { BOOT_ID, failIfAbandoned, jobFailure, trackJob } from '../jobs/index.ts';
import * as repo from './dokumen-evaluasi.repository.ts';
import { type Ctx, peranUnit } from './dokumen-evaluasi.service.ts';
import { type JenisDokumen, namaFileEvaluasi, slug } from './layouts.ts';
import { type EvaluasiDok, hariIniJakarta } from './model.ts';
import { acquireEvaluasiPdfPool, closeEvaluasiPdfPool, type EvaluasiPdfPool } from './pdf-pool.ts';
import { toEvaluasiDok } from './view-model.ts';

export const JENIS_JOB_EVALUASI = 'dokumen.evaluasi-massal';
const BATCH = 50;
const RETENTION_MS = 7 * 24 * 3_600_000;

interface Live {
  processed: number;
  total: number;
  phase: string;
}
const live = new Map<string, Live>();
const pending = new Set<Promise<void>>();
let queue: Promise<void> = Promise.resolve();

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
  const untrack = trackJob(ctx.database, jobId);
  try {
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
  } catch (err) {
    untrack();
    throw err;
  }
  live.set(jobId, { processed: 0, total: daftar.length, phase: 'antre' });
  const run = queue
    .then(() => runMassal(ctx.database, { jobId, instansiId, unitNama: unit.nama, input, daftar }))
    .finally(untrack);
  queue = run.catch(() => {});
  pending.add(run);
  void run.finally(() => pending.delete(run)).catch(() => {});
  return { jobId, total: daftar.length };
}

/** Renders a list of evaluations into a zip stream on `store`; returns what went in. Exported for the bench. */
async function runMassal(
  database: Database,
  job: { jobId: string; instansiId: string; unitNama: string; input: MassalInput; daftar: repo.EvaluasiDaftarRow[] },
): Promise<void> {
  const { jobId, instansiId, daftar, input } = job;
  const store = fileStoreFor(database);
  const fileKey = `dokumen/${instansiId}/${jobId}.zip`;
  const namaFile = `EVALUASI-${input.tahun}-${input.periodeKode}-${slug(job.unitNama) || 'unit'}.zip`;
  const gagal: Array<{ evaluasiId: string; pesan: string }> = [];
  let processed = 0;
  let lastWrite = 0;
  const progress = async (phase: string, force = false) => {
    live.set(jobId, { processed, total: daftar.length, phase });
    const now = Date.now();
    if (!force && now - lastWrite < 500) return;
    lastWrite = now;
    await repo.updateJobProgress(database.db, jobId, { processed, phase });
  };
  let pool: EvaluasiPdfPool | null = null;
  let release = () => {};
  try {
    await removeExpiredFiles(database);
    await progress('membuat', true);
    ({ pool, release } = await acquireEvaluasiPdfPool());
    const out = new PassThrough();
    let storeError: unknown = null;
    const stored = store.put(fileKey, out);
    stored.catch((err: unknown) => {
      storeError = err;
      out.destroy();
    });
    // PDFs are compressed already: stored, not deflated again.
    const zip = new Zip((err, chunk, final) => {
      if (err) out.destroy(err);
      else {
        out.write(chunk);
        if (final) out.end();
      }
    });
    const used = new Set<string>();
    const today = hariIniJakarta();
    const batches: repo.EvaluasiDaftarRow[][] = [];
    for (let from = 0; from < daftar.length; from += BATCH) batches.push(daftar.slice(from, from + BATCH));
    const load = (b: repo.EvaluasiDaftarRow[]) =>
      repo
        .loadEvaluasi(
          database.db,
          instansiId,
          b.map((x) => x.id),
          { hasilKerja: input.jenis !== 'DOKUMEN' },
        )
        .then((rows) => new Map(rows.map((r) => [r.id, toEvaluasiDok(r, today)])));
    // The next batch loads while the current one renders.
    let next = batches.length ? load(batches[0]) : null;
    for (let k = 0; k < batches.length; k++) {
      const docs = await (next as Promise<Map<string, EvaluasiDok>>);
      next = k + 1 < batches.length ? load(batches[k + 1]) : null;
      const renderer = pool;
      // Names fixed in list order, so they do not depend on which worker finishes first.
      const names = batches[k].map((item) => {
        const doc = docs.get(item.id);
        let name = doc ? namaFileEvaluasi(doc, input.jenis) : `${item.id}.pdf`;
        for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.pdf$/, `-${n}.pdf`);
        used.add(name);
        return name;
      });
      await Promise.all(
        batches[k].map(async (item, i) => {
          try {
            const doc = docs.get(item.id);
            if (!doc) throw new Error('evaluasi tidak ditemukan');
            const pdf = await renderer.render(doc, input.jenis);
            const entry = new ZipPassThrough(names[i]);
            zip.add(entry);
            entry.push(pdf, true);
          } catch (err) {
            gagal.push({ evaluasiId: item.id, pesan: (err as Error).message });
          }
          processed++;
          await progress('membuat');
        }),
      );
      if (storeError) throw storeError;
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (storeError) throw storeError;
    }
    zip.end();
    const { size } = await stored;
    await repo.finishJob(database.db, jobId, 'SUCCEEDED', processed, {
      fileKey,
      namaFile,
      ukuran: size,
      jumlah: processed - gagal.length,
      gagal,
      pekerja: pool.size,
    });
  } catch (err) {
    await store.delete(fileKey).catch(() => {});
    await store.removeIncomplete(fileKey).catch(() => {});
    await repo.finishJob(database.db, jobId, 'FAILED', processed, { ...jobFailure(err), gagal }).catch(() => {});
  } finally {
    release();
    live.delete(jobId);
  }
}

async function removeExpiredFiles(database: Database): Promise<void> {
  const store = fileStoreFor(database);
  const expired = await repo.listExpiredJobFiles(database.db, JENIS_JOB_EVALUASI, new Date(Date.now() - RETENTION_MS));
  for (const e of expired) {
    await store.delete(e.fileKey).catch(() => {});
    await repo.markJobFileDeleted(database.db, e.id);
  }
}

/** Removes what an abandoned job left: the partial zip (registered in src/modules/wiring.ts). */
export async function cleanUpAbandonedEvaluasiMassal(
  database: Database,
  job: { id: string; instansiId: string | null },
) {
  if (!job.instansiId) return;
  const store = fileStoreFor(database);
  const key = `dokumen/${job.instansiId}/${job.id}.zip`;
  await store.removeIncomplete(key);
  await store.delete(key);
}

/** Waits for this process's bulk jobs (tests, benchmark, graceful shutdown). */
export async function waitForEvaluasiMassal(): Promise<void> {
  await Promise.allSettled([...pending]);
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

const isBilingual = (v: unknown): v is { id: string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';

/** A bulk job's status and progress. */
export async function getMassalJob(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const l = live.get(jobId);
  const r = job.result ?? {};
  const done = job.status === 'SUCCEEDED';
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: job.id,
    status: job.status,
    phase: l?.phase ?? job.phase,
    processed: Math.max(l?.processed ?? 0, job.processed),
    total: job.total,
    unitPenilaianId: str(r.unitId),
    tahun: num(r.tahun),
    periodeKode: str(r.periodeKode),
    jenis: str(r.jenis),
    namaFile: str(r.namaFile),
    ukuran: num(r.ukuran),
    jumlah: num(r.jumlah),
    gagal: Array.isArray(r.gagal) ? (r.gagal as Array<{ evaluasiId: string; pesan: string }>) : [],
    error: str(r.error),
    errorMessage: isBilingual(r.errorMessage) ? r.errorMessage : null,
    dihapus: r.dihapus === true,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    unduhUrl: done && r.dihapus !== true ? `/api/instansi/${instansiId}/dokumen-evaluasi/massal/${job.id}/unduh` : null,
  };
}

/** The zip of a finished job (audited). */
export async function openMassalZip(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const r = job.result ?? {};
  if (job.status !== 'SUCCEEDED' || typeof r.fileKey !== 'string') {
    throw new AppError('DOKUMEN.BELUM_SIAP', { status: job.status, processed: job.processed, total: job.total });
  }
  const file = r.dihapus === true ? null : await fileStoreFor(ctx.database).get(r.fileKey);
  if (!file) throw new AppError('NOT_FOUND', { reason: 'file expired or stored on another node' });
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
  return { ...file, fileName: typeof r.namaFile === 'string' ? r.namaFile : `${jobId}.zip` };
}
