/**
 * Pohon kinerja of a unit for a year: load everything below the unit with a few set-based reads,
 * assemble it with the pure domain function. Who may see it: unit heads (their unit downwards),
 * admins in scope and the auditor (monitoring/unit-access.ts).
 */
import type { Database } from '../../db/client.ts';
import { assemblePohon, type Pohon } from '../../domain/skp/pohon.ts';
import type { Actor } from '../access/index.ts';
import { resolveUnitAccess, tanggalAcuan } from '../monitoring/index.ts';
import * as repo from './pohon.repository.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

export interface PohonResult extends Pohon {
  tahun: number;
  tanggalAcuan: string;
  unit: { id: string; nama: string; jenis: string; parentId: string | null };
}

export async function getPohon(
  ctx: Ctx,
  instansiId: string,
  q: { unitId?: string; tahun?: number },
): Promise<PohonResult> {
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, q.unitId, { allowBawahan: false });
  if (access.kind !== 'UNIT') throw new Error('unreachable: pohon never resolves to BAWAHAN');
  const { unit } = access;
  const tahun = q.tahun ?? new Date().getUTCFullYear();
  const tanggal = tanggalAcuan(tahun);
  const db = ctx.database.db;
  const [units, pegawai, pk, skp, rhk] = await Promise.all([
    repo.loadUnits(db, instansiId, unit.path),
    repo.loadPegawai(db, instansiId, unit.path, tanggal),
    repo.loadPk(db, instansiId, unit.path, tahun),
    repo.loadSkp(db, instansiId, unit.path, tahun),
    repo.loadRhk(db, instansiId, unit.path, tahun),
  ]);
  const own = new Set(rhk.map((r) => r.id));
  const luarIds = [...new Set(rhk.flatMap((r) => (r.parentRhkId && !own.has(r.parentRhkId) ? [r.parentRhkId] : [])))];
  const rhkLuar = await repo.loadRhkLuar(db, instansiId, luarIds);
  const pohon = assemblePohon({
    rootUnitId: unit.id,
    units,
    pegawai,
    sasaran: pk.sasaran,
    indikator: pk.indikator,
    skp,
    rhk,
    rhkLuar,
  });
  return {
    tahun,
    tanggalAcuan: tanggal,
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, parentId: unit.parentId },
    ...pohon,
  };
}
