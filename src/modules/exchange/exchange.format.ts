/**
 * The import/export format: sheets, columns (SIASN-like names with aliases), hints and examples;
 * the value normalisers are in exchange.normalize.ts. Pure. Documented in docs/import-format.md
 * (keep both in step).
 *
 * Header matching ignores case, spaces, underscores and punctuation, so `NIP_BARU`, `Nip Baru`
 * and SIASN's `nipBaru` are the same column.
 */
import type { Bilingual } from '../../domain/nip.ts';
import { normalizeHeader } from './exchange.normalize.ts';

// Re-exported so the whole format (columns and the values they accept) is still imported from one place.
export {
  JENIS_JABATAN,
  JENIS_UNOR,
  JENJANG,
  JENJANG_LABEL,
  type JenisJabatan,
  type JenisUnor,
  type Jenjang,
  normalizeDate,
  normalizeEmail,
  normalizeGolongan,
  normalizeHeader,
  normalizeJenisAsn,
  normalizeJenisJabatan,
  normalizeJenisKelamin,
  normalizeJenisUnor,
  normalizeJenjang,
  normalizePhone,
  normalizeYesNo,
} from './exchange.normalize.ts';

export type Entity = 'unor' | 'jabatan' | 'pegawai';
export const ENTITIES: readonly Entity[] = ['unor', 'jabatan', 'pegawai'];

export interface ColumnDef {
  key: string;
  header: string;
  required: boolean;
  aliases: string[];
  hint: Bilingual;
  example: string;
}

const col = (
  key: string,
  required: boolean,
  aliases: string[],
  id: string,
  en: string,
  example: string,
): ColumnDef => ({
  key,
  header: key,
  required,
  aliases,
  hint: { id, en },
  example,
});

/** Sheet names used by the template and the XLSX export; other names are recognised by their headers. */
export const SHEET_NAME: Record<Entity, string> = { unor: 'UNOR', jabatan: 'JABATAN', pegawai: 'PEGAWAI' };
export const SHEET_ALIASES: Record<Entity, string[]> = {
  unor: ['unor', 'unit', 'units', 'unitorganisasi', 'unitkerja', 'satuankerja'],
  jabatan: ['jabatan', 'jabatans', 'posisi', 'positions'],
  pegawai: ['pegawai', 'asn', 'pns', 'employees', 'datapegawai', 'dataasn'],
};

export const COLUMNS: Record<Entity, ColumnDef[]> = {
  unor: [
    col(
      'UNOR_KODE',
      true,
      ['unorid', 'idunor', 'kodeunor', 'id', 'kode', 'unitkode', 'kodeunit'],
      'Kode unik unit (teks).',
      'Unique unit code (text).',
      '05.01',
    ),
    col(
      'UNOR_NAMA',
      true,
      ['namaunor', 'unornama', 'nama', 'namaunit', 'unitnama'],
      'Nama unit.',
      'Unit name.',
      'Bidang Aplikasi Informatika',
    ),
    col(
      'UNOR_INDUK_KODE',
      false,
      [
        'diatasanid',
        'unoratasankode',
        'unoratasanid',
        'indukkode',
        'parentkode',
        'unitindukkode',
        'kodeunoratasan',
        'kodeinduk',
      ],
      'Kode unit atasan langsung; kosong untuk unit teratas (pemda/instansi).',
      'Code of the parent unit; empty for the top unit (the government itself).',
      '05',
    ),
    col(
      'JENIS_UNOR',
      false,
      ['jenisunit', 'jenis', 'tipeunor', 'jenisunor'],
      'PEMDA, SEKRETARIAT_DAERAH, DINAS, BADAN, SEKRETARIAT, BAGIAN, BIDANG, SUBBAGIAN, SEKSI, UPT, SEKOLAH, PUSKESMAS, KECAMATAN, KELURAHAN atau LAINNYA (kosong = LAINNYA).',
      'One of PEMDA … LAINNYA (empty = LAINNYA).',
      'BIDANG',
    ),
    col(
      'JABATAN_KEPALA_KODE',
      false,
      ['kepalajabatankode', 'jabatankepala', 'kodejabatankepala', 'kepalajabatanid'],
      'Kode jabatan kepala unit (dari sheet JABATAN atau yang sudah ada).',
      'Code of the position heading the unit (from the JABATAN sheet or existing).',
      '05.01-01',
    ),
  ],
  jabatan: [
    col(
      'JABATAN_KODE',
      true,
      ['jabatanid', 'kodejabatan', 'idjabatan', 'kode', 'id'],
      'Kode unik jabatan (teks).',
      'Unique position code (text).',
      '05.01-01',
    ),
    col(
      'JABATAN_NAMA',
      true,
      ['jabatannama', 'namajabatan', 'nama'],
      'Nama jabatan.',
      'Position name.',
      'Kepala Bidang Aplikasi Informatika',
    ),
    col(
      'JENIS_JABATAN',
      true,
      ['jenisjabatan', 'jenis', 'jenisjabatannama', 'tipejabatan'],
      'JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL (juga: Struktural + ESELON, JFT, JFU).',
      'JPT_UTAMA … FUNGSIONAL (also: Struktural + ESELON, JFT, JFU).',
      'ADMINISTRATOR',
    ),
    col(
      'JENJANG',
      false,
      ['jenjangjabatan', 'jenjangfungsional', 'jenjang'],
      'Untuk FUNGSIONAL: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia.',
      'For FUNGSIONAL: Ahli Pertama … Penyelia.',
      '',
    ),
    col(
      'ESELON',
      false,
      ['eselon', 'eselonid', 'eselonnama'],
      'Opsional; dipakai bila JENIS_JABATAN = Struktural (II.a → JPT_PRATAMA, III → ADMINISTRATOR, IV → PENGAWAS).',
      'Optional; used when JENIS_JABATAN is Struktural.',
      '',
    ),
    col(
      'UNOR_KODE',
      true,
      ['unorid', 'kodeunor', 'unitkode', 'unorkode'],
      'Kode unit tempat jabatan berada.',
      'Code of the unit the position belongs to.',
      '05.01',
    ),
    col(
      'ATASAN_JABATAN_KODE',
      false,
      ['atasanjabatanid', 'kodeatasanjabatan', 'atasankode', 'jabatanatasankode'],
      'Opsional: kode jabatan atasan bila berbeda dari kepala unit.',
      'Optional: superior position code when not the unit head.',
      '',
    ),
    col(
      'KELAS',
      false,
      ['kelasjabatan', 'kelas'],
      'Kelas jabatan 1–17 (opsional).',
      'Job class 1–17 (optional).',
      '12',
    ),
    col(
      'KEPALA_UNOR',
      false,
      ['kepalaunor', 'kepalaunit', 'iskepala', 'jabatankepalaunit', 'kepala'],
      'Y = jabatan ini kepala unitnya (berguna bila UNOR diimpor terpisah, mis. CSV); N = bukan lagi; kosong = tidak diubah.',
      'Y = this position heads its unit (useful when UNOR is imported separately, e.g. CSV); N = no longer; empty = unchanged.',
      'Y',
    ),
  ],
  pegawai: [
    col(
      'NIP_BARU',
      true,
      ['nipbaru', 'nip', 'nip18', 'nomorindukpegawai', 'nipasn', 'nippppk', 'nipppk'],
      'NIP 18 digit (format sel Teks!).',
      '18-digit NIP (format the cell as Text!).',
      '198609262015051001',
    ),
    col(
      'NAMA',
      true,
      ['nama', 'namapns', 'namalengkap', 'namapegawai', 'namaasn'],
      'Nama tanpa gelar.',
      'Name without titles.',
      'Budi Santoso',
    ),
    col(
      'GELAR_DEPAN',
      false,
      ['gelardepan', 'gelardpn'],
      'Gelar depan, mis. dr., Ir., Hj.',
      'Front titles, e.g. dr., Ir.',
      '',
    ),
    col(
      'GELAR_BELAKANG',
      false,
      ['gelarbelakang', 'gelarblk', 'gelarblkg'],
      'Gelar belakang, mis. S.Kom., M.Si.',
      'Back titles, e.g. S.Kom., M.Si.',
      'S.Kom.',
    ),
    col(
      'JENIS_ASN',
      true,
      ['jenisasn', 'jenispegawai', 'jenispegawainama', 'statusasn', 'statuskepegawaian'],
      'PNS atau PPPK (CPNS dihitung PNS).',
      'PNS or PPPK (CPNS counts as PNS).',
      'PNS',
    ),
    col(
      'GOL_RUANG',
      false,
      [
        'golruang',
        'golongan',
        'golru',
        'golruangakhir',
        'golonganruang',
        'pangkatgolongan',
        'golruangakhirnama',
        'golakhir',
        'golakhirnama',
        'golonganakhir',
      ],
      'PNS: I/a … IV/e; PPPK: I … XVII.',
      'PNS: I/a … IV/e; PPPK: I … XVII.',
      'III/c',
    ),
    col(
      'TANGGAL_LAHIR',
      false,
      ['tanggallahir', 'tgllahir', 'tgllhr', 'tgllahirpns'],
      'TTTT-BB-HH atau HH-BB-TTTT; kosong = dari NIP.',
      'YYYY-MM-DD or DD-MM-YYYY; empty = from the NIP.',
      '1986-09-26',
    ),
    col(
      'JENIS_KELAMIN',
      false,
      ['jeniskelamin', 'jk', 'kelamin', 'sex', 'gender'],
      'L atau P (Laki-laki/Perempuan); kosong = dari NIP.',
      'L or P; empty = from the NIP.',
      'L',
    ),
    col(
      'EMAIL',
      false,
      ['email', 'emailgov', 'surel', 'alamatemail'],
      'Alamat e-mail.',
      'E-mail address.',
      'budi.santoso@example.go.id',
    ),
    col(
      'NOMOR_HP',
      false,
      ['nomorhp', 'nohp', 'hp', 'telepon', 'notelp', 'nomortelepon', 'nomorhandphone'],
      'Nomor HP, mis. 081234567890.',
      'Mobile number.',
      '081234567890',
    ),
    col(
      'JABATAN_KODE',
      false,
      ['jabatanid', 'kodejabatan', 'jabatankode', 'idjabatan'],
      'Kode jabatan definitif saat ini.',
      'Code of the current definitive position.',
      '05.01-01',
    ),
    col(
      'JABATAN_NAMA',
      false,
      ['jabatannama', 'namajabatan', 'jabatan', 'namajab'],
      'Nama jabatan definitif; dipakai bila JABATAN_KODE kosong (dicocokkan dengan jabatan di unit UNOR_KODE/UNOR_NAMA).',
      'Name of the definitive position; used when JABATAN_KODE is empty (matched against the positions of the unit in UNOR_KODE/UNOR_NAMA).',
      'Kepala Bidang Aplikasi Informatika',
    ),
    col(
      'TMT_JABATAN',
      false,
      ['tmtjabatan', 'tmt', 'tmtjab'],
      'Mulai menduduki jabatan; kosong = tanggal impor.',
      'Start date in the position; empty = import date.',
      '2024-01-02',
    ),
    col(
      'UNOR_KODE',
      false,
      ['unorid', 'kodeunor', 'unorkode', 'unitkode'],
      'Opsional; bila diisi harus sama dengan unit jabatan.',
      'Optional; must match the position’s unit.',
      '05.01',
    ),
    col(
      'UNOR_NAMA',
      false,
      ['unornama', 'namaunor', 'namaunit', 'unitnama'],
      'Nama unit; dipakai hanya untuk mencari unit JABATAN_NAMA bila UNOR_KODE kosong.',
      'Unit name; used only to find the unit of JABATAN_NAMA when UNOR_KODE is empty.',
      'Bidang Aplikasi Informatika',
    ),
  ],
};

/** Maps a normalised header to a column key for an entity (canonical names win over aliases). */
export function columnLookup(entity: Entity): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of COLUMNS[entity]) for (const a of c.aliases) if (!map.has(a)) map.set(a, c.key);
  for (const c of COLUMNS[entity]) map.set(normalizeHeader(c.key), c.key);
  return map;
}
