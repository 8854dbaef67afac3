/**
 * Who appraises whom (pejabat penilai kinerja and atasan pejabat penilai), derived from the unit
 * tree and position types for one date, with the reasons spelled out.
 *
 * Rules (domain.md §1.2):
 * - The appraiser is the direct superior (atasan langsung), at minimum a pejabat pengawas, or an
 *   official delegated the authority — PP 30/2019 Pasal 1 angka 8; PermenPANRB 6/2022 Pasal 1 angka 9.
 * - The atasan pejabat penilai is the appraiser's own direct superior — PP 30/2019 Pasal 59.
 * - Heads of OPD / the Sekda are appraised by the regional head (Gubernur/Bupati/Wali Kota), a state
 *   official outside the ASN system; the same official is their atasan penilai (BKN table, CONFIRMED).
 * - Acting officials (PLT/PLH) registered by HR act as appraisers (BKN e-Kinerja admin guide).
 * - When the appraiser position is vacant, the appraiser's superior acts (Permensos 4/2024; adopted
 *   as the general default here, see docs/decisions/0001-appraiser-resolution.md).
 * - A head of a school or puskesmas holding a functional position appraises the unit's staff as a
 *   delegate ("pejabat lain yang diberi pendelegasian kewenangan"; teachers → kepala sekolah, LIKELY).
 */

export const RULESET_APPRAISER = 'penilai-pp30-2019-permenpanrb-6-2022';

export type JenisJabatan =
  | 'JPT_UTAMA'
  | 'JPT_MADYA'
  | 'JPT_PRATAMA'
  | 'ADMINISTRATOR'
  | 'PENGAWAS'
  | 'PELAKSANA'
  | 'FUNGSIONAL';

/** Rank of position types for the "at least pengawas" rule. */
const LEVEL: Record<JenisJabatan, number> = {
  JPT_UTAMA: 7,
  JPT_MADYA: 6,
  JPT_PRATAMA: 5,
  ADMINISTRATOR: 4,
  PENGAWAS: 3,
  FUNGSIONAL: 2,
  PELAKSANA: 1,
};
const MIN_APPRAISER_LEVEL = LEVEL.PENGAWAS;

export interface OrgUnit {
  id: string;
  parentId: string | null;
  nama: string;
  jenis: string;
  kepalaJabatanId: string | null;
}

export interface OrgJabatan {
  id: string;
  unitId: string;
  nama: string;
  jenis: JenisJabatan;
  atasanJabatanId: string | null;
}

export interface OrgPlacement {
  pegawaiId: string;
  jabatanId: string;
  jenis: 'DEFINITIF' | 'PLT' | 'PLH';
}

export interface OrgOverride {
  pegawaiId: string;
  penilaiPegawaiId: string;
  alasan: string;
}

export interface OrgPegawai {
  id: string;
  nama: string;
  nip: string;
}

/** Everything the resolution needs, already filtered to the evaluated date. */
export interface OrgSnapshot {
  jabatanPimpinan: string;
  /** Name of the current head of government, when the instansi records it. */
  namaPimpinan?: string | null;
  units: ReadonlyMap<string, OrgUnit>;
  jabatan: ReadonlyMap<string, OrgJabatan>;
  pegawai: ReadonlyMap<string, OrgPegawai>;
  placements: readonly OrgPlacement[];
  overrides: readonly OrgOverride[];
}

export type Via = 'DEFINITIF' | 'PLT' | 'PLH' | 'OVERRIDE';

export type Penilai =
  | {
      kind: 'PEGAWAI';
      pegawaiId: string;
      nama: string;
      nip: string;
      jabatanId: string | null;
      jabatanNama: string | null;
      via: Via;
    }
  /** The head of government (Bupati, Gubernur …): a state official, not a pegawai; nama when recorded. */
  | { kind: 'PIMPINAN_INSTANSI'; jabatan: string; nama: string | null };

export type ProblemCode =
  | 'NO_POSITION'
  | 'NO_APPRAISER'
  | 'VACANT_APPRAISER'
  | 'CYCLE'
  | 'APPRAISER_BELOW_PENGAWAS'
  | 'UNIT_WITHOUT_HEAD';

export interface Step {
  code: string;
  id: string;
  en: string;
}

export interface Problem {
  code: ProblemCode;
  id: string;
  en: string;
  unitId?: string;
  jabatanId?: string;
}

export interface AppraiserResolution {
  pegawaiId: string;
  jabatanId: string | null;
  penilai: Penilai | null;
  atasanPenilai: Penilai | null;
  steps: Step[];
  problems: Problem[];
}

/** Precomputed lookups so that resolving every employee of a tenant stays linear. */
export class OrgIndex {
  readonly definitiveByPegawai = new Map<string, string>();
  readonly holders = new Map<string, { DEFINITIF: string[]; PLT: string[]; PLH: string[] }>();
  readonly overrideByPegawai = new Map<string, OrgOverride>();

  constructor(readonly org: OrgSnapshot) {
    for (const p of org.placements) {
      if (p.jenis === 'DEFINITIF' && !this.definitiveByPegawai.has(p.pegawaiId)) {
        this.definitiveByPegawai.set(p.pegawaiId, p.jabatanId);
      }
      let h = this.holders.get(p.jabatanId);
      if (!h) {
        h = { DEFINITIF: [], PLT: [], PLH: [] };
        this.holders.set(p.jabatanId, h);
      }
      h[p.jenis].push(p.pegawaiId);
    }
    for (const o of org.overrides) this.overrideByPegawai.set(o.pegawaiId, o);
  }
}

type Superior = { kind: 'JABATAN'; jabatan: OrgJabatan } | { kind: 'PIMPINAN_INSTANSI' } | { kind: 'NONE' };

/** The position directly above `jab`: explicit atasan, else the head of its unit, else up the tree. */
function superiorOf(index: OrgIndex, jab: OrgJabatan, steps: Step[], problems: Problem[]): Superior {
  const { org } = index;
  if (jab.atasanJabatanId) {
    const explicit = org.jabatan.get(jab.atasanJabatanId);
    if (explicit) {
      steps.push({
        code: 'EXPLICIT_ATASAN',
        id: `Atasan jabatan ${jab.nama} ditetapkan secara eksplisit: ${explicit.nama}.`,
        en: `The superior of ${jab.nama} is set explicitly: ${explicit.nama}.`,
      });
      return { kind: 'JABATAN', jabatan: explicit };
    }
  }
  let unit = org.units.get(jab.unitId);
  let first = true;
  while (unit) {
    const headId = unit.kepalaJabatanId;
    if (headId && headId !== jab.id) {
      const head = org.jabatan.get(headId);
      if (head) {
        steps.push({
          code: first ? 'UNIT_HEAD' : 'PARENT_UNIT_HEAD',
          id: `${head.nama} adalah kepala ${unit.nama}${first ? ', unit tempat jabatan ini berada' : ''}.`,
          en: `${head.nama} heads ${unit.nama}${first ? ', the unit of this position' : ''}.`,
        });
        return { kind: 'JABATAN', jabatan: head };
      }
    }
    if (!headId && unit.parentId) {
      problems.push({
        code: 'UNIT_WITHOUT_HEAD',
        unitId: unit.id,
        id: `Unit ${unit.nama} belum memiliki jabatan kepala; dicari ke unit induk.`,
        en: `Unit ${unit.nama} has no head position; looking at its parent unit.`,
      });
    }
    first = false;
    if (!unit.parentId) {
      steps.push({
        code: 'PIMPINAN_INSTANSI',
        id: `Puncak struktur: ${org.jabatanPimpinan} (pejabat negara, di luar ASN) menilai jabatan ini.`,
        en: `Top of the structure: the ${org.jabatanPimpinan} (a state official outside the ASN) appraises this position.`,
      });
      return { kind: 'PIMPINAN_INSTANSI' };
    }
    unit = org.units.get(unit.parentId);
  }
  return { kind: 'NONE' };
}

function isUnitHead(org: OrgSnapshot, jab: OrgJabatan): boolean {
  return org.units.get(jab.unitId)?.kepalaJabatanId === jab.id;
}

/**
 * Finds who appraises the holder of `start` (a position), skipping vacant positions, the person
 * themselves, and positions below pengawas level, recording each skip as a step/problem.
 */
function appraiserAbove(
  index: OrgIndex,
  start: OrgJabatan,
  selfId: string,
  steps: Step[],
  problems: Problem[],
): Penilai | null {
  const { org } = index;
  const seen = new Set<string>([start.id]);
  let current = start;
  for (;;) {
    const sup = superiorOf(index, current, steps, problems);
    if (sup.kind === 'PIMPINAN_INSTANSI')
      return { kind: 'PIMPINAN_INSTANSI', jabatan: org.jabatanPimpinan, nama: org.namaPimpinan ?? null };
    if (sup.kind === 'NONE') return null;
    const s = sup.jabatan;
    if (seen.has(s.id)) {
      problems.push({
        code: 'CYCLE',
        jabatanId: s.id,
        id: `Rantai atasan berputar kembali ke ${s.nama}.`,
        en: `The chain of superiors loops back to ${s.nama}.`,
      });
      return null;
    }
    seen.add(s.id);
    current = s;
    const delegatedHead = s.jenis === 'FUNGSIONAL' && isUnitHead(org, s);
    if (LEVEL[s.jenis] < MIN_APPRAISER_LEVEL && !delegatedHead) {
      problems.push({
        code: 'APPRAISER_BELOW_PENGAWAS',
        jabatanId: s.id,
        id: `${s.nama} berada di bawah tingkat pengawas sehingga tidak dapat menjadi pejabat penilai; dinaikkan ke atasannya.`,
        en: `${s.nama} is below pengawas level and cannot appraise; moving up to its superior.`,
      });
      continue;
    }
    if (delegatedHead) {
      steps.push({
        code: 'DELEGATED_HEAD',
        id: `${s.nama} memimpin unit sebagai pejabat fungsional dan menilai sebagai pejabat yang diberi pendelegasian.`,
        en: `${s.nama} heads the unit as a functional official and appraises by delegation.`,
      });
    }
    const holders = index.holders.get(s.id);
    for (const via of ['DEFINITIF', 'PLT', 'PLH'] as const) {
      const candidate = holders?.[via].find((id) => id !== selfId);
      if (candidate) {
        const person = org.pegawai.get(candidate);
        if (!person) continue;
        if (via !== 'DEFINITIF') {
          steps.push({
            code: 'ACTING',
            id: `${s.nama} tidak diisi pejabat definitif; ${person.nama} bertindak sebagai ${via}.`,
            en: `${s.nama} has no definitive holder; ${person.nama} acts as ${via}.`,
          });
        }
        return {
          kind: 'PEGAWAI',
          pegawaiId: person.id,
          nama: person.nama,
          nip: person.nip,
          jabatanId: s.id,
          jabatanNama: s.nama,
          via,
        };
      }
    }
    const isSelf =
      holders?.DEFINITIF.includes(selfId) || holders?.PLT.includes(selfId) || holders?.PLH.includes(selfId);
    if (isSelf) {
      steps.push({
        code: 'SELF_ACTING',
        id: `Pegawai ini sendiri memegang ${s.nama}; penilai dicari ke atasannya.`,
        en: `The employee holds ${s.nama} themselves; looking at its superior.`,
      });
      continue;
    }
    problems.push({
      code: 'VACANT_APPRAISER',
      jabatanId: s.id,
      id: `Jabatan ${s.nama} kosong tanpa PLT/PLH; atasan dari jabatan itu bertindak sebagai penilai.`,
      en: `${s.nama} is vacant with no PLT/PLH; its superior acts as appraiser.`,
    });
  }
}

/** Resolves the appraiser of a pegawai's holder, used for both levels. */
function resolvePenilai(
  index: OrgIndex,
  pegawaiId: string,
  steps: Step[],
  problems: Problem[],
  visiting: Set<string>,
): Penilai | null {
  const { org } = index;
  const override = index.overrideByPegawai.get(pegawaiId);
  if (override) {
    const person = org.pegawai.get(override.penilaiPegawaiId);
    if (person) {
      if (visiting.has(person.id)) {
        problems.push({
          code: 'CYCLE',
          id: `Penetapan penilai khusus membentuk lingkaran (${person.nama}).`,
          en: `Appraiser overrides form a loop (${person.nama}).`,
        });
        return null;
      }
      steps.push({
        code: 'OVERRIDE',
        id: `Penilai ditetapkan khusus: ${person.nama} (${override.alasan}).`,
        en: `Appraiser set explicitly: ${person.nama} (${override.alasan}).`,
      });
      const jabatanId = index.definitiveByPegawai.get(person.id) ?? null;
      return {
        kind: 'PEGAWAI',
        pegawaiId: person.id,
        nama: person.nama,
        nip: person.nip,
        jabatanId,
        jabatanNama: jabatanId ? (org.jabatan.get(jabatanId)?.nama ?? null) : null,
        via: 'OVERRIDE',
      };
    }
  }
  const jabatanId = index.definitiveByPegawai.get(pegawaiId);
  const jab = jabatanId ? org.jabatan.get(jabatanId) : undefined;
  if (!jab) {
    problems.push({
      code: 'NO_POSITION',
      id: 'Pegawai tidak memiliki penempatan definitif pada tanggal ini.',
      en: 'The employee has no definitive placement on this date.',
    });
    return null;
  }
  return appraiserAbove(index, jab, pegawaiId, steps, problems);
}

/**
 * Resolves the pejabat penilai and atasan pejabat penilai of one pegawai with the reasons.
 * The snapshot must already be filtered to the evaluated date.
 */
export function resolveAppraiser(index: OrgIndex, pegawaiId: string): AppraiserResolution {
  const steps: Step[] = [];
  const problems: Problem[] = [];
  const penilai = resolvePenilai(index, pegawaiId, steps, problems, new Set([pegawaiId]));
  let atasanPenilai: Penilai | null = null;
  if (penilai?.kind === 'PIMPINAN_INSTANSI') {
    atasanPenilai = penilai;
  } else if (penilai) {
    const atasanSteps: Step[] = [];
    atasanPenilai = resolvePenilai(
      index,
      penilai.pegawaiId,
      atasanSteps,
      problems,
      new Set([pegawaiId, penilai.pegawaiId]),
    );
    steps.push({
      code: 'ATASAN_PENILAI',
      id: 'Atasan pejabat penilai adalah atasan langsung dari pejabat penilai (PP 30/2019 Pasal 59).',
      en: "The appraiser's superior is the appraiser's own direct superior (PP 30/2019 Article 59).",
    });
  }
  if (!penilai && !problems.some((p) => p.code === 'NO_POSITION' || p.code === 'CYCLE')) {
    problems.push({
      code: 'NO_APPRAISER',
      id: 'Pejabat penilai tidak dapat ditentukan.',
      en: 'No appraiser could be found.',
    });
  }
  return {
    pegawaiId,
    jabatanId: index.definitiveByPegawai.get(pegawaiId) ?? null,
    penilai,
    atasanPenilai,
    steps,
    problems,
  };
}

export interface HierarchyProblem extends Problem {
  pegawaiIds: string[];
}

/**
 * The hierarchy problems report: every unit without a head, every problem met while resolving
 * every employee's appraiser, grouped by code and position/unit so each is listed once.
 */
export function findHierarchyProblems(index: OrgIndex): HierarchyProblem[] {
  const grouped = new Map<string, HierarchyProblem>();
  const add = (p: Problem, pegawaiId?: string) => {
    const key = `${p.code}|${p.unitId ?? ''}|${p.jabatanId ?? ''}|${p.unitId || p.jabatanId ? '' : pegawaiId}`;
    let g = grouped.get(key);
    if (!g) {
      g = { ...p, pegawaiIds: [] };
      grouped.set(key, g);
    }
    if (pegawaiId && !g.pegawaiIds.includes(pegawaiId)) g.pegawaiIds.push(pegawaiId);
  };
  for (const unit of index.org.units.values()) {
    if (!unit.kepalaJabatanId && unit.parentId) {
      add({
        code: 'UNIT_WITHOUT_HEAD',
        unitId: unit.id,
        id: `Unit ${unit.nama} belum memiliki jabatan kepala.`,
        en: `Unit ${unit.nama} has no head position.`,
      });
    }
  }
  for (const pegawaiId of index.org.pegawai.keys()) {
    const r = resolveAppraiser(index, pegawaiId);
    for (const p of r.problems) add(p, pegawaiId);
  }
  return [...grouped.values()];
}
