/**
 * Context, the caller's roles in a case, loading with authorisation, the write helper and the
 * shaping of a case for the API (docs/evaluasi-keberatan.md).
 */
import type { Database } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import {
  aksiTersedia,
  batasKeberatan,
  hariIniDi,
  KEPADA_PIMPINAN,
  type Pejabat,
  type StatusKeberatan,
  statusEfektifEvaluasi,
  type Tujuan,
  tentukanTujuan,
} from '../../domain/evaluasi/keberatan.ts';
import { type AksiKeberatan, bolehKeberatan, type PeranKeberatan } from '../../domain/evaluasi/keberatan-akses.ts';
import { type RuleSettings, resolveSettings } from '../../domain/settings.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, can, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { createOutbox, deliver, type NotifikasiBaru, notify } from '../notifikasi/index.ts';
import { explainAppraiser } from '../org/index.ts';
import type { KasusRow } from './keberatan.repository.ts';

export interface KebCtx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
  /** "Now"; tests only. */
  sekarang?: Date;
}

/** Today in the instansi's zone (WIB for every instansi until a per-instansi zone exists, as dialog does). */
export function hariIni(ctx: KebCtx): string {
  return hariIniDi(ctx.sekarang ?? new Date());
}

export function isTenantAdmin(actor: Actor, instansiId: string): boolean {
  return actor.roles.some(
    (r) => r.peran === 'SUPER_ADMIN' || (r.peran === 'ADMIN_INSTANSI' && r.instansiId === instansiId),
  );
}

/**
 * The caller's roles in the case, from the case's own people (decision 0503): the employee, the
 * appraiser who rated (evaluasi.penilai_pegawai_id), the atasan it was addressed to at filing (or the
 * tenant admin for a case addressed to the regional head), admins of the employee's unit, the auditor.
 */
export function peranDi(actor: Actor, k: KasusRow): PeranKeberatan[] {
  const e = k.evaluasi;
  const saya = actor.instansiId === e.instansiId ? actor.pegawaiId : null;
  const out: PeranKeberatan[] = [];
  if (saya && saya === e.pegawaiId) out.push('PEMILIK');
  if (saya && e.penilaiPegawaiId && saya === e.penilaiPegawaiId) out.push('PENILAI');
  if (k.keberatan) {
    const a = k.keberatan.atasanPegawaiId;
    if (a ? !!saya && saya === a : isTenantAdmin(actor, e.instansiId)) out.push('ATASAN');
  }
  const target = {
    instansiId: e.instansiId,
    pegawaiId: null,
    unitPath: k.unitPath,
    relation: { isPenilai: false, isAtasanPenilai: false },
  };
  if (can(actor, 'skp.manage', target)) out.push('ADMIN');
  else if (can(actor, 'skp.read', target)) out.push('PEMBACA');
  return out;
}

/** 404 for a caller with no part in the case ("not found" and "not yours" answer alike). */
export function requireMember(ctx: KebCtx, instansiId: string): Actor {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  return ctx.actor as Actor;
}

export function requirePeran(k: KasusRow | undefined, actor: Actor): PeranKeberatan[] {
  if (!k) throw new AppError('ACCESS.DENIED');
  const peran = peranDi(actor, k);
  if (!bolehKeberatan('BACA', peran)) throw new AppError('ACCESS.DENIED');
  return peran;
}

export function requireAksi(aksi: AksiKeberatan, peran: readonly string[]) {
  if (!bolehKeberatan(aksi, peran)) throw new AppError('ACCESS.FORBIDDEN', { aksi });
}

export function stale(currentVersion: number, apa: { id: string; en: string }): AppError {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion },
    {
      id: `${apa.id} telah diubah oleh orang lain sejak Anda membukanya. Muat ulang, lalu ulangi.`,
      en: `Someone else changed ${apa.en} since you opened it. Reload it and try again.`,
    },
  );
}

export interface WriteKit {
  tx: Tx;
  audit(a: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void>;
  notify(items: NotifikasiBaru[]): Promise<number>;
}

/** One transaction with audit and notifications; emails leave only after the commit. */
export async function mutate<T>(
  ctx: KebCtx,
  actor: Actor,
  instansiId: string,
  fn: (kit: WriteKit) => Promise<T>,
): Promise<T> {
  const outbox = createOutbox();
  const result = await ctx.database.db.transaction(async (tx) =>
    fn({
      tx,
      audit: (a) =>
        writeAudit(tx, {
          instansiId,
          akunId: actor.akunId,
          actorLabel: actorLabel(actor),
          requestId: ctx.requestId,
          ...a,
        }),
      notify: (items) => notify(tx, items, outbox),
    }),
  );
  await deliver(outbox);
  return result;
}

export function settingsOf(k: KasusRow): RuleSettings {
  return resolveSettings(k.settings ?? {});
}

/** The last day to file: the stored batas_keberatan, else counted from receipt by the setting (decision 0103). */
export function batasDari(k: KasusRow, s: RuleSettings): string | null {
  const e = k.evaluasi;
  if (e.batasKeberatan) return e.batasKeberatan;
  if (!e.diterimaAt) return null;
  return batasKeberatan(hariIniDi(new Date(e.diterimaAt)), { ...s.keberatan, hariLibur: s.hariLibur });
}

/**
 * Whom a filing goes to, through the hierarchy today: the appraiser's own appraiser. When the
 * evaluation names no appraiser pegawai, the employee's appraiser is looked up to tell "the regional
 * head rated you" (no atasan exists) from a broken structure.
 */
export async function resolveTujuan(ctx: KebCtx, k: KasusRow, batas: string | null) {
  const e = k.evaluasi;
  const pejabat = (p: { kind: string } & Record<string, unknown>): Pejabat =>
    p.kind === 'PEGAWAI'
      ? { kind: 'PEGAWAI', pegawaiId: p.pegawaiId as string, nama: p.nama as string }
      : { kind: 'PIMPINAN_INSTANSI', jabatan: p.jabatan as string, nama: (p.nama as string | null) ?? null };
  if (!e.penilaiPegawaiId) {
    const own = await explainAppraiser(ctx.database, e.instansiId, e.pegawaiId, undefined, k.orgVersion);
    const p = own?.penilai?.kind === 'PIMPINAN_INSTANSI' ? pejabat(own.penilai) : null;
    return tentukanTujuan(p, null, batas);
  }
  const res = await explainAppraiser(ctx.database, e.instansiId, e.penilaiPegawaiId, undefined, k.orgVersion);
  const atasan = res?.penilai ? pejabat(res.penilai) : null;
  return tentukanTujuan({ kind: 'PEGAWAI', pegawaiId: e.penilaiPegawaiId, nama: e.penilaiNama ?? '' }, atasan, batas);
}

export function tujuanView(t: Tujuan) {
  return t.jenis === 'PEGAWAI'
    ? { jenis: t.jenis, pegawaiId: t.pegawaiId, nama: t.nama, jabatan: null, kepada: t.pegawaiId }
    : { jenis: t.jenis, pegawaiId: null, nama: t.nama, jabatan: t.jabatan, kepada: KEPADA_PIMPINAN };
}

export function evaluasiView(k: KasusRow, today: string, batas: string | null) {
  const e = k.evaluasi;
  return {
    id: e.id,
    tahun: e.tahun,
    periodeKode: e.periodeKode,
    status: statusEfektifEvaluasi(e.status, batas, today),
    ratingHasilKerja: e.ratingHasilKerja,
    ratingPerilaku: e.ratingPerilaku,
    predikat: e.predikat,
    diterimaAt: e.diterimaAt,
    batasKeberatan: batas,
    version: e.version,
    pegawai: { id: e.pegawaiId, nama: e.pegawaiNama, nip: e.pegawaiNip },
    penilai: e.penilaiPegawaiId ? { id: e.penilaiPegawaiId, nama: e.penilaiNama ?? '', nip: e.penilaiNip } : null,
  };
}

/** A case for the API, with the caller's roles and the actions they may take now. */
export function kasusView(k: KasusRow, peran: PeranKeberatan[], today: string, batas: string | null) {
  const kb = k.keberatan;
  if (!kb) return null;
  const tujuan: Tujuan = kb.atasanPegawaiId
    ? { jenis: 'PEGAWAI', pegawaiId: kb.atasanPegawaiId, nama: kb.atasanNama ?? '' }
    : { jenis: 'PIMPINAN_INSTANSI', jabatan: k.jabatanPimpinan, nama: k.namaPimpinan };
  return {
    id: kb.id,
    status: kb.status as StatusKeberatan,
    alasan: kb.alasan,
    permintaan: kb.permintaan,
    diajukanAt: kb.diajukanAt,
    tujuan: tujuanView(tujuan),
    penjelasanPenilai: kb.penjelasanPenilai,
    penjelasanPenilaiAt: kb.penjelasanPenilaiAt,
    penjelasanPegawai: kb.penjelasanPegawai,
    penjelasanPegawaiAt: kb.penjelasanPegawaiAt,
    keputusan: kb.keputusan as 'TETAP' | 'UBAH' | null,
    keputusanAlasan: kb.keputusanAlasan,
    hasilSebelum: kb.hasilSebelum as never,
    hasilSesudah: kb.hasilSesudah as never,
    diputuskanAt: kb.diputuskanAt,
    diputuskanOlehNama: kb.diputuskanOlehNama,
    version: kb.version,
    evaluasi: evaluasiView(k, today, batas),
    peranSaya: peran,
    aksi: aksiTersedia(peran, { status: kb.status as StatusKeberatan, adaPenjelasanPenilai: !!kb.penjelasanPenilai }),
  };
}
