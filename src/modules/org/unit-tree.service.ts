/**
 * The unit tree a level at a time, and searched on the server (issue 9, item 12). The flat list of
 * every unit (GET /units) is 4.7 MiB at 100,000 pegawai (about 10,000 units), too much for a
 * phone's first screen; this answers the top two levels, one unit's children, or the units that
 * match a search with their ancestors (so the page can show where each sits). Everything is cut
 * from the tree cached per org version (org.service.ts getUnitTree): no query beyond the version.
 */

import type { Ctx } from './org.service.ts';
import { getUnitTree } from './org.service.ts';

type Unit = Awaited<ReturnType<typeof getUnitTree>>[number];
export type UnitTreeNode = Unit & { jumlahSubunit: number };

interface Indexed {
  byId: Map<string, Unit>;
  children: Map<string | null, Unit[]>;
  /** Lower-cased text a search looks in (name, code, head, head position). */
  hay: Map<string, string>;
  totalPegawai: number;
}

// Keyed by the cached tree object itself: a new org version gives a new tree and a new index.
const indexes = new WeakMap<object, Indexed>();

export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function indexOf(tree: Unit[]): Indexed {
  let ix = indexes.get(tree);
  if (ix) return ix;
  ix = { byId: new Map(), children: new Map(), hay: new Map(), totalPegawai: 0 };
  for (const u of tree) {
    ix.byId.set(u.id, u);
    ix.totalPegawai += u.jumlahPegawai;
    ix.hay.set(u.id, normalizeText(`${u.nama} ${u.kode} ${u.kepalaNama ?? ''} ${u.kepalaJabatanNama ?? ''}`));
  }
  for (const u of tree) {
    // A unit whose parent is not in the list (inactive on the date) shows as a root, as before.
    const parent = u.parentId && ix.byId.has(u.parentId) ? u.parentId : null;
    const list = ix.children.get(parent) ?? [];
    list.push(u);
    ix.children.set(parent, list);
  }
  indexes.set(tree, ix);
  return ix;
}

/** At most this many matches are answered; the page asks for a narrower search beyond it. */
export const SEARCH_LIMIT = 100;

export interface UnitTreeLevel {
  items: UnitTreeNode[];
  /** Ids of the units that match the search (empty without one). */
  cocok: string[];
  /** More units match than were answered (SEARCH_LIMIT). */
  terpotong: boolean;
  totalUnit: number;
  totalPegawai: number;
}

/**
 * Without `parentId` or `q`: the roots and their children. With `parentId`: that unit's children
 * (none for an unknown id). With `q`: units whose name, code, head or head position contains every
 * word, with all their ancestors. `dalam` narrows either to one unit's subtree (a unit admin's
 * picker); `id` answers one unit with its ancestors (a picker naming the unit it holds).
 */
export async function getUnitTreeLevel(
  ctx: Ctx,
  instansiId: string,
  opts: { parentId?: string; q?: string; dalam?: string; id?: string; tanggal?: string },
): Promise<UnitTreeLevel> {
  const tree = await getUnitTree(ctx, instansiId, opts.tanggal);
  const ix = indexOf(tree);
  const node = (u: Unit): UnitTreeNode => ({ ...u, jumlahSubunit: ix.children.get(u.id)?.length ?? 0 });
  const base = { totalUnit: tree.length, totalPegawai: ix.totalPegawai };
  const withAncestors = (units: Unit[]) => {
    const out = new Map<string, Unit>();
    for (const m of units) {
      for (let p = m.parentId ? ix.byId.get(m.parentId) : undefined; p && !out.has(p.id); ) {
        out.set(p.id, p);
        p = p.parentId ? ix.byId.get(p.parentId) : undefined;
      }
      out.set(m.id, m);
    }
    return [...out.values()].map(node);
  };
  if (opts.id) {
    const unit = ix.byId.get(opts.id);
    return { ...base, items: unit ? withAncestors([unit]) : [], cocok: unit ? [unit.id] : [], terpotong: false };
  }
  const root = opts.dalam ? ix.byId.get(opts.dalam) : undefined;
  if (opts.dalam && !root) return { ...base, items: [], cocok: [], terpotong: false };
  const inside = (u: Unit) => {
    if (!root) return true;
    for (let p: Unit | undefined = u, hops = 0; p && hops < 100; hops++) {
      if (p.id === root.id) return true;
      p = p.parentId ? ix.byId.get(p.parentId) : undefined;
    }
    return false;
  };
  const words = normalizeText(opts.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length) {
    const matches: Unit[] = [];
    let terpotong = false;
    for (const u of tree) {
      const hay = ix.hay.get(u.id) ?? '';
      if (!words.every((w) => hay.includes(w)) || !inside(u)) continue;
      if (matches.length === SEARCH_LIMIT) {
        terpotong = true;
        break;
      }
      matches.push(u);
    }
    return { ...base, items: withAncestors(matches), cocok: matches.map((m) => m.id), terpotong };
  }
  if (root) {
    return { ...base, items: [root, ...(ix.children.get(root.id) ?? [])].map(node), cocok: [], terpotong: false };
  }
  if (opts.parentId) {
    return { ...base, items: (ix.children.get(opts.parentId) ?? []).map(node), cocok: [], terpotong: false };
  }
  const roots = ix.children.get(null) ?? [];
  const items = [...roots, ...roots.flatMap((r) => ix.children.get(r.id) ?? [])];
  return { ...base, items: items.map(node), cocok: [], terpotong: false };
}
