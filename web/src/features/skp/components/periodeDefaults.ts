/** Default sub-periods of a performance year (shown before saving; the server applies the same rule). */
import type { JenisEvaluasi, SubPeriode } from '../api/planning-types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(y, m, 0).getDate();

function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(y, m - 1, d + days);
  return `${dt.getFullYear()}-${pad(dt.getMonth() + 1)}-${pad(dt.getDate())}`;
}

/** TW1..TW4 (or B01..B12) plus AKHIR, each with an entry deadline `jeda` days after it ends. */
export function defaultSubPeriode(tahun: number, jenis: JenisEvaluasi, jeda = 10): SubPeriode[] {
  const months = jenis === 'TRIWULANAN' ? 3 : 1;
  const list: SubPeriode[] = [];
  for (let m = 1; m <= 12; m += months) {
    const end = m + months - 1;
    const selesai = `${tahun}-${pad(end)}-${pad(lastDay(tahun, end))}`;
    list.push({
      kode: jenis === 'TRIWULANAN' ? `TW${(m + 2) / 3}` : `B${pad(m)}`,
      mulai: `${tahun}-${pad(m)}-01`,
      selesai,
      batasPengisian: plusDays(selesai, jeda),
    });
  }
  const akhir = `${tahun}-12-31`;
  list.push({ kode: 'AKHIR', mulai: `${tahun}-01-01`, selesai: akhir, batasPengisian: plusDays(akhir, jeda) });
  return list;
}
