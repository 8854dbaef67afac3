/**
 * The tenant's monitoring pengisian snapshot — who counts, in which unit, with which SKP status —
 * cached in the process per (tenant, year, reference date) and keyed on a change stamp: the org
 * version (every org write raises it) and the SKP change number (skp_ubah, raised by a trigger in
 * every transaction that inserts, deletes or re-statuses an SKP). Counts, drill-down lists and the
 * XLSX export are all cut from one snapshot, so they agree with each other.
 *
 * Why it cannot serve a stale figure: a request first reads the stamp (one indexed row); a hit
 * answers only if it equals the stamp the snapshot was built under. A snapshot is built in one
 * REPEATABLE READ transaction that reads the stamp and the data from the same database snapshot,
 * so it is stored under exactly the stamp its data reflect. Both numbers are raised by row updates
 * in the writing transaction, which a concurrent writer must wait for, so a number is never reused
 * for two different states (unlike `max(updated_at)`, where a transaction that started earlier can
 * commit later with an older time). Several nodes each keep their own cache; none needs telling.
 *
 * After SKP changes alone (the usual case: submissions, returns, settings), a stale snapshot is
 * caught up rather than rebuilt: the same trigger logs which pegawai each number touched
 * (skp_ubah_log), and only their latest SKPs are re-read, in the same kind of transaction. An org
 * change, a pruned log or a change of more than 1,000 pegawai rebuilds: ~0.7-1 s at 100,000
 * pegawai on a loaded machine.
 */
import type { Database } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import * as repo from './monitoring.repository.ts';

export const STATUS_URUT = ['BELUM_MULAI', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN'] as const;
/** Counts in STATUS_URUT order. */
export type Jumlah = [number, number, number, number, number];

export interface Snapshot {
  stempel: string;
  orgVersion: number;
  skpNomor: string;
  units: Map<string, repo.UnitInfo>;
  /** Children of each unit, by name. */
  children: Map<string, repo.UnitInfo[]>;
  /** Everyone who counts, in list order (unit path, name, NIP). */
  anggota: repo.Anggota[];
  /** Per unit: the people placed directly in it. */
  langsung: Map<string, Jumlah>;
  /** Per unit: the people of the unit and everything below it. */
  subtree: Map<string, Jumlah>;
}

/** Bounds memory: a 100,000-pegawai snapshot holds ~100,000 small rows. */
const MAX_ENTRIES = 8;
const cache = new Map<string, Snapshot>();
/** How snapshots were made since start: read by tests and benchmarks. */
export const snapshotStats = { rebuilt: 0, caughtUp: 0 };
const building = new Map<string, Promise<Snapshot>>();

const stempelKey = (s: repo.Stempel) => `${s.orgVersion}:${s.skpNomor}`;
const zero = (): Jumlah => [0, 0, 0, 0, 0];

/** Builds the per-unit counts of a snapshot (direct, and each unit with its subtree). */
export function summarise(
  units: repo.UnitInfo[],
  anggota: repo.Anggota[],
): Omit<Snapshot, 'stempel' | 'orgVersion' | 'skpNomor' | 'anggota'> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, repo.UnitInfo[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const langsung = new Map<string, Jumlah>();
  for (const a of anggota) {
    const counts = langsung.get(a.unitId) ?? zero();
    counts[STATUS_URUT.indexOf(a.status)]++;
    langsung.set(a.unitId, counts);
  }
  // Each unit's direct counts added to itself and every ancestor (paths are short; no recursion).
  const subtree = new Map<string, Jumlah>();
  for (const [unitId, counts] of langsung) {
    const seen = new Set<string>();
    for (let u = byId.get(unitId); u && !seen.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) {
      seen.add(u.id);
      const acc = subtree.get(u.id) ?? zero();
      for (let i = 0; i < acc.length; i++) acc[i] += counts[i];
      subtree.set(u.id, acc);
    }
  }
  return { units: byId, children, langsung, subtree };
}

/**
 * Brings `prev` up to the stamp read in this transaction when only SKPs changed since (same org
 * version): re-reads the latest SKP of just the pegawai the change log names. Null when it cannot
 * (the org changed, the log was pruned or a change was too large to list).
 */
async function catchUp(
  tx: Tx,
  prev: Snapshot | undefined,
  now: repo.Stempel,
  instansiId: string,
  tahun: number,
): Promise<Snapshot | null> {
  if (!prev || prev.orgVersion !== now.orgVersion || BigInt(prev.skpNomor) > BigInt(now.skpNomor)) return null;
  const changed = await repo.findDiubahSejak(tx, instansiId, prev.skpNomor, now.skpNomor);
  if (!changed) return null;
  const latest = await repo.findLatestSkp(tx, instansiId, tahun, changed);
  const ids = new Set(changed);
  // Copy-on-write: requests still holding `prev` keep a consistent view.
  const langsung = new Map([...prev.langsung].map(([k, v]) => [k, [...v] as Jumlah]));
  const subtree = new Map([...prev.subtree].map(([k, v]) => [k, [...v] as Jumlah]));
  // Moves one person's count from one status to another in their unit and every unit above it
  // (re-counting 100,000 members took 50-250 ms on the loaded test machine; this is per person).
  const move = (unitId: string, from: number, to: number) => {
    const own = langsung.get(unitId);
    if (own) {
      own[from]--;
      own[to]++;
    }
    const seen = new Set<string>();
    for (
      let u = prev.units.get(unitId);
      u && !seen.has(u.id);
      u = u.parentId ? prev.units.get(u.parentId) : undefined
    ) {
      seen.add(u.id);
      const acc = subtree.get(u.id);
      if (acc) {
        acc[from]--;
        acc[to]++;
      }
    }
  };
  const anggota = prev.anggota.map((a) => {
    if (!ids.has(a.pegawaiId)) return a;
    const skp = latest.get(a.pegawaiId);
    const status = skp?.status ?? 'BELUM_MULAI';
    if (status !== a.status) move(a.unitId, STATUS_URUT.indexOf(a.status), STATUS_URUT.indexOf(status));
    return { ...a, status, skpId: skp?.id ?? null };
  });
  return {
    stempel: stempelKey(now),
    orgVersion: now.orgVersion,
    skpNomor: now.skpNomor,
    units: prev.units,
    children: prev.children,
    anggota,
    langsung,
    subtree,
  };
}

async function build(
  database: Database,
  instansiId: string,
  tahun: number,
  tanggal: string,
  prev: Snapshot | undefined,
): Promise<Snapshot> {
  return database.db.transaction(
    async (tx) => {
      const stempel = (await repo.getStempel(tx, instansiId)) ?? { orgVersion: -1, skpNomor: '0' };
      const caughtUp = await catchUp(tx, prev, stempel, instansiId, tahun);
      if (caughtUp) {
        snapshotStats.caughtUp++;
        return caughtUp;
      }
      snapshotStats.rebuilt++;
      const units = await repo.findUnits(tx, instansiId);
      const anggota = await repo.findAnggota(tx, instansiId, tahun, tanggal);
      return {
        stempel: stempelKey(stempel),
        orgVersion: stempel.orgVersion,
        skpNomor: stempel.skpNomor,
        anggota,
        ...summarise(units, anggota),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * The snapshot for a tenant, year and reference date, current as of the stamp read now: a stored
 * one when its stamp is still the tenant's, else one built now (concurrent callers share a build).
 */
export async function getSnapshot(
  database: Database,
  instansiId: string,
  tahun: number,
  tanggal: string,
): Promise<Snapshot> {
  const key = `${instansiId}|${tahun}|${tanggal}`;
  const now = (await repo.getStempel(database.db, instansiId)) ?? { orgVersion: -1, skpNomor: '0' };
  const stempel = stempelKey(now);
  const hit = cache.get(key);
  if (hit && hit.stempel === stempel) {
    // Most recently used last, so the oldest entry is the one dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const flight = `${key}|${stempel}`;
  let pending = building.get(flight);
  if (!pending) {
    pending = build(database, instansiId, tahun, tanggal, hit).finally(() => building.delete(flight));
    building.set(flight, pending);
  }
  const snapshot = await pending;
  // Kept under the stamp it was built from (which may be newer than `stempel`, never older): a
  // later request uses it only if that is still the tenant's stamp then.
  cache.delete(key);
  cache.set(key, snapshot);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return snapshot;
}

/** Forgets every snapshot (tests measuring a cold build). */
export function clearSnapshots(): void {
  cache.clear();
}

/**
 * The completion counts of a whole tenant or of some unit subtrees (materialised paths), from the
 * same snapshot as the monitoring page, so Home's figure and the page agree (issue 9, item 8).
 */
export async function countPengisianScope(
  database: Database,
  instansiId: string,
  tahun: number,
  tanggal: string,
  scope: 'ALL' | string[],
): Promise<{
  total: number;
  belumMulai: number;
  draft: number;
  diajukan: number;
  dikembalikan: number;
  ditetapkan: number;
}> {
  const snap = await getSnapshot(database, instansiId, tahun, tanggal);
  const j: Jumlah = [0, 0, 0, 0, 0];
  for (const a of snap.anggota) {
    if (scope !== 'ALL') {
      const path = snap.units.get(a.unitId)?.path;
      if (!path || !scope.some((p) => path.startsWith(p))) continue;
    }
    j[STATUS_URUT.indexOf(a.status)]++;
  }
  return {
    total: j[0] + j[1] + j[2] + j[3] + j[4],
    belumMulai: j[0],
    draft: j[1],
    diajukan: j[2],
    dikembalikan: j[3],
    ditetapkan: j[4],
  };
}
