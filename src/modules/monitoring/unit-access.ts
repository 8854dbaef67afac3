/**
 * Who may look at a unit's planning views (monitoring pengisian, pohon kinerja) — decided here once:
 *
 * - admin instansi, super admin and auditor: every unit of the tenant;
 * - admin unit: the units of their subtree;
 * - the head of a unit today (definitive, PLT or PLH holder of its head position): that unit and
 *   everything below it — the people they appraise and the appraisers under them;
 * - any other pegawai who appraises someone (a delegated appraiser): only the people they appraise
 *   today (`BAWAHAN`), for views that support it (monitoring), never a whole unit.
 *
 * Everyone else, and anyone of another tenant, gets ACCESS.DENIED (404), so a unit's existence and
 * data never leak.
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, can, isMemberOf, requireActor } from '../access/index.ts';
import { appraiseesOf, getOrgIndex } from '../org/index.ts';
import * as repo from './monitoring.repository.ts';

export type UnitAccess =
  | { kind: 'UNIT'; unit: repo.UnitInfo; via: 'ADMIN' | 'KEPALA' }
  | { kind: 'BAWAHAN'; pegawaiIds: string[] };

/** The reference date for "who works where" in a year: today for this year or later, else 31 December. */
export function tanggalAcuan(tahun: number, today = new Date().toISOString().slice(0, 10)): string {
  return tahun >= Number(today.slice(0, 4)) ? today : `${tahun}-12-31`;
}

/** Units whose head position the pegawai holds today (definitive, PLT or PLH). */
export async function headedUnitIds(database: Database, instansiId: string, pegawaiId: string): Promise<string[]> {
  const entry = await getOrgIndex(database, instansiId);
  if (!entry) return [];
  const out: string[] = [];
  for (const u of entry.index.org.units.values()) {
    if (!u.kepalaJabatanId) continue;
    const h = entry.index.holders.get(u.kepalaJabatanId);
    if (h && (h.DEFINITIF.includes(pegawaiId) || h.PLT.includes(pegawaiId) || h.PLH.includes(pegawaiId)))
      out.push(u.id);
  }
  return out;
}

/** Whether the actor sees every unit of the tenant (admin instansi, super admin, auditor). */
export function seesWholeTenant(actor: Actor, instansiId: string): boolean {
  return can(actor, 'audit.read', { instansiId });
}

function adminUnitPaths(actor: Actor, instansiId: string): string[] {
  return actor.roles
    .filter((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath)
    .map((r) => r.unitPath as string);
}

/**
 * Whether the actor may start the bulk PDF job of the unit they see (dokumen module) — one rule for
 * the job and the monitoring page's button: the unit's administrators, never the auditor or a unit
 * head who merely sees the unit.
 */
export function canPrintUnit(actor: Actor, instansiId: string, access: UnitAccess): boolean {
  return access.kind === 'UNIT' && can(actor, 'dokumen.massal', { instansiId, unitPath: access.unit.path });
}

/**
 * Resolves what the actor may see: the given unit (or, without one, their widest unit), or their
 * appraisees when `allowBawahan` and they head no unit.
 */
export async function resolveUnitAccess(
  database: Database,
  actor: Actor | null,
  instansiId: string,
  unitId: string | undefined,
  options: { allowBawahan: boolean },
): Promise<UnitAccess> {
  requireActor(actor);
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const db = database.db;
  const whole = seesWholeTenant(actor, instansiId);
  const adminPaths = adminUnitPaths(actor, instansiId);
  const ownPegawai = actor.pegawaiId && actor.instansiId === instansiId ? actor.pegawaiId : null;
  const headed = ownPegawai
    ? await repo.getUnitInfos(db, instansiId, await headedUnitIds(database, instansiId, ownPegawai))
    : [];

  if (unitId) {
    const unit = await repo.getUnitInfo(db, instansiId, unitId);
    if (!unit) throw new AppError('ACCESS.DENIED');
    if (whole || adminPaths.some((p) => unit.path.startsWith(p))) return { kind: 'UNIT', unit, via: 'ADMIN' };
    if (headed.some((h) => unit.path.startsWith(h.path))) return { kind: 'UNIT', unit, via: 'KEPALA' };
    throw new AppError('ACCESS.DENIED');
  }
  if (whole) {
    const root = await repo.getRootUnit(db, instansiId);
    if (!root) throw new AppError('ACCESS.DENIED');
    return { kind: 'UNIT', unit: root, via: 'ADMIN' };
  }
  if (adminPaths.length) {
    const byPath = await repo.getUnitInfos(
      db,
      instansiId,
      adminPaths.map((p) => p.split('/').filter(Boolean).pop() as string),
    );
    if (byPath[0]) return { kind: 'UNIT', unit: byPath[0], via: 'ADMIN' };
  }
  if (headed[0]) return { kind: 'UNIT', unit: headed[0], via: 'KEPALA' };
  if (options.allowBawahan && ownPegawai) {
    const ids = await appraiseesOf(database, instansiId, ownPegawai);
    if (ids.length) return { kind: 'BAWAHAN', pegawaiIds: ids };
  }
  throw new AppError('ACCESS.DENIED');
}
