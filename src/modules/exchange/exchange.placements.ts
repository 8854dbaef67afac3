/**
 * Pass 2 for the PEGAWAI sheet: the unit and position of every person, and the definitive
 * placements they imply. A changed JABATAN_KODE closes the current placement the day before
 * TMT_JABATAN and opens a new one, so the history is kept; a TMT_JABATAN not after the current
 * placement's start (or the last closed placement's end) is an error, as the history would overlap.
 */
import { message } from './exchange.errors.ts';
import { JabatanByName } from './exchange.jabatan-by-name.ts';
import type { PegawaiRow } from './exchange.pegawai-rows.ts';
import type { KodeIndex } from './exchange.references.ts';
import type { IssueLog } from './exchange.row-checks.ts';
import type { Existing, ImportPlan } from './exchange.validate-types.ts';

/** Adds days to a 'YYYY-MM-DD' date. */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface PlacementChanges {
  closePlacements: ImportPlan['closePlacements'];
  openPlacements: ImportPlan['openPlacements'];
  /** NIPs that get a new placement (an update even when no other field changes). */
  movedPegawai: Set<string>;
  /** NIP → pegawai id: the stored id, or a new one for a person new in the file. */
  pegawaiIds: Map<string, string>;
}

/**
 * Checks UNOR_KODE and JABATAN_KODE of every person row and plans the placements. A row without
 * JABATAN_KODE but with JABATAN_NAMA is placed by the position of that name (exchange.jabatan-by-name.ts)
 * exactly as if its kode had been given. Ids are drawn from newId row by row: the person's (when
 * new), then the new placement's.
 */
export function planPlacements(
  pegawaiRows: PegawaiRow[],
  existing: Existing,
  index: KodeIndex,
  issues: IssueLog,
  options: { today: string; newId: () => string },
): PlacementChanges {
  const { newId } = options;
  const closePlacements: ImportPlan['closePlacements'] = [];
  const openPlacements: ImportPlan['openPlacements'] = [];
  const movedPegawai = new Set<string>();
  const pegawaiIds = new Map<string, string>();
  const byName = new JabatanByName(index);
  let withoutTmt: { first: PegawaiRow; count: number } | null = null;
  for (const p of pegawaiRows) {
    const r = p.reader;
    const current = existing.pegawai.get(p.nip);
    const id = current?.id ?? newId();
    pegawaiIds.set(p.nip, id);
    if (p.unitKode && !index.unitExists(p.unitKode)) issues.unknownReference(r, 'UNOR_KODE', p.unitKode);
    // The names are informational when a known kode is given (an export carries both). An unknown
    // kode beside a name — SIASN's "Jabatan Id" holds SIASN's own ids — falls back to the name, with
    // a warning, so the person is still placed only by an exact, unique match.
    let jabatanKode = p.jabatanKode ?? (p.jabatanNama ? byName.resolve(p, p.jabatanNama, issues) : null);
    if (jabatanKode && !index.jabExists(jabatanKode) && p.jabatanNama) {
      const byNama = byName.resolve(p, p.jabatanNama, issues);
      if (!byNama) {
        issues.unknownReference(r, 'JABATAN_KODE', jabatanKode);
        continue;
      }
      issues.warn(
        r,
        'JABATAN_KODE',
        'EXCHANGE.JABATAN_KODE_BY_NAME',
        message('EXCHANGE.JABATAN_KODE_BY_NAME', { value: jabatanKode, other: p.jabatanNama }),
        jabatanKode,
      );
      jabatanKode = byNama;
    }
    if (!jabatanKode) continue;
    if (!index.jabExists(jabatanKode)) {
      issues.unknownReference(r, 'JABATAN_KODE', jabatanKode);
      continue;
    }
    const where = index.unitKodeOfJab(jabatanKode);
    if (p.unitKode && index.unitExists(p.unitKode) && where !== p.unitKode) {
      issues.fail(
        r,
        'UNOR_KODE',
        'EXCHANGE.UNOR_MISMATCH',
        message('EXCHANGE.UNOR_MISMATCH', { value: p.unitKode, jabatan: jabatanKode, other: where ?? '?' }),
        p.unitKode,
      );
    }
    const targetJab = index.jabId.get(jabatanKode) as string;
    const mulai = p.tmt ?? options.today;
    if (current?.current) {
      if (current.current.jabatanId === targetJab) continue;
      if (mulai <= current.current.mulai) {
        issues.fail(
          r,
          'TMT_JABATAN',
          'EXCHANGE.TMT_NOT_AFTER_CURRENT',
          message('EXCHANGE.TMT_NOT_AFTER_CURRENT', { value: mulai, other: current.current.mulai }),
          mulai,
        );
        continue;
      }
      closePlacements.push({ id: current.current.id, pegawaiId: id, selesai: addDaysIso(mulai, -1) });
    } else if (current?.lastSelesai && mulai <= current.lastSelesai) {
      issues.fail(
        r,
        'TMT_JABATAN',
        'EXCHANGE.TMT_NOT_AFTER_CURRENT',
        message('EXCHANGE.TMT_NOT_AFTER_CURRENT', { value: mulai, other: current.lastSelesai }),
        mulai,
      );
      continue;
    }
    openPlacements.push({ id: newId(), pegawaiId: id, jabatanId: targetJab, mulai });
    movedPegawai.add(p.nip);
    if (!p.tmt) {
      withoutTmt ??= { first: p, count: 0 };
      withoutTmt.count++;
    }
  }
  // One warning for the whole file, on the first such row: a placement without TMT_JABATAN starts
  // on the import date, and so does the default range of that person's SKP for the year.
  if (withoutTmt) {
    issues.warn(
      withoutTmt.first.reader,
      'TMT_JABATAN',
      'EXCHANGE.TMT_DEFAULTED',
      message('EXCHANGE.TMT_DEFAULTED', { value: options.today, count: withoutTmt.count }),
      '',
    );
  }
  return { closePlacements, openPlacements, movedPegawai, pegawaiIds };
}
