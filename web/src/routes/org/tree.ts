/**
 * Client-side unit tree: built once from the flat list, flattened to the rows currently visible
 * (expanded branches only), and searched with matching branches auto-expanded. Linear in the
 * number of units, so ~1,300 units stay instant.
 */
import type { UnitNode } from '../../api/types.ts';

export interface TreeNode {
  unit: UnitNode;
  children: TreeNode[];
  parent: TreeNode | null;
}

export interface Tree {
  roots: TreeNode[];
  byId: Map<string, TreeNode>;
}

export interface Row {
  node: TreeNode;
  depth: number;
  isExpanded: boolean;
  isMatch: boolean;
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

export function buildTree(units: UnitNode[]): Tree {
  const byId = new Map<string, TreeNode>();
  for (const unit of units) byId.set(unit.id, { unit, children: [], parent: null });
  const roots: TreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId ? byId.get(node.unit.parentId) : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => collator.compare(a.unit.nama, b.unit.nama));
    for (const n of list) if (n.children.length) sort(n.children);
  };
  sort(roots);
  return { roots, byId };
}

/** Lower-case text without diacritics, for forgiving search. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface SearchResult {
  matches: Set<string>;
  /** Ancestors of the matches: expanded so each match is visible. */
  ancestors: Set<string>;
}

/** Units whose name, code, head or head position contains every word of the query. */
export function searchTree(tree: Tree, query: string): SearchResult {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  const matches = new Set<string>();
  const ancestors = new Set<string>();
  if (!words.length) return { matches, ancestors };
  for (const node of tree.byId.values()) {
    const u = node.unit;
    const hay = normalize(`${u.nama} ${u.kode} ${u.kepalaNama ?? ''} ${u.kepalaJabatanNama ?? ''}`);
    if (!words.every((w) => hay.includes(w))) continue;
    matches.add(u.id);
    for (let p = node.parent; p && !ancestors.has(p.unit.id); p = p.parent) ancestors.add(p.unit.id);
  }
  return { matches, ancestors };
}

/**
 * The rows to draw, depth-first. With a search, only matches, their ancestors and whatever the
 * user expands below a match are shown.
 */
export function visibleRows(tree: Tree, expanded: ReadonlySet<string>, search: SearchResult | null): Row[] {
  const rows: Row[] = [];
  const walk = (nodes: TreeNode[], depth: number, insideMatch: boolean) => {
    for (const node of nodes) {
      const id = node.unit.id;
      const isMatch = !!search?.matches.has(id);
      if (search && !insideMatch && !isMatch && !search.ancestors.has(id)) continue;
      const isExpanded = expanded.has(id) && node.children.length > 0;
      rows.push({ node, depth, isExpanded, isMatch });
      if (isExpanded) walk(node.children, depth + 1, insideMatch || isMatch);
    }
  };
  walk(tree.roots, 0, !search);
  return rows;
}

/** Ids of every unit that has children (for "expand all"). */
export function allParents(tree: Tree): Set<string> {
  const ids = new Set<string>();
  for (const node of tree.byId.values()) if (node.children.length) ids.add(node.unit.id);
  return ids;
}

/** Number of units below a node. */
export function descendantCount(node: TreeNode): number {
  let n = 0;
  const stack = [...node.children];
  while (stack.length) {
    const c = stack.pop() as TreeNode;
    n++;
    stack.push(...c.children);
  }
  return n;
}
