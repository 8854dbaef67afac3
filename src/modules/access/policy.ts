/**
 * Authorisation in one place. Every route calls `authorize(actor, action, target)` (or
 * `visibleScope` for lists). Denials of reads answer like "not found" (ACCESS.DENIED → 404) so the
 * existence of another tenant's or person's data never leaks; denied writes on data the actor may
 * see answer ACCESS.FORBIDDEN (403). The pejabat penilai relation is derived from the hierarchy by
 * the caller and passed in as `relation`.
 */
import { AppError } from '../../http/errors.ts';
import type { Actor, Peran } from './actor.ts';

export type Action =
  | 'instansi.read'
  /** The tenant's own record (name, head of government): its admins. Creating one: canCreateInstansi. */
  | 'instansi.write'
  | 'org.read'
  | 'org.write'
  | 'pegawai.read'
  | 'pegawai.write'
  | 'hierarchy.read'
  | 'audit.read'
  | 'exchange.import'
  | 'exchange.export'
  | 'akun.manage'
  | 'akun.massal'
  | 'settings.read'
  | 'settings.write'
  | 'skp.read'
  | 'skp.manage'
  | 'periode.write'
  | 'pk.write'
  /** Another account's background job of a kind without a rule of its own (jobs module): tenant admins. */
  | 'job.readAll'
  /**
   * Starting a bulk PDF job for a unit (a write: a job row and a zip on disk): the administrators of
   * the unit's subtree. Not the auditor — read-only means read-only; they still read each SKP's PDF.
   */
  | 'dokumen.massal';

export interface Target {
  instansiId: string;
  /** Path of the unit the target belongs to, for ADMIN_UNIT subtree checks. */
  unitPath?: string | null;
  /** The pegawai the target is about (self checks). */
  pegawaiId?: string | null;
  /** Derived from the hierarchy: the actor appraises (or is atasan penilai of) the target pegawai. */
  relation?: { isPenilai: boolean; isAtasanPenilai: boolean };
}

const READ_ONLY: ReadonlySet<Action> = new Set([
  'instansi.read',
  'org.read',
  'pegawai.read',
  'hierarchy.read',
  'audit.read',
  'exchange.export',
  'settings.read',
  'skp.read',
]);

function hasRole(actor: Actor, peran: Peran, instansiId: string): boolean {
  return actor.roles.some((r) => r.peran === peran && (r.instansiId === instansiId || r.instansiId === null));
}

/** True when the actor belongs to, administers or audits the tenant. */
export function isMemberOf(actor: Actor, instansiId: string): boolean {
  return (
    actor.instansiId === instansiId ||
    actor.roles.some(
      (r) =>
        r.peran === 'SUPER_ADMIN' || (r.peran === 'AUDITOR' && r.instansiId === null) || r.instansiId === instansiId,
    )
  );
}

function adminUnitCovers(actor: Actor, target: Target): boolean {
  return actor.roles.some(
    (r) =>
      r.peran === 'ADMIN_UNIT' &&
      r.instansiId === target.instansiId &&
      !!r.unitPath &&
      !!target.unitPath &&
      target.unitPath.startsWith(r.unitPath),
  );
}

/** Whether the actor may perform the action on the target. */
export function can(actor: Actor | null, action: Action, target: Target): boolean {
  if (!actor) return false;
  if (actor.roles.some((r) => r.peran === 'SUPER_ADMIN')) return true;
  if (!isMemberOf(actor, target.instansiId)) return false;
  if (hasRole(actor, 'ADMIN_INSTANSI', target.instansiId)) return true;
  if (hasRole(actor, 'AUDITOR', target.instansiId)) return READ_ONLY.has(action);
  switch (action) {
    case 'instansi.read':
    case 'org.read':
    case 'settings.read':
      return true;
    case 'pegawai.read':
      return (
        (!!target.pegawaiId && target.pegawaiId === actor.pegawaiId) ||
        !!target.relation?.isPenilai ||
        !!target.relation?.isAtasanPenilai ||
        adminUnitCovers(actor, target)
      );
    case 'org.write':
    case 'pegawai.write':
      return adminUnitCovers(actor, target);
    case 'skp.read':
      // The SKP's owner, their pejabat penilai and atasan penilai today, unit admins of the subtree.
      return (
        (!!target.pegawaiId && target.pegawaiId === actor.pegawaiId && actor.instansiId === target.instansiId) ||
        !!target.relation?.isPenilai ||
        !!target.relation?.isAtasanPenilai ||
        adminUnitCovers(actor, target)
      );
    case 'akun.massal':
      // Accounts for the pegawai of a unit subtree (bulk, generated passwords): its administrators.
      return adminUnitCovers(actor, target);
    case 'dokumen.massal':
      return adminUnitCovers(actor, target);
    case 'skp.manage':
      // Create on behalf of a pegawai, close on transfer: the administrators of the pegawai's unit.
      return adminUnitCovers(actor, target);
    case 'pk.write':
      // The unit's head (passed as target.pegawaiId) or the administrators of the unit's subtree.
      return (
        (!!target.pegawaiId && target.pegawaiId === actor.pegawaiId && actor.instansiId === target.instansiId) ||
        adminUnitCovers(actor, target)
      );
    case 'periode.write':
    case 'instansi.write':
      return false;
    case 'hierarchy.read':
      // Unit admins fix hierarchy data, so they see the tenant's report (the structure is not secret).
      return actor.roles.some((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === target.instansiId);
    case 'audit.read':
    case 'job.readAll':
    case 'exchange.import':
    case 'exchange.export':
    case 'akun.manage':
    case 'settings.write':
      return false;
  }
}

/**
 * Creating a tenant (a new instansi on a shared install, e.g. a provincial BKD hosting agencies) is
 * the install operator's act: super admins only (and the CLI, which runs as the operator).
 */
export function canCreateInstansi(actor: Actor | null): boolean {
  return !!actor && actor.roles.some((r) => r.peran === 'SUPER_ADMIN');
}

/** Asserts `can`; reads are denied as "not found", writes on visible data as "forbidden". */
export function authorize(actor: Actor | null, action: Action, target: Target): asserts actor is Actor {
  if (!actor) throw new AppError('AUTH.REQUIRED');
  if (can(actor, action, target)) return;
  const visible = READ_ONLY.has(action) ? false : can(actor, 'org.read', target);
  throw new AppError(visible ? 'ACCESS.FORBIDDEN' : 'ACCESS.DENIED');
}

/** Requires a logged-in actor. */
export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('AUTH.REQUIRED');
}

/**
 * Which pegawai of a tenant the actor may list: the whole tenant, a unit subtree (ADMIN_UNIT),
 * or only themselves plus the people they appraise.
 */
export type Scope =
  | { kind: 'ALL' }
  | { kind: 'SUBTREES'; paths: string[]; alsoIds: string[] }
  | { kind: 'IDS'; ids: string[] };

export function visibleScope(actor: Actor, instansiId: string, appraiseeIds: () => string[]): Scope {
  if (can(actor, 'audit.read', { instansiId }) || actor.roles.some((r) => r.peran === 'SUPER_ADMIN'))
    return { kind: 'ALL' };
  if (!isMemberOf(actor, instansiId)) return { kind: 'IDS', ids: [] };
  const own = [...(actor.pegawaiId && actor.instansiId === instansiId ? [actor.pegawaiId] : []), ...appraiseeIds()];
  const paths = actor.roles
    .filter((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath)
    .map((r) => r.unitPath as string);
  if (paths.length) return { kind: 'SUBTREES', paths, alsoIds: own };
  return { kind: 'IDS', ids: own };
}
