/**
 * The Monitoring Kurva workbook (streamed like the monitoring workbooks): one row per unit penilaian
 * with the predikat organisasi, rated / not yet rated, the realised count and the allowed range per
 * predikat, compliance, kalibrasi and override, then the instansi's totals. Names go through
 * neutralizeCsvCell so a unit named "=…" is never a formula.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PREDIKAT_LABEL, PREDIKATS } from '../../domain/types.ts';
import { neutralizeCsvCell } from '../exchange/index.ts';
import type { TDaftarKurva } from './hasil.schema.ts';

const t = (v: string | null | undefined) => neutralizeCsvCell(v ?? '');
const yaTidak = (v: boolean | null) => (v === null ? '' : v ? 'Y' : 'N');

export function kurvaWorkbook(d: TDaftarKurva): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const write = async () => {
    const ws = wb.addWorksheet('Monitoring Kurva', { views: [{ state: 'frozen', ySplit: 2 }] });
    const p = d.periode;
    ws.addRow([
      t(
        `Monitoring Kurva ${d.tahun} — ${p.kode === 'AKHIR' ? 'TAHUNAN' : p.kode} (${p.mulai} s.d. ${p.selesai}); batas pengisian ${p.batasPengisian}`,
      ),
    ]).commit();
    const header = [
      'Kode unit',
      'Unit penilaian',
      'Predikat organisasi',
      'Pegawai',
      'Sudah dinilai',
      'Belum dinilai',
      ...PREDIKATS.flatMap((x) => [PREDIKAT_LABEL[x].id, `${PREDIKAT_LABEL[x].id} (diizinkan)`]),
      'Sesuai pola',
      'Kalibrasi',
      'Override',
    ];
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.commit();
    ws.columns = header.map((x, i) => ({ width: i === 1 ? 40 : Math.max(10, x.length + 2) }));
    for (const u of d.units) {
      ws.addRow([
        t(u.unit.kode),
        t(u.unit.nama),
        u.predikatOrganisasi ?? '',
        u.n,
        u.dinilai,
        u.belumDinilai,
        ...PREDIKATS.flatMap((x) => [u.jumlah[x], u.rentang ? `${u.rentang[x].min}–${u.rentang[x].max}` : '']),
        yaTidak(u.sesuai),
        u.kalibrasi?.status ?? '',
        u.kalibrasi ? (u.kalibrasi.override ? 'Y' : 'N') : '',
      ]).commit();
    }
    const i = d.instansi;
    const total = ws.addRow([
      '',
      `Jumlah instansi (${i.unitSesuai} unit sesuai, ${i.unitMelanggar} melanggar, ${i.unitOverride} override)`,
      '',
      i.n,
      i.dinilai,
      i.belumDinilai,
      ...PREDIKATS.flatMap((x) => [i.jumlah[x], '']),
    ]);
    total.font = { bold: true };
    total.commit();
    ws.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
