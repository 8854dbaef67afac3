/**
 * The tenant record itself: creating an instansi (a super admin on a shared install, or the
 * operator with `kinerja instansi create`) and editing its name and head of government (its admins).
 * A new instansi is empty: its organisation comes from an import (whose top unit becomes the root)
 * or is built unit by unit on the Organisasi page; periods, settings and accounts follow.
 */
import type { Database } from '../../db/client.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import { type JenisInstansi, PIMPINAN_BAWAAN } from '../../domain/instansi.ts';
import { AppError } from '../../http/errors.ts';
import { actorLabel, authorize, canCreateInstansi } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import * as repo from './org.repository.ts';
import type { Ctx } from './org.service.ts';

/** The rule lives in the domain (UU 23/2014 Pasal 59); re-exported for the CLI's help text. */
export { PIMPINAN_BAWAAN as INSTANSI_PIMPINAN_BAWAAN } from '../../domain/instansi.ts';

export interface CreateInstansiInput {
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  jabatanPimpinan?: string;
  namaPimpinan?: string | null;
}

/** Who creates it, for the audit trail. */
export interface CreatedBy {
  akunId: string | null;
  label: string;
  requestId?: string;
}

const KODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Why a kode cannot be used, or null. It names the tenant on the command line (`--instansi`) and
 * in file names, so it has no spaces or shell-special characters.
 */
export function invalidInstansiKode(kode: string): { id: string; en: string } | null {
  if (KODE_PATTERN.test(kode.trim())) return null;
  return {
    id: 'Kode hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung, tanpa spasi (mis. KAB-SUKAMAJU).',
    en: 'The code may contain only letters, digits, ".", "_" and "-", without spaces (e.g. KAB-SUKAMAJU).',
  };
}

/**
 * Creates the tenant and audits it in one transaction. Callers authorise: the route through
 * `createInstansiAsActor`, the CLI as the install's operator.
 */
export async function createInstansi(database: Database, input: CreateInstansiInput, by: CreatedBy) {
  const badKode = invalidInstansiKode(input.kode);
  if (badKode) throw new AppError('VALIDATION.FAILED', [{ field: 'body.kode', message: badKode }]);
  const row = {
    id: crypto.randomUUID(),
    kode: input.kode.trim(),
    nama: input.nama.trim(),
    jenis: input.jenis,
    jabatanPimpinan: input.jabatanPimpinan?.trim() || PIMPINAN_BAWAAN[input.jenis],
    namaPimpinan: input.namaPimpinan?.trim() || null,
  };
  return database.db.transaction(async (tx) => {
    const created = await repo.insertInstansi(tx, row).catch((err: unknown) => {
      if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new AppError('CONFLICT.DUPLICATE', { field: 'kode' });
      throw err;
    });
    await writeAudit(tx, {
      instansiId: created.id,
      akunId: by.akunId,
      actorLabel: by.label,
      requestId: by.requestId,
      action: 'create',
      entity: 'instansi',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export async function createInstansiAsActor(ctx: Ctx, input: CreateInstansiInput) {
  if (!ctx.actor) throw new AppError('AUTH.REQUIRED');
  if (!canCreateInstansi(ctx.actor)) throw new AppError('ACCESS.FORBIDDEN');
  return createInstansi(ctx.database, input, {
    akunId: ctx.actor.akunId,
    label: actorLabel(ctx.actor),
    requestId: ctx.requestId,
  });
}

/** Name, kind and head of government; the kode is permanent (the CLI and exports use it). */
export async function updateInstansiAsActor(
  ctx: Ctx,
  instansiId: string,
  input: {
    version: number;
    nama?: string;
    jenis?: JenisInstansi;
    jabatanPimpinan?: string;
    namaPimpinan?: string | null;
  },
) {
  authorize(ctx.actor, 'instansi.write', { instansiId });
  const actor = ctx.actor;
  const before = await repo.getInstansi(ctx.database.db, instansiId);
  if (!before) throw new AppError('ACCESS.DENIED');
  const { version, ...patch } = input;
  if (patch.namaPimpinan !== undefined) patch.namaPimpinan = patch.namaPimpinan?.trim() || null;
  return ctx.database.db.transaction(async (tx) => {
    const after = await repo.updateInstansi(tx, instansiId, version, patch);
    if (!after) throw new AppError('CONFLICT.VERSION', { currentVersion: before.version });
    await writeAudit(tx, {
      instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      requestId: ctx.requestId,
      action: 'update',
      entity: 'instansi',
      entityId: instansiId,
      before,
      after,
    });
    return after;
  });
}
