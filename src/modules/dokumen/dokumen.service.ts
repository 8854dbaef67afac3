/**
 * SKP documents: one SKP (with its Lampiran) as a PDF, and every SKP of a unit subtree as a zip of
 * PDFs built by a background job whose progress is kept in the `job` table.
 *
 * Reading a document needs the same right as reading the SKP (skp.policy in the SKP module:
 * the owner, the appraiser and the appraiser's superior of today, the appraiser who set a closed
 * SKP, admins whose scope covers the SKP's unit, the auditor). Bulk documents: admins whose scope
 * covers the unit and the auditor; the status and the file: whoever started the job and those admins.
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, isMemberOf, requireActor } from '../access/index.ts';
import { BOOT_ID, failIfAbandoned } from '../jobs/index.ts';
import { canPrintUnit, resolveUnitAccess } from '../monitoring/index.ts';
import { loadReadableSkp } from '../skp/index.ts';
import { BulkJobQueue, cleanUpAbandonedZip, jobStatus, openJobZip, runBulkZip } from './bulk-job.ts';
import * as repo from './dokumen.repository.ts';
import { slug } from './nama-file.ts';
import { createPdfPool, defaultPoolSize, SKP_LAYOUT } from './pdf-pool.ts';
import { renderPdf } from './pdf-renderer.ts';
import { type DokumenRhk, type Orang, pangkatGolongan, type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

export const JENIS_JOB = 'dokumen.skp-massal';

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

const jobs = new BulkJobQueue(JENIS_JOB);

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
  await jobs.start(
    ctx.database,
    jobId,
    daftar.length,
    () =>
      repo.insertJob(db, {
        id: jobId,
        instansiId,
        akunId: actor.akunId,
        jenis: JENIS_JOB,
        total: daftar.length,
        result: { unitId: unit.id, unitNama: unit.nama, tahun: input.tahun },
        owner: BOOT_ID,
      }),
    () => runSkpMassal(ctx.database, { jobId, instansiId, tahun: input.tahun, unitNama: unit.nama, daftar }),
  );
  return { jobId, total: daftar.length };
}

function runSkpMassal(
  database: Database,
  job: { jobId: string; instansiId: string; tahun: number; unitNama: string; daftar: repo.SkpDaftarRow[] },
): Promise<void> {
  const { jobId, instansiId, daftar } = job;
  return runBulkZip(database, jobs, {
    jobId,
    instansiId,
    namaFile: `SKP-${job.tahun}-${slug(job.unitNama) || 'unit'}.zip`,
    daftar,
    async renderer() {
      // No more workers than documents (and none for an empty list).
      const pool = await createPdfPool(SKP_LAYOUT, Math.min(defaultPoolSize(), daftar.length));
      return { size: pool.size, render: (doc: SkpDokumen) => pool.render(doc), release: () => pool.close() };
    },
    load: (b) =>
      loadDokumen(
        database,
        instansiId,
        b.map((x) => x.id),
      ),
    fileName: (item) => namaFileSkp({ tahun: job.tahun, nip: item.nip, nama: item.nama }),
    gagalKey: 'skpId',
    notFound: 'SKP tidak ditemukan',
  });
}

/** Removes what an abandoned bulk job left: the partial zip (jobs.liveness.ts calls this). */
export const cleanUpAbandonedSkpMassal = cleanUpAbandonedZip;

/** Waits for this process's bulk jobs (tests, graceful shutdown). */
export async function waitForDokumenJobs(): Promise<void> {
  await jobs.wait();
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
  const r = job.result ?? {};
  const { head, tail } = jobStatus(job, jobs.live.get(jobId));
  return {
    ...head,
    unitId: typeof r.unitId === 'string' ? r.unitId : null,
    tahun: typeof r.tahun === 'number' ? r.tahun : null,
    ...tail<{ skpId: string; pesan: string }>(`/api/instansi/${instansiId}/dokumen/unduh/${job.id}`),
  };
}

/** The zip of a finished bulk job. */
export async function openSkpMassalZip(ctx: Ctx, instansiId: string, jobId: string) {
  const job = await loadVisibleJob(ctx, instansiId, jobId);
  return openJobZip(ctx.database, job);
}
