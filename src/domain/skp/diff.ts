/**
 * The difference between two contents of an SKP (perubahan SKP, domain.md §2.7): a frozen version
 * against another version or against the current draft. Pure: the service loads both sides.
 *
 * Matching: RHK by id (a perubahan edits the same rows; a removed and re-added RHK shows as HAPUS +
 * TAMBAH); IKI by position within their RHK (IKI are replaced as a list on every save); perilaku
 * by BerAKHLAK code; lampiran items as sets of lines per block.
 */

export interface IsiIki {
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface IsiRhk {
  id: string;
  jenis: string;
  teks: string;
  sumber: string;
  parentRhkId: string | null;
  pkIndikatorId: string | null;
  cascading: string | null;
  perspektif: string | null;
  penugasanDari: string | null;
  iki: readonly IsiIki[];
}

export interface IsiLampiran {
  dukunganSumberDaya: readonly string[];
  skemaPertanggungjawaban: readonly string[];
  konsekuensi: readonly string[];
}

/** The comparable content of an SKP. */
export interface IsiSkp {
  rhk: readonly IsiRhk[];
  /** Ekspektasi khusus pimpinan per BerAKHLAK code (absent or null: none). */
  perilaku: Readonly<Record<string, string | null>>;
  lampiran: IsiLampiran;
}

export type JenisPerubahan = 'TAMBAH' | 'HAPUS' | 'UBAH';
export type BagianPerubahan = 'rhk' | 'iki' | 'perilaku' | 'lampiran';

export interface Perubahan {
  jenis: JenisPerubahan;
  bagian: BagianPerubahan;
  /** Human label of the changed item, e.g. "RHK 2 · Indikator 1" or "Lampiran · Konsekuensi". */
  label: string;
  /** The field that changed for UBAH on an RHK (teks, jenis, …); null otherwise. */
  field: string | null;
  sebelum: string | null;
  sesudah: string | null;
}

const RHK_FIELDS = [
  'jenis',
  'teks',
  'sumber',
  'parentRhkId',
  'pkIndikatorId',
  'cascading',
  'perspektif',
  'penugasanDari',
] as const;

const LAMPIRAN_LABEL: Record<keyof IsiLampiran, string> = {
  dukunganSumberDaya: 'Dukungan Sumber Daya',
  skemaPertanggungjawaban: 'Skema Pertanggungjawaban',
  konsekuensi: 'Konsekuensi',
};

/** One line describing an IKI, as shown in the diff. */
export function ikiLine(iki: IsiIki): string {
  const target = iki.targetTeks ?? [iki.targetNilai, iki.targetSatuan].filter((v) => v !== null && v !== '').join(' ');
  return `${iki.aspek}: ${iki.indikator} — ${target}`;
}

function rhkLine(r: IsiRhk): string {
  return `${r.jenis}: ${r.teks}`;
}

function diffIki(label: string, before: readonly IsiIki[], after: readonly IsiIki[], out: Perubahan[]): void {
  const n = Math.max(before.length, after.length);
  for (let k = 0; k < n; k++) {
    const a = before[k];
    const b = after[k];
    const l = `${label} · Indikator ${k + 1}`;
    if (!a) out.push({ jenis: 'TAMBAH', bagian: 'iki', label: l, field: null, sebelum: null, sesudah: ikiLine(b) });
    else if (!b) out.push({ jenis: 'HAPUS', bagian: 'iki', label: l, field: null, sebelum: ikiLine(a), sesudah: null });
    else if (ikiLine(a) !== ikiLine(b))
      out.push({ jenis: 'UBAH', bagian: 'iki', label: l, field: null, sebelum: ikiLine(a), sesudah: ikiLine(b) });
  }
}

function diffRhk(before: readonly IsiRhk[], after: readonly IsiRhk[], out: Perubahan[]): void {
  const afterById = new Map(after.map((r) => [r.id, r]));
  const beforeIds = new Set(before.map((r) => r.id));
  before.forEach((a, i) => {
    const label = `RHK ${i + 1}`;
    const b = afterById.get(a.id);
    if (!b) {
      out.push({ jenis: 'HAPUS', bagian: 'rhk', label, field: null, sebelum: rhkLine(a), sesudah: null });
      return;
    }
    for (const f of RHK_FIELDS) {
      if (a[f] !== b[f]) out.push({ jenis: 'UBAH', bagian: 'rhk', label, field: f, sebelum: a[f], sesudah: b[f] });
    }
    diffIki(label, a.iki, b.iki, out);
  });
  after.forEach((b, i) => {
    if (beforeIds.has(b.id)) return;
    const label = `RHK ${i + 1} (baru)`;
    out.push({ jenis: 'TAMBAH', bagian: 'rhk', label, field: null, sebelum: null, sesudah: rhkLine(b) });
    diffIki(label, [], b.iki, out);
  });
}

function diffPerilaku(before: IsiSkp['perilaku'], after: IsiSkp['perilaku'], out: Perubahan[]): void {
  const codes = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const kode of codes) {
    const a = before[kode] || null;
    const b = after[kode] || null;
    if (a === b) continue;
    const jenis: JenisPerubahan = a === null ? 'TAMBAH' : b === null ? 'HAPUS' : 'UBAH';
    out.push({ jenis, bagian: 'perilaku', label: `Perilaku · ${kode}`, field: null, sebelum: a, sesudah: b });
  }
}

function diffLampiran(before: IsiLampiran, after: IsiLampiran, out: Perubahan[]): void {
  for (const key of Object.keys(LAMPIRAN_LABEL) as Array<keyof IsiLampiran>) {
    const a = before[key] ?? [];
    const b = after[key] ?? [];
    const label = `Lampiran · ${LAMPIRAN_LABEL[key]}`;
    for (const line of a)
      if (!b.includes(line))
        out.push({ jenis: 'HAPUS', bagian: 'lampiran', label, field: null, sebelum: line, sesudah: null });
    for (const line of b)
      if (!a.includes(line))
        out.push({ jenis: 'TAMBAH', bagian: 'lampiran', label, field: null, sebelum: null, sesudah: line });
  }
}

/** Every change from `before` to `after`, in form order: RHK (with their IKI), perilaku, lampiran. */
export function diffSkp(before: IsiSkp, after: IsiSkp): Perubahan[] {
  const out: Perubahan[] = [];
  diffRhk(before.rhk, after.rhk, out);
  diffPerilaku(before.perilaku, after.perilaku, out);
  diffLampiran(before.lampiran, after.lampiran, out);
  return out;
}
