/** The only SQL for account administration. */
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { akun, akunPeran, pegawai, sesi, unitOrganisasi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';

export async function findAkunInInstansi(exec: Executor, instansiId: string, q?: string) {
  const where = q
    ? and(eq(akun.instansiId, instansiId), or(ilike(akun.username, `%${q}%`), ilike(akun.namaTampilan, `%${q}%`)))
    : eq(akun.instansiId, instansiId);
  const rows = await exec
    .select({
      id: akun.id,
      username: akun.username,
      namaTampilan: akun.namaTampilan,
      pegawaiId: akun.pegawaiId,
      nip: pegawai.nip,
      isActive: akun.isActive,
      lastLoginAt: akun.lastLoginAt,
      peran: sql<Array<{ peran: string; unitId: string | null; unitNama: string | null }>>`coalesce((
        select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'unitNama', u.nama))
        from akun_peran ap left join unit_organisasi u on u.id = ap.unit_id where ap.akun_id = ${akun.id}), '[]')`,
    })
    .from(akun)
    .leftJoin(pegawai, eq(pegawai.id, akun.pegawaiId))
    .where(where)
    .orderBy(asc(akun.username))
    .limit(200);
  return rows.map((r) => ({ ...r, lastLoginAt: r.lastLoginAt?.toISOString() ?? null }));
}

export async function getAkunInInstansi(exec: Executor, instansiId: string, id: string) {
  const rows = await exec.select().from(akun).where(and(eq(akun.instansiId, instansiId), eq(akun.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function akunForPegawai(exec: Executor, pegawaiId: string) {
  const rows = await exec.select({ id: akun.id }).from(akun).where(eq(akun.pegawaiId, pegawaiId)).limit(1);
  return rows[0] ?? null;
}

export async function setActive(exec: Executor, id: string, isActive: boolean) {
  await exec.update(akun).set({ isActive }).where(eq(akun.id, id));
  if (!isActive) await exec.delete(sesi).where(eq(sesi.akunId, id));
}

export async function replaceRoles(exec: Executor, akunId: string, instansiId: string, roles: Array<{ peran: string; unitId: string | null }>) {
  await exec.delete(akunPeran).where(eq(akunPeran.akunId, akunId));
  for (const r of roles) await exec.insert(akunPeran).values({ akunId, peran: r.peran, instansiId, unitId: r.unitId });
}

/** Stores a system-generated password: the owner must replace it at their next login. */
export async function setPasswordHash(exec: Executor, id: string, passwordHash: string) {
  await exec.update(akun).set({ passwordHash, passwordChangedAt: null, wajibGantiSandi: true }).where(eq(akun.id, id));
  await exec.delete(sesi).where(eq(sesi.akunId, id));
}

export async function unitExists(exec: Executor, instansiId: string, unitId: string) {
  const rows = await exec
    .select({ id: unitOrganisasi.id })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, unitId)));
  return rows.length > 0;
}
