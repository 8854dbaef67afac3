/** Wording of the demo evaluation year (evaluasi-demo.ts): feedback, objections, decisions. */
import type { Rating } from '../../domain/types.ts';

/** Feedback on one RHK, by the mark the appraiser gave it. */
export const UMPAN_BALIK_RHK: Record<Rating, readonly string[]> = {
  DI_ATAS: [
    'Capaian melampaui target dengan bukti dukung lengkap.',
    'Hasil kerja dimanfaatkan unit lain; pertahankan.',
    'Inisiatif perbaikan layanan terlihat nyata.',
  ],
  SESUAI: [
    'Capaian sesuai target; bukti dukung memadai.',
    'Target tercapai tepat waktu.',
    'Kualitas keluaran sesuai standar; dokumentasi perlu dirapikan.',
  ],
  DI_BAWAH: [
    'Capaian belum memenuhi target; perlu rencana percepatan.',
    'Bukti dukung belum lengkap untuk sebagian keluaran.',
    'Beberapa keluaran terlambat dari jadwal.',
  ],
};

/** Feedback on a BerAKHLAK value (kode as in domain/rules/berakhlak.ts). */
export const UMPAN_BALIK_PERILAKU: Record<string, readonly string[]> = {
  BERORIENTASI_PELAYANAN: ['Ramah dan cepat menanggapi pengguna layanan.', 'Perlu lebih sabar saat antrean padat.'],
  AKUNTABEL: ['Laporan kegiatan disusun tertib dan tepat waktu.', 'Penggunaan anggaran tercatat rapi.'],
  KOMPETEN: ['Aktif mengikuti pelatihan dan berbagi hasilnya.', 'Perlu memperdalam aplikasi pengolahan data.'],
  HARMONIS: ['Menjaga suasana kerja yang saling menghargai.'],
  LOYAL: ['Menjaga nama baik instansi dalam setiap kegiatan.'],
  ADAPTIF: ['Cepat menyesuaikan diri dengan aplikasi baru.', 'Terbuka terhadap perubahan prosedur.'],
  KOLABORATIF: ['Mudah bekerja sama lintas bidang.', 'Perlu lebih aktif berbagi informasi dengan tim.'],
};

/** Why the calibration moved a proposal (kalibrasi_perubahan.alasan). */
export const ALASAN_KALIBRASI = [
  'Bukti dukung triwulan ini belum menunjukkan capaian di atas ekspektasi; disamakan dengan pegawai setara.',
  'Disesuaikan agar distribusi unit mengikuti predikat kinerja organisasi; capaian sesuai target, bukan melampaui.',
  'Rapat kalibrasi menilai capaian melampaui target dan didukung bukti; usulan dinaikkan.',
  'Perilaku kerja dinilai ulang berdasarkan masukan rekan kerja dan catatan dialog kinerja.',
];

/** An employee's objection (keberatan.alasan). */
export const ALASAN_KEBERATAN = [
  'Seluruh target triwulan tercapai dan bukti dukung lengkap, namun rating hasil kerja di bawah ekspektasi. Mohon ditinjau kembali.',
  'Penilaian perilaku tidak mempertimbangkan penugasan tambahan sebagai panitia kegiatan daerah selama triwulan ini.',
  'Realisasi indikator kualitas sudah 100% sesuai laporan; saya mohon rating hasil kerja disesuaikan.',
  'Saya tidak mendapat umpan balik selama periode berjalan, sehingga tidak mengetahui kekurangan yang dinilai.',
];

/** The appraiser's explanation (keberatan.penjelasan_penilai). */
export const PENJELASAN_PENILAI = [
  'Dua dari tiga keluaran diserahkan setelah batas waktu dan baru dilengkapi setelah diingatkan.',
  'Capaian kuantitas tercapai, tetapi kualitas dokumen memerlukan perbaikan berulang; rating telah dikalibrasi bersama unit.',
  'Penugasan tambahan sudah dipertimbangkan; perilaku dinilai dari catatan dialog kinerja triwulan ini.',
];

/** The employee's reply (keberatan.penjelasan_pegawai). */
export const PENJELASAN_PEGAWAI = [
  'Keterlambatan karena data dari bidang lain baru diterima; surat permintaan data terlampir.',
  'Perbaikan dokumen mengikuti perubahan format dari provinsi, bukan kesalahan saya.',
];

/** The atasan's decision text (keberatan.keputusan_alasan). */
export const KEPUTUSAN = {
  TETAP: [
    'Setelah memeriksa bukti dukung dan penjelasan kedua pihak, rating pejabat penilai sudah sesuai capaian; penilaian tetap.',
    'Keterlambatan keluaran terbukti dan tidak disebabkan pihak lain; penilaian tetap.',
  ],
  UBAH: [
    'Bukti dukung menunjukkan seluruh target tercapai tepat waktu; rating hasil kerja diubah menjadi sesuai ekspektasi.',
    'Penugasan tambahan belum diperhitungkan pejabat penilai; rating perilaku diubah menjadi sesuai ekspektasi.',
  ],
} as const;

/** Written justification of the one calibration finalised against the pattern. */
export const ALASAN_OVERRIDE =
  'Seluruh pegawai unit ini mencapai atau melampaui target layanan tahun berjalan sesuai laporan yang telah diverifikasi ' +
  'Inspektorat; rapat kalibrasi sepakat tidak ada pegawai yang layak berpredikat Butuh Perbaikan atau Kurang. ' +
  'Penyimpangan dari pola distribusi dicatat dan dilaporkan kepada kepala perangkat daerah.';

/** Expectation text of the annual organisational predikat. */
export const EKSPEKTASI_TAHUNAN = [
  'Seluruh indikator Perjanjian Kinerja tercapai minimal 90% dan laporan kinerja tepat waktu.',
  'Capaian indikator utama sesuai target RPJMD tahun berjalan.',
];
