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
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Label written to the audit trail for the actor. */
export function actorLabel(actor: Actor | null): string {
  return actor ? `${actor.nama} (${actor.username})` : 'sistem';
}
