/** Text helpers for IKI targets and RHK inputs. */
import type { Angka, Iki, Rhk, RhkInput } from '../api/types.ts';

export function angka(v: Angka): number | null {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** "12 dokumen", or the narrative target, or '—'. */
export function targetText(iki: Pick<Iki, 'targetNilai' | 'targetSatuan' | 'targetTeks'>, locale: string): string {
  const n = angka(iki.targetNilai);
  const parts: string[] = [];
  if (n !== null)
    parts.push(`${new Intl.NumberFormat(locale).format(n)}${iki.targetSatuan ? ` ${iki.targetSatuan}` : ''}`);
  if (iki.targetTeks) parts.push(iki.targetTeks);
  return parts.join(' — ') || '—';
}

/** The request body that re-saves an RHK unchanged (used to acknowledge a parent change). */
export function rhkToInput(r: Rhk): RhkInput {
  return {
    jenis: r.jenis,
    teks: r.teks,
    sumber: r.sumber,
    parentRhkId: r.parentRhkId,
    pkIndikatorId: r.pkIndikatorId,
    cascading: r.cascading,
    perspektif: r.perspektif,
    penugasanDari: r.penugasanDari,
    iki: r.iki.map((i) => ({
      aspek: i.aspek,
      indikator: i.indikator,
      targetNilai: angka(i.targetNilai),
      targetSatuan: i.targetSatuan,
      targetTeks: i.targetTeks,
    })),
  };
}
