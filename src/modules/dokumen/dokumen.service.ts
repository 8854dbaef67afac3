/**
 * SKP documents: one SKP (with its Lampiran) as a PDF, and every SKP of a unit subtree as a zip of
 * PDFs built by a background job whose progress is kept in the `job` table.
 *
 * Reading a document needs the same right as reading the SKP (skp.policy in the SKP module:
 * the owner, the appraiser and the appraiser's superior of today, the appraiser who set a closed
 * SKP, admins whose scope covers the SKP's unit, the auditor). Bulk documents: admins whose scope
 * covers the unit and the auditor; the status and the file: whoever started the job and those admins.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, isMemberOf, requireActor } from '../access/index.ts';
import { BOOT_ID, failIfAbandoned, jobFailure, trackJob } from '../jobs/index.ts';
import { canPrintUnit, resolveUnitAccess } from '../monitoring/index.ts';
import { loadReadableSkp } from '../skp/index.ts';
import * as repo from './dokumen.repository.ts';
import { fileStoreFor } from './file-store.ts';
import { createPdfPool, defaultPoolSize, type PdfPool, SKP_LAYOUT } from './pdf-pool.ts';
import { renderPdf } from './pdf-renderer.ts';
import { type DokumenRhk, type Orang, pangkatGolongan, type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

export const JENIS_JOB = 'dokumen.skp-massal';
const BATCH = 50;

// ---- authorisation ------------------------------------------------------------------------------

/** Asserts the caller may read the SKP: exactly the SKP module's read check (404 otherwise). */
export async function assertCanReadSkp(ctx: Ctx, instansiId: string, skpId: string): Promise<void> {
  await loadReadableSkp(ctx, instansiId, skpId);
}

// ---- content ------------------------------------------------------------------------------------

type Snap = {
  nama?: string;
  nip?: string | null;
  golongan?: string | null;
  pegawaiId?: string | null;
  jabatanNama?: string | null;
} | null;

/** "Dr. Budi Santoso, M.Si." unless the stored name already carries the titles. */
export function namaLengkap(nama: string, depan: string | null, belakang: string | null): string {
  let out = nama.trim();
  if (depan && !out.startsWith(depan)) out = `${depan} ${out}`;
  if (belakang && !out.includes(belakang)) out = `${out}, ${belakang}`;
  return out;
}

/**
 * The head's title as the form prints it: "Bupati Sleman" for "Pemerintah Kabupaten Sleman",
 * "Menteri Kesehatan" for a bare "Menteri" of "Kementerian Kesehatan", "Kepala Badan Kepegawaian
 * Negara" for a bare "Kepala"; a title that already names its office ("Menteri Kesehatan") is kept.
 */
export function jabatanPimpinan(jabatan: string, instansiNama: string): string {
  const daerah = /^Pemerintah (?:Kabupaten|Kota|Provinsi) (.+)$/.exec(instansiNama);
  if (daerah) return `${jabatan} ${daerah[1]}`;
  if (/\s/.test(jabatan.trim())) return jabatan;
  return `${jabatan} ${instansiNama.replace(/^Kementerian /, '')}`;
}
const iso = (v: Date | string | null) => (v instanceof Date ? v.toISOString() : v);

function toDokumen(row: repo.SkpDokumenRow, rhk: DokumenRhk[]): SkpDokumen {
  const snap = row.snapshot as {
    pegawai?: Snap;
    jabatan?: { nama?: string } | null;
    unit?: { nama?: string } | null;
    penilai?: Snap;
  };
  const peg = snap.pegawai ?? {};
  const pegawai: Orang = {
    nama: namaLengkap(peg?.nama ?? '-', row.pegawaiGelarDepan, row.pegawaiGelarBelakang),
    nip: peg?.nip ?? null,
    pangkat: pangkatGolongan(peg?.golongan ?? row.pegawaiGolongan),
    jabatan: snap.jabatan?.nama ?? null,
    unitKerja: snap.unit?.nama ?? null,
  };
  const pn = snap.penilai ?? null;
  let penilai: Orang | null = null;
  if (pn?.nama && pn.pegawaiId) {
    penilai = {
      nama: namaLengkap(pn.nama, row.penilaiGelarDepan, row.penilaiGelarBelakang),
      nip: pn.nip ?? null,
      pangkat: pangkatGolongan(pn.golongan ?? row.penilaiGolongan),
      jabatan: pn.jabatanNama ?? null,
      unitKerja: row.penilaiUnitNama,
    };
  } else if (pn?.nama || row.jenisForm === 'JPT') {
    // A penilai without a pegawai is the regional head (Bupati/Wali Kota/Gubernur) or the minister, a
    // state official outside the ASN system who appraises JPT and heads of OPD: printed with the
    // instansi's head name, and row 5 names the INSTANSI (such an official belongs to no unit kerja).
    penilai = {
      nama: row.namaPimpinan ?? row.jabatanPimpinan,
      nip: null,
      pangkat: null,
      jabatan: jabatanPimpinan(row.jabatanPimpinan, row.instansiNama),
      unitKerja: row.instansiNama,
      baris5: 'INSTANSI',
    };
  }
  const lampiran = (row.lampiran ?? {}) as Partial<SkpDokumen['lampiran']>;
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  return {
    id: row.id,
    status: row.status,
    revisi: row.revisi,
    jenisForm: row.jenisForm,
    pendekatan: row.pendekatan,
    tahun: row.tahun,
    mulai: row.mulai,
    selesai: row.selesai,
    instansiNama: row.instansiNama,
    pegawai,
    penilai,
    rhk,
    perilaku: row.perilaku ?? {},
    lampiran: {
      dukunganSumberDaya: list(lampiran.dukunganSumberDaya),
      skemaPertanggungjawaban: list(lampiran.skemaPertanggungjawaban),
      konsekuensi: list(lampiran.konsekuensi),
    },
    ditandatanganiAt: iso(row.ditandatanganiAt),
    ditetapkanAt: iso(row.ditetapkanAt),
    ditetapkanOlehNama: row.ditetapkanOlehNama,
  };
}

/** The printable content of several SKPs, in three queries whatever their number. */
export async function loadDokumen(
  database: Database,
  instansiId: string,
  ids: string[],
): Promise<Map<string, SkpDokumen>> {
  const db = database.db;
  const [rows, rhkRows, ikiRows] = await Promise.all([
    repo.loadSkpDokumenRows(db, instansiId, ids),
    repo.loadRhkDokumen(db, instansiId, ids),
    repo.loadIkiDokumen(db, instansiId, ids),
  ]);
  const ikiByRhk = new Map<string, repo.IkiDokumenRow[]>();
  for (const k of ikiRows) {
    const list = ikiByRhk.get(k.rhkId);
    if (list) list.push(k);
    else ikiByRhk.set(k.rhkId, [k]);
  }
  const rhkBySkp = new Map<string, DokumenRhk[]>();
  for (const r of rhkRows) {
    const item: DokumenRhk = {
      id: r.id,
      jenis: r.jenis,
      urutan: r.urutan,
      teks: r.teks,
      sumber: r.sumber,
      perspektif: r.perspektif,
      penugasanDari: r.penugasanDari,
      parent: r.parentTeks ? { teks: r.parentTeks, pemilik: r.parentPemilik, iki: r.parentIki } : null,
      pkIndikator: r.pkIndikator
        ? {
            sasaran: r.pkSasaran ?? '',
            indikator: r.pkIndikator,
            target:
              (r.pkTargetNilai ?? r.pkTargetTeks)
                ? [r.pkTargetNilai, r.pkSatuan].filter(Boolean).join(' ') || r.pkTargetTeks
                : null,
          }
        : null,
      iki: (ikiByRhk.get(r.id) ?? []).map(({ rhkId: _r, urutan: _u, ...k }) => k),
    };
    const list = rhkBySkp.get(r.skpId);
    if (list) list.push(item);
    else rhkBySkp.set(r.skpId, [item]);
  }
  return new Map(rows.map((row) => [row.id, toDokumen(row, rhkBySkp.get(row.id) ?? [])]));
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);

/** File name of an SKP document: SKP-<tahun>-<nip>-<nama>.pdf */
export function namaFileSkp(d: { tahun: number; nip: string | null; nama: string }): string {
  return `SKP-${d.tahun}-${d.nip ?? 'tanpa-nip'}-${slug(d.nama) || 'pegawai'}.pdf`;
}

/** One SKP and its Lampiran as a PDF. */
export async function getSkpPdf(ctx: Ctx, instansiId: string, skpId: string, options: { compress?: boolean } = {}) {
  await assertCanReadSkp(ctx, instansiId, skpId);
  const doc = (await loadDokumen(ctx.database, instansiId, [skpId])).get(skpId);
  if (!doc) throw new AppError('ACCESS.DENIED');
  const body = await renderPdf(skpDocDefinition(doc, options));
  return { body, fileName: namaFileSkp({ tahun: doc.tahun, nip: doc.pegawai.nip, nama: doc.pegawai.nama }) };
}

// ---- bulk documents -----------------------------------------------------------------------------

interface Live {
  processed: number;
  total: number;
  phase: string;
}
const live = new Map<string, Live>();
const pending = new Set<Promise<void>>();
let queue: Promise<void> = Promise.resolve();

async function assertBulkAdmin(ctx: Ctx, instansiId: string, unitId: string) {
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, unitId, { allowBawahan: false });
  if (access.kind !== 'UNIT' || !canPrintUnit(ctx.actor as Actor, instansiId, access))
    throw new AppError('ACCESS.FORBIDDEN');
  return access.unit;
}

/** Starts rendering every SKP of a unit subtree for a year into one zip; returns the job. */
export async function startSkpMassal(ctx: Ctx, instansiId: string, input: { unitId: string; tahun: number }) {
  const unit = await assertBulkAdmin(ctx, instansiId, input.unitId);
  const actor = ctx.actor as Actor;
  const db = ctx.database.db;
  const daftar = await repo.listSkpOfSubtree(db, instansiId, unit.path, input.tahun);
  const jobId = crypto.randomUUID();
  // Tracked (alive, heartbeat) from before its row exists until it ends, queued or running.
  const untrack = trackJob(ctx.database, jobId);
  try {
    await repo.insertJob(db, {
      id: jobId,
      instansiId,
      akunId: actor.akunId,
      jenis: JENIS_JOB,
      total: daftar.length,
      result: { unitId: unit.id, unitNama: unit.nama, tahun: input.tahun },
      owner: BOOT_ID,
    });
  } catch (err) {
    untrack();
    throw err;
  }
  live.set(jobId, { processed: 0, total: daftar.length, phase: 'antre' });
  const run = queue
    .then(() => runSkpMassal(ctx.database, { jobId, instansiId, tahun: input.tahun, unitNama: unit.nama, daftar }))
    .finally(untrack);
  queue = run.catch(() => {});
  pending.add(run);
  void run.finally(() => pending.delete(run)).catch(() => {});
  return { jobId, total: daftar.length };
}

async function runSkpMassal(
  database: Database,
  job: { jobId: string; instansiId: string; tahun: number; unitNama: string; daftar: repo.SkpDaftarRow[] },
): Promise<void> {
  const { jobId, instansiId, daftar } = job;
  const store = fileStoreFor(database);
  const fileKey = `dokumen/${instansiId}/${jobId}.zip`;
  const namaFile = `SKP-${job.tahun}-${slug(job.unitNama) || 'unit'}.zip`;
  const gagal: Array<{ skpId: string; pesan: string }> = [];
  let processed = 0;
  let lastWrite = 0;
  const progress = async (phase: string, force = false) => {
    live.set(jobId, { processed, total: daftar.length, phase });
    const now = Date.now();
    if (!force && now - lastWrite < 500) return;
    lastWrite = now;
    await repo.updateJobProgress(database.db, jobId, { processed, phase });
  };
  let pool: PdfPool | null = null;
  try {
    await removeExpiredFiles(database);
    await progress('membuat', true);
    // No more workers than documents (and none for an empty list).
    pool = await createPdfPool(SKP_LAYOUT, Math.min(defaultPoolSize(), daftar.length));
    const out = new PassThrough();
    // A failed write (a full disk: ENOSPC) must end the job, not leave it waiting for a 'drain'
    // that never comes: the failure is caught at once and checked after every batch.
    let storeError: unknown = null;
    const stored = store.put(fileKey, out);
    stored.catch((err: unknown) => {
      storeError = err;
      out.destroy();
    });
    const zip = new Zip((err, chunk, final) => {
      if (err) out.destroy(err);
      else {
        out.write(chunk);
        if (final) out.end();
      }
    });
    // File names fixed up front in list order, so they do not depend on which worker finishes first.
    const used = new Set<string>();
    const names = daftar.map((item) => {
      let name = namaFileSkp({ tahun: job.tahun, nip: item.nip, nama: item.nama });
      for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.pdf$/, `-${n}.pdf`);
      used.add(name);
      return name;
    });
    const batches: repo.SkpDaftarRow[][] = [];
    for (let from = 0; from < daftar.length; from += BATCH) batches.push(daftar.slice(from, from + BATCH));
    const load = (b: repo.SkpDaftarRow[]) =>
      loadDokumen(
        database,
        instansiId,
        b.map((x) => x.id),
      );
    const indexOf = new Map(daftar.map((d, i) => [d.id, i]));
    // The next batch loads while the current one renders.
    let next = batches.length ? load(batches[0]) : null;
    for (let k = 0; k < batches.length; k++) {
      const docs = await (next as Promise<Map<string, SkpDokumen>>);
      next = k + 1 < batches.length ? load(batches[k + 1]) : null;
      const renderer = pool;
      await Promise.all(
        batches[k].map(async (item) => {
          try {
            const doc = docs.get(item.id);
            if (!doc) throw new Error('SKP tidak ditemukan');
            const pdf = await renderer.render(doc);
            const entry = new ZipPassThrough(names[indexOf.get(item.id) as number]);
            zip.add(entry);
            entry.push(pdf, true);
          } catch (err) {
            gagal.push({ skpId: item.id, pesan: (err as Error).message });
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
    // If even this write fails (the database's disk is full too), the job is failed as abandoned
    // when next read or at the next start (jobs.liveness.ts).
    await repo.finishJob(database.db, jobId, 'FAILED', processed, { ...jobFailure(err), gagal }).catch(() => {});
  } finally {
    await pool?.close();
    live.delete(jobId);
  }
}

const RETENTION_MS = 7 * 24 * 3_600_000;

/** Deletes bulk files older than a week (their job rows stay, marked `dihapus`). */
async function removeExpiredFiles(database: Database): Promise<void> {
  const store = fileStoreFor(database);
  const expired = await repo.listExpiredJobFiles(database.db, JENIS_JOB, new Date(Date.now() - RETENTION_MS));
  for (const e of expired) {
    await store.delete(e.fileKey).catch(() => {});
    await repo.markJobFileDeleted(database.db, e.id);
  }
}

/** Removes what an abandoned bulk job left: the partial zip (jobs.liveness.ts calls this). */
export async function cleanUpAbandonedSkpMassal(database: Database, job: { id: string; instansiId: string | null }) {
  if (!job.instansiId) return;
  const store = fileStoreFor(database);
  const key = `dokumen/${job.instansiId}/${job.id}.zip`;
  await store.removeIncomplete(key);
  await store.delete(key);
}

/** Waits for this process's bulk jobs (tests, graceful shutdown). */
export async function waitForDokumenJobs(): Promise<void> {
  await Promise.allSettled([...pending]);
}

async function loadVisibleJob(ctx: Ctx, instansiId: string, jobId: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  await failIfAbandoned(ctx.database, jobId);
  const job = await repo.getJob(ctx.database.db, instansiId, jobId, JENIS_JOB);
  if (!job) throw new AppError('ACCESS.DENIED');
  if (job.akunId !== ctx.actor.akunId) {
    const unitId = typeof job.result?.unitId === 'string' ? job.result.unitId : undefined;
    if (!unitId) throw new AppError('ACCESS.DENIED');
    const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, unitId, { allowBawahan: false }).catch(
      () => null,
    );
    if (access?.kind !== 'UNIT' || access.via !== 'ADMIN') throw new AppError('ACCESS.DENIED');
  }
  return job;
}

/** A bulk job's status and progress (live on the node running it, else from the job row). */
export async function getSkpMassalJob(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const l = live.get(jobId);
  const r = job.result ?? {};
  const done = job.status === 'SUCCEEDED';
  return {
    id: job.id,
    status: job.status,
    phase: l?.phase ?? job.phase,
    processed: Math.max(l?.processed ?? 0, job.processed),
    total: job.total,
    unitId: typeof r.unitId === 'string' ? r.unitId : null,
    tahun: typeof r.tahun === 'number' ? r.tahun : null,
    namaFile: typeof r.namaFile === 'string' ? r.namaFile : null,
    ukuran: typeof r.ukuran === 'number' ? r.ukuran : null,
    jumlah: typeof r.jumlah === 'number' ? r.jumlah : null,
    gagal: Array.isArray(r.gagal) ? (r.gagal as Array<{ skpId: string; pesan: string }>) : [],
    error: typeof r.error === 'string' ? r.error : null,
    errorMessage: isBilingual(r.errorMessage) ? r.errorMessage : null,
    dihapus: r.dihapus === true,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    unduhUrl: done && r.dihapus !== true ? `/api/instansi/${instansiId}/dokumen/unduh/${job.id}` : null,
  };
}

const isBilingual = (v: unknown): v is { id: string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';

/** The zip of a finished bulk job. */
export async function openSkpMassalZip(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  const r = job.result ?? {};
  if (job.status !== 'SUCCEEDED' || typeof r.fileKey !== 'string') {
    throw new AppError('DOKUMEN.BELUM_SIAP', { status: job.status, processed: job.processed, total: job.total });
  }
  const file = r.dihapus === true ? null : await fileStoreFor(ctx.database).get(r.fileKey);
  if (!file) throw new AppError('NOT_FOUND', { reason: 'file expired or stored on another node' });
  return { ...file, fileName: typeof r.namaFile === 'string' ? r.namaFile : `${jobId}.zip` };
}
