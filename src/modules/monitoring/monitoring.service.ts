/**
 * Monitoring pengisian SKP: per child unit how many pegawai have not started, are drafting, have
 * submitted, were returned, or have a set SKP for a year; the people behind each number; and the
 * same as an XLSX workbook. Scope: see unit-access.ts.
 */
import type { Database } from '../../db/client.ts';
import type { Actor } from '../access/index.ts';
import type { Cakupan } from './monitoring.repository.ts';
import * as repo from './monitoring.repository.ts';
import type { TPegawaiPage, TRekap } from './monitoring.schema.ts';
import { canPrintUnit, resolveUnitAccess, tanggalAcuan, type UnitAccess } from './unit-access.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

const thisYear = () => new Date().getUTCFullYear();

function cakupanOf(access: UnitAccess, langsung = false): Cakupan {
  return access.kind === 'UNIT'
    ? { kind: 'SUBTREE', unitId: access.unit.id, path: access.unit.path, langsung }
    : { kind: 'IDS', ids: access.pegawaiIds };
}

/**
 * The scope as answered. `canUnduhMassal` is the bulk documents' own check (canPrintUnit: admins
 * whose scope covers the unit; neither a unit head who merely sees the unit nor the read-only
 * auditor) so the UI offers the zip only to those the server lets start it; an admin's scope covers
 * every unit below, so one flag serves the unit and all its rows.
 */
function cakupanOut(ctx: Ctx, instansiId: string, access: UnitAccess): TRekap['cakupan'] {
  return access.kind === 'UNIT'
    ? {
        jenis: 'UNIT',
        unit: { id: access.unit.id, nama: access.unit.nama, jenis: access.unit.jenis, parentId: access.unit.parentId },
        canUnduhMassal: !!ctx.actor && canPrintUnit(ctx.actor, instansiId, access),
      }
    : { jenis: 'BAWAHAN', unit: null, canUnduhMassal: false };
}

async function rekapFor(ctx: Ctx, instansiId: string, tahun: number, access: UnitAccess): Promise<TRekap> {
  const tanggal = tanggalAcuan(tahun);
  const baris = await repo.countPengisian(ctx.database.db, instansiId, tahun, tanggal, cakupanOf(access));
  const jumlah = { belumMulai: 0, draft: 0, diajukan: 0, dikembalikan: 0, ditetapkan: 0, total: 0 };
  for (const b of baris) for (const k of Object.keys(jumlah) as Array<keyof typeof jumlah>) jumlah[k] += b[k];
  return { tahun, tanggalAcuan: tanggal, cakupan: cakupanOut(ctx, instansiId, access), baris, jumlah };
}

/** Counts per child unit (plus a row for the unit's own people). */
export async function getRekap(ctx: Ctx, instansiId: string, q: { tahun?: number; unitId?: string }): Promise<TRekap> {
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: true });
  return rekapFor(ctx, instansiId, q.tahun ?? thisYear(), access);
}

/** The people behind the counts, optionally of one status, paged. */
export async function getPegawai(
  ctx: Ctx,
  instansiId: string,
  q: {
    tahun?: number;
    unitId?: string;
    status?: repo.StatusPengisian;
    langsung?: boolean;
    page: number;
    pageSize: number;
  },
): Promise<TPegawaiPage> {
  const tahun = q.tahun ?? thisYear();
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: true });
  const page = await repo.listPengisian(
    ctx.database.db,
    instansiId,
    tahun,
    tanggalAcuan(tahun),
    cakupanOf(access, q.langsung),
    q,
  );
  return { tahun, cakupan: cakupanOut(ctx, instansiId, access), page: q.page, pageSize: q.pageSize, ...page };
}

/** Everything the XLSX export needs: the counts and every person of the scope (unpaged). */
export async function getEksporData(ctx: Ctx, instansiId: string, q: { tahun?: number; unitId?: string }) {
  const tahun = q.tahun ?? thisYear();
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: true });
  const rekap = await rekapFor(ctx, instansiId, tahun, access);
  const pegawai = await repo.listPengisian(ctx.database.db, instansiId, tahun, rekap.tanggalAcuan, cakupanOf(access), {
    page: 1,
    pageSize: 0,
  });
  return { rekap, pegawai: pegawai.items };
}
