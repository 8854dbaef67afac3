/**
 * The write plan of a valid import: only new or changed rows are written, and a cell whose column
 * is absent keeps the stored value. Runs only when validation found no errors, so every kode it
 * looks up is known and the unit tree has no cycles.
 */
import type { JabatanRow } from './exchange.jabatan-rows.ts';
import type { PegawaiRow } from './exchange.pegawai-rows.ts';
import type { PlacementChanges } from './exchange.placements.ts';
import type { HeadChanges, KodeIndex } from './exchange.references.ts';
import type { UnitRow } from './exchange.unor-rows.ts';
import type {
  Existing,
  ExistingUnit,
  ImportPlan,
  JabatanWrite,
  PegawaiFields,
  PegawaiWrite,
  UnitWrite,
} from './exchange.validate-types.ts';

export interface PlanInput {
  existing: Existing;
  index: KodeIndex;
  unitRows: UnitRow[];
  jabatanRows: JabatanRow[];
  pegawaiRows: PegawaiRow[];
  heads: HeadChanges;
  placements: PlacementChanges;
  /** Row counts; created/updated/unchanged are counted here. */
  counts: ImportPlan['counts'];
}

export function buildImportPlan(input: PlanInput): ImportPlan {
  const units = planUnits(input);
  const jabatan = planJabatan(input);
  const { pegawai, pegawaiChanges } = planPegawai(input);
  const { closePlacements, openPlacements } = input.placements;
  return { units, jabatan, pegawai, closePlacements, openPlacements, pegawaiChanges, counts: input.counts };
}

/** A unit to write; the rows the file does not have are units the import touches indirectly. */
type UnitTarget = Omit<UnitRow, 'reader'>;

/** Units named in the file, heads set through KEPALA_UNOR, and units whose stored path moves. */
function planUnits({ existing, index, unitRows, heads, counts }: PlanInput): UnitWrite[] {
  const { existingUnitByKode, fileUnit, unitId, jabId, parentOf } = index;
  const { headFromJabatan, headRemoved } = heads;
  const units: UnitWrite[] = [];
  // Units touched only through KEPALA_UNOR get a row of their own (existing values otherwise).
  const unitTargets: UnitTarget[] = [...unitRows];
  for (const [kode] of headFromJabatan) {
    const old = existingUnitByKode.get(kode);
    if (!fileUnit.has(kode) && old)
      unitTargets.push({ kode, nama: old.nama, parentKode: undefined, jenis: undefined, kepalaKode: undefined });
  }
  const existingHeadKode = (old: ExistingUnit | undefined) => {
    const j = old?.kepalaJabatanId ? existing.jabatan.find((x) => x.id === old.kepalaJabatanId) : undefined;
    return j?.kode;
  };
  // Paths of every unit after the import (the parents are validated: no cycles, all known).
  const pathOf = new Map<string, { path: string; depth: number }>();
  const computePath = (kode: string): { path: string; depth: number } => {
    const known = pathOf.get(kode);
    if (known) return known;
    const chain: string[] = [];
    for (let k: string | null = kode; k && !pathOf.has(k); k = parentOf.get(k) ?? null) chain.push(k);
    for (let n = chain.length - 1; n >= 0; n--) {
      const k = chain[n];
      const parent = parentOf.get(k) ?? null;
      const above = parent ? pathOf.get(parent) : undefined;
      pathOf.set(k, { path: `${above?.path ?? '/'}${unitId.get(k)}/`, depth: above ? above.depth + 1 : 0 });
    }
    return pathOf.get(kode) as { path: string; depth: number };
  };
  const inPlan = new Set(unitTargets.map((u) => u.kode));
  for (const old of existing.units) {
    if (inPlan.has(old.kode) || old.path === undefined) continue;
    const now = computePath(old.kode);
    if (now.path !== old.path || now.depth !== old.depth) {
      unitTargets.push({
        kode: old.kode,
        nama: old.nama,
        parentKode: undefined,
        jenis: undefined,
        kepalaKode: undefined,
      });
    }
  }
  for (const u of unitTargets) {
    const old = existingUnitByKode.get(u.kode);
    const viaJabatan = headFromJabatan.get(u.kode);
    let kepalaKode = u.kepalaKode;
    if (viaJabatan && !kepalaKode) kepalaKode = viaJabatan;
    else if (kepalaKode === undefined && old && headRemoved.has(existingHeadKode(old) ?? '')) kepalaKode = null;
    const next: UnitWrite = {
      id: unitId.get(u.kode) as string,
      kode: u.kode,
      nama: u.nama,
      jenis: u.jenis ?? old?.jenis ?? 'LAINNYA',
      parentId:
        u.parentKode === undefined
          ? (old?.parentId ?? null)
          : u.parentKode
            ? (unitId.get(u.parentKode) as string)
            : null,
      kepalaJabatanId:
        kepalaKode === undefined
          ? (old?.kepalaJabatanId ?? null)
          : kepalaKode
            ? (jabId.get(kepalaKode) as string)
            : null,
      ...computePath(u.kode),
      isNew: !old,
    };
    // Units written only because their path moved are not counted as rows of the file.
    const fromFile = fileUnit.has(u.kode) || headFromJabatan.has(u.kode);
    const pathMoved = !!old && old.path !== undefined && (old.path !== next.path || old.depth !== next.depth);
    if (!old) counts.unor.created++;
    else if (
      old.nama !== next.nama ||
      old.jenis !== next.jenis ||
      old.parentId !== next.parentId ||
      old.kepalaJabatanId !== next.kepalaJabatanId
    ) {
      if (fromFile) counts.unor.updated++;
    } else if (!pathMoved) {
      if (fromFile) counts.unor.unchanged++;
      continue;
    }
    units.push(next);
  }
  return units;
}

function planJabatan({ index, jabatanRows, counts }: PlanInput): JabatanWrite[] {
  const { existingJabByKode, unitId, jabId } = index;
  const jabatan: JabatanWrite[] = [];
  for (const j of jabatanRows) {
    const old = existingJabByKode.get(j.kode);
    const next: JabatanWrite = {
      id: jabId.get(j.kode) as string,
      kode: j.kode,
      unitId: unitId.get(j.unitKode) as string,
      nama: j.nama,
      jenis: j.jenis,
      jenjang: j.jenjang === undefined ? (old?.jenjang ?? null) : j.jenjang,
      atasanJabatanId:
        j.atasanKode === undefined
          ? (old?.atasanJabatanId ?? null)
          : j.atasanKode
            ? (jabId.get(j.atasanKode) as string)
            : null,
      kelas: j.kelas === undefined ? (old?.kelas ?? null) : j.kelas,
      isNew: !old,
    };
    if (!old) counts.jabatan.created++;
    else if (
      old.unitId !== next.unitId ||
      old.nama !== next.nama ||
      old.jenis !== next.jenis ||
      old.jenjang !== next.jenjang ||
      old.atasanJabatanId !== next.atasanJabatanId ||
      old.kelas !== next.kelas
    )
      counts.jabatan.updated++;
    else {
      counts.jabatan.unchanged++;
      continue;
    }
    jabatan.push(next);
  }
  return jabatan;
}

const PEGAWAI_FIELDS: (keyof PegawaiFields)[] = [
  'nama',
  'gelarDepan',
  'gelarBelakang',
  'jenisAsn',
  'golongan',
  'tanggalLahir',
  'jenisKelamin',
  'email',
  'telepon',
];

/** People to write, with the before/after of each changed field for the audit trail. */
function planPegawai({ existing, pegawaiRows, placements, counts }: PlanInput): {
  pegawai: PegawaiWrite[];
  pegawaiChanges: ImportPlan['pegawaiChanges'];
} {
  const pegawai: PegawaiWrite[] = [];
  const pegawaiChanges: ImportPlan['pegawaiChanges'] = [];
  for (const p of pegawaiRows) {
    const old = existing.pegawai.get(p.nip);
    const id = placements.pegawaiIds.get(p.nip) as string;
    const merged = {} as PegawaiFields;
    for (const f of PEGAWAI_FIELDS) {
      const v = p.fields[f];
      (merged as unknown as Record<string, unknown>)[f] = v === undefined ? (old ? old[f] : null) : v;
    }
    if (!old) {
      counts.pegawai.created++;
      pegawai.push({ id, nip: p.nip, isNew: true, ...merged });
      continue;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of PEGAWAI_FIELDS) {
      if (old[f] !== merged[f]) {
        before[f] = old[f];
        after[f] = merged[f];
      }
    }
    const changed = Object.keys(after).length > 0;
    if (changed) {
      pegawai.push({ id, nip: p.nip, isNew: false, ...merged });
      pegawaiChanges.push({ id, nip: p.nip, before, after });
    }
    if (changed || placements.movedPegawai.has(p.nip)) counts.pegawai.updated++;
    else counts.pegawai.unchanged++;
  }
  return { pegawai, pegawaiChanges };
}
