/** The authenticated caller, as every policy function sees it. */
export type Peran = 'SUPER_ADMIN' | 'ADMIN_INSTANSI' | 'ADMIN_UNIT' | 'AUDITOR';

export interface RoleGrant {
  peran: Peran;
  instansiId: string | null;
  unitId: string | null;
  /** Materialised path of the unit for ADMIN_UNIT (subtree checks). */
  unitPath: string | null;
}

export interface Actor {
  akunId: string;
  username: string;
  nama: string;
  instansiId: string | null;
  pegawaiId: string | null;
  roles: RoleGrant[];
  sessionId: string;
  isDemo: boolean;
  /**
   * The org version of the actor's own tenant, read with the session at the start of the request
   * (issue 9): a read of that tenant's cached org (the unit tree) uses it instead of a round trip
   * of its own. Absent for actors built elsewhere (CLI, tests) and for accounts of no tenant.
   */
  orgVersion?: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * The org version read with the session, when `instansiId` is the actor's own tenant; undefined
 * otherwise (the caller then reads the version itself). Only for reads: a write bumps the version.
 */
export function sessionOrgVersion(actor: Actor | null, instansiId: string): number | undefined {
  return actor && actor.instansiId === instansiId && typeof actor.orgVersion === 'number'
    ? actor.orgVersion
    : undefined;
}

/** Label written to the audit trail for the actor. */
export function actorLabel(actor: Actor | null): string {
  return actor ? `${actor.nama} (${actor.username})` : 'sistem';
}
