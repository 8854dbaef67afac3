/**
 * The caller as the results-out rule table (src/domain/evaluasi/hasil-akses.ts) sees them: account
 * roles of this tenant and the units whose head position they hold today. A non-member is refused
 * here with 404, like every read of another tenant.
 */
import type { Database } from '../../db/client.ts';
import { type AksiHasil, type Cakupan, cakupanHasil, type PelakuHasil } from '../../domain/evaluasi/hasil-akses.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, isMemberOf, requireActor } from '../access/index.ts';
import { headedUnitIds } from '../monitoring/index.ts';

export async function pelakuHasil(database: Database, actor: Actor | null, instansiId: string): Promise<PelakuHasil> {
  requireActor(actor);
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const dariInstansi = (r: Actor['roles'][number]) => r.instansiId === instansiId || r.instansiId === null;
  const peran = (p: string) => actor.roles.some((r) => r.peran === p && dariInstansi(r));
  const ownPegawai = actor.pegawaiId && actor.instansiId === instansiId ? actor.pegawaiId : null;
  return {
    admin: peran('SUPER_ADMIN') || peran('ADMIN_INSTANSI'),
    auditor: peran('AUDITOR'),
    adminUnitPaths: actor.roles
      .filter((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath)
      .map((r) => r.unitPath as string),
    kepalaUnitIds: ownPegawai ? await headedUnitIds(database, instansiId, ownPegawai) : [],
  };
}

/** The caller's reach for an action; nothing at all is a 404 (the feature does not exist for them). */
export function cakupanAtauTolak(pelaku: PelakuHasil, aksi: AksiHasil): Exclude<Cakupan, { kind: 'TIDAK_ADA' }> {
  const c = cakupanHasil(pelaku, aksi);
  if (c.kind === 'TIDAK_ADA') throw new AppError('ACCESS.DENIED');
  return c;
}
