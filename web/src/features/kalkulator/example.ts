/** A compliant example distribution for the kalkulator's "fill in an example" button. */
import {
  type AllowedDistribution,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
} from '../../../../src/domain/rules-engine.ts';

/** Which predikat take the rest first, per organisational predikat (the modal category first). */
const ORDER: Record<PredikatOrganisasi, Predikat[]> = {
  ISTIMEWA: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  BAIK: ['BAIK', 'SANGAT_BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  BUTUH_PERBAIKAN: ['BUTUH_PERBAIKAN', 'BAIK', 'KURANG', 'SANGAT_KURANG', 'SANGAT_BAIK'],
  KURANG: ['KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_KURANG', 'SANGAT_BAIK'],
  SANGAT_KURANG: ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'],
};

/**
 * Starts from every minimum, meets each group rule with its first predikat, then gives the rest to
 * the predikat in ORDER up to their maximums. Compliant for every N (tested against the checker).
 */
export function exampleDistribution(allowed: AllowedDistribution): Record<Predikat, number> {
  const x = Object.fromEntries(PREDIKATS.map((p) => [p, allowed.rentang[p].min])) as Record<Predikat, number>;
  for (const b of allowed.batasan) {
    if (!b.kelompok || b.jenis !== 'MIN') continue;
    const have = b.predikat.reduce((s, p) => s + x[p], 0);
    if (have < b.jumlah) x[b.predikat[0]] += b.jumlah - have;
  }
  let rest = allowed.n - PREDIKATS.reduce((s, p) => s + x[p], 0);
  for (const p of ORDER[allowed.predikatOrganisasi]) {
    const add = Math.max(0, Math.min(rest, allowed.rentang[p].max - x[p]));
    x[p] += add;
    rest -= add;
  }
  return x;
}
