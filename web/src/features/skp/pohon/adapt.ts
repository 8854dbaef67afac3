/**
 * Turns GET /pohon-kinerja into the generic tree the page draws: the server's nodes (unit →
 * sasaran → indikator → RHK → RHK …) plus, under every unit, a group with each of its pegawai, so
 * the tree reaches every person. "Pegawai tanpa SKP ditetapkan" is flagged on each person (the
 * server flags the unit) so the problem count is a count of people.
 */
import type { PohonKinerja } from '../api/planning-types.ts';

export interface TreeNode {
  id: string;
  jenis: string;
  label: string;
  keterangan?: string | null;
  flags: string[];
  skpId?: string | null;
  status?: string | null;
}

export interface TreeData {
  nodes: TreeNode[];
  edges: { dari: string; ke: string }[];
}

type T = (key: string, options: Record<string, unknown>) => string;

export function adaptPohon(data: PohonKinerja, t: T): TreeData {
  const pegawai = new Map(data.pegawai.map((p) => [p.id, p]));
  const skpOf = new Map<string, string>();
  for (const n of data.nodes) if (n.rhk) skpOf.set(n.rhk.pegawaiId, n.rhk.skpId);
  const nodes: TreeNode[] = [];
  const edges: TreeData['edges'] = [];
  for (const n of data.nodes) {
    const owner = n.rhk ? pegawai.get(n.rhk.pegawaiId) : undefined;
    let keterangan: string | null = null;
    if (n.jenis === 'UNIT' && n.unit)
      keterangan = t('skp.pohon.unitKet', { ditetapkan: n.unit.ditetapkan, pegawai: n.unit.pegawai });
    else if (n.jenis === 'INDIKATOR')
      keterangan = n.indikator?.target ? t('skp.pohon.target', { target: n.indikator.target }) : null;
    else if (n.jenis === 'RHK' && owner) keterangan = [owner.nama, owner.jabatanNama].filter(Boolean).join(', ');
    else if (n.jenis === 'RHK_LUAR') keterangan = t('skp.pohon.luar', {});
    nodes.push({
      id: n.id,
      jenis: n.jenis,
      label: n.label,
      keterangan,
      flags: n.flags.filter((f) => f !== 'PEGAWAI_TANPA_SKP_DITETAPKAN'),
      skpId: n.rhk?.skpId ?? null,
      status: n.jenis === 'RHK' ? (n.rhk?.skpStatus ?? null) : n.jenis === 'SASARAN' ? (n.pk?.status ?? null) : null,
    });
    if (n.parentId) edges.push({ dari: n.parentId, ke: n.id });
  }
  // Every pegawai under a group node of their unit (placed first, before the unit's plan).
  const byUnit = new Map<string, PohonKinerja['pegawai']>();
  for (const p of data.pegawai) {
    if (!p.unitId) continue;
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  const unitIds = new Set(data.nodes.filter((n) => n.jenis === 'UNIT').map((n) => n.id));
  for (const [unitId, list] of byUnit) {
    if (!unitIds.has(unitId)) continue;
    const group = `pegawai:${unitId}`;
    nodes.push({
      id: group,
      jenis: 'KELOMPOK_PEGAWAI',
      label: t('skp.pohon.kelompokPegawai', { count: list.length }),
      flags: [],
    });
    edges.unshift({ dari: unitId, ke: group });
    for (const p of [...list].sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) {
      const id = `pegawai:${unitId}:${p.id}`;
      nodes.push({
        id,
        jenis: 'PEGAWAI',
        label: p.nama,
        keterangan: p.jabatanNama,
        flags: p.skpStatus === 'DITETAPKAN' ? [] : ['PEGAWAI_TANPA_SKP_DITETAPKAN'],
        skpId: skpOf.get(p.id) ?? null,
        status: p.skpStatus ?? 'BELUM',
      });
      edges.push({ dari: group, ke: id });
    }
  }
  return { nodes, edges };
}
