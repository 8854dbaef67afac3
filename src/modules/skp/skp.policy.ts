/**
 * Who may do what with an SKP. Roles are derived at request time, never stored: PEMILIK is the
 * SKP's pegawai; PENILAI the pegawai's pejabat penilai today (PLT/PLH only inside their dates,
 * from the hierarchy resolution); ATASAN_PENILAI reads; ADMIN is an admin whose scope covers the
 * SKP's unit. When the appraiser is the regional head (outside the system), the tenant's admin
 * holds PENILAI on the head's behalf (decision 0404). Nobody holds PENILAI on their own SKP. The state machine (domain/skp/workflow.ts)
 * then says which of these roles may apply an action in the current status.
 */
import {
  checkTransition,
  SKP_STATUS_TEXT,
  type SkpAction,
  type SkpRole,
  type SkpStatus,
} from '../../domain/skp/workflow.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, authorize, can, isMemberOf, requireActor, type Target } from '../access/index.ts';
import { explainAppraiser, relationTo } from '../org/index.ts';
import * as repo from './skp.repository.ts';
import type { SkpCtx } from './skp-ctx.ts';
import { getSkpDetailRow } from './skp-read.repository.ts';

export type PeranSaya = 'PEMILIK' | 'PENILAI' | 'ATASAN_PENILAI' | 'ADMIN';

export interface SkpAccess {
  target: Target;
  roles: SkpRole[];
  peranSaya: PeranSaya[];
  /**
   * Set when the pegawai's appraiser is the regional head (a state official outside the system):
   * the tenant's admin records the setting on their behalf (decision 0404). The head's title.
   */
  atasNama: string | null;
}

/**
 * The caller's roles towards an SKP. `known` carries what the caller's query already read (the
 * unit's path, the org version), so no further round trip is needed.
 */
export async function skpAccess(
  ctx: SkpCtx,
  s: repo.SkpRow,
  known?: { unitPath: string | null; orgVersion: number },
): Promise<SkpAccess> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const isOwner = !!actor.pegawaiId && actor.pegawaiId === s.pegawaiId && actor.instansiId === s.instansiId;
  const [rel, unit] = await Promise.all([
    isMemberOf(actor, s.instansiId)
      ? relationTo(
          ctx.database,
          s.instansiId,
          actor.instansiId === s.instansiId ? actor.pegawaiId : null,
          s.pegawaiId,
          ctx.tanggal,
          known?.orgVersion,
        )
      : { isPenilai: false, isAtasanPenilai: false },
    known ? { path: known.unitPath } : s.unitId ? repo.getUnitRow(ctx.database.db, s.instansiId, s.unitId) : null,
  ]);
  // The official who appraised a closed SKP keeps reading it after a transfer.
  const wasPenilai = s.status === 'DITUTUP' && !!actor.pegawaiId && actor.pegawaiId === s.penilaiPegawaiId;
  const target: Target = {
    instansiId: s.instansiId,
    pegawaiId: s.pegawaiId,
    unitPath: unit?.path ?? null,
    relation: { isPenilai: rel.isPenilai || wasPenilai, isAtasanPenilai: rel.isAtasanPenilai },
  };
  const isAdmin = can(actor, 'skp.manage', target);
  const roles: SkpRole[] = [];
  const peranSaya: PeranSaya[] = [];
  let atasNama: string | null = null;
  const isTenantAdmin = actor.roles.some(
    (r) => r.peran === 'SUPER_ADMIN' || (r.peran === 'ADMIN_INSTANSI' && r.instansiId === s.instansiId),
  );
  if (!isOwner && !rel.isPenilai && isTenantAdmin) {
    const res = await explainAppraiser(ctx.database, s.instansiId, s.pegawaiId, ctx.tanggal, known?.orgVersion);
    if (res?.penilai?.kind === 'PIMPINAN_INSTANSI') atasNama = res.penilai.jabatan;
  }
  if (isOwner) {
    roles.push('PEMILIK');
    peranSaya.push('PEMILIK');
  } else if (rel.isPenilai || atasNama) {
    roles.push('PENILAI');
    peranSaya.push('PENILAI');
  }
  if (rel.isAtasanPenilai && !isOwner) peranSaya.push('ATASAN_PENILAI');
  if (isAdmin) {
    roles.push('ADMIN');
    peranSaya.push('ADMIN');
  }
  return { target, roles, peranSaya, atasNama };
}

/** Loads an SKP the caller may read; "not found" and "not yours" answer alike (404). */
export async function loadReadableSkp(ctx: SkpCtx, instansiId: string, skpId: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const s = await repo.getSkp(ctx.database.db, instansiId, skpId);
  if (!s) throw new AppError('ACCESS.DENIED');
  const access = await skpAccess(ctx, s);
  authorize(ctx.actor, 'skp.read', access.target);
  return { s, access, actor: ctx.actor as Actor };
}

/**
 * `loadReadableSkp` with the SKP's content (RHK with IKI, versions), in one statement
 * (skp-read.repository.ts): for the detail and for the writes that need the content (an RHK save,
 * submit, return), which took five round trips for the same before.
 */
export async function loadReadableSkpWithContent(ctx: SkpCtx, instansiId: string, skpId: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const row = await getSkpDetailRow(ctx.database.db, instansiId, skpId);
  if (!row) throw new AppError('ACCESS.DENIED');
  const access = await skpAccess(ctx, row.s, row);
  authorize(ctx.actor, 'skp.read', access.target);
  return { s: row.s, access, actor: ctx.actor as Actor, row };
}

/** Asserts that the caller's roles allow `action` in the SKP's status; returns the next status. */
export function assertTransition(status: string, action: SkpAction, roles: SkpRole[]): SkpStatus | null {
  const check = checkTransition(status as SkpStatus, action, roles);
  if (check.ok) return check.to;
  if (action === 'ubahIsi' && check.code === 'SKP.INVALID_TRANSITION') {
    throw new AppError(
      'SKP.NOT_EDITABLE',
      { status },
      {
        id: `SKP yang ${SKP_STATUS_TEXT[status as SkpStatus].id} tidak dapat diubah isinya.`,
        en: `An SKP that is ${SKP_STATUS_TEXT[status as SkpStatus].en} cannot be edited.`,
      },
    );
  }
  throw new AppError(check.code, { status, action }, check.message);
}
