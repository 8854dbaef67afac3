/**
 * Evaluation documents (issue 11, item 6 and item 1's penetapan; docs/evaluasi-dokumen.md):
 * the Evaluasi Kinerja Pegawai and the Dokumen Evaluasi Kinerja Pegawai of one evaluation, the
 * Format Penetapan Predikat Kinerja of one predikat organisasi, and the bulk zip of a unit
 * penilaian × period built by a background job.
 *
 * Who: the rule table src/domain/evaluasi/dokumen-akses.ts, with the caller's roles towards the
 * evaluation resolved here from the evaluation row (its pegawai, pejabat penilai, atasan — also the
 * atasan a keberatan went to), the account roles (admins of the SKP unit's subtree, the auditor) and
 * the org index (heads of the unit penilaian or above). Every download is audited.
 */
import type { Database } from '../../db/client.ts';
import {
  type AksiDokumenEvaluasi,
  aksiCetakUntuk,
  aksiDokumenEvaluasi,
  bolehDokumenEvaluasi,
  type PeranDokumenEvaluasi,
} from '../../domain/evaluasi/dokumen-akses.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, can, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { renderPdf } from '../dokumen/pdf-renderer.ts';
import { headedUnitIds } from '../monitoring/index.ts';
import * as repo from './dokumen-evaluasi.repository.ts';
import { evaluasiDocDefinition, type JenisDokumen, namaFileEvaluasi, namaFilePenetapan } from './layouts.ts';
import { penetapanDocDefinition } from './penetapan.layout.ts';
import { toEvaluasiDok, toPenetapanDok } from './view-model.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
  requestId?: string | null;
}

// ---- roles --------------------------------------------------------------------------------------

const isAuditor = (actor: Actor, instansiId: string) =>
  actor.roles.some((r) => r.peran === 'AUDITOR' && (r.instansiId === instansiId || r.instansiId === null));

/** Whether the caller heads the unit with this path or a unit above it (definitive, PLT or PLH, today). */
async function kepalaDari(database: Database, actor: Actor, instansiId: string, unitPath: string | null) {
  if (!unitPath || !actor.pegawaiId || actor.instansiId !== instansiId) return false;
  const headed = await headedUnitIds(database, instansiId, actor.pegawaiId);
  return headed.some((id) => unitPath.includes(`/${id}/`));
}

/** The caller's roles towards an evaluation (none: the caller may not know it exists). */
export async function peranEvaluasi(
  ctx: Ctx,
  instansiId: string,
  row: Pick<
    repo.EvaluasiRow,
    'pegawaiId' | 'penilaiPegawaiId' | 'atasanPenilaiPegawaiId' | 'keberatan' | 'skpUnitPath' | 'unitPenilaianPath'
  >,
): Promise<PeranDokumenEvaluasi[]> {
  const actor = ctx.actor as Actor;
  const out: PeranDokumenEvaluasi[] = [];
  const own = actor.instansiId === instansiId ? actor.pegawaiId : null;
  if (own && row.pegawaiId === own) out.push('PEMILIK');
  if (own && row.penilaiPegawaiId === own) out.push('PENILAI');
  if (own && (row.atasanPenilaiPegawaiId === own || row.keberatan?.atasanPegawaiId === own)) out.push('ATASAN_PENILAI');
  if (can(actor, 'dokumen.massal', { instansiId, unitPath: row.skpUnitPath })) out.push('ADMIN');
  if (isAuditor(actor, instansiId)) out.push('AUDITOR');
  if (!out.length && (await kepalaDari(ctx.database, actor, instansiId, row.unitPenilaianPath)))
    out.push('KEPALA_UNIT');
  return out;
}

/** The caller's roles towards a unit penilaian (penetapan, bulk). */
async function peranUnit(ctx: Ctx, instansiId: string, unitPath: string): Promise<PeranDokumenEvaluasi[]> {
  const actor = ctx.actor as Actor;
  const out: PeranDokumenEvaluasi[] = [];
  if (can(actor, 'dokumen.massal', { instansiId, unitPath })) out.push('ADMIN');
  if (isAuditor(actor, instansiId)) out.push('AUDITOR');
  if (await kepalaDari(ctx.database, actor, instansiId, unitPath)) out.push('KEPALA_UNIT');
  return out;
}

function member(ctx: Ctx, instansiId: string): Actor {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  return ctx.actor;
}

// ---- one evaluation -----------------------------------------------------------------------------

async function loadReadable(ctx: Ctx, instansiId: string, evaluasiId: string, hasilKerja = true) {
  member(ctx, instansiId);
  const [row] = await repo.loadEvaluasi(ctx.database.db, instansiId, [evaluasiId], { hasilKerja });
  if (!row) throw new AppError('ACCESS.DENIED');
  const peran = await peranEvaluasi(ctx, instansiId, row);
  if (!peran.length) throw new AppError('ACCESS.DENIED');
  return { row, peran };
}

/** What the caller may print of an evaluation, with the links (the UI offers exactly these). */
export async function getDokumenInfo(ctx: Ctx, instansiId: string, evaluasiId: string) {
  const { row, peran } = await loadReadable(ctx, instansiId, evaluasiId, false);
  const doc = toEvaluasiDok(row);
  const aksi = aksiDokumenEvaluasi(peran);
  const boleh = aksi.includes(aksiCetakUntuk(doc.status));
  const base = `/api/instansi/${instansiId}/dokumen-evaluasi/evaluasi/${evaluasiId}`;
  return {
    evaluasiId,
    status: doc.status,
    draf: doc.status === 'DRAFT',
    peran,
    aksi,
    evaluasiKinerjaUrl: boleh ? `${base}/evaluasi-kinerja.pdf` : null,
    dokumenEvaluasiUrl: boleh ? `${base}/dokumen-evaluasi.pdf` : null,
    keberatan: doc.keberatan !== null,
  };
}

/** One evaluation's document as a PDF (audited). */
export async function getEvaluasiPdf(
  ctx: Ctx,
  instansiId: string,
  evaluasiId: string,
  jenis: Exclude<JenisDokumen, 'LENGKAP'>,
) {
  const { row, peran } = await loadReadable(ctx, instansiId, evaluasiId, jenis !== 'DOKUMEN');
  const doc = toEvaluasiDok(row);
  const perlu: AksiDokumenEvaluasi = aksiCetakUntuk(doc.status);
  if (!bolehDokumenEvaluasi(perlu, peran)) {
    // Only the evaluated employee meets this: they know their evaluation exists, so say why.
    throw new AppError('DOKUMEN.EVALUASI_BELUM_DITETAPKAN', { status: doc.status });
  }
  const body = await renderPdf(evaluasiDocDefinition(doc, jenis));
  const actor = ctx.actor as Actor;
  await writeAudit(ctx.database.db, {
    instansiId,
    akunId: actor.akunId,
    actorLabel: actorLabel(actor),
    action: 'dokumen-evaluasi.unduh',
    entity: 'evaluasi',
    entityId: evaluasiId,
    after: { jenis, status: doc.status, versi: doc.versi, peran },
    requestId: ctx.requestId ?? null,
  });
  return { body, fileName: namaFileEvaluasi(doc, jenis) };
}

// ---- penetapan ----------------------------------------------------------------------------------

/** The Format Penetapan Predikat Kinerja of one predikat organisasi (audited). */
export async function getPenetapanPdf(ctx: Ctx, instansiId: string, predikatOrganisasiId: string) {
  const actor = member(ctx, instansiId);
  const row = await repo.loadPredikatOrganisasi(ctx.database.db, instansiId, predikatOrganisasiId);
  if (!row) throw new AppError('ACCESS.DENIED');
  const peran = await peranUnit(ctx, instansiId, row.unitPath);
  if (row.penetapPegawaiId && actor.instansiId === instansiId && actor.pegawaiId === row.penetapPegawaiId)
    peran.push('KEPALA_UNIT');
  if (!bolehDokumenEvaluasi('CETAK_PENETAPAN', peran)) throw new AppError('ACCESS.DENIED');
  const doc = toPenetapanDok(row);
  if (!doc) throw new AppError('ACCESS.DENIED');
  const body = await renderPdf(penetapanDocDefinition(doc));
  await writeAudit(ctx.database.db, {
    instansiId,
    akunId: actor.akunId,
    actorLabel: actorLabel(actor),
    action: 'dokumen-evaluasi.unduh-penetapan',
    entity: 'predikat_organisasi',
    entityId: row.id,
    after: { unitId: row.unitId, tahun: row.tahun, periodeKode: row.periodeKode, predikat: row.predikat },
    requestId: ctx.requestId ?? null,
  });
  return { body, fileName: namaFilePenetapan(doc) };
}

export { peranUnit };
