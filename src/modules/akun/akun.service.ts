/**
 * Account administration by an admin instansi (or super admin): accounts for pegawai with a
 * generated one-time password shown once (no default passwords), role assignment (ADMIN_UNIT
 * needs a unit; SUPER_ADMIN is CLI-only), deactivation and password reset. All audited.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { actorLabel, authorize } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { createAccount, drawAcceptable, hashPassword, normalizeUsername, passwordChecker } from '../auth/index.ts';
import { type Ctx, getInstansi } from '../org/index.ts';
import { getPegawai } from '../org/org.repository.ts';
import * as repo from './akun.repository.ts';

export type AssignableRole = 'ADMIN_INSTANSI' | 'ADMIN_UNIT' | 'AUDITOR';

/**
 * A readable random password: 4 groups of 4 characters from an unambiguous alphabet (≈ 79 bits).
 * Use `generatePasswordFor` for an account: it also satisfies the password policy for that account.
 */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A generated one-time password that passes the policy for this account (username, NIP). */
export async function generatePasswordFor(account: { username: string; nip?: string | null }): Promise<string> {
  const check = await passwordChecker();
  return drawAcceptable(generatePassword, (p) => check(p, account));
}

export async function listAkun(ctx: Ctx, instansiId: string, q?: string) {
  authorize(ctx.actor, 'akun.manage', { instansiId });
  return repo.findAkunInInstansi(ctx.database.db, instansiId, q);
}

async function validateRoles(
  ctx: Ctx,
  instansiId: string,
  roles: Array<{ peran: AssignableRole; unitId?: string | null }>,
) {
  for (const r of roles) {
    if (r.peran === 'ADMIN_UNIT' && (!r.unitId || !(await repo.unitExists(ctx.database.db, instansiId, r.unitId)))) {
      throw new AppError(
        'ORG.INVALID_REFERENCE',
        { field: 'peran.unitId' },
        { id: 'Admin unit memerlukan unit dari instansi ini.', en: 'A unit admin needs a unit of this instansi.' },
      );
    }
  }
}

export async function createAkunForPegawai(
  ctx: Ctx,
  instansiId: string,
  input: {
    pegawaiId?: string | null;
    username?: string | null;
    namaTampilan?: string | null;
    peran: Array<{ peran: AssignableRole; unitId?: string | null }>;
  },
) {
  authorize(ctx.actor, 'akun.manage', { instansiId });
  if (!(await getInstansi(ctx.database.db, instansiId))) throw new AppError('ACCESS.DENIED');
  const peg = input.pegawaiId ? await getPegawai(ctx.database.db, instansiId, input.pegawaiId) : null;
  if (input.pegawaiId && !peg) throw new AppError('ORG.INVALID_REFERENCE', { field: 'pegawaiId' });
  if (peg && (await repo.akunForPegawai(ctx.database.db, peg.id)))
    throw new AppError('CONFLICT.DUPLICATE', { field: 'pegawaiId' });
  const username = input.username ?? peg?.nip;
  if (!username)
    throw new AppError('VALIDATION.FAILED', [
      {
        field: 'body.username',
        message: { id: 'Isi nama pengguna atau pilih pegawai.', en: 'Give a username or choose a pegawai.' },
      },
    ]);
  await validateRoles(ctx, instansiId, input.peran);
  const password = await generatePasswordFor({ username, nip: peg?.nip });
  const actor = ctx.actor;
  const roles = [...new Set(input.peran.map((r) => r.peran))];
  const id = await createAccount(
    ctx.database,
    {
      username,
      password,
      namaTampilan: input.namaTampilan ?? peg?.nama ?? username,
      instansiId,
      pegawaiId: peg?.id ?? null,
      peran: roles,
      unitId: input.peran.find((r) => r.peran === 'ADMIN_UNIT')?.unitId ?? null,
      wajibGantiSandi: true,
    },
    { akunId: actor?.akunId ?? null, label: actorLabel(actor) },
  );
  return { id, username, password };
}

export async function updateAkun(
  ctx: Ctx,
  instansiId: string,
  akunId: string,
  input: { isActive?: boolean; peran?: Array<{ peran: AssignableRole; unitId?: string | null }> },
) {
  authorize(ctx.actor, 'akun.manage', { instansiId });
  const before = await repo.getAkunInInstansi(ctx.database.db, instansiId, akunId);
  if (!before) throw new AppError('ACCESS.DENIED');
  if (akunId === ctx.actor.akunId && (input.isActive === false || input.peran)) {
    throw new AppError('ACCESS.FORBIDDEN', null, {
      id: 'Anda tidak dapat mengubah peran Anda sendiri atau menonaktifkan akun Anda sendiri.',
      en: 'You cannot change your own roles or disable yourself.',
    });
  }
  if (input.peran) await validateRoles(ctx, instansiId, input.peran);
  const actor = ctx.actor;
  await ctx.database.db.transaction(async (tx) => {
    if (input.isActive !== undefined) await repo.setActive(tx, akunId, input.isActive);
    if (input.peran)
      await repo.replaceRoles(
        tx,
        akunId,
        instansiId,
        input.peran.map((r) => ({ peran: r.peran, unitId: r.unitId ?? null })),
      );
    await writeAudit(tx, {
      instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'update',
      entity: 'akun',
      entityId: akunId,
      before: { isActive: before.isActive },
      after: input,
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

export async function resetPassword(ctx: Ctx, instansiId: string, akunId: string) {
  authorize(ctx.actor, 'akun.manage', { instansiId });
  const target = await repo.getAkunInInstansi(ctx.database.db, instansiId, akunId);
  if (!target) throw new AppError('ACCESS.DENIED');
  const nip = target.pegawaiId ? await repo.nipOfPegawai(ctx.database.db, target.pegawaiId) : null;
  const password = await generatePasswordFor({ username: target.username, nip });
  const hashed = await hashPassword(password);
  const actor = ctx.actor;
  await ctx.database.db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, akunId, hashed);
    await writeAudit(tx, {
      instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'password.reset',
      entity: 'akun',
      entityId: akunId,
      after: { wajibGantiSandi: true },
      requestId: ctx.requestId,
    });
  });
  return { id: akunId, username: target.username, password };
}

/**
 * Ends an account's temporary lock after failed password guesses (login or password change) and
 * clears its count, at once instead of after the lock's minutes. Audited with the admin's address.
 */
export async function unlockAkun(ctx: Ctx, instansiId: string, akunId: string, ip: string) {
  authorize(ctx.actor, 'akun.manage', { instansiId });
  const target = await repo.getAkunInInstansi(ctx.database.db, instansiId, akunId);
  if (!target) throw new AppError('ACCESS.DENIED');
  const actor = ctx.actor;
  await ctx.database.db.transaction(async (tx) => {
    await repo.clearLock(tx, akunId);
    await writeAudit(tx, {
      instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'akun.unlock',
      entity: 'akun',
      entityId: akunId,
      before: { failedLogins: target.failedLogins, lockedUntil: target.lockedUntil?.toISOString() ?? null },
      after: { failedLogins: 0, lockedUntil: null, ip },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/**
 * The operator's unlock (`kinerja admin unlock`): for accounts no admin in the UI can reach, such as
 * a super admin locked by someone guessing at its name. Same effect and audit as `unlockAkun`.
 */
export async function unlockAkunAsOperator(
  database: Database,
  target: { instansiId: string | null; username: string },
  by: { label: string },
): Promise<{ id: string; wasLocked: boolean } | null> {
  const found = await repo.findAkunInScope(database.db, target.instansiId, normalizeUsername(target.username));
  if (!found) return null;
  await database.db.transaction(async (tx) => {
    await repo.clearLock(tx, found.id);
    await writeAudit(tx, {
      instansiId: found.instansiId,
      akunId: null,
      actorLabel: by.label,
      action: 'akun.unlock',
      entity: 'akun',
      entityId: found.id,
      before: { failedLogins: found.failedLogins, lockedUntil: found.lockedUntil?.toISOString() ?? null },
      after: { failedLogins: 0, lockedUntil: null },
    });
  });
  return { id: found.id, wasLocked: !!found.lockedUntil && found.lockedUntil.getTime() > Date.now() };
}
