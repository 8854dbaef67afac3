/**
 * Unit penilaian: the unit whose employees form one distribution and carry one predikat kinerja
 * organisasi (SE MenPANRB 3/2023 sets the pattern "per unit"; which units is an agency choice,
 * decision 0501). Setting `evaluasi.unitPenilaian = { kedalaman, jenisMandiri }`: a pegawai's unit
 * penilaian is the deepest ancestor-or-self unit whose jenis is in `jenisMandiri` (self-standing
 * units that carry their own Perjanjian Kinerja: UPT, Puskesmas), else the ancestor at depth
 * `kedalaman` (1 = the OPD under the pemda root), else the root.
 */
import type { Teks } from '../types.ts';

export interface PengaturanUnitPenilaian {
  kedalaman: number;
  jenisMandiri: readonly string[];
}

export const DEFAULT_UNIT_PENILAIAN: PengaturanUnitPenilaian = { kedalaman: 1, jenisMandiri: ['UPT', 'PUSKESMAS'] };

export interface UnitRantai {
  id: string;
  jenis: string;
  nama?: string;
}

export interface UnitPenilaianResult {
  unitId: string;
  alasan: 'JENIS_MANDIRI' | 'KEDALAMAN' | 'AKAR';
  explanation: Teks;
}

/**
 * `rantai` is the unit chain from the root (index 0 = depth 0) down to the pegawai's own unit.
 * Returns null for an empty chain (a pegawai without a unit).
 */
export function resolveUnitPenilaian(
  rantai: readonly UnitRantai[],
  setting: PengaturanUnitPenilaian = DEFAULT_UNIT_PENILAIAN,
): UnitPenilaianResult | null {
  if (!rantai.length) return null;
  for (let d = rantai.length - 1; d >= 0; d--) {
    const u = rantai[d];
    if (setting.jenisMandiri.includes(u.jenis))
      return {
        unitId: u.id,
        alasan: 'JENIS_MANDIRI',
        explanation: {
          id: `${u.nama ?? 'Unit'} berjenis ${u.jenis}, unit mandiri yang dinilai tersendiri.`,
          en: `${u.nama ?? 'The unit'} is a ${u.jenis}, a self-standing unit appraised on its own.`,
        },
      };
  }
  const at = rantai[setting.kedalaman];
  if (at)
    return {
      unitId: at.id,
      alasan: 'KEDALAMAN',
      explanation: {
        id: `${at.nama ?? 'Unit'} adalah unit pada tingkat ${setting.kedalaman} dari akar organisasi.`,
        en: `${at.nama ?? 'The unit'} is the unit at level ${setting.kedalaman} below the root.`,
      },
    };
  return {
    unitId: rantai[0].id,
    alasan: 'AKAR',
    explanation: {
      id: 'Pegawai berada di atas tingkat unit penilaian: dinilai bersama unit akar.',
      en: 'The employee sits above the appraisal-unit level: appraised with the root unit.',
    },
  };
}

/** Whether a unit (at `depth`, of `jenis`) is itself a unit penilaian under the setting. */
export function isUnitPenilaian(
  unit: { depth: number; jenis: string },
  setting: PengaturanUnitPenilaian = DEFAULT_UNIT_PENILAIAN,
): boolean {
  return setting.jenisMandiri.includes(unit.jenis) || unit.depth === setting.kedalaman;
}

/** The chain root → unit from a parent map (stops on a cycle or a missing parent). */
export function rantaiUnit<U extends { id: string; parentId: string | null }>(
  unitId: string | null,
  units: ReadonlyMap<string, U>,
): U[] {
  const out: U[] = [];
  const seen = new Set<string>();
  let cur = unitId ? units.get(unitId) : undefined;
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    out.unshift(cur);
    cur = cur.parentId ? units.get(cur.parentId) : undefined;
  }
  return out;
}
