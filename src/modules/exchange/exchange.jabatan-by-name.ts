/**
 * Finds a person's position by its name when the PEGAWAI row has no JABATAN_KODE: SIASN exports
 * name the position ("Nama Jabatan") and the unit ("Unor Id", "Nama Unor") but carry no position
 * code. The name is matched among the positions of the row's unit (UNOR_KODE, else the unit named
 * by UNOR_NAMA, else the whole instansi) as they are after the import: the file's UNOR and JABATAN
 * rows over the stored ones. Only an exact (normalised) match of exactly one position places the
 * person; anything else is an error naming what to fill, since a guessed position would silently
 * put someone in the wrong place.
 */
import { bilingualMessage, message } from './exchange.errors.ts';
import type { PegawaiRow } from './exchange.pegawai-rows.ts';
import type { KodeIndex } from './exchange.references.ts';
import type { IssueLog } from './exchange.row-checks.ts';

/** How many kodes an ambiguity error names (a long list would not help choosing). */
const KODES_NAMED = 3;

/** Names compare case-insensitively with whitespace trimmed and collapsed ("Kepala  seksi " = "kepala seksi"). */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

function push<K>(map: Map<K, string[]>, key: K, kode: string) {
  const list = map.get(key);
  if (list) list.push(kode);
  else map.set(key, [kode]);
}

/** Up to KODES_NAMED kodes in order, then "…". */
function listKodes(kodes: string[]): string {
  const sorted = [...kodes].sort();
  return sorted.slice(0, KODES_NAMED).join(', ') + (sorted.length > KODES_NAMED ? ', …' : '');
}

/** Lookup maps over every unit and position after the import, built once per import. */
interface NameIndex {
  unitNama: Map<string, string>;
  unitsByName: Map<string, string[]>;
  /** Unit kode → normalised position name → position kodes. */
  jabatanByUnitAndName: Map<string, Map<string, string[]>>;
  /** Normalised position name → position kodes in the whole instansi. */
  jabatanByName: Map<string, string[]>;
}

function buildNameIndex(index: KodeIndex): NameIndex {
  const unitNama = new Map<string, string>();
  for (const [kode, u] of index.existingUnitByKode) unitNama.set(kode, u.nama);
  for (const [kode, u] of index.fileUnit) unitNama.set(kode, u.nama);
  const unitsByName = new Map<string, string[]>();
  for (const [kode, nama] of unitNama) push(unitsByName, normalizeName(nama), kode);

  const jabatanNama = new Map<string, string>();
  for (const [kode, j] of index.existingJabByKode) jabatanNama.set(kode, j.nama);
  for (const [kode, j] of index.fileJab) jabatanNama.set(kode, j.nama);
  const jabatanByUnitAndName = new Map<string, Map<string, string[]>>();
  const jabatanByName = new Map<string, string[]>();
  for (const [kode, nama] of jabatanNama) {
    const name = normalizeName(nama);
    push(jabatanByName, name, kode);
    const unitKode = index.unitKodeOfJab(kode);
    if (unitKode === undefined) continue;
    let byName = jabatanByUnitAndName.get(unitKode);
    if (!byName) {
      byName = new Map();
      jabatanByUnitAndName.set(unitKode, byName);
    }
    push(byName, name, kode);
  }
  return { unitNama, unitsByName, jabatanByUnitAndName, jabatanByName };
}

/**
 * Resolves JABATAN_NAMA (with UNOR_KODE / UNOR_NAMA) to a position kode. The maps are built on the
 * first row that needs them, so files placed by JABATAN_KODE pay nothing; each row then costs a
 * few map lookups, whatever the size of the file.
 */
export class JabatanByName {
  private names: NameIndex | null = null;

  constructor(private readonly index: KodeIndex) {}

  /** The position kode the row names, or null after reporting why none can be chosen. */
  resolve(p: PegawaiRow, jabatanNama: string, issues: IssueLog): string | null {
    this.names ??= buildNameIndex(this.index);
    const names = this.names;
    const r = p.reader;
    let unitKode: string | null = null;
    if (p.unitKode) {
      // An unknown UNOR_KODE is already reported as UNKNOWN_REFERENCE; no second error for the row.
      if (!this.index.unitExists(p.unitKode)) return null;
      unitKode = p.unitKode;
    } else if (p.unitNama) {
      const units = names.unitsByName.get(normalizeName(p.unitNama)) ?? [];
      if (units.length !== 1) {
        const code = units.length === 0 ? 'EXCHANGE.UNOR_NAME_UNKNOWN' : 'EXCHANGE.UNOR_NAME_AMBIGUOUS';
        const params = { value: p.unitNama, count: units.length, kodes: listKodes(units) };
        issues.fail(r, 'UNOR_NAMA', code, message(code, params), p.unitNama);
        return null;
      }
      unitKode = units[0];
    }

    const name = normalizeName(jabatanNama);
    const found =
      (unitKode === null ? names.jabatanByName.get(name) : names.jabatanByUnitAndName.get(unitKode)?.get(name)) ?? [];
    if (found.length === 1) return found[0];

    const unitLabel = unitKode === null ? null : `unit "${names.unitNama.get(unitKode) ?? unitKode}" (${unitKode})`;
    const code = found.length === 0 ? 'EXCHANGE.JABATAN_NAME_UNKNOWN' : 'EXCHANGE.JABATAN_NAME_AMBIGUOUS';
    const params = { value: jabatanNama, count: found.length, kodes: listKodes(found) };
    // Without a unit, naming the unit may already settle it; within a unit only the kode can.
    const msg = bilingualMessage(code, {
      id: {
        ...params,
        other: unitLabel ?? 'instansi ini',
        fill: unitKode === null ? 'UNOR_KODE atau JABATAN_KODE' : 'JABATAN_KODE',
      },
      en: {
        ...params,
        other: unitLabel ?? 'this instansi',
        fill: unitKode === null ? 'UNOR_KODE or JABATAN_KODE' : 'JABATAN_KODE',
      },
    });
    issues.fail(r, 'JABATAN_NAMA', code, msg, jabatanNama);
    return null;
  }
}
