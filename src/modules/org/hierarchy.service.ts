/**
 * Appraiser resolution over a tenant's organisation for a date, with an in-process cache of
 * today's snapshot keyed by the tenant's org version (bumped in the same transaction as every org
 * change), so every node stays correct without shared state.
 */
import type { Database } from '../../db/client.ts';
import {
  type AppraiserResolution,
  findHierarchyProblems,
  type JenisJabatan,
  OrgIndex,
  resolveAppraiser,
} from '../../domain/hierarchy/appraiser.ts';
import { getInstansi, getOrgVersion, loadOrgSnapshotRows } from './org.repository.ts';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Cached {
  version: number;
  tanggal: string;
  index: OrgIndex;
  all?: Map<string, AppraiserResolution>;
  appraisees?: Map<string, string[]>;
  /** The hierarchy problems report, computed once per org version (it scans the whole tenant). */
  problems?: ReturnType<typeof findHierarchyProblems>;
}

const cache = new Map<string, Cached>();

async function buildIndex(database: Database, instansiId: string, tanggal: string): Promise<OrgIndex | null> {
  const inst = await getInstansi(database.db, instansiId);
  if (!inst) return null;
  const rows = await loadOrgSnapshotRows(database.db, instansiId, tanggal);
  return new OrgIndex({
    jabatanPimpinan: inst.jabatanPimpinan,
    namaPimpinan: inst.namaPimpinan,
    units: new Map(rows.units.map((u) => [u.id, u])),
    jabatan: new Map(rows.jabs.map((j) => [j.id, { ...j, jenis: j.jenis as JenisJabatan }])),
    pegawai: new Map(rows.people.map((p) => [p.id, p])),
    placements: rows.placements.map((p) => ({ ...p, jenis: p.jenis as 'DEFINITIF' | 'PLT' | 'PLH' })),
    overrides: rows.overrides,
  });
}

/**
 * The org index for a date; today's is cached per org version. A caller that already read the
 * version in its own query (the SKP detail does, to save a round trip) passes it as `knownVersion`.
 */
export async function getOrgIndex(
  database: Database,
  instansiId: string,
  tanggal = today(),
  knownVersion?: number,
): Promise<Cached | null> {
  if (tanggal !== today()) {
    const index = await buildIndex(database, instansiId, tanggal);
    return index ? { version: -1, tanggal, index } : null;
  }
  const version = knownVersion ?? (await getOrgVersion(database.db, instansiId));
  if (version === null) return null;
  const hit = cache.get(instansiId);
  if (hit && hit.version === version && hit.tanggal === tanggal) return hit;
  const index = await buildIndex(database, instansiId, tanggal);
  if (!index) return null;
  const entry: Cached = { version, tanggal, index };
  cache.set(instansiId, entry);
  return entry;
}

/**
 * Today's cached org index as last seen, without reading the org version: for a caller whose own
 * query reads the version beside its rows (SKP Bawahan), which then checks `entry.version` against
 * it and falls back to `getOrgIndex(…, readVersion)` when the org changed. Null for another date
 * or when nothing is cached yet.
 */
export function cachedOrgIndex(instansiId: string, tanggal = today()): Cached | null {
  const hit = cache.get(instansiId);
  return hit && hit.tanggal === tanggal && tanggal === today() ? hit : null;
}

function allResolutions(entry: Cached): Map<string, AppraiserResolution> {
  if (!entry.all) {
    entry.all = new Map();
    for (const id of entry.index.org.pegawai.keys()) entry.all.set(id, resolveAppraiser(entry.index, id));
  }
  return entry.all;
}

/** Explains who appraises a pegawai on a date. */
export async function explainAppraiser(
  database: Database,
  instansiId: string,
  pegawaiId: string,
  tanggal = today(),
  knownVersion?: number,
) {
  const entry = await getOrgIndex(database, instansiId, tanggal, knownVersion);
  if (!entry) return null;
  return resolveAppraiser(entry.index, pegawaiId);
}

/** Ids of the pegawai whom `penilaiPegawaiId` appraises today (or on `tanggal`). */
export async function appraiseesOf(
  database: Database,
  instansiId: string,
  penilaiPegawaiId: string,
  tanggal = today(),
): Promise<string[]> {
  const entry = await getOrgIndex(database, instansiId, tanggal);
  return entry ? appraiseesIn(entry, penilaiPegawaiId) : [];
}

/** Ids of the pegawai whom `penilaiPegawaiId` appraises in an org index the caller already holds. */
export function appraiseesIn(entry: Cached, penilaiPegawaiId: string): string[] {
  return appraiseeIndex(entry).get(penilaiPegawaiId) ?? [];
}

function appraiseeIndex(entry: Cached): Map<string, string[]> {
  if (!entry.appraisees) {
    entry.appraisees = new Map();
    for (const r of allResolutions(entry).values()) {
      if (r.penilai?.kind !== 'PEGAWAI') continue;
      const list = entry.appraisees.get(r.penilai.pegawaiId) ?? [];
      list.push(r.pegawaiId);
      entry.appraisees.set(r.penilai.pegawaiId, list);
    }
  }
  return entry.appraisees;
}

/**
 * How the actor's pegawai relates to a target pegawai today (for the policy). `tanggal` resolves
 * on another date (PLT/PLH ranges), for tests and back-dated checks.
 */
export async function relationTo(
  database: Database,
  instansiId: string,
  actorPegawaiId: string | null,
  targetPegawaiId: string,
  tanggal = today(),
  knownVersion?: number,
) {
  if (!actorPegawaiId) return { isPenilai: false, isAtasanPenilai: false };
  const entry = await getOrgIndex(database, instansiId, tanggal, knownVersion);
  const r = entry ? allResolutions(entry).get(targetPegawaiId) : undefined;
  return {
    isPenilai: r?.penilai?.kind === 'PEGAWAI' && r.penilai.pegawaiId === actorPegawaiId,
    isAtasanPenilai: r?.atasanPenilai?.kind === 'PEGAWAI' && r.atasanPenilai.pegawaiId === actorPegawaiId,
  };
}

/** The hierarchy problems report for a date. */
export async function hierarchyProblems(database: Database, instansiId: string, tanggal = today()) {
  return (await hierarchyProblemsWithIndex(database, instansiId, tanggal))?.problems ?? [];
}

/** The report with the org index it came from (its names spare the report further queries). */
export async function hierarchyProblemsWithIndex(database: Database, instansiId: string, tanggal = today()) {
  const entry = await getOrgIndex(database, instansiId, tanggal);
  if (!entry) return null;
  // Today's entry is cached per org version, so is its report; another date's entry is not kept.
  entry.problems ??= findHierarchyProblems(entry.index);
  return { problems: entry.problems, index: entry.index };
}

/**
 * How many hierarchy problems there are today, optionally only those touching a unit subtree (the
 * unit admin's); memoised on today's cached index, so Home's figure costs no query after the first.
 */
export async function countHierarchyProblems(
  database: Database,
  instansiId: string,
  withinUnitIds?: readonly string[],
): Promise<number> {
  const found = await hierarchyProblemsWithIndex(database, instansiId);
  if (!found) return 0;
  if (!withinUnitIds) return found.problems.length;
  const { org, definitiveByPegawai } = found.index;
  const roots = new Set(withinUnitIds);
  const inside = (unitId: string | undefined) => {
    for (let u = unitId ? org.units.get(unitId) : undefined, hops = 0; u && hops < 100; hops++) {
      if (roots.has(u.id)) return true;
      u = u.parentId ? org.units.get(u.parentId) : undefined;
    }
    return false;
  };
  const unitOfJabatan = (id: string | undefined | null) => (id ? org.jabatan.get(id)?.unitId : undefined);
  return found.problems.filter(
    (p) =>
      inside(p.unitId ?? unitOfJabatan(p.jabatanId)) ||
      p.pegawaiIds.some((id) => inside(unitOfJabatan(definitiveByPegawai.get(id)))),
  ).length;
}

/**
 * One person's place in today's appraisal hierarchy — who appraises them (with the reasons) and
 * whom they appraise — from a single look at the cached index (one version check), for Home.
 */
export async function appraisalOf(database: Database, instansiId: string, pegawaiId: string) {
  const entry = await getOrgIndex(database, instansiId);
  if (!entry) return { resolution: null, appraisees: [] as string[] };
  return {
    resolution: allResolutions(entry).get(pegawaiId) ?? resolveAppraiser(entry.index, pegawaiId),
    appraisees: appraiseeIndex(entry).get(pegawaiId) ?? [],
  };
}
