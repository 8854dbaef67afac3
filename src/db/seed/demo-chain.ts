/**
 * The demo's appraisal chain: a staff member whose pejabat penilai and atasan pejabat penilai, as
 * the app resolves them (src/domain/hierarchy), are both people who get demo accounts — so submit →
 * return → set can be tried on the login page alone, without an admin creating accounts.
 *
 * The chain is computed with the real resolution over the planned organisation rather than assumed
 * from the template, so a template change that moves who appraises whom cannot silently break it.
 */
import { OrgIndex, type Penilai, resolveAppraiser } from '../../domain/hierarchy/appraiser.ts';
import type { JabatanRow, PegawaiRow, PenempatanRow, UnitRow } from './demo-plan.ts';

export interface DemoChain {
  staff: PegawaiRow;
  /** The staff member's pejabat penilai (a unit head below the OPD head). */
  appraiser: PegawaiRow;
}

interface ChainInput {
  units: UnitRow[];
  jabatan: JabatanRow[];
  pegawai: PegawaiRow[];
  penempatan: PenempatanRow[];
  /** The demo's "today". */
  ref: string;
  /** The head of the OPD whose account already exists; the chain ends at them. */
  opdHead: PegawaiRow;
  /** Staff candidates (pelaksana of that OPD), in the order to try them. */
  candidates: PegawaiRow[];
}

const isDefinitivePegawai = (p: Penilai | null): p is Extract<Penilai, { kind: 'PEGAWAI' }> =>
  p?.kind === 'PEGAWAI' && p.via === 'DEFINITIF';

/**
 * The first candidate appraised (definitively) by someone other than the OPD head whose own
 * appraiser is the OPD head; null when the organisation has no such chain (very small demos).
 * Only open-ended placements count, so the chain still holds after the reference date.
 */
export function findDemoChain(input: ChainInput): DemoChain | null {
  const index = new OrgIndex({
    jabatanPimpinan: 'Bupati',
    units: new Map(input.units.map((u) => [u.id, u])),
    jabatan: new Map(input.jabatan.map((j) => [j.id, { ...j, jenis: j.jenis }])),
    pegawai: new Map(input.pegawai.map((p) => [p.id, { id: p.id, nama: p.nama, nip: p.nip }])),
    placements: input.penempatan
      .filter((p) => p.mulai <= input.ref && p.selesai === null)
      .map((p) => ({ pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, jenis: p.jenis })),
    overrides: [],
  });
  const byId = new Map(input.pegawai.map((p) => [p.id, p]));
  for (const staff of input.candidates) {
    const r = resolveAppraiser(index, staff.id);
    if (r.problems.length || !isDefinitivePegawai(r.penilai) || !isDefinitivePegawai(r.atasanPenilai)) continue;
    if (r.penilai.pegawaiId === input.opdHead.id || r.atasanPenilai.pegawaiId !== input.opdHead.id) continue;
    const appraiser = byId.get(r.penilai.pegawaiId);
    if (appraiser) return { staff, appraiser };
  }
  return null;
}
