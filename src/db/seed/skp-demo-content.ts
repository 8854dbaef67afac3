/**
 * Text for the demo's performance plans: Perjanjian Kinerja per kind of OPD with the targets a
 * regency typically signs (RPJMD/Renstra style indicators), and the phrases RHK, IKI, ekspektasi
 * khusus, catatan and Lampiran are built from. Pure data, used by skp-demo.ts.
 */

export interface IndikatorTpl {
  nama: string;
  target: number | string;
  satuan: string;
  /** Lower is better (angka kematian, prevalensi …): the head's RHK reads "Menurunnya …". */
  turun?: boolean;
}

export interface SasaranTpl {
  sasaran: string;
  perspektif: 'PENERIMA_LAYANAN' | 'PROSES_BISNIS' | 'PENGUATAN_INTERNAL' | 'ANGGARAN';
  indikator: IndikatorTpl[];
}

export interface PkTpl {
  /** Matched against the unit name. */
  cocok: RegExp;
  /** What the unit's people produce, for IKI texts ("dokumen", "layanan" …). */
  objek: string;
  sasaran: SasaranTpl[];
}

const tataKelola = (unit: string): SasaranTpl => ({
  sasaran: `Meningkatnya akuntabilitas kinerja dan tata kelola ${unit}`,
  perspektif: 'PENGUATAN_INTERNAL',
  indikator: [
    { nama: 'Nilai SAKIP perangkat daerah', target: 'BB', satuan: 'predikat' },
    { nama: 'Persentase realisasi anggaran', target: 95, satuan: '%' },
  ],
});

/** Perjanjian Kinerja per kind of OPD; the first match wins, the last entry matches everything. */
export const PK_TEMPLATES: PkTpl[] = [
  {
    cocok: /Pendidikan/,
    objek: 'layanan pendidikan',
    sasaran: [
      {
        sasaran: 'Meningkatnya akses pendidikan dasar yang merata',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Angka Partisipasi Murni (APM) SD/MI', target: 98.5, satuan: '%' },
          { nama: 'Angka Partisipasi Murni (APM) SMP/MTs', target: 86, satuan: '%' },
          { nama: 'Angka putus sekolah jenjang SD', target: 0.12, satuan: '%', turun: true },
        ],
      },
      {
        sasaran: 'Meningkatnya mutu pendidikan dasar',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          {
            nama: 'Persentase satuan pendidikan dengan capaian literasi di atas kompetensi minimum',
            target: 72,
            satuan: '%',
          },
          { nama: 'Persentase sekolah terakreditasi minimal B', target: 90, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas pendidik dan tenaga kependidikan',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Persentase guru bersertifikat pendidik', target: 78, satuan: '%' }],
      },
      tataKelola('Dinas Pendidikan'),
    ],
  },
  {
    cocok: /Kesehatan/,
    objek: 'layanan kesehatan',
    sasaran: [
      {
        sasaran: 'Meningkatnya derajat kesehatan ibu dan anak',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Angka Kematian Ibu per 100.000 kelahiran hidup', target: 98, satuan: 'kasus', turun: true },
          { nama: 'Angka Kematian Bayi per 1.000 kelahiran hidup', target: 12, satuan: 'kasus', turun: true },
          { nama: 'Prevalensi stunting pada balita', target: 14, satuan: '%', turun: true },
        ],
      },
      {
        sasaran: 'Meningkatnya mutu dan akses pelayanan kesehatan',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase puskesmas terakreditasi paripurna', target: 60, satuan: '%' },
          { nama: 'Cakupan kepesertaan Jaminan Kesehatan Nasional', target: 98, satuan: '%' },
        ],
      },
      {
        sasaran: 'Terkendalinya penyakit menular',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Angka keberhasilan pengobatan tuberkulosis', target: 90, satuan: '%' }],
      },
      tataKelola('Dinas Kesehatan'),
    ],
  },
  {
    cocok: /Pekerjaan Umum/,
    objek: 'paket pekerjaan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas infrastruktur jalan dan jembatan',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase panjang jalan kabupaten dalam kondisi mantap', target: 78, satuan: '%' },
          { nama: 'Persentase jembatan kabupaten dalam kondisi baik', target: 85, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya layanan sumber daya air dan air minum',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik', target: 70, satuan: '%' },
          { nama: 'Persentase rumah tangga dengan akses air minum layak', target: 92, satuan: '%' },
        ],
      },
      {
        sasaran: 'Terwujudnya penataan ruang yang tertib',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Persentase kesesuaian pemanfaatan ruang dengan RTRW', target: 85, satuan: '%' }],
      },
      tataKelola('Dinas Pekerjaan Umum dan Penataan Ruang'),
    ],
  },
  {
    cocok: /Perumahan/,
    objek: 'unit rumah',
    sasaran: [
      {
        sasaran: 'Berkurangnya kawasan permukiman kumuh',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Luas kawasan permukiman kumuh', target: 42, satuan: 'hektare', turun: true },
          { nama: 'Jumlah rumah tidak layak huni yang diperbaiki', target: 350, satuan: 'unit' },
        ],
      },
      tataKelola('Dinas Perumahan dan Kawasan Permukiman'),
    ],
  },
  {
    cocok: /Keuangan/,
    objek: 'dokumen keuangan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas pengelolaan keuangan daerah',
        perspektif: 'ANGGARAN',
        indikator: [
          { nama: 'Opini BPK atas Laporan Keuangan Pemerintah Daerah', target: 'WTP', satuan: 'opini' },
          { nama: 'Persentase ketepatan waktu penetapan APBD', target: 100, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya tertib pengelolaan barang milik daerah',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Persentase aset daerah bersertifikat', target: 75, satuan: '%' },
          { nama: 'Persentase barang milik daerah yang tercatat dan terinventarisasi', target: 98, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas belanja daerah',
        perspektif: 'ANGGARAN',
        indikator: [{ nama: 'Persentase realisasi belanja daerah', target: 93, satuan: '%' }],
      },
    ],
  },
  {
    cocok: /Pendapatan/,
    objek: 'wajib pajak',
    sasaran: [
      {
        sasaran: 'Meningkatnya pendapatan asli daerah',
        perspektif: 'ANGGARAN',
        indikator: [
          { nama: 'Realisasi pendapatan asli daerah terhadap target', target: 100, satuan: '%' },
          { nama: 'Rasio pajak daerah terhadap PDRB', target: 0.9, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kepatuhan wajib pajak daerah',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [{ nama: 'Persentase wajib pajak yang membayar tepat waktu', target: 82, satuan: '%' }],
      },
      tataKelola('Badan Pendapatan Daerah'),
    ],
  },
  {
    cocok: /Kepegawaian/,
    objek: 'layanan kepegawaian',
    sasaran: [
      {
        sasaran: 'Meningkatnya profesionalitas ASN',
        perspektif: 'PENGUATAN_INTERNAL',
        indikator: [
          { nama: 'Indeks Profesionalitas ASN', target: 76, satuan: 'poin' },
          { nama: 'Persentase ASN yang memenuhi 20 jam pelajaran pengembangan kompetensi', target: 85, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas penerapan sistem merit',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Nilai penerapan sistem merit', target: 'Baik', satuan: 'kategori' },
          { nama: 'Persentase layanan kepegawaian yang selesai sesuai standar waktu', target: 95, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas pengelolaan kinerja pegawai',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Persentase SKP yang ditetapkan tepat waktu', target: 95, satuan: '%' }],
      },
    ],
  },
  {
    cocok: /Perencanaan/,
    objek: 'dokumen perencanaan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas perencanaan pembangunan daerah',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Persentase konsistensi program RPJMD dengan RKPD', target: 95, satuan: '%' },
          { nama: 'Nilai evaluasi kualitas dokumen perencanaan', target: 'A', satuan: 'kategori' },
        ],
      },
      {
        sasaran: 'Meningkatnya pemanfaatan riset dan inovasi daerah',
        perspektif: 'PENGUATAN_INTERNAL',
        indikator: [
          { nama: 'Indeks Inovasi Daerah', target: 'Sangat Inovatif', satuan: 'kategori' },
          { nama: 'Jumlah rekomendasi kebijakan berbasis riset', target: 8, satuan: 'rekomendasi' },
        ],
      },
      tataKelola('Bappeda'),
    ],
  },
  {
    cocok: /Sosial/,
    objek: 'penerima manfaat',
    sasaran: [
      {
        sasaran: 'Meningkatnya perlindungan dan jaminan sosial bagi masyarakat miskin',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase penyandang masalah kesejahteraan sosial yang tertangani', target: 75, satuan: '%' },
          { nama: 'Persentase data terpadu kesejahteraan sosial yang dimutakhirkan', target: 90, satuan: '%' },
        ],
      },
      tataKelola('Dinas Sosial'),
    ],
  },
  {
    cocok: /Polisi Pamong Praja|Pemadam Kebakaran|Penanggulangan Bencana/,
    objek: 'kejadian tertangani',
    sasaran: [
      {
        sasaran: 'Meningkatnya ketenteraman, ketertiban umum dan pelindungan masyarakat',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase penegakan peraturan daerah yang ditindaklanjuti', target: 90, satuan: '%' },
          { nama: 'Waktu tanggap penanganan kejadian', target: 15, satuan: 'menit', turun: true },
        ],
      },
      {
        sasaran: 'Meningkatnya kesiapsiagaan masyarakat',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Jumlah desa/kelurahan tangguh bencana', target: 24, satuan: 'desa' }],
      },
      tataKelola('perangkat daerah'),
    ],
  },
  {
    cocok: /Pertanian|Perikanan|Pangan/,
    objek: 'kelompok tani',
    sasaran: [
      {
        sasaran: 'Meningkatnya produksi dan produktivitas pertanian',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Produktivitas padi', target: 58.5, satuan: 'kuintal/hektare' },
          { nama: 'Pertumbuhan PDRB sektor pertanian', target: 3.2, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya ketahanan pangan daerah',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Skor Pola Pangan Harapan', target: 88, satuan: 'poin' },
          { nama: 'Indeks Ketahanan Pangan', target: 78, satuan: 'poin' },
        ],
      },
      tataKelola('perangkat daerah'),
    ],
  },
  {
    cocok: /Lingkungan Hidup/,
    objek: 'pengawasan lingkungan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas lingkungan hidup',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Indeks Kualitas Lingkungan Hidup', target: 68, satuan: 'poin' },
          { nama: 'Persentase sampah yang terkelola', target: 70, satuan: '%' },
        ],
      },
      tataKelola('Dinas Lingkungan Hidup'),
    ],
  },
  {
    cocok: /Kependudukan/,
    objek: 'dokumen kependudukan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas layanan administrasi kependudukan',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Persentase penduduk wajib KTP yang memiliki KTP-el', target: 99, satuan: '%' },
          { nama: 'Persentase anak yang memiliki akta kelahiran', target: 97, satuan: '%' },
          { nama: 'Indeks kepuasan masyarakat terhadap layanan adminduk', target: 85, satuan: 'poin' },
        ],
      },
      tataKelola('Dinas Kependudukan dan Pencatatan Sipil'),
    ],
  },
  {
    cocok: /Komunikasi dan Informatika/,
    objek: 'layanan digital',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas penerapan Sistem Pemerintahan Berbasis Elektronik',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Indeks SPBE', target: 3.1, satuan: 'poin' },
          { nama: 'Persentase perangkat daerah terhubung jaringan intra pemerintah', target: 100, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya keterbukaan informasi publik',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Nilai monitoring keterbukaan informasi publik', target: 'Informatif', satuan: 'kategori' },
        ],
      },
      tataKelola('Dinas Komunikasi dan Informatika'),
    ],
  },
  {
    cocok: /Penanaman Modal|Perdagangan|Koperasi|Tenaga Kerja|Pariwisata/,
    objek: 'pelaku usaha',
    sasaran: [
      {
        sasaran: 'Meningkatnya iklim usaha dan investasi daerah',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Nilai realisasi investasi', target: 850, satuan: 'miliar rupiah' },
          { nama: 'Persentase perizinan berusaha terbit sesuai standar waktu', target: 95, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya daya saing usaha mikro dan kecil',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Jumlah usaha mikro yang naik kelas', target: 120, satuan: 'usaha' },
          { nama: 'Tingkat pengangguran terbuka', target: 4.8, satuan: '%', turun: true },
        ],
      },
      tataKelola('perangkat daerah'),
    ],
  },
  {
    cocok: /Inspektorat/,
    objek: 'laporan hasil pengawasan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas pengawasan intern pemerintah daerah',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Level kapabilitas APIP', target: 3, satuan: 'level' },
          { nama: 'Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', target: 90, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya maturitas penyelenggaraan SPIP',
        perspektif: 'PENGUATAN_INTERNAL',
        indikator: [{ nama: 'Nilai maturitas SPIP', target: 3.4, satuan: 'level' }],
      },
    ],
  },
  {
    cocok: /Sekretariat Daerah/,
    objek: 'bahan kebijakan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas reformasi birokrasi',
        perspektif: 'PENGUATAN_INTERNAL',
        indikator: [
          { nama: 'Indeks Reformasi Birokrasi', target: 70, satuan: 'poin' },
          { nama: 'Nilai SAKIP pemerintah daerah', target: 'BB', satuan: 'predikat' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas pelayanan publik',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Indeks Pelayanan Publik', target: 4.1, satuan: 'poin' },
          { nama: 'Nilai kepatuhan standar pelayanan publik Ombudsman', target: 'Zona Hijau', satuan: 'kategori' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas produk hukum daerah',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Persentase produk hukum daerah yang diundangkan tepat waktu', target: 95, satuan: '%' }],
      },
    ],
  },
  {
    cocok: /DPRD/,
    objek: 'dokumen persidangan',
    sasaran: [
      {
        sasaran: 'Meningkatnya dukungan pelaksanaan fungsi DPRD',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Persentase rapat dan persidangan DPRD yang terfasilitasi', target: 100, satuan: '%' },
          { nama: 'Persentase peraturan daerah inisiatif DPRD yang terfasilitasi', target: 90, satuan: '%' },
        ],
      },
      tataKelola('Sekretariat DPRD'),
    ],
  },
  {
    cocok: /Kecamatan/,
    objek: 'layanan kecamatan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas pelayanan administrasi terpadu kecamatan',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Indeks kepuasan masyarakat terhadap layanan kecamatan', target: 84, satuan: 'poin' },
          { nama: 'Persentase layanan PATEN yang selesai sesuai standar waktu', target: 95, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya kualitas pembinaan penyelenggaraan pemerintahan desa/kelurahan',
        perspektif: 'PROSES_BISNIS',
        indikator: [
          { nama: 'Persentase desa/kelurahan dengan administrasi pemerintahan tertib', target: 90, satuan: '%' },
        ],
      },
      tataKelola('kecamatan'),
    ],
  },
  {
    cocok: /Puskesmas|RSUD/,
    objek: 'pasien',
    sasaran: [
      {
        sasaran: 'Meningkatnya mutu pelayanan kesehatan di wilayah kerja',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Indeks kepuasan pasien', target: 85, satuan: 'poin' },
          { nama: 'Cakupan pelayanan kesehatan ibu hamil sesuai standar', target: 100, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya status gizi masyarakat',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [{ nama: 'Persentase balita ditimbang dan dipantau pertumbuhannya', target: 90, satuan: '%' }],
      },
    ],
  },
  {
    cocok: /./,
    objek: 'layanan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas layanan kepada masyarakat',
        perspektif: 'PENERIMA_LAYANAN',
        indikator: [
          { nama: 'Indeks kepuasan masyarakat', target: 82, satuan: 'poin' },
          { nama: 'Persentase layanan yang selesai sesuai standar pelayanan', target: 95, satuan: '%' },
        ],
      },
      {
        sasaran: 'Meningkatnya efektivitas program perangkat daerah',
        perspektif: 'PROSES_BISNIS',
        indikator: [{ nama: 'Persentase capaian target program', target: 90, satuan: '%' }],
      },
      tataKelola('perangkat daerah'),
    ],
  },
];

/** RHK of administrators and pengawas: `{unit}` and `{kontribusi}` are filled in. */
export const RHK_PIMPINAN = [
  'Meningkatnya kualitas layanan {unit} dalam mendukung {kontribusi}',
  'Terlaksananya program dan kegiatan {unit} untuk {kontribusi}',
  'Tersusunnya kebijakan teknis {unit} yang mendukung {kontribusi}',
  'Terselenggaranya pembinaan dan pengendalian {unit} bagi {kontribusi}',
  'Tersedianya data dan analisis {unit} untuk {kontribusi}',
];

/** RHK of staff by kind of position; `{unit}` is filled in. */
export const RHK_STAF: Record<string, string[]> = {
  GURU: [
    'Terlaksananya pembelajaran yang berpusat pada peserta didik di {unit}',
    'Tersusunnya perangkat ajar dan asesmen sesuai Kurikulum Merdeka',
    'Meningkatnya capaian literasi dan numerasi peserta didik kelas yang diampu',
  ],
  NAKES: [
    'Terlaksananya pelayanan kesehatan kepada pasien sesuai standar di {unit}',
    'Terlaksananya kegiatan promotif dan preventif di wilayah kerja {unit}',
    'Tersusunnya pencatatan dan pelaporan pelayanan kesehatan yang lengkap',
  ],
  JF: [
    'Terlaksananya kegiatan jabatan fungsional sesuai butir kegiatan pada {unit}',
    'Tersusunnya kajian dan rekomendasi teknis bagi {unit}',
    'Tersedianya hasil kerja analisis yang mendukung program {unit}',
  ],
  PELAKSANA: [
    'Terselesaikannya administrasi persuratan dan kearsipan {unit}',
    'Tersedianya data dan informasi {unit} yang mutakhir',
    'Terlaksananya dukungan layanan operasional {unit} tepat waktu',
    'Tersusunnya laporan pelaksanaan kegiatan {unit}',
    'Terkelolanya barang milik daerah di lingkungan {unit}',
  ],
};

/** Additional results (kinerja tambahan) from assignments and work teams. */
export const RHK_TAMBAHAN: Array<{ teks: string; sumber: 'PENUGASAN' | 'TIM_KERJA'; dari?: string }> = [
  { teks: 'Terlaksananya tugas sebagai anggota tim penyusun Laporan Kinerja Instansi Pemerintah', sumber: 'TIM_KERJA' },
  {
    teks: 'Terlaksananya tugas sekretariat panitia peringatan Hari Jadi Kabupaten',
    sumber: 'PENUGASAN',
    dari: 'Sekretaris Daerah',
  },
  {
    teks: 'Terlaksananya tugas sebagai agen perubahan reformasi birokrasi',
    sumber: 'PENUGASAN',
    dari: 'Kepala Perangkat Daerah',
  },
  { teks: 'Terlaksananya pengelolaan konten media sosial perangkat daerah', sumber: 'TIM_KERJA' },
  { teks: 'Terlaksananya tugas sebagai fasilitator pembangunan Zona Integritas', sumber: 'TIM_KERJA' },
];

export const EKSPEKTASI_KHUSUS: Record<string, string[]> = {
  BERORIENTASI_PELAYANAN: [
    'Menanggapi setiap pengaduan masyarakat paling lambat 2 hari kerja',
    'Menjadi teladan layanan yang ramah di loket pelayanan',
  ],
  AKUNTABEL: [
    'Menyampaikan laporan kegiatan tepat waktu setiap akhir bulan',
    'Menjaga kerapian arsip dan dokumen pertanggungjawaban keuangan',
  ],
  KOMPETEN: [
    'Mengikuti pengembangan kompetensi minimal 20 jam pelajaran dan berbagi hasilnya di unit kerja',
    'Menguasai aplikasi Kinerja dan membimbing rekan kerja',
  ],
  HARMONIS: ['Membangun suasana kerja yang saling menghargai di unit kerja'],
  LOYAL: ['Menjaga kerahasiaan data pribadi masyarakat yang dikelola'],
  ADAPTIF: [
    'Mengusulkan minimal satu inovasi perbaikan proses kerja dalam setahun',
    'Cepat menyesuaikan diri dengan penerapan layanan digital',
  ],
  KOLABORATIF: [
    'Aktif berkoordinasi dengan perangkat daerah lain dalam kegiatan lintas sektor',
    'Membantu rekan di tim lain pada masa sibuk akhir tahun',
  ],
};

export const CATATAN_PENILAI = [
  'Target kuantitas masih terlalu rendah dibanding tahun lalu; mohon disesuaikan dengan beban kerja seksi.',
  'RHK kedua belum menunjukkan hasil kerja (masih berupa kegiatan). Mohon dirumuskan ulang sebagai hasil.',
  'Indikator kualitas belum terukur; sertakan standar atau ukuran keberhasilannya.',
  'Mohon tambahkan RHK yang mengintervensi RHK saya tentang pelayanan publik.',
];

export const CATATAN_RHK = [
  'Rumuskan sebagai hasil, bukan kegiatan.',
  'Target terlalu rendah; sesuaikan dengan capaian tahun lalu.',
  'Tambahkan indikator waktu.',
];

export const LAMPIRAN = {
  dukunganSumberDaya: [
    'Komputer/laptop dan akses internet kantor',
    'Anggaran kegiatan sesuai DPA perangkat daerah',
    'Akses ke aplikasi SIPD dan sistem informasi kepegawaian',
    'Bimbingan teknis dari pejabat penilai',
    'Kendaraan operasional untuk kegiatan lapangan',
    'Ruang kerja dan sarana pendukung pelayanan',
  ],
  skemaPertanggungjawaban: [
    'Hasil kerja dilaporkan setiap bulan melalui aplikasi Kinerja',
    'Capaian dievaluasi setiap triwulan dalam dialog kinerja dengan pejabat penilai',
    'Bukti dukung berupa dokumen, foto kegiatan, dan laporan diunggah setiap triwulan',
    'Laporan akhir tahun disampaikan paling lambat minggu pertama Januari',
  ],
  konsekuensi: [
    'Predikat kinerja menjadi dasar pemberian tambahan penghasilan pegawai (TPP)',
    'Capaian di atas ekspektasi dipertimbangkan dalam pengembangan karier dan penghargaan',
    'Capaian di bawah ekspektasi ditindaklanjuti dengan pembinaan dan rencana pengembangan kompetensi',
  ],
};
