/**
 * The monitoring workbook, written with exceljs's streaming writer straight into the response:
 * sheet "Rekap" (counts per unit with a total row) and sheet "Pegawai" (every person and status).
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { BarisPegawai } from './monitoring.repository.ts';
import type { TRekap } from './monitoring.schema.ts';

const STATUS_LABEL: Record<string, string> = {
  BELUM_MULAI: 'Belum mulai',
  DRAFT: 'Draf',
  DIAJUKAN: 'Diajukan',
  DIKEMBALIKAN: 'Dikembalikan',
  DITETAPKAN: 'Ditetapkan',
};

const namaLengkap = (p: Pick<BarisPegawai, 'nama' | 'gelarDepan' | 'gelarBelakang'>) =>
  [p.gelarDepan, p.nama].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '');

/** Returns a stream of the XLSX file; rows are written as the consumer reads. */
export function monitoringWorkbook(rekap: TRekap, pegawai: BarisPegawai[]): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const bold = { font: { bold: true } };
  const write = async () => {
    const judul = rekap.cakupan.unit ? rekap.cakupan.unit.nama : 'Pegawai yang Anda nilai';
    const s1 = wb.addWorksheet('Rekap');
    s1.columns = [
      { header: 'Unit', key: 'nama', width: 48 },
      { header: 'Belum mulai', key: 'belumMulai', width: 13 },
      { header: 'Draf', key: 'draft', width: 10 },
      { header: 'Diajukan', key: 'diajukan', width: 10 },
      { header: 'Dikembalikan', key: 'dikembalikan', width: 13 },
      { header: 'Ditetapkan', key: 'ditetapkan', width: 11 },
      { header: 'Jumlah pegawai', key: 'total', width: 15 },
      { header: '% ditetapkan', key: 'persen', width: 13 },
    ];
    s1.getRow(1).font = bold.font;
    s1.getRow(1).commit();
    const persen = (d: number, t: number) => (t ? Math.round((d / t) * 1000) / 10 : 0);
    for (const b of rekap.baris) {
      s1.addRow({
        ...b,
        nama: b.langsung ? `${b.nama} (langsung)` : b.nama,
        persen: persen(b.ditetapkan, b.total),
      }).commit();
    }
    const total = s1.addRow({
      ...rekap.jumlah,
      nama: `Jumlah — ${judul} — ${rekap.tahun}`,
      persen: persen(rekap.jumlah.ditetapkan, rekap.jumlah.total),
    });
    total.font = bold.font;
    total.commit();
    s1.commit();

    const s2 = wb.addWorksheet('Pegawai');
    s2.columns = [
      { header: 'NIP', key: 'nip', width: 21 },
      { header: 'Nama', key: 'nama', width: 36 },
      { header: 'Jabatan', key: 'jabatanNama', width: 40 },
      { header: 'Unit', key: 'unitNama', width: 40 },
      { header: 'Status SKP', key: 'status', width: 14 },
      { header: 'Pejabat penilai', key: 'penilaiNama', width: 32 },
      { header: 'Diajukan', key: 'diajukanAt', width: 20 },
      { header: 'Ditetapkan', key: 'ditetapkanAt', width: 20 },
    ];
    s2.getRow(1).font = bold.font;
    s2.getRow(1).commit();
    for (const p of pegawai) {
      s2.addRow({
        nip: p.nip,
        nama: namaLengkap(p),
        jabatanNama: p.jabatanNama,
        unitNama: p.unitNama,
        status: STATUS_LABEL[p.status] ?? p.status,
        penilaiNama: p.penilaiNama ?? '',
        diajukanAt: p.diajukanAt ? p.diajukanAt.slice(0, 10) : '',
        ditetapkanAt: p.ditetapkanAt ? p.ditetapkanAt.slice(0, 10) : '',
      }).commit();
    }
    s2.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
