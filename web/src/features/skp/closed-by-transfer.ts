import type { SkpListItem } from './api/types.ts';

/**
 * The SKP closed by a transfer or promotion (the server closes it when the new placement is
 * recorded) when nothing open covers today yet: the pegawai should write the SKP of the new position.
 */
export function skpClosedByTransfer(list: SkpListItem[], today: string): SkpListItem | null {
  const tahun = Number(today.slice(0, 4));
  const covered = list.some((s) => s.status !== 'DITUTUP' && s.tahun === tahun && s.selesai >= today);
  if (covered) return null;
  const closed = list
    .filter((s) => s.status === 'DITUTUP' && s.tahun === tahun && s.selesai < today)
    .sort((a, b) => b.selesai.localeCompare(a.selesai));
  return closed[0] ?? null;
}
