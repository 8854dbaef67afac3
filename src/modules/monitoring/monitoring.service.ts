/**
 * Monitoring pengisian SKP: per child unit how many pegawai have not started, are drafting, have
 * submitted, were returned, or have a set SKP for a year; the people behind each number; and the
 * same as an XLSX workbook. Scope: see unit-access.ts. All three are cut from the tenant's snapshot
 * cached per change stamp (pengisian-cache.ts), so the figures, the lists and the workbook agree.
 */
import type { Database } from '../../db/client.ts';
import type { Actor } from '../access/index.ts';
import * as repo from './monitoring.repository.ts';
import type { TPegawaiPage, TRekap } from './monitoring.schema.ts';
import { getSnapshot, type Jumlah, type Snapshot, STATUS_URUT } from './pengisian-cache.ts';
import { canPrintUnit, resolveUnitAccess, tanggalAcuan, type UnitAccess } from './unit-access.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

const thisYear = () => new Date().getUTCFullYear();

/** Who of the snapshot's people the access covers (`langsung`: placed directly in the unit). */
function anggotaOf(snap: Snapshot, access: UnitAccess, langsung = false): repo.Anggota[] {
  if (access.kind === 'BAWAHAN') {
    const ids = new Set(access.pegawaiIds);
    return snap.anggota.filter((a) => ids.has(a.pegawaiId));
  }
  const unitId = access.unit.id;
  if (langsung) return snap.anggota.filter((a) => a.unitId === unitId);
  const path = snap.units.get(unitId)?.path ?? access.unit.path;
  return snap.anggota.filter((a) => snap.units.get(a.unitId)?.path.startsWith(path));
}

const asCounts = (j: Jumlah) => ({
  belumMulai: j[0],
  draft: j[1],
  diajukan: j[2],
  dikembalikan: j[3],
  ditetapkan: j[4],
  total: j[0] + j[1] + j[2] + j[3] + j[4],
});

/** Rows: the unit's own people first, then each child unit with its subtree (by name); or per unit of my appraisees. */
function barisOf(snap: Snapshot, access: UnitAccess): repo.BarisRekap[] {
  if (access.kind === 'BAWAHAN') {
    const perUnit = new Map<string, Jumlah>();
    for (const a of anggotaOf(snap, access)) {
      const j = perUnit.get(a.unitId) ?? [0, 0, 0, 0, 0];
      j[STATUS_URUT.indexOf(a.status)]++;
      perUnit.set(a.unitId, j);
    }
    // In the snapshot's unit order (by name, as the database sorts).
    return [...snap.units.values()]
      .filter((u) => perUnit.has(u.id))
      .map((u) => ({
        unitId: u.id,
        nama: u.nama,
        jenis: u.jenis,
        langsung: false,
        adaSubunit: false,
        ...asCounts(perUnit.get(u.id) as Jumlah),
      }));
  }
  const unit = snap.units.get(access.unit.id) ?? access.unit;
  const row = (u: repo.UnitInfo, langsung: boolean, j: Jumlah | undefined) => ({
    unitId: u.id,
    nama: u.nama,
    jenis: u.jenis,
    langsung,
    adaSubunit: (snap.children.get(u.id)?.length ?? 0) > 0,
    ...asCounts(j ?? [0, 0, 0, 0, 0]),
  });
  return [
    row(unit, true, snap.langsung.get(unit.id)),
    ...(snap.children.get(unit.id) ?? []).map((c) => row(c, false, snap.subtree.get(c.id))),
  ];
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

function rekapOf(ctx: Ctx, instansiId: string, tahun: number, snap: Snapshot, access: UnitAccess): TRekap {
  const baris = barisOf(snap, access);
  const jumlah = { belumMulai: 0, draft: 0, diajukan: 0, dikembalikan: 0, ditetapkan: 0, total: 0 };
  for (const b of baris) for (const k of Object.keys(jumlah) as Array<keyof typeof jumlah>) jumlah[k] += b[k];
  return { tahun, tanggalAcuan: tanggalAcuan(tahun), cakupan: cakupanOut(ctx, instansiId, access), baris, jumlah };
}

/** Counts per child unit (plus a row for the unit's own people). */
export async function getRekap(ctx: Ctx, instansiId: string, q: { tahun?: number; unitId?: string }): Promise<TRekap> {
  const tahun = q.tahun ?? thisYear();
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: true });
  const snap = await getSnapshot(ctx.database, instansiId, tahun, tanggalAcuan(tahun));
  return rekapOf(ctx, instansiId, tahun, snap, access);
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
  const snap = await getSnapshot(ctx.database, instansiId, tahun, tanggalAcuan(tahun));
  const semua = anggotaOf(snap, access, q.langsung).filter((a) => !q.status || a.status === q.status);
  const start = (q.page - 1) * q.pageSize;
  const items = await repo.findRincian(ctx.database.db, instansiId, semua.slice(start, start + q.pageSize));
  return {
    tahun,
    cakupan: cakupanOut(ctx, instansiId, access),
    page: q.page,
    pageSize: q.pageSize,
    total: semua.length,
    items,
  };
}

/** Everything the XLSX export needs: the counts and every person of the scope (unpaged). */
export async function getEksporData(ctx: Ctx, instansiId: string, q: { tahun?: number; unitId?: string }) {
  const tahun = q.tahun ?? thisYear();
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: true });
  const snap = await getSnapshot(ctx.database, instansiId, tahun, tanggalAcuan(tahun));
  const rekap = rekapOf(ctx, instansiId, tahun, snap, access);
  const pegawai = await repo.findRincian(ctx.database.db, instansiId, anggotaOf(snap, access));
  return { rekap, pegawai };
}
