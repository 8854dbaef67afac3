/**
 * Pohon kinerja (performance tree) of a unit for a year, assembled in memory from flat rows:
 *
 *   UNIT ─▶ SASARAN (Perjanjian Kinerja) ─▶ INDIKATOR ─▶ RHK of the head (rhk.pk_indikator_id)
 *        └▶ RHK ─▶ RHK … down every parent_rhk_id chain (RHK Pimpinan yang Diintervensi)
 *
 * This is the planning chain of domain.md §2.2 P1 (RPJMD → Renstra → Perjanjian Kinerja → SKP JPT
 * → SKP JA/JF) and the intervention rule of §3.2 (each non-JPT RHK intervenes an RHK of the
 * leader). Flags:
 *
 * - `RHK_YATIM`: an RHK of a JA/JF form with no (existing) parent RHK whose source is not one that
 *   legitimately has none (PENUGASAN, JF — the functional position's own scope, TIM_KERJA).
 * - `INDIKATOR_TANPA_RHK`: a Perjanjian Kinerja indicator that no RHK carries out.
 * - `PEGAWAI_TANPA_SKP_DITETAPKAN`: on a unit, some of its pegawai have no set (DITETAPKAN) SKP for
 *   the year; they are listed in `unit.belumDitetapkan`.
 *
 * The result is a flat, pre-ordered node list with parent ids and per-node counts so that a client
 * can render it lazily (only the expanded nodes), plus a pegawai lookup table.
 */

export const SUMBER_TANPA_INDUK: readonly string[] = ['PENUGASAN', 'JF', 'TIM_KERJA'];

export type PohonFlag = 'RHK_YATIM' | 'INDIKATOR_TANPA_RHK' | 'PEGAWAI_TANPA_SKP_DITETAPKAN';
export type PohonNodeJenis = 'UNIT' | 'SASARAN' | 'INDIKATOR' | 'RHK' | 'RHK_LUAR';

export interface PohonUnitRow {
  id: string;
  parentId: string | null;
  nama: string;
  jenis: string;
}

export interface PohonSasaranRow {
  id: string;
  unitId: string;
  pkStatus: string;
  urutan: number;
  sasaran: string;
}

export interface PohonIndikatorRow {
  id: string;
  sasaranId: string;
  urutan: number;
  indikator: string;
  targetNilai: string | null;
  satuan: string | null;
  targetTeks: string | null;
}

/** A pegawai placed (definitively) in the unit subtree. */
export interface PohonPegawaiRow {
  id: string;
  nama: string;
  nip: string;
  jabatanNama: string | null;
  unitId: string;
}

export interface PohonSkpRow {
  id: string;
  pegawaiId: string;
  status: string;
  jenisForm: string;
}

export interface PohonRhkRow {
  id: string;
  skpId: string;
  jenis: string;
  urutan: number;
  teks: string;
  sumber: string;
  parentRhkId: string | null;
  pkIndikatorId: string | null;
  jumlahIki: number;
}

/** An RHK outside the subtree that RHK inside it intervene (shown as context, one level). */
export interface PohonRhkLuarRow {
  id: string;
  skpId: string;
  teks: string;
  jenis: string;
  skpStatus: string;
  pegawaiId: string;
  pegawaiNama: string;
  unitNama: string | null;
}

export interface PohonInput {
  rootUnitId: string;
  units: readonly PohonUnitRow[];
  sasaran: readonly PohonSasaranRow[];
  indikator: readonly PohonIndikatorRow[];
  pegawai: readonly PohonPegawaiRow[];
  skp: readonly PohonSkpRow[];
  rhk: readonly PohonRhkRow[];
  rhkLuar: readonly PohonRhkLuarRow[];
}

export interface PohonNode {
  id: string;
  parentId: string | null;
  jenis: PohonNodeJenis;
  label: string;
  /** Depth from the root unit (0). */
  depth: number;
  /** Direct children. */
  anak: number;
  /** RHK nodes below this one (not counting itself). */
  jumlahRhk: number;
  /** Distinct RHK owners in this subtree, itself included. */
  jumlahPegawai: number;
  /** Flags in this subtree, itself included. */
  jumlahMasalah: number;
  flags: PohonFlag[];
  unit?: {
    unitJenis: string;
    pegawai: number;
    ditetapkan: number;
    belumDitetapkan: { pegawaiId: string; skpStatus: string | null }[];
  };
  pk?: { status: string };
  indikator?: { target: string | null };
  rhk?: {
    skpId: string;
    skpStatus: string;
    pegawaiId: string;
    rhkJenis: string;
    sumber: string | null;
    jenisForm: string | null;
    jumlahIki: number;
  };
}

export interface PohonPegawai {
  id: string;
  nama: string;
  nip: string | null;
  jabatanNama: string | null;
  unitId: string | null;
  /** Best status of the year's SKPs (DITETAPKAN > DIAJUKAN > DIKEMBALIKAN > DRAFT), null without one. */
  skpStatus: string | null;
}

export interface PohonRingkasan {
  unit: number;
  sasaran: number;
  indikator: number;
  indikatorTanpaRhk: number;
  rhk: number;
  rhkYatim: number;
  pegawai: number;
  pegawaiDitetapkan: number;
  pegawaiBelumDitetapkan: number;
}

export interface Pohon {
  nodes: PohonNode[];
  pegawai: PohonPegawai[];
  ringkasan: PohonRingkasan;
}

const STATUS_RANK: Record<string, number> = { DITETAPKAN: 4, DIAJUKAN: 3, DIKEMBALIKAN: 2, DRAFT: 1 };

/** Formats a PK target: "98 %" from value and unit, else the narrative target. */
export function formatTarget(nilai: string | null, satuan: string | null, teks: string | null): string | null {
  if (nilai !== null && nilai !== '') {
    const n = Number(nilai);
    const shown = Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 2 }) : nilai;
    return satuan ? `${shown} ${satuan}` : shown;
  }
  return teks;
}

/** Whether an RHK without a parent is an orphan (see the module comment). */
export function isRhkYatim(jenisForm: string, sumber: string, hasParent: boolean): boolean {
  return jenisForm !== 'JPT' && !hasParent && !SUMBER_TANPA_INDUK.includes(sumber);
}

function emptyRingkasan(): PohonRingkasan {
  return {
    unit: 0,
    sasaran: 0,
    indikator: 0,
    indikatorTanpaRhk: 0,
    rhk: 0,
    rhkYatim: 0,
    pegawai: 0,
    pegawaiDitetapkan: 0,
    pegawaiBelumDitetapkan: 0,
  };
}

/** The better of two statuses (unknown statuses never win over known ones). */
function better(a: string | null, b: string): string {
  if (a === null) return b;
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Name order: case- and accent-insensitive, with keys computed once per name (far cheaper than Intl). */
const nameKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function sortByName<T>(items: T[], name: (t: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: nameKey(name(item)) }));
  keyed.sort((a, b) => cmp(a.key, b.key));
  return keyed.map((k) => k.item);
}
const byUrutan = <T extends { urutan: number; id: string }>(a: T, b: T) => a.urutan - b.urutan || cmp(a.id, b.id);

/** Builds the tree (see the module comment). Rows outside the root unit's subtree are ignored. */
export function assemblePohon(input: PohonInput): Pohon {
  const units = new Map(input.units.map((u) => [u.id, u]));
  const nodes = new Map<string, PohonNode>();
  const children = new Map<string, string[]>();
  const addChild = (parentId: string, id: string) => {
    const list = children.get(parentId);
    if (list) list.push(id);
    else children.set(parentId, [id]);
  };
  // Every node gets the same shape (one hidden class: building them with spreads made this the
  // slowest part of the assembly); absent parts stay undefined and are left out of the JSON.
  const make = (n: Pick<PohonNode, 'id' | 'parentId' | 'jenis' | 'label' | 'unit' | 'pk' | 'indikator' | 'rhk'>) => {
    const node: PohonNode = {
      id: n.id,
      parentId: n.parentId,
      jenis: n.jenis,
      label: n.label,
      depth: 0,
      anak: 0,
      jumlahRhk: 0,
      jumlahPegawai: 0,
      jumlahMasalah: 0,
      flags: [],
      unit: n.unit,
      pk: n.pk,
      indikator: n.indikator,
      rhk: n.rhk,
    };
    nodes.set(node.id, node);
    return node;
  };

  // Units: the root and everything below it (a walk down from the root, so cycles cannot loop).
  const unitKids = new Map<string, PohonUnitRow[]>();
  for (const u of input.units) {
    if (u.parentId === null) continue;
    const list = unitKids.get(u.parentId);
    if (list) list.push(u);
    else unitKids.set(u.parentId, [u]);
  }
  const unitNodes = new Map<string, PohonNode>();
  const root = units.get(input.rootUnitId);
  const pending = root ? [root] : [];
  while (pending.length) {
    const u = pending.pop() as PohonUnitRow;
    if (unitNodes.has(u.id)) continue;
    unitNodes.set(
      u.id,
      make({
        id: u.id,
        parentId: u.id === input.rootUnitId ? null : u.parentId,
        jenis: 'UNIT',
        label: u.nama,
        unit: { unitJenis: u.jenis, pegawai: 0, ditetapkan: 0, belumDitetapkan: [] },
      }),
    );
    pending.push(...(unitKids.get(u.id) ?? []));
  }

  // Pegawai and the best status of their SKPs.
  const skpById = new Map(input.skp.map((s) => [s.id, s]));
  const bestStatus = new Map<string, string>();
  for (const s of input.skp) bestStatus.set(s.pegawaiId, better(bestStatus.get(s.pegawaiId) ?? null, s.status));
  const pegawai = new Map<string, PohonPegawai>();
  for (const p of input.pegawai) {
    if (!unitNodes.has(p.unitId)) continue;
    const status = bestStatus.get(p.id) ?? null;
    pegawai.set(p.id, {
      id: p.id,
      nama: p.nama,
      nip: p.nip,
      jabatanNama: p.jabatanNama,
      unitId: p.unitId,
      skpStatus: status,
    });
    const unit = unitNodes.get(p.unitId)?.unit as NonNullable<PohonNode['unit']>;
    unit.pegawai++;
    if (status === 'DITETAPKAN') unit.ditetapkan++;
    else unit.belumDitetapkan.push({ pegawaiId: p.id, skpStatus: status });
  }
  for (const u of unitNodes.values()) {
    if (u.unit?.belumDitetapkan.length) u.flags.push('PEGAWAI_TANPA_SKP_DITETAPKAN');
  }

  // Perjanjian Kinerja.
  const sasaranNodes = new Map<string, PohonNode>();
  for (const s of [...input.sasaran].sort(byUrutan)) {
    if (!unitNodes.has(s.unitId)) continue;
    sasaranNodes.set(
      s.id,
      make({ id: s.id, parentId: s.unitId, jenis: 'SASARAN', label: s.sasaran, pk: { status: s.pkStatus } }),
    );
  }
  const indikatorNodes = new Map<string, PohonNode>();
  for (const i of [...input.indikator].sort(byUrutan)) {
    if (!sasaranNodes.has(i.sasaranId)) continue;
    indikatorNodes.set(
      i.id,
      make({
        id: i.id,
        parentId: i.sasaranId,
        jenis: 'INDIKATOR',
        label: i.indikator,
        indikator: { target: formatTarget(i.targetNilai, i.satuan, i.targetTeks) },
      }),
    );
  }

  // RHK: only those of SKPs of pegawai in the tree.
  const rhkRows = input.rhk.filter((r) => {
    const s = skpById.get(r.skpId);
    return !!s && pegawai.has(s.pegawaiId);
  });
  const rhkIds = new Set(rhkRows.map((r) => r.id));
  const luar = new Map(input.rhkLuar.map((r) => [r.id, r]));
  const usedLuar = new Set<string>();
  const carried = new Set<string>();
  // Per owner (by name), per SKP: UTAMA before TAMBAHAN, then the form's order. Owner names are
  // ranked once so that the sort compares numbers, not strings.
  const names = sortByName([...new Set([...pegawai.values()].map((p) => p.nama))], (n) => n);
  const nameRank = new Map(names.map((n, i) => [n, i]));
  const keyed = rhkRows.map((r) => ({
    r,
    rank: nameRank.get((pegawai.get((skpById.get(r.skpId) as PohonSkpRow).pegawaiId) as PohonPegawai).nama) as number,
    utama: r.jenis === 'UTAMA' ? 0 : 1,
  }));
  keyed.sort((a, b) => a.rank - b.rank || cmp(a.r.skpId, b.r.skpId) || a.utama - b.utama || byUrutan(a.r, b.r));
  for (const { r } of keyed) {
    const s = skpById.get(r.skpId) as PohonSkpRow;
    const owner = pegawai.get(s.pegawaiId) as PohonPegawai;
    let parentId: string;
    let yatim = false;
    if (r.parentRhkId && rhkIds.has(r.parentRhkId)) parentId = r.parentRhkId;
    else if (r.parentRhkId && luar.has(r.parentRhkId)) {
      parentId = r.parentRhkId;
      usedLuar.add(r.parentRhkId);
    } else if (r.pkIndikatorId && indikatorNodes.has(r.pkIndikatorId)) parentId = r.pkIndikatorId;
    else {
      parentId = owner.unitId as string;
      yatim = isRhkYatim(s.jenisForm, r.sumber, false);
    }
    if (r.pkIndikatorId) carried.add(r.pkIndikatorId);
    const node = make({
      id: r.id,
      parentId,
      jenis: 'RHK',
      label: r.teks,
      rhk: {
        skpId: s.id,
        skpStatus: s.status,
        pegawaiId: s.pegawaiId,
        rhkJenis: r.jenis,
        sumber: r.sumber,
        jenisForm: s.jenisForm,
        jumlahIki: r.jumlahIki,
      },
    });
    if (yatim) node.flags.push('RHK_YATIM');
  }
  for (const id of usedLuar) {
    const r = luar.get(id) as PohonRhkLuarRow;
    make({
      id: r.id,
      parentId: input.rootUnitId,
      jenis: 'RHK_LUAR',
      label: r.teks,
      rhk: {
        skpId: r.skpId,
        skpStatus: r.skpStatus,
        pegawaiId: r.pegawaiId,
        rhkJenis: r.jenis,
        sumber: null,
        jenisForm: null,
        jumlahIki: 0,
      },
    });
    if (!pegawai.has(r.pegawaiId)) {
      pegawai.set(r.pegawaiId, {
        id: r.pegawaiId,
        nama: r.pegawaiNama,
        nip: null,
        jabatanNama: null,
        unitId: null,
        skpStatus: null,
      });
    }
  }
  for (const [id, node] of indikatorNodes) if (!carried.has(id)) node.flags.push('INDIKATOR_TANPA_RHK');

  // Children lists in insertion order: sasaran, context RHK, RHK, then sub-units.
  const rootNode = unitNodes.get(input.rootUnitId);
  const ordered = [...nodes.values()].filter((n) => n.jenis !== 'UNIT');
  const kindOrder: Record<PohonNodeJenis, number> = { SASARAN: 0, INDIKATOR: 0, RHK_LUAR: 1, RHK: 2, UNIT: 3 };
  ordered.sort((a, b) => kindOrder[a.jenis] - kindOrder[b.jenis]);
  for (const n of ordered) addChild(n.parentId as string, n.id);
  const subUnits = sortByName(
    [...unitNodes.values()].filter((u) => u.parentId !== null),
    (u) => u.label,
  );
  for (const u of subUnits) addChild(u.parentId as string, u.id);

  // Pre-order walk from the root.
  const out: PohonNode[] = [];
  const visit = (id: string, depth: number) => {
    const stack: Array<[string, number]> = [[id, depth]];
    while (stack.length) {
      const [cur, d] = stack.pop() as [string, number];
      const node = nodes.get(cur) as PohonNode;
      node.depth = d;
      out.push(node);
      const kids = children.get(cur) ?? [];
      node.anak = kids.length;
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], d + 1]);
    }
  };
  if (!rootNode) return { nodes: [], pegawai: [], ringkasan: emptyRingkasan() };
  visit(rootNode.id, 0);
  // RHK caught in a parent_rhk_id cycle are reachable from nowhere: break each cycle at one of its
  // members, re-hung under its owner's unit, and insert that subtree right after the unit.
  const seen = new Set(out.map((n) => n.id));
  for (const n of nodes.values()) {
    if (seen.has(n.id)) continue;
    const chain = new Set<string>();
    let m = n;
    while (!chain.has(m.id)) {
      chain.add(m.id);
      m = nodes.get(m.parentId as string) as PohonNode;
    }
    const oldKids = children.get(m.parentId as string) as string[];
    oldKids.splice(oldKids.indexOf(m.id), 1);
    const unit = nodes.get((pegawai.get(m.rhk?.pegawaiId as string) as PohonPegawai).unitId as string) as PohonNode;
    m.parentId = unit.id;
    unit.anak++;
    const before = out.length;
    visit(m.id, unit.depth + 1);
    const moved = out.splice(before);
    out.splice(out.indexOf(unit) + 1, 0, ...moved);
    for (const x of moved) seen.add(x.id);
  }

  // Counts, bottom-up (reverse pre-order visits children before parents). Distinct owners merge
  // small-to-large: a parent adopts its largest child's set and adds the others into it.
  const owners = new Map<string, Set<string>>();
  for (let k = out.length - 1; k >= 0; k--) {
    const n = out[k];
    let own = owners.get(n.id);
    if (n.jenis === 'RHK') {
      own ??= new Set<string>();
      own.add((n.rhk as NonNullable<PohonNode['rhk']>).pegawaiId);
    }
    n.jumlahPegawai = own?.size ?? 0;
    n.jumlahMasalah += n.flags.length;
    owners.delete(n.id);
    if (!n.parentId) continue;
    const p = nodes.get(n.parentId) as PohonNode;
    p.jumlahRhk += n.jumlahRhk + (n.jenis === 'RHK' ? 1 : 0);
    p.jumlahMasalah += n.jumlahMasalah;
    if (!own) continue;
    const po = owners.get(p.id);
    if (!po) owners.set(p.id, own);
    else {
      const [big, small] = po.size >= own.size ? [po, own] : [own, po];
      for (const o of small) big.add(o);
      owners.set(p.id, big);
    }
  }

  const pegawaiList = [...pegawai.values()];
  const unitInfo = [...unitNodes.values()].map((u) => u.unit as NonNullable<PohonNode['unit']>);
  const ditetapkan = unitInfo.reduce((a, u) => a + u.ditetapkan, 0);
  const members = unitInfo.reduce((a, u) => a + u.pegawai, 0);
  return {
    nodes: out,
    pegawai: pegawaiList,
    ringkasan: {
      unit: unitNodes.size,
      sasaran: sasaranNodes.size,
      indikator: indikatorNodes.size,
      indikatorTanpaRhk: [...indikatorNodes.values()].filter((n) => n.flags.length > 0).length,
      rhk: rhkRows.length,
      rhkYatim: out.filter((n) => n.flags.includes('RHK_YATIM')).length,
      pegawai: members,
      pegawaiDitetapkan: ditetapkan,
      pegawaiBelumDitetapkan: members - ditetapkan,
    },
  };
}
