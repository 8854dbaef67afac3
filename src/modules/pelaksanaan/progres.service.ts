/**
 * Progres harian (issue 10 item 4): what I did today, for which RHK, optionally with evidence.
 * A phone on a bad connection retries: the device generates `clientId`, and a retried POST with it
 * answers 200 with the entry already stored (never a second one); the same clientId with different
 * content is a 409. The entry's day must lie in the SKP and not in the future, and the period it
 * falls in must be open for entry (a rated period's diary is locked like its realisasi).
 */
import { bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import { periodeBerjalan } from '../../domain/pelaksanaan/pengisian.ts';
import { AppError } from '../../http/errors.ts';
import { loadReadableSkp, mutate, type SkpCtx, type SkpRow } from '../skp/index.ts';
import * as repo from './pelaksanaan.repository.ts';
import type { TProgresIn, TProgresUpdate } from './pelaksanaan.schema.ts';
import { forbidden, pesanDitutup, statusOf } from './pengisian.ts';

function dto(r: repo.ProgresRow) {
  return {
    id: r.id,
    rhkId: r.rhkId,
    tanggal: r.tanggal,
    teks: r.teks,
    buktiId: r.buktiId,
    clientId: r.clientId,
    version: r.version,
  };
}

async function loadOwn(ctx: SkpCtx, instansiId: string, skpId: string) {
  const r = await loadReadableSkp(ctx, instansiId, skpId);
  if (!bolehPelaksanaan('ISI_REALISASI', r.access.peranSaya) || !r.actor.pegawaiId) throw forbidden();
  return { ...r, pegawaiId: r.actor.pegawaiId };
}

/**
 * The latest calendar day anywhere in Indonesia (WIT, UTC+9): between 00:00 WIB and 07:00 UTC a
 * phone in Jakarta is already on the next day while the server's UTC date is not, and an entry for
 * "today" must not be refused as a future one.
 */
export function hariIniIndonesia(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** The day must be in the SKP, not ahead of today, and in a period whose entry is open. */
async function checkDay(ctx: SkpCtx, s: SkpRow, tanggal: string) {
  const today = hariIniIndonesia();
  if (tanggal > today || tanggal < s.mulai || tanggal > s.selesai) {
    throw new AppError('PROGRES.TANGGAL_INVALID', [{ field: 'body.tanggal' }], {
      id: `Tanggal ${tanggal} harus di dalam masa SKP (${s.mulai} s.d. ${s.selesai}) dan tidak setelah hari ini.`,
      en: `The date ${tanggal} must lie within the SKP (${s.mulai} to ${s.selesai}) and not after today.`,
    });
  }
  const { periode, state } = await repo.periodeOf(ctx.database.db, s.instansiId, s.periodeId, s.id);
  const p = periodeBerjalan(periode, tanggal);
  if (!p) {
    throw new AppError('PROGRES.TANGGAL_INVALID', [{ field: 'body.tanggal' }], {
      id: `Tanggal ${tanggal} tidak termasuk periode mana pun tahun ${s.tahun}.`,
      en: `The date ${tanggal} falls in no period of ${s.tahun}.`,
    });
  }
  const status = statusOf(s, p, state);
  if (!status.terbuka)
    throw new AppError(
      'REALISASI.DITUTUP',
      { periode: p.kode, alasan: status.alasan },
      pesanDitutup(status.alasan, p, s),
    );
}

async function checkRefs(ctx: SkpCtx, s: SkpRow, pegawaiId: string, rhkId: string, buktiId: string | null) {
  const db = ctx.database.db;
  const [rhkOk, buktiOk] = await Promise.all([
    repo.rhkOfSkp(db, s.instansiId, s.id, rhkId),
    buktiId ? repo.buktiMilik(db, s.instansiId, buktiId, pegawaiId) : true,
  ]);
  if (!rhkOk)
    throw new AppError('NOT_FOUND', null, {
      id: 'RHK ini bukan bagian dari SKP ini.',
      en: 'This RHK is not part of this SKP.',
    });
  if (!buktiOk) throw new AppError('PROGRES.BUKTI_INVALID', [{ field: 'body.buktiId' }]);
}

const sameEntry = (r: repo.ProgresRow, skpId: string, i: TProgresIn) =>
  r.skpId === skpId &&
  r.rhkId === i.rhkId &&
  r.tanggal === i.tanggal &&
  r.teks === i.teks &&
  r.buktiId === (i.buktiId ?? null);

function retried(r: repo.ProgresRow, skpId: string, input: TProgresIn) {
  if (!sameEntry(r, skpId, input))
    throw new AppError('PROGRES.CLIENT_ID_DIPAKAI', { id: r.id, field: 'body.clientId' });
  return { status: 200 as const, body: dto(r) };
}

/** Creates a daily entry; a retry (same clientId and content) answers the stored one with 200. */
export async function tambahProgres(ctx: SkpCtx, instansiId: string, skpId: string, input: TProgresIn) {
  const { s, actor, pegawaiId } = await loadOwn(ctx, instansiId, skpId);
  const db = ctx.database.db;
  const existing = await repo.getProgresByClient(db, instansiId, pegawaiId, input.clientId);
  if (existing) return retried(existing, skpId, input);
  await checkDay(ctx, s, input.tanggal);
  await checkRefs(ctx, s, pegawaiId, input.rhkId, input.buktiId ?? null);
  const row = await mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const r = await repo.insertProgres(kit.tx, {
      instansiId,
      pegawaiId,
      skpId,
      rhkId: input.rhkId,
      tanggal: input.tanggal,
      teks: input.teks,
      buktiId: input.buktiId ?? null,
      clientId: input.clientId,
    });
    if (r)
      await kit.audit({ action: 'progres_harian.tambah', entity: 'progres_harian', entityId: r.id, after: dto(r) });
    return r;
  });
  if (row) return { status: 201 as const, body: dto(row) };
  // Two retries raced: the other one stored it.
  const stored = await repo.getProgresByClient(db, instansiId, pegawaiId, input.clientId);
  return retried(stored as repo.ProgresRow, skpId, input);
}

function stale(version: number) {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion: version },
    {
      id: 'Entri progres harian ini telah diubah di perangkat atau tab lain. Muat ulang, lalu ulangi perubahan Anda.',
      en: 'This daily entry was changed on another device or tab. Reload and apply your change again.',
    },
  );
}

async function loadEntry(ctx: SkpCtx, instansiId: string, skpId: string, progresId: string) {
  const own = await loadOwn(ctx, instansiId, skpId);
  const row = await repo.getProgres(ctx.database.db, instansiId, skpId, progresId);
  if (!row || row.pegawaiId !== own.pegawaiId) throw new AppError('NOT_FOUND');
  await checkDay(ctx, own.s, row.tanggal);
  return { ...own, row };
}

export async function ubahProgres(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  progresId: string,
  input: TProgresUpdate,
) {
  const { s, actor, pegawaiId, row: before } = await loadEntry(ctx, instansiId, skpId, progresId);
  const next = {
    rhkId: input.rhkId ?? before.rhkId,
    tanggal: input.tanggal ?? before.tanggal,
    teks: input.teks ?? before.teks,
    buktiId: input.buktiId === undefined ? before.buktiId : input.buktiId,
  };
  if (next.tanggal !== before.tanggal) await checkDay(ctx, s, next.tanggal);
  await checkRefs(ctx, s, pegawaiId, next.rhkId, next.buktiId !== before.buktiId ? next.buktiId : null);
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.updateProgres(kit.tx, instansiId, progresId, input.version, next);
    if (!row) throw stale(before.version);
    await kit.audit({
      action: 'progres_harian.ubah',
      entity: 'progres_harian',
      entityId: row.id,
      before: dto(before),
      after: dto(row),
    });
    return dto(row);
  });
}

export async function hapusProgres(ctx: SkpCtx, instansiId: string, skpId: string, progresId: string, version: number) {
  const { actor, row: before } = await loadEntry(ctx, instansiId, skpId, progresId);
  await mutate({ ...ctx, actor }, instansiId, async (kit) => {
    if (!(await repo.deleteProgres(kit.tx, instansiId, progresId, version))) throw stale(before.version);
    await kit.audit({
      action: 'progres_harian.hapus',
      entity: 'progres_harian',
      entityId: progresId,
      before: dto(before),
    });
  });
}

/** Daily entries of an SKP (newest first, at most 1,000), for whoever may read the SKP. */
export async function daftarProgres(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  q: { dari?: string; sampai?: string },
) {
  await loadReadableSkp(ctx, instansiId, skpId);
  return (await repo.listProgres(ctx.database.db, instansiId, skpId, q.dari, q.sampai)).map(dto);
}
