/**
 * The workbook of bulk-created accounts: sheet "Akun" (one row per account with its one-time
 * password, grouped by unit so it can be cut and handed out per unit) and sheet "Petunjuk" (how to
 * distribute it). It is the only copy of the passwords: Kinerja keeps only their hashes.
 */
import ExcelJS from 'exceljs';

export interface CredentialRow {
  nip: string;
  nama: string;
  unit: string;
  username: string;
  password: string;
}

export interface CredentialSheetInfo {
  instansiNama: string;
  /** What the accounts were made for (a unit's name), or null for the whole instansi. */
  cakupan: string | null;
  dibuatPada: Date;
  dibuatOleh: string;
}

const PETUNJUK: Array<[string, string]> = [
  [
    'Berkas ini satu-satunya salinan sandi sekali pakai; Kinerja hanya menyimpan hash-nya. Simpan dengan aman dan hapus setelah dibagikan.',
    'This file is the only copy of the one-time passwords; Kinerja stores only their hashes. Keep it safe and delete it once handed out.',
  ],
  [
    'Berikan setiap baris hanya kepada pemilik akunnya (mis. potong per unit).',
    'Give each row only to the owner of the account (e.g. cut it per unit).',
  ],
  [
    'Pemilik masuk dengan NIP dan sandi sekali pakai, lalu wajib menggantinya dengan sandi sendiri (minimal 12 karakter, bukan sandi umum, tidak memuat NIP) sebelum dapat memakai aplikasi.',
    'Owners log in with their NIP and the one-time password and must replace it with their own (at least 12 characters, not a common password, not containing their NIP) before they can use the app.',
  ],
  [
    'Sandi yang hilang tidak dapat dilihat lagi: admin mengatur ulang sandi akun itu di halaman Akun pengguna.',
    'A lost password cannot be shown again: an admin resets that account’s password on the Akun pengguna page.',
  ],
  [
    'Setelah beberapa kali sandi salah, akun terkunci sementara (paling lama 15 menit); admin dapat membuka kuncinya di halaman Akun pengguna.',
    'After several wrong passwords an account is locked for a while (at most 15 minutes); an admin can unlock it on the Akun pengguna page.',
  ],
];

export async function credentialsWorkbook(info: CredentialSheetInfo, rows: readonly CredentialRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = info.dibuatPada;
  const sheet = wb.addWorksheet('Akun', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    // Headers in both languages, like the guide sheet: the file is handed to people who read either.
    { header: 'No', key: 'no', width: 6 },
    { header: 'NIP', key: 'nip', width: 21 },
    { header: 'Nama / Name', key: 'nama', width: 34 },
    { header: 'Unit', key: 'unit', width: 40 },
    { header: 'Nama pengguna / Username', key: 'username', width: 25 },
    { header: 'Sandi sekali pakai / One-time password', key: 'password', width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  // NIPs stay text: as numbers, 18 digits would lose their last ones.
  sheet.getColumn('nip').numFmt = '@';
  sheet.getColumn('username').numFmt = '@';
  rows.forEach((r, i) => {
    sheet.addRow({ no: i + 1, ...r });
  });
  sheet.autoFilter = { from: 'A1', to: 'F1' };

  const guide = wb.addWorksheet('Petunjuk');
  guide.columns = [{ width: 110 }];
  const facts = [
    `Instansi: ${info.instansiNama}`,
    `Cakupan / scope: ${info.cakupan ?? 'seluruh instansi / the whole instansi'}`,
    `Jumlah akun / accounts: ${rows.length}`,
    `Dibuat / created: ${info.dibuatPada.toISOString()} — ${info.dibuatOleh}`,
  ];
  guide.addRow(['Akun pegawai dengan sandi sekali pakai / Employee accounts with one-time passwords']).font = {
    bold: true,
    size: 13,
  };
  for (const f of facts) guide.addRow([f]);
  guide.addRow([]);
  for (const [id, en] of PETUNJUK) {
    guide.addRow([id]).alignment = { wrapText: true };
    guide.addRow([en]).font = { italic: true, color: { argb: 'FF555555' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
