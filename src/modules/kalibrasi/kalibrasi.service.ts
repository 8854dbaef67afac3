/**
 * The calibration board (issue 11 item 3; docs/evaluasi-kalibrasi.md, decision 0502): read, change
 * one evaluation's ratings in place with a reason, finalise (with an override when the pattern is
 * violated), reopen. Who may do what: src/domain/evaluasi/kalibrasi-akses.ts.
 *
 * Evaluation states follow the shared state machine (src/domain/evaluasi/status.ts, eval-core): the
 * board changes DRAFT evaluations only, and reopening is refused once any evaluation of the
 * unit/period is DITETAPKAN or later. Those checks are written here as direct SQL on the shared
 * tables until the parts are joined.
 */
import type { Database } from '../../db/client.ts';
import {
  type EvaluasiKalibrasi,
  MIN_ALASAN_OVERRIDE,
  type PapanKalibrasiModel,
  papanKalibrasi,
  syaratFinal,
} from '../../domain/evaluasi/kalibrasi.ts';
import {
  type AksiKalibrasi,
  aksiKalibrasi,
  bolehKalibrasi,
  type PeranKalibrasi,
} from '../../domain/evaluasi/kalibrasi-akses.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import { resolveSettings } from '../../domain/settings.ts';
import type { Predikat, PredikatOrganisasi, Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, can, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { headedUnitIds } from '../monitoring/index.ts';
import * as repo from './kalibrasi.repository.ts';

export interface KalibrasiCtx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
}

export type UnitKey = repo.UnitKey;

/** The caller's roles towards the unit penilaian (derived now, never stored). */
export async function peranKalibrasi(
  database: Database,
  actor: Actor,
  instansiId: string,
  unit: { id: string; path: string },
): Promise<PeranKalibrasi[]> {
  const peran: PeranKalibrasi[] = [];
  const tenantAdmin = actor.roles.some(
    (r) => r.peran === 'SUPER_ADMIN' || (r.peran === 'ADMIN_INSTANSI' && r.instansiId === instansiId),
  );
  if (tenantAdmin) peran.push('ADMIN_INSTANSI');
  else if (can(actor, 'audit.read', { instansiId })) peran.push('AUDITOR');
  if (
    actor.roles.some(
      (r) =>
        r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && !!r.unitPath && unit.path.startsWith(r.unitPath),
    )
  )
    peran.push('ADMIN_UNIT');
  if (actor.pegawaiId && actor.instansiId === instansiId) {
    const headed = await headedUnitIds(database, instansiId, actor.pegawaiId);
    if (headed.includes(unit.id)) peran.push('KEPALA_UNIT');
  }
  return peran;
}

/** 404 for someone who may not see the board; 403 for a viewer without the action. */
function requireAksi(aksi: AksiKalibrasi, peran: readonly string[]) {
  if (!bolehKalibrasi('LIHAT', peran)) throw new AppError('ACCESS.DENIED');
  if (!bolehKalibrasi(aksi, peran)) throw new AppError('ACCESS.FORBIDDEN', { aksi });
}

async function loadUnitAccess(ctx: KalibrasiCtx, k: UnitKey) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, k.instansiId)) throw new AppError('ACCESS.DENIED');
  const papan = await repo.getPapan(ctx.database.db, k);
  if (!papan) throw new AppError('ACCESS.DENIED');
  const peran = await peranKalibrasi(ctx.database, ctx.actor, k.instansiId, papan.unit);
  return { papan, peran, actor: ctx.actor as Actor };
}

function model(row: repo.PapanRow): PapanKalibrasiModel {
  const settings = resolveSettings(row.settings ?? {});
  const ev: EvaluasiKalibrasi[] = row.evaluasi.map((e) => ({ id: e.id, predikat: e.predikat as Predikat | null }));
  return papanKalibrasi(
    ev,
    (row.predikatOrganisasi?.predikat as PredikatOrganisasi | undefined) ?? null,
    settings.distribusi,
  );
}

/** GET the board: every evaluation, the predikat organisasi, the check, the log and `aksi`. */
export async function getPapan(ctx: KalibrasiCtx, k: UnitKey) {
  const { papan, peran } = await loadUnitAccess(ctx, k);
  if (!bolehKalibrasi('LIHAT', peran)) throw new AppError('ACCESS.DENIED');
  const status = papan.kalibrasi?.status ?? 'TERBUKA';
  const adaDitetapkan = papan.evaluasi.some((e) => e.status !== 'DRAFT');
  return {
    unit: { id: papan.unit.id, kode: papan.unit.kode, nama: papan.unit.nama },
    tahun: k.tahun,
    periodeKode: k.periodeKode,
    kalibrasi: papan.kalibrasi ?? {
      id: null,
      status: 'TERBUKA' as const,
      hasil: null,
      override: false,
      overrideAlasan: null,
      finalAt: null,
      finalOlehNama: null,
      version: 0,
    },
    predikatOrganisasi: papan.predikatOrganisasi,
    evaluasi: papan.evaluasi,
    cek: model(papan),
    perubahan: papan.perubahan,
    peran,
    aksi: aksiKalibrasi(peran, { status, adaDitetapkan }),
  };
}

const RATINGS_SET = new Set(['DI_ATAS', 'SESUAI', 'DI_BAWAH']);

/** Change one DRAFT evaluation's ratings in place, with a reason; predikat from the quadrant. */
export async function ubah(
  ctx: KalibrasiCtx,
  k: UnitKey,
  evaluasiId: string,
  body: { ratingHasilKerja?: Rating; ratingPerilaku: Rating; alasan: string; version: number },
) {
  const { peran, actor } = await loadUnitAccess(ctx, k);
  requireAksi('UBAH', peran);
  return ctx.database.db.transaction(async (tx) => {
    const ka = await repo.lockKalibrasi(tx, k);
    if (ka.status === 'FINAL') throw new AppError('KALIBRASI.SUDAH_FINAL', { status: ka.status });
    const e = await repo.getEvaluasiForUpdate(tx, k, evaluasiId);
    if (!e) throw new AppError('KALIBRASI.EVALUASI_TIDAK_ADA');
    if (e.status !== 'DRAFT') throw new AppError('KALIBRASI.EVALUASI_BUKAN_DRAFT', { status: e.status });
    if (e.version !== body.version) {
      throw new AppError(
        'CONFLICT.VERSION',
        { currentVersion: e.version },
        {
          id: 'Evaluasi ini telah diubah orang lain sejak papan kalibrasi dimuat. Muat ulang papan, lalu ulangi perubahan Anda.',
          en: 'Someone changed this evaluation since the board was loaded. Reload the board and apply your change again.',
        },
      );
    }
    if (!e.predikat || !e.ratingHasilKerja || !e.ratingPerilaku || !RATINGS_SET.has(e.ratingHasilKerja)) {
      throw new AppError(
        'KALIBRASI.BELUM_DINILAI',
        { evaluasiId },
        {
          id: 'Evaluasi ini belum dinilai oleh pejabat penilainya; papan kalibrasi mengubah usulan, bukan menilai atas nama penilai.',
          en: "This evaluation has not been rated by its appraiser yet; the board calibrates proposals, it does not rate on the appraiser's behalf.",
        },
      );
    }
    const hk = (body.ratingHasilKerja ?? e.ratingHasilKerja) as Rating;
    if (e.ratingHasilKerjaSumber === 'PREDIKAT_ORGANISASI' && hk !== e.ratingHasilKerja) {
      throw new AppError('KALIBRASI.RATING_PIMPINAN', { ratingHasilKerja: e.ratingHasilKerja });
    }
    if (hk === e.ratingHasilKerja && body.ratingPerilaku === e.ratingPerilaku)
      throw new AppError('KALIBRASI.TIDAK_BERUBAH');
    const predikat = predikatFromRatings(hk, body.ratingPerilaku).predikat;
    const updated = await repo.ubahRating(tx, k.instansiId, e.id, e.version, {
      ratingHasilKerja: hk,
      ratingPerilaku: body.ratingPerilaku,
      predikat,
      predikatUsulan: e.predikatUsulan ?? e.predikat,
    });
    if (!updated) throw new AppError('CONFLICT.VERSION', { currentVersion: e.version + 1 });
    const dari = { ratingHasilKerja: e.ratingHasilKerja, ratingPerilaku: e.ratingPerilaku, predikat: e.predikat };
    const ke = { ratingHasilKerja: hk, ratingPerilaku: body.ratingPerilaku, predikat };
    const perubahanId = await repo.insertPerubahan(tx, {
      instansiId: k.instansiId,
      kalibrasiId: ka.id,
      evaluasiId: e.id,
      dari,
      ke,
      alasan: body.alasan,
      olehAkunId: actor.akunId,
      olehNama: actor.nama,
    });
    await writeAudit(tx, {
      instansiId: k.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      requestId: ctx.requestId,
      action: 'kalibrasi.ubah',
      entity: 'evaluasi',
      entityId: e.id,
      before: dari,
      after: { ...ke, alasan: body.alasan, kalibrasiId: ka.id, perubahanId },
    });
    return { evaluasiId: e.id, version: updated.version, ...ke, perubahanId };
  });
}

/** Finalise the board; refused (naming why) unless complete and compliant or overridden with a justification. */
export async function finalkan(
  ctx: KalibrasiCtx,
  k: UnitKey,
  body: { override?: boolean; alasan?: string | null; version?: number },
) {
  const { papan, peran, actor } = await loadUnitAccess(ctx, k);
  requireAksi('FINALKAN', peran);
  const settings = resolveSettings(papan.settings ?? {});
  return ctx.database.db.transaction(async (tx) => {
    const ka = await repo.lockKalibrasi(tx, k);
    if (ka.status === 'FINAL') throw new AppError('KALIBRASI.SUDAH_FINAL', { status: ka.status });
    if (body.version !== undefined && papan.kalibrasi && body.version !== ka.version)
      throw new AppError('CONFLICT.VERSION', { currentVersion: ka.version });
    // Re-read inside the lock: the counts that are finalised are the ones stored now.
    const rows = await repo.evaluasiUnit(tx, k);
    const ev = rows.map((r) => ({ id: r.id, predikat: r.predikat as Predikat | null }));
    const org = (papan.predikatOrganisasi?.predikat as PredikatOrganisasi | undefined) ?? null;
    const m = papanKalibrasi(ev, org, settings.distribusi);
    const tolak = syaratFinal(ev, m, { override: body.override, alasan: body.alasan });
    if (tolak) {
      if (tolak.code === 'KALIBRASI.BELUM_DINILAI') {
        const ids = new Set(tolak.evaluasiIds);
        const who = rows.filter((r) => ids.has(r.id)).map((r) => ({ evaluasiId: r.id, nama: r.nama, nip: r.nip }));
        const names = who
          .slice(0, 10)
          .map((w) => `${w.nama} (${w.nip})`)
          .join(', ');
        const more = who.length > 10 ? ` (+${who.length - 10})` : '';
        throw new AppError(
          'KALIBRASI.BELUM_DINILAI',
          { pegawai: who },
          {
            id: `${who.length} pegawai belum dinilai: ${names}${more}.`,
            en: `${who.length} employee(s) not rated yet: ${names}${more}.`,
          },
        );
      }
      if (tolak.code === 'KALIBRASI.PERLU_OVERRIDE') {
        throw new AppError(
          'KALIBRASI.PERLU_OVERRIDE',
          { pelanggaran: tolak.pelanggaran.map((p) => ({ aturan: p.aturan, teks: p.teks, selisih: p.selisih })) },
          {
            id: `Distribusi melanggar pola: ${tolak.pelanggaran.map((p) => p.teks.id).join('; ')}. Finalisasi memerlukan override dengan alasan tertulis.`,
            en: `The distribution breaks the pattern: ${tolak.pelanggaran.map((p) => p.teks.en).join('; ')}. Finalising needs an override with a written justification.`,
          },
        );
      }
      if (tolak.code === 'KALIBRASI.ALASAN_OVERRIDE') throw new AppError(tolak.code, { minimum: MIN_ALASAN_OVERRIDE });
      throw new AppError(tolak.code);
    }
    const override = m.perluOverride;
    const hasil = {
      predikatOrganisasi: org,
      n: m.nTotal,
      jumlah: m.jumlah,
      sesuai: m.sesuai,
      pelanggaran: m.pelanggaran.map((p) => ({ aturan: p.aturan, code: p.code, teks: p.teks, selisih: p.selisih })),
      rentang: m.rentang,
      pengaturan: settings.distribusi,
      override,
      overrideAlasan: override ? (body.alasan ?? '').trim() : null,
      sumber: 'FINALISASI',
      dihitungAt: new Date().toISOString(),
    };
    const done = await repo.setFinal(tx, ka.id, {
      hasil,
      override,
      overrideAlasan: hasil.overrideAlasan,
      akunId: actor.akunId,
      nama: actor.nama,
    });
    await writeAudit(tx, {
      instansiId: k.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      requestId: ctx.requestId,
      action: override ? 'kalibrasi.final_override' : 'kalibrasi.final',
      entity: 'kalibrasi',
      entityId: ka.id,
      before: { status: ka.status, version: ka.version },
      after: { status: 'FINAL', version: done.version, ...hasil },
    });
    return { id: ka.id, status: 'FINAL' as const, version: done.version, override, hasil };
  });
}

/** Reopen a final board, only while no evaluation of the unit/period has been set. */
export async function bukaKembali(ctx: KalibrasiCtx, k: UnitKey, body: { alasan: string; version?: number }) {
  const { peran, actor } = await loadUnitAccess(ctx, k);
  requireAksi('BUKA_KEMBALI', peran);
  return ctx.database.db.transaction(async (tx) => {
    const ka = await repo.lockKalibrasi(tx, k);
    if (ka.status !== 'FINAL') throw new AppError('KALIBRASI.BELUM_FINAL', { status: ka.status });
    if (body.version !== undefined && body.version !== ka.version)
      throw new AppError('CONFLICT.VERSION', { currentVersion: ka.version });
    const rows = await repo.evaluasiUnit(tx, k);
    const set = rows.filter((r) => r.status !== 'DRAFT');
    if (set.length) throw new AppError('KALIBRASI.SUDAH_DITETAPKAN', { jumlah: set.length });
    const hasil = {
      ...((ka.hasil as object | null) ?? {}),
      dibukaKembali: { at: new Date().toISOString(), oleh: actor.nama, alasan: body.alasan },
    };
    const done = await repo.setTerbuka(tx, ka.id, hasil);
    await writeAudit(tx, {
      instansiId: k.instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      requestId: ctx.requestId,
      action: 'kalibrasi.buka_kembali',
      entity: 'kalibrasi',
      entityId: ka.id,
      before: { status: 'FINAL', override: ka.override, overrideAlasan: ka.overrideAlasan, version: ka.version },
      after: { status: 'TERBUKA', version: done.version, alasan: body.alasan },
    });
    return { id: ka.id, status: 'TERBUKA' as const, version: done.version };
  });
}
