/**
 * Pass 2 for the UNOR and JABATAN sheets: kodes that point at other rows (parent unit, head of a
 * unit, a position's unit and superior) must exist in the file or in the existing data, and the
 * unit tree must stay a tree with a single root. Runs after every sheet is read, because a row may
 * name a unit or position defined further down or on another sheet.
 */
import { message } from './exchange.errors.ts';
import type { JabatanRow } from './exchange.jabatan-rows.ts';
import type { IssueLog } from './exchange.row-checks.ts';
import type { UnitRow } from './exchange.unor-rows.ts';
import type { Existing, ExistingJabatan, ExistingUnit } from './exchange.validate-types.ts';

/** Every unit and position after the import, by kode: the file's rows over the existing data. */
export interface KodeIndex {
  existingUnitByKode: Map<string, ExistingUnit>;
  existingUnitById: Map<string, ExistingUnit>;
  existingJabByKode: Map<string, ExistingJabatan>;
  fileUnit: Map<string, UnitRow>;
  fileJab: Map<string, JabatanRow>;
  /** Unit kode → id: the stored id, or a new one for a unit that is new in the file. */
  unitId: Map<string, string>;
  /** Position kode → id: the stored id, or a new one for a position that is new in the file. */
  jabId: Map<string, string>;
  /** Parent of every unit after the import (kode → parent kode), to find cycles and extra roots. */
  parentOf: Map<string, string | null>;
  unitExists(kode: string): boolean;
  jabExists(kode: string): boolean;
  /** Unit kode of a position (file first, then existing). */
  unitKodeOfJab(kode: string): string | undefined;
}

/** Heads changed through the JABATAN sheet's KEPALA_UNOR column. */
export interface HeadChanges {
  /** Unit kode → kode of the position named its head by KEPALA_UNOR = Y. */
  headFromJabatan: Map<string, string>;
  /** Kodes of positions that stop heading their unit (KEPALA_UNOR = N). */
  headRemoved: Set<string>;
}

/** Builds the index; ids for new units, then new positions, are drawn from newId in file order. */
export function indexKodes(
  existing: Existing,
  unitRows: UnitRow[],
  jabatanRows: JabatanRow[],
  newId: () => string,
): KodeIndex {
  const existingUnitByKode = new Map(existing.units.map((u) => [u.kode, u]));
  const existingUnitById = new Map(existing.units.map((u) => [u.id, u]));
  const existingJabByKode = new Map(existing.jabatan.map((j) => [j.kode, j]));
  const fileUnit = new Map(unitRows.map((u) => [u.kode, u]));
  const fileJab = new Map(jabatanRows.map((j) => [j.kode, j]));
  const unitId = new Map<string, string>();
  for (const u of existing.units) unitId.set(u.kode, u.id);
  for (const u of unitRows) if (!unitId.has(u.kode)) unitId.set(u.kode, newId());
  const jabId = new Map<string, string>();
  for (const j of existing.jabatan) jabId.set(j.kode, j.id);
  for (const j of jabatanRows) if (!jabId.has(j.kode)) jabId.set(j.kode, newId());
  const parentOf = new Map<string, string | null>();
  for (const u of existing.units)
    parentOf.set(u.kode, u.parentId ? (existingUnitById.get(u.parentId)?.kode ?? null) : null);
  for (const u of unitRows) {
    if (u.parentKode !== undefined) parentOf.set(u.kode, u.parentKode);
    else if (!parentOf.has(u.kode)) parentOf.set(u.kode, null);
  }
  return {
    existingUnitByKode,
    existingUnitById,
    existingJabByKode,
    fileUnit,
    fileJab,
    unitId,
    jabId,
    parentOf,
    unitExists: (kode) => unitId.has(kode),
    jabExists: (kode) => jabId.has(kode),
    unitKodeOfJab: (kode) => {
      const f = fileJab.get(kode);
      if (f) return f.unitKode;
      const e = existingJabByKode.get(kode);
      return e ? existingUnitById.get(e.unitId)?.kode : undefined;
    },
  };
}

/** Parent (known, not itself, no cycle, at most one root) and head position of every unit row. */
export function checkUnitReferences(unitRows: UnitRow[], index: KodeIndex, existing: Existing, issues: IssueLog) {
  const { parentOf } = index;
  let rootKode: string | null = null;
  for (const u of existing.units) if (!u.parentId && parentOf.get(u.kode) === null) rootKode ??= u.kode;
  for (const u of unitRows) {
    const r = u.reader;
    if (u.parentKode) {
      if (u.parentKode === u.kode)
        issues.fail(
          r,
          'UNOR_INDUK_KODE',
          'EXCHANGE.SELF_REFERENCE',
          message('EXCHANGE.SELF_REFERENCE', { column: r.header('UNOR_INDUK_KODE') }),
          u.parentKode,
        );
      else if (!index.unitExists(u.parentKode)) issues.unknownReference(r, 'UNOR_INDUK_KODE', u.parentKode);
      else {
        const seen = [u.kode];
        for (let k = parentOf.get(u.kode) ?? null; k; k = parentOf.get(k) ?? null) {
          if (k === u.kode) {
            issues.fail(
              r,
              'UNOR_INDUK_KODE',
              'EXCHANGE.PARENT_CYCLE',
              message('EXCHANGE.PARENT_CYCLE', { value: [...seen, k].join(' → ') }),
              u.parentKode,
            );
            break;
          }
          if (seen.includes(k)) break; // a cycle above this unit; reported on its own rows
          seen.push(k);
        }
      }
    } else if (parentOf.get(u.kode) === null) {
      if (rootKode && rootKode !== u.kode) {
        issues.fail(
          r,
          'UNOR_INDUK_KODE',
          'EXCHANGE.SECOND_ROOT',
          message('EXCHANGE.SECOND_ROOT', { value: rootKode }),
          '',
        );
      } else rootKode = u.kode;
    }
    if (u.kepalaKode) {
      if (!index.jabExists(u.kepalaKode)) issues.unknownReference(r, 'JABATAN_KEPALA_KODE', u.kepalaKode);
      else {
        const where = index.unitKodeOfJab(u.kepalaKode);
        if (where !== u.kode) {
          issues.fail(
            r,
            'JABATAN_KEPALA_KODE',
            'EXCHANGE.HEAD_OUTSIDE_UNIT',
            message('EXCHANGE.HEAD_OUTSIDE_UNIT', { value: u.kepalaKode, other: where ?? '?' }),
            u.kepalaKode,
          );
        }
      }
    }
  }
}

/**
 * KEPALA_UNOR (one head per unit, agreeing with the UNOR sheet), the unit and the superior of every
 * position row; returns the head changes it asks for.
 */
export function checkJabatanReferences(jabatanRows: JabatanRow[], index: KodeIndex, issues: IssueLog): HeadChanges {
  const headFromJabatan = new Map<string, string>();
  const headRemoved = new Set<string>();
  for (const j of jabatanRows) {
    const r = j.reader;
    if (j.kepala === true) {
      const other = headFromJabatan.get(j.unitKode);
      const inUnorSheet = index.fileUnit.get(j.unitKode)?.kepalaKode;
      if (other)
        issues.fail(
          r,
          'KEPALA_UNOR',
          'EXCHANGE.HEAD_CONFLICT',
          message('EXCHANGE.HEAD_CONFLICT', { value: j.unitKode, other }),
          'Y',
        );
      else if (inUnorSheet && inUnorSheet !== j.kode) {
        issues.fail(
          r,
          'KEPALA_UNOR',
          'EXCHANGE.HEAD_CONFLICT',
          message('EXCHANGE.HEAD_CONFLICT', { value: j.unitKode, other: inUnorSheet }),
          'Y',
        );
      } else headFromJabatan.set(j.unitKode, j.kode);
    } else if (j.kepala === false) headRemoved.add(j.kode);
    if (!index.unitExists(j.unitKode)) issues.unknownReference(r, 'UNOR_KODE', j.unitKode);
    if (j.atasanKode) {
      if (j.atasanKode === j.kode)
        issues.fail(
          r,
          'ATASAN_JABATAN_KODE',
          'EXCHANGE.SELF_REFERENCE',
          message('EXCHANGE.SELF_REFERENCE', { column: r.header('ATASAN_JABATAN_KODE') }),
          j.atasanKode,
        );
      else if (!index.jabExists(j.atasanKode)) issues.unknownReference(r, 'ATASAN_JABATAN_KODE', j.atasanKode);
    }
  }
  return { headFromJabatan, headRemoved };
}
