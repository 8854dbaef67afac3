/**
 * Use cases for units and positions: load → authorize → rule → write + audit, one transaction.
 * Every write bumps the tenant's org version so cached hierarchy snapshots are refreshed.
 */
import type { Database } from '../../db/client.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, authorize, can, isMemberOf, sessionOrgVersion } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { today } from './hierarchy.service.ts';
import * as repo from './org.repository.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
}

/** Runs a write in one transaction, with a helper to audit and the org version bumped. */
export async function mutateOrg<T>(
  ctx: Ctx & { actor: Actor },
  instansiId: string,
  fn: (
    tx: Tx,
    audit: (a: {
      action: string;
      entity: string;
      entityId: string;
      before?: unknown;
      after?: unknown;
    }) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  return ctx.database.db.transaction(async (tx) => {
    const audit = (a: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }) =>
      writeAudit(tx, {
        instansiId,
        akunId: ctx.actor.akunId,
        actorLabel: actorLabel(ctx.actor),
        requestId: ctx.requestId,
        ...a,
      });
    const result = await fn(tx, audit);
    await repo.bumpOrgVersion(tx, instansiId);
    return result;
  });
}

/** Every tenant of the install (the operator's CLI view; routes use listInstansiForActor). */
export function listAllInstansi(exec: Database['db']) {
  return repo.listInstansi(exec, 'ALL');
}

export async function listInstansiForActor(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH.REQUIRED');
  const all = actor.roles.some((r) => r.peran === 'SUPER_ADMIN' || (r.peran === 'AUDITOR' && r.instansiId === null));
  if (all) return repo.listInstansi(ctx.database.db, 'ALL');
  const ids = new Set<string>();
  if (actor.instansiId) ids.add(actor.instansiId);
  for (const r of actor.roles) if (r.instansiId) ids.add(r.instansiId);
  return repo.listInstansi(ctx.database.db, [...ids]);
}

type UnitTree = Awaited<ReturnType<typeof repo.listUnitsWithHeads>>;
/** Last tree per tenant, keyed by the org version that every org write bumps (valid on every node). */
const treeCache = new Map<string, { version: number; tanggal: string; tree: UnitTree }>();

export async function getUnitTree(ctx: Ctx, instansiId: string, tanggal = today()): Promise<UnitTree> {
  authorize(ctx.actor, 'org.read', { instansiId });
  // The caller's own tenant: the version read with the session (no round trip of its own).
  const version = sessionOrgVersion(ctx.actor, instansiId) ?? (await repo.getOrgVersion(ctx.database.db, instansiId));
  if (version === null) throw new AppError('ACCESS.DENIED');
  const hit = treeCache.get(instansiId);
  if (hit && hit.version === version && hit.tanggal === tanggal) return hit.tree;
  const tree = await repo.listUnitsWithHeads(ctx.database.db, instansiId, tanggal);
  treeCache.set(instansiId, { version, tanggal, tree });
  return tree;
}

async function loadUnit(ctx: Ctx, instansiId: string, unitId: string) {
  const unit = await repo.getUnit(ctx.database.db, instansiId, unitId);
  if (!unit) throw new AppError('ACCESS.DENIED');
  return unit;
}

export async function getUnitDetail(ctx: Ctx, instansiId: string, unitId: string, tanggal = today()) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const unit = await loadUnit(ctx, instansiId, unitId);
  const ancestorIds = unit.path.split('/').filter((id) => id && id !== unit.id);
  const ancestors = await repo.getUnitsByIds(ctx.database.db, instansiId, ancestorIds);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  const [children, jabatan] = await Promise.all([
    repo.childUnits(ctx.database.db, instansiId, unit.id),
    repo.listJabatanInUnit(ctx.database.db, instansiId, unit.id, tanggal),
  ]);
  return {
    unit: {
      id: unit.id,
      parentId: unit.parentId,
      kode: unit.kode,
      nama: unit.nama,
      jenis: unit.jenis,
      version: unit.version,
      kepalaJabatanId: unit.kepalaJabatanId,
      aktifMulai: unit.aktifMulai,
      aktifSampai: unit.aktifSampai,
    },
    breadcrumb: ancestorIds.flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ id, nama: a.nama }] : [];
    }),
    children,
    jabatan: jabatan.map((j) => ({ ...j, isKepala: j.id === unit.kepalaJabatanId })),
    canEdit: can(ctx.actor, 'org.write', { instansiId, unitPath: unit.path }),
  };
}

export async function createUnit(
  ctx: Ctx,
  instansiId: string,
  input: { kode: string; nama: string; jenis: string; parentId: string | null; aktifMulai?: string | null },
) {
  const parent = input.parentId ? await loadUnit(ctx, instansiId, input.parentId) : null;
  authorize(ctx.actor, 'org.write', { instansiId, unitPath: parent?.path ?? '/' });
  if (!parent && !can(ctx.actor, 'org.write', { instansiId, unitPath: null })) throw new AppError('ACCESS.FORBIDDEN');
  const actor = ctx.actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const id = crypto.randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    const row = await repo
      .insertUnit(tx, {
        id,
        instansiId,
        parentId: parent?.id ?? null,
        kode: input.kode,
        nama: input.nama,
        jenis: input.jenis,
        path,
        depth: parent ? parent.depth + 1 : 0,
        aktifMulai: input.aktifMulai ?? null,
      })
      .catch(duplicateAs('kode'));
    await audit({ action: 'create', entity: 'unit_organisasi', entityId: id, after: row });
    return row;
  });
}

/** A unique-key violation as CONFLICT.DUPLICATE; drizzle wraps the driver's error in `cause`. */
function duplicateAs(field: string) {
  return (err: unknown): never => {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new AppError('CONFLICT.DUPLICATE', { field });
    throw err;
  };
}

export async function updateUnit(
  ctx: Ctx,
  instansiId: string,
  unitId: string,
  input: {
    version: number;
    kode?: string;
    nama?: string;
    jenis?: string;
    parentId?: string | null;
    kepalaJabatanId?: string | null;
    aktifSampai?: string | null;
  },
) {
  const unit = await loadUnit(ctx, instansiId, unitId);
  authorize(ctx.actor, 'org.write', { instansiId, unitPath: unit.path });
  const actor = ctx.actor;
  const { version, ...patch } = input;
  let newPath: string | null = null;
  let newDepth = unit.depth;
  if (patch.parentId !== undefined && patch.parentId !== unit.parentId) {
    if (patch.parentId === null) {
      if (!can(actor, 'org.write', { instansiId, unitPath: null })) throw new AppError('ACCESS.FORBIDDEN');
      newPath = `/${unit.id}/`;
      newDepth = 0;
    } else {
      const parent = await loadUnit(ctx, instansiId, patch.parentId);
      if (parent.path.startsWith(unit.path)) throw new AppError('ORG.PARENT_CYCLE');
      authorize(actor, 'org.write', { instansiId, unitPath: parent.path });
      newPath = `${parent.path}${unit.id}/`;
      newDepth = parent.depth + 1;
    }
  }
  if (patch.kepalaJabatanId) {
    const head = await repo.getJabatan(ctx.database.db, instansiId, patch.kepalaJabatanId);
    if (!head || head.unitId !== unit.id) {
      throw new AppError(
        'ORG.INVALID_REFERENCE',
        { field: 'kepalaJabatanId' },
        { id: 'Jabatan kepala harus jabatan pada unit ini.', en: 'The head position must belong to this unit.' },
      );
    }
  }
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const updated = await repo
      .updateUnit(tx, instansiId, unitId, version, { ...patch, ...(newPath ? { path: newPath, depth: newDepth } : {}) })
      .catch(duplicateAs('kode'));
    if (!updated) throw new AppError('CONFLICT.VERSION', { currentVersion: unit.version });
    if (newPath) await repo.rewriteSubtreePaths(tx, instansiId, unit.path, newPath);
    await audit({ action: 'update', entity: 'unit_organisasi', entityId: unitId, before: unit, after: updated });
    return updated;
  });
}

export async function createJabatan(
  ctx: Ctx,
  instansiId: string,
  input: {
    kode: string;
    nama: string;
    jenis: string;
    jenjang?: string | null;
    unitId: string;
    atasanJabatanId?: string | null;
    kelas?: number | null;
    isKepala?: boolean;
  },
) {
  const unit = await loadUnit(ctx, instansiId, input.unitId);
  authorize(ctx.actor, 'org.write', { instansiId, unitPath: unit.path });
  if (input.atasanJabatanId && !(await repo.getJabatan(ctx.database.db, instansiId, input.atasanJabatanId))) {
    throw new AppError('ORG.INVALID_REFERENCE', { field: 'atasanJabatanId' });
  }
  const actor = ctx.actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const { isKepala, ...fields } = input;
    const row = await repo
      .insertJabatan(tx, {
        ...fields,
        jenjang: fields.jenjang ?? null,
        atasanJabatanId: fields.atasanJabatanId ?? null,
        instansiId,
      })
      .catch(duplicateAs('kode'));
    await audit({ action: 'create', entity: 'jabatan', entityId: row.id, after: row });
    if (isKepala) {
      const updated = await repo.updateUnit(tx, instansiId, unit.id, unit.version, { kepalaJabatanId: row.id });
      if (!updated) throw new AppError('CONFLICT.VERSION');
      await audit({ action: 'update', entity: 'unit_organisasi', entityId: unit.id, before: unit, after: updated });
    }
    return row;
  });
}

export async function updateJabatan(
  ctx: Ctx,
  instansiId: string,
  jabatanId: string,
  input: {
    version: number;
    kode?: string;
    nama?: string;
    jenis?: string;
    jenjang?: string | null;
    unitId?: string;
    atasanJabatanId?: string | null;
    kelas?: number | null;
    aktifSampai?: string | null;
  },
) {
  const jab = await repo.getJabatan(ctx.database.db, instansiId, jabatanId);
  if (!jab) {
    authorize(ctx.actor, 'org.read', { instansiId });
    throw new AppError('ACCESS.DENIED');
  }
  const unit = await loadUnit(ctx, instansiId, jab.unitId);
  authorize(ctx.actor, 'org.write', { instansiId, unitPath: unit.path });
  if (input.unitId && input.unitId !== jab.unitId) {
    const target = await loadUnit(ctx, instansiId, input.unitId);
    authorize(ctx.actor, 'org.write', { instansiId, unitPath: target.path });
  }
  if (input.atasanJabatanId === jabatanId) throw new AppError('ORG.PARENT_CYCLE');
  if (input.atasanJabatanId && !(await repo.getJabatan(ctx.database.db, instansiId, input.atasanJabatanId))) {
    throw new AppError('ORG.INVALID_REFERENCE', { field: 'atasanJabatanId' });
  }
  const jenis = input.jenis ?? jab.jenis;
  const jenjang = input.jenjang === undefined ? jab.jenjang : input.jenjang;
  if ((jenis === 'FUNGSIONAL') !== !!jenjang) {
    throw new AppError('VALIDATION.FAILED', [
      {
        field: 'body.jenjang',
        message: {
          id: 'Jenjang wajib diisi untuk jabatan fungsional, dan hanya untuk fungsional.',
          en: 'A jenjang is required for (and only for) a functional (FUNGSIONAL) position.',
        },
      },
    ]);
  }
  const actor = ctx.actor;
  const { version, ...patch } = input;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const updated = await repo.updateJabatan(tx, instansiId, jabatanId, version, patch).catch(duplicateAs('kode'));
    if (!updated) throw new AppError('CONFLICT.VERSION', { currentVersion: jab.version });
    await audit({ action: 'update', entity: 'jabatan', entityId: jabatanId, before: jab, after: updated });
    return updated;
  });
}

/** Whether the actor may see the tenant at all (used to answer 404 uniformly). */
export function assertMember(actor: Actor | null, instansiId: string): asserts actor is Actor {
  if (!actor) throw new AppError('AUTH.REQUIRED');
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
}
