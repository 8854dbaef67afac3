/**
 * Pure helpers of the pohon kinerja: index the server's nodes and edges, find the nodes that match a
 * search or carry a problem flag (with their ancestors), and flatten only the visible part of the
 * tree into rows, so a unit of thousands of pegawai renders a few dozen rows at a time.
 */
import type { TreeData, TreeNode } from './adapt.ts';

export interface TreeIndex {
  byId: Map<string, TreeNode>;
  children: Map<string, string[]>;
  roots: string[];
  flagCounts: Map<string, number>;
}

export interface TreeRow {
  /** Path of ids from the root: a node reached through two parents appears twice. */
  path: string;
  id: string;
  depth: number;
  childCount: number;
  expanded: boolean;
  /** Opened by the filter (leads to a match); toggling it stores a "closed" marker instead. */
  auto: boolean;
}

export function buildIndex(data: TreeData): TreeIndex {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of data.edges) {
    if (!byId.has(e.dari) || !byId.has(e.ke) || e.dari === e.ke) continue;
    const list = children.get(e.dari);
    if (list) list.push(e.ke);
    else children.set(e.dari, [e.ke]);
    hasParent.add(e.ke);
  }
  const roots = data.nodes.filter((n) => !hasParent.has(n.id)).map((n) => n.id);
  const flagCounts = new Map<string, number>();
  for (const n of data.nodes) for (const f of n.flags ?? []) flagCounts.set(f, (flagCounts.get(f) ?? 0) + 1);
  return { byId, children, roots, flagCounts };
}

function normal(s: string): string {
  return s.toLocaleLowerCase('id').normalize('NFKD').replace(/\p{M}/gu, '');
}

/** A predicate for a search text (label and details, accents and case ignored); null = no search. */
export function searchPredicate(query: string): ((n: TreeNode) => boolean) | null {
  const q = normal(query.trim());
  if (!q) return null;
  return (n) => normal(`${n.label} ${n.keterangan ?? ''}`).includes(q);
}

/**
 * Nodes that match or lead to a match (memoised DFS; safe on cycles). Returns null when there is
 * no filter. `matches` holds the nodes matching themselves.
 */
export function filterSet(
  index: TreeIndex,
  match: ((n: TreeNode) => boolean) | null,
): { include: Set<string>; matches: Set<string> } | null {
  if (!match) return null;
  const include = new Set<string>();
  const matches = new Set<string>();
  const done = new Map<string, boolean>();
  const visit = (id: string): boolean => {
    const known = done.get(id);
    if (known !== undefined) return known;
    done.set(id, false); // cycle guard
    const node = index.byId.get(id);
    let ok = !!node && match(node);
    if (ok) matches.add(id);
    for (const c of index.children.get(id) ?? []) if (visit(c)) ok = true;
    done.set(id, ok);
    if (ok) include.add(id);
    return ok;
  };
  for (const r of index.roots) visit(r);
  return { include, matches };
}

/**
 * The rows to draw: roots, then children of expanded rows. With a filter, ancestors of matches
 * open by themselves and show only the children that lead to a match; a matching node opens on
 * demand to show all its children.
 */
export function visibleRows(
  index: TreeIndex,
  expanded: ReadonlySet<string>,
  filter: { include: Set<string>; matches: Set<string> } | null,
): TreeRow[] {
  const rows: TreeRow[] = [];
  // `filtered`: this level still follows the filter; below an opened matching node everything shows.
  const walk = (ids: string[], parentPath: string, depth: number, onPath: Set<string>, filtered: boolean) => {
    for (const id of ids) {
      if (filtered && filter && !filter.include.has(id)) continue;
      if (onPath.has(id)) continue;
      const path = parentPath ? `${parentPath}/${id}` : id;
      const kids = index.children.get(id) ?? [];
      const auto = filtered && !!filter && kids.some((k) => filter.include.has(k));
      const open = kids.length > 0 && (auto ? !expanded.has(`!${path}`) : expanded.has(path));
      rows.push({ path, id, depth, childCount: kids.length, expanded: open, auto });
      if (open) {
        onPath.add(id);
        walk(kids, path, depth + 1, onPath, auto);
        onPath.delete(id);
      }
    }
  };
  walk(index.roots, '', 0, new Set(), !!filter);
  return rows;
}

/** The key a toggle flips: the path, or the "closed" marker of an auto-opened row. */
export function toggleKey(row: TreeRow): string {
  return row.auto ? `!${row.path}` : row.path;
}
