/**
 * The monitoring realisasi workbook (streamed like monitoring-xlsx.ts): sheet "Rekap" (counts per
 * unit with a total row) and sheet "SKP" (every counted SKP with its person and figures). Text that
 * people typed (names, positions, units) goes through neutralizeCsvCell, so a name starting with
 * "=" is never a formula in a spreadsheet.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeCsvCell } from '../exchange/index.ts';
import type { TPegawaiRealisasi, TRekapRealisasi } from './realisasi.schema.ts';

const KELENGKAPAN_LABEL: Record<string, string> = { LENGKAP: 'Lengkap', SEBAGIAN: 'Sebagian', BELUM: 'Belum' };
const KEADAAN_LABEL: Record<string, string> = {
  BELUM_MULAI: 'belum dimulai',
  PENGISIAN: 'masa pengisian',
  LEWAT_BATAS: 'batas pengisian lewat',
};

const t = (v: string | null | undefined) => neutralizeCsvCell(v ?? '');
const namaLengkap = (p: Pick<TPegawaiRealisasi, 'nama' | 'gelarDepan' | 'gelarBelakang'>) =>
  [p.gelarDepan, p.nama].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '');

export function realisasiWorkbook(rekap: TRekapRealisasi, pegawai: TPegawaiRealisasi[]): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const bold = { bold: true };
  const write = async () => {
    const p = rekap.periode;
    const s1 = wb.addWorksheet('Rekap');
    s1.columns = [
      { header: 'Unit', key: 'nama', width: 48 },
      { header: 'SKP ditetapkan', key: 'skp', width: 15 },
      { header: 'Lengkap', key: 'lengkap', width: 10 },
      { header: 'Sebagian', key: 'sebagian', width: 10 },
      { header: 'Belum', key: 'belum', width: 10 },
      { header: 'Bukti dukung', key: 'bukti', width: 13 },
      { header: 'Dibuka kembali', key: 'dibukaKembali', width: 15 },
      { header: '% lengkap', key: 'persen', width: 11 },
    ];
    s1.getRow(1).font = bold;
    s1.getRow(1).commit();
    const persen = (d: number, n: number) => (n ? Math.round((d / n) * 1000) / 10 : 0);
    for (const b of rekap.baris) {
      const nama = b.langsung ? `${b.nama} (langsung)` : `${b.nama} (termasuk sub-unit)`;
      s1.addRow({ ...b, nama: t(nama), persen: persen(b.lengkap, b.skp) }).commit();
    }
    const total = s1.addRow({
      ...rekap.jumlah,
      nama: t(
        `Jumlah — ${rekap.unit.nama} — ${p.kode} ${rekap.tahun} (${p.mulai} s.d. ${p.selesai}, batas ${p.batasPengisian}, ${KEADAAN_LABEL[p.keadaan]})`,
      ),
      persen: persen(rekap.jumlah.lengkap, rekap.jumlah.skp),
    });
    total.font = bold;
    total.commit();
    s1.commit();

    const s2 = wb.addWorksheet('SKP');
    s2.columns = [
      { header: 'NIP', key: 'nip', width: 21 },
      { header: 'Nama', key: 'nama', width: 36 },
      { header: 'Jabatan', key: 'jabatanNama', width: 40 },
      { header: 'Unit', key: 'unitNama', width: 40 },
      { header: 'IKI berrealisasi', key: 'ikiTerisi', width: 16 },
      { header: 'Jumlah IKI', key: 'ikiTotal', width: 11 },
      { header: 'Kelengkapan', key: 'kelengkapan', width: 12 },
      { header: 'Realisasi terakhir', key: 'terakhir', width: 18 },
      { header: 'Bukti dukung', key: 'bukti', width: 13 },
      { header: 'Dibuka kembali', key: 'dibukaKembali', width: 15 },
    ];
    s2.getRow(1).font = bold;
    s2.getRow(1).commit();
    for (const r of pegawai) {
      s2.addRow({
        nip: t(r.nip),
        nama: t(namaLengkap(r)),
        jabatanNama: t(r.jabatanNama),
        unitNama: t(r.unitNama),
        ikiTerisi: r.ikiTerisi,
        ikiTotal: r.ikiTotal,
        kelengkapan: KELENGKAPAN_LABEL[r.kelengkapan],
        terakhir: r.terakhir ? r.terakhir.slice(0, 10) : '',
        bukti: r.bukti,
        dibukaKembali: r.dibukaKembali ? 'ya' : '',
      }).commit();
    }
    s2.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
