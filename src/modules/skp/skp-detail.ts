/** Builds the content of an SKP (detail, frozen version, diff input) from a few set-based reads. */

import type { Executor } from '../../db/tx.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import type { IsiSkp } from '../../domain/skp/diff.ts';
import * as repo from './skp.repository.ts';
import type { TSkpIsi } from './skp.schema.ts';

type Lampiran = TSkpIsi['lampiran'];
const EMPTY_LAMPIRAN: Lampiran = { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** RHK with IKI of several SKPs at once (two queries), grouped by SKP id. */
export async function loadRhkTree(exec: Executor, instansiId: string, skpIds: string[]) {
  const [rows, ikis] = await Promise.all([
    repo.loadRhk(exec, instansiId, skpIds),
    repo.loadIkiOfSkps(exec, instansiId, skpIds),
  ]);
  const ikiByRhk = new Map<string, repo.IkiRow[]>();
  for (const k of ikis) ikiByRhk.set(k.rhkId, [...(ikiByRhk.get(k.rhkId) ?? []), k]);
  const bySkp = new Map<string, TSkpIsi['rhk']>();
  for (const { rhk: r, parent, pk } of rows) {
    const list = bySkp.get(r.skpId) ?? [];
    list.push({
      id: r.id,
      jenis: r.jenis,
      urutan: r.urutan,
      teks: r.teks,
      sumber: r.sumber,
      parentRhkId: r.parentRhkId,
      parent:
        parent?.id && parent.skpId
          ? {
              id: parent.id,
              teks: parent.teks as string,
              skpId: parent.skpId,
              pegawaiNama: parent.pegawaiNama ?? '',
              skpStatus: parent.skpStatus ?? '',
            }
          : null,
      pkIndikatorId: r.pkIndikatorId,
      pkIndikator: pk?.id
        ? {
            id: pk.id,
            indikator: pk.indikator as string,
            sasaran: pk.sasaran ?? '',
            targetNilai: pk.targetNilai ?? null,
            satuan: pk.satuan ?? null,
            targetTeks: pk.targetTeks ?? null,
          }
        : null,
      cascading: r.cascading,
      perspektif: r.perspektif,
      penugasanDari: r.penugasanDari,
      perluTinjau: r.perluTinjau,
      catatan: r.catatan,
      iki: (ikiByRhk.get(r.id) ?? []).map((k) => ({
        id: k.id,
        urutan: k.urutan,
        aspek: k.aspek,
        indikator: k.indikator,
        targetNilai: k.targetNilai,
        targetSatuan: k.targetSatuan,
        targetTeks: k.targetTeks,
      })),
    });
    bySkp.set(r.skpId, list);
  }
  return bySkp;
}

/** The content of one SKP as the API shows it (without caller-specific fields). */
export async function loadIsi(exec: Executor, s: repo.SkpRow): Promise<TSkpIsi> {
  const tree = await loadRhkTree(exec, s.instansiId, [s.id]);
  return toIsi(s, tree.get(s.id) ?? []);
}

export function toIsi(s: repo.SkpRow, rhk: TSkpIsi['rhk']): TSkpIsi {
  const perilaku = (s.perilaku ?? {}) as Record<string, string | null>;
  return {
    id: s.id,
    pegawaiId: s.pegawaiId,
    status: s.status,
    revisi: s.revisi,
    jenisForm: s.jenisForm,
    pendekatan: s.pendekatan,
    mulai: s.mulai,
    selesai: s.selesai,
    tahun: s.tahun,
    snapshot: s.snapshot as TSkpIsi['snapshot'],
    rhk,
    perilaku: BERAKHLAK.map((n) => ({
      kode: n.kode,
      nama: n.nama.id,
      panduan: n.panduan.map((p) => p.id),
      ekspektasiKhusus: perilaku[n.kode] ?? null,
    })),
    lampiran: { ...EMPTY_LAMPIRAN, ...((s.lampiran ?? {}) as Partial<Lampiran>) },
    catatanPenilai: s.catatanPenilai,
    perluTinjau: s.perluTinjau,
    ditandatanganiAt: iso(s.ditandatanganiAt),
    ditetapkanAt: iso(s.ditetapkanAt),
    ditetapkanOlehNama: s.ditetapkanOlehNama,
  };
}

/** The comparable part of a content, for the diff. */
export function toDiffInput(isi: TSkpIsi): IsiSkp {
  return {
    rhk: isi.rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      teks: r.teks,
      sumber: r.sumber,
      parentRhkId: r.parentRhkId ?? null,
      pkIndikatorId: r.pkIndikatorId ?? null,
      cascading: r.cascading ?? null,
      perspektif: r.perspektif ?? null,
      penugasanDari: r.penugasanDari ?? null,
      iki: r.iki.map((k) => ({
        aspek: k.aspek,
        indikator: k.indikator,
        targetNilai: k.targetNilai ?? null,
        targetSatuan: k.targetSatuan ?? null,
        targetTeks: k.targetTeks ?? null,
      })),
    })),
    perilaku: Object.fromEntries(isi.perilaku.map((p) => [p.kode, p.ekspektasiKhusus])),
    lampiran: isi.lampiran,
  };
}
