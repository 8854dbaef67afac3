import { describe, expect, it, vi } from 'vitest';
import { pdfHasText, pdfPages, pdfText } from '../../../test/pdf-text.ts';
import { allowedDistribution } from '../../domain/distribution.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { renderPdf } from '../dokumen/pdf-renderer.ts';
import { pecahEkor } from './dokumen-evaluasi.layout.ts';
import { evaluasiDocDefinition, namaFileEvaluasi } from './layouts.ts';
import { type EvaluasiDok, hariIniJakarta, namaPeriode, rentangPeriode, tanggalId } from './model.ts';
import { penetapanDocDefinition } from './penetapan.layout.ts';

// Rendering (fonts parsed on first use) is slow on a loaded 2-core machine; the assertions are on content.
vi.setConfig({ testTimeout: 60_000 });

const dist = (n: number) => {
  const a = allowedDistribution('BAIK', n);
  return { n, rentang: a.rentangTercapai, ketentuan: a.batasan.map((b) => b.teks.id) };
};

function contoh(over: Partial<EvaluasiDok> = {}): EvaluasiDok {
  return {
    id: 'e1',
    status: 'DITETAPKAN',
    versi: 1,
    tahun: 2026,
    periodeKode: 'TW1',
    mulai: '2026-01-01',
    selesai: '2026-03-31',
    instansiNama: 'Pemerintah Kabupaten Sleman',
    tempat: 'Sleman',
    unitPenilaianNama: 'Dinas Pendidikan',
    jenisForm: 'JA_JF',
    pegawai: {
      nama: 'Siti Aminah',
      nip: '199001012015032001',
      pangkat: 'Penata Muda, III/a',
      jabatan: 'Analis',
      unitKerja: 'Seksi Kurikulum',
    },
    penilai: {
      nama: 'Budi Santoso, S.Pd.',
      nip: '198001012005011001',
      pangkat: 'Penata, III/c',
      jabatan: 'Kepala Seksi',
      unitKerja: 'Bidang SD',
    },
    atasan: {
      nama: 'Dr. Rina Wati',
      nip: '197501012000032001',
      pangkat: 'Pembina, IV/a',
      jabatan: 'Kepala Bidang',
      unitKerja: 'Dinas Pendidikan',
    },
    predikatOrganisasi: 'BAIK',
    distribusi: dist(12),
    rhk: [
      {
        jenis: 'UTAMA',
        urutan: 1,
        intervensi: 'Meningkatnya mutu kurikulum',
        teks: 'Tersusunnya kurikulum muatan lokal',
        iki: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Jumlah dokumen kurikulum',
            target: '4 dokumen',
            realisasi: '3 dokumen',
            bukti: 2,
          },
          { aspek: 'WAKTU', indikator: 'Ketepatan waktu', target: '3 bulan', realisasi: null, bukti: 0 },
        ],
        umpanBalik: 'Dokumen ketiga perlu diselaraskan dengan capaian pembelajaran.',
      },
      { jenis: 'TAMBAHAN', urutan: 1, intervensi: null, teks: 'Menjadi narasumber bimtek', iki: [], umpanBalik: null },
    ],
    perilaku: BERAKHLAK.map((n, i) => ({
      kode: n.kode,
      ekspektasi: i === 0 ? 'Responsif terhadap sekolah' : null,
      umpanBalik: i === 1 ? 'Laporan tepat waktu dan rapi' : null,
    })),
    ratingHasilKerja: 'SESUAI',
    ratingPerilaku: 'DI_ATAS',
    predikat: 'BAIK',
    catatan: 'Pertahankan kinerja; ikuti pelatihan penyusunan kurikulum.',
    ditetapkanAt: '2026-04-10T03:00:00.000Z',
    ditetapkanOlehNama: 'Budi Santoso, S.Pd.',
    diterimaAt: '2026-04-11T03:00:00.000Z',
    keberatan: null,
    ...over,
  };
}

describe('period and state helpers', () => {
  it.each([
    ['TW1', 'TRIWULAN I'],
    ['TW4', 'TRIWULAN IV'],
    ['B03', 'MARET'],
    ['B12', 'DESEMBER'],
    ['AKHIR', 'AKHIR'],
  ])('%s is printed as %s', (kode, nama) => expect(namaPeriode(kode)).toBe(nama));

  it('gives each period its calendar dates', () => {
    expect(rentangPeriode('TW1', 2028)).toEqual({ mulai: '2028-01-01', selesai: '2028-03-31' });
    expect(rentangPeriode('B02', 2028)).toEqual({ mulai: '2028-02-01', selesai: '2028-02-29' });
    expect(rentangPeriode('AKHIR', 2027)).toEqual({ mulai: '2027-01-01', selesai: '2027-12-31' });
  });

  it('reads today in Asia/Jakarta', () => {
    expect(hariIniJakarta(new Date('2026-04-25T18:00:00Z'))).toBe('2026-04-26');
    expect(tanggalId('2026-04-25T18:00:00Z')).toBe('26 April 2026');
  });
});

describe('Evaluasi Kinerja Pegawai', () => {
  it('prints the period, identity, organisational predikat, curve, results with realisasi and feedback, behaviour, ratings and signatures', async () => {
    const pdf = await renderPdf(evaluasiDocDefinition(contoh(), 'EVALUASI'));
    const text = pdfText(pdf);
    for (const s of [
      'EVALUASI KINERJA PEGAWAI',
      'PERIODE: TRIWULAN I',
      'PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 MARET 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'Dr. Rina Wati',
      'CAPAIAN KINERJA ORGANISASI',
      'POLA DISTRIBUSI',
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK',
      'A. UTAMA',
      'B. TAMBAHAN',
      'Meningkatnya mutu kurikulum',
      'Jumlah dokumen kurikulum',
      '3 dokumen',
      '2 bukti dukung',
      'Dokumen ketiga perlu diselaraskan',
      'RATING HASIL KERJA',
      'SESUAI EKSPEKTASI',
      'Berorientasi Pelayanan',
      'Responsif terhadap sekolah',
      'Laporan tepat waktu dan rapi',
      'RATING PERILAKU KERJA',
      'DI ATAS EKSPEKTASI',
      'PREDIKAT KINERJA PEGAWAI',
      'Sleman, 10 April 2026',
      'NIP. 198001012005011001',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
    expect(pdfHasText(text, 'DRAF')).toBe(false);
  });

  it('marks a DRAFT evaluation "DRAF" and says when the organisational predikat is not set', async () => {
    const pdf = await renderPdf(
      evaluasiDocDefinition(contoh({ status: 'DRAFT', predikatOrganisasi: null, distribusi: null }), 'EVALUASI'),
    );
    const text = pdfText(pdf);
    expect(pdfHasText(text, 'DRAF')).toBe(true);
    expect(pdfHasText(text, 'BELUM DITETAPKAN')).toBe(true);
  });

  it('never leaves the signatures alone on a page, however long the results table', async () => {
    for (const n of [4, 9, 14, 20, 27]) {
      const rhk = Array.from({ length: n }, (_, i) => ({
        ...contoh().rhk[0],
        urutan: i + 1,
        teks: `Rencana hasil kerja nomor ${i + 1} yang cukup panjang untuk memakan beberapa baris tabel`,
      }));
      const pages = pdfPages(await renderPdf(evaluasiDocDefinition(contoh({ rhk }), 'EVALUASI')));
      const last = pages[pages.length - 1].replace(/\s+/g, '');
      // The page with the signatures also holds the predikat block above them.
      expect(last).toContain('PejabatPenilaiKinerja');
      expect(last).toContain('PREDIKATKINERJAPEGAWAI');
    }
  });
});

describe('Dokumen Evaluasi Kinerja Pegawai', () => {
  it('has sections 1–5 and two signatures (6, 7) when there is no keberatan', async () => {
    const text = pdfText(await renderPdf(evaluasiDocDefinition(contoh({ periodeKode: 'AKHIR' }), 'DOKUMEN')));
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: AKHIR',
      '1. PEGAWAI YANG DINILAI',
      '2. PEJABAT PENILAI KINERJA',
      '3. ATASAN PEJABAT PENILAI KINERJA',
      '4. EVALUASI KINERJA',
      'CAPAIAN KINERJA ORGANISASI',
      '5. CATATAN/REKOMENDASI',
      'ikuti pelatihan penyusunan kurikulum',
      '6. Sleman, 10 April 2026',
      '7. Sleman, 11 April 2026',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
    expect(pdfHasText(text, 'KEBERATAN')).toBe(false);
    // The atasan signs only when there is a keberatan.
    expect(pdfHasText(text, '8.')).toBe(false);
  });

  it('adds KEBERATAN, PENJELASAN and KEPUTUSAN (with the decision text) and renumbers the signatures', async () => {
    const d = contoh({
      periodeKode: 'AKHIR',
      status: 'FINAL',
      keberatan: {
        alasan: 'Realisasi kurikulum keempat tidak dipertimbangkan.',
        diajukanAt: '2026-04-12T02:00:00Z',
        penjelasanPenilai: 'Dokumen keempat diserahkan setelah batas periode.',
        penjelasanPenilaiAt: '2026-04-14T02:00:00Z',
        penjelasanPegawai: 'Sudah diunggah sebelum batas.',
        penjelasanPegawaiAt: '2026-04-14T03:00:00Z',
        keputusan: 'UBAH',
        keputusanAlasan: 'Bukti unggahan menunjukkan dokumen tepat waktu; rating hasil kerja dinaikkan.',
        sebelum: { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'DI_ATAS', predikat: 'BAIK' },
        sesudah: { ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' },
        diputuskanAt: '2026-04-20T02:00:00Z',
        diputuskanOlehNama: 'Dr. Rina Wati',
      },
    });
    const text = pdfText(await renderPdf(evaluasiDocDefinition(d, 'DOKUMEN')));
    for (const s of [
      '6. KEBERATAN',
      'Realisasi kurikulum keempat tidak dipertimbangkan.',
      '7. PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN',
      'Dokumen keempat diserahkan setelah batas periode.',
      '8. KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN',
      'Hasil evaluasi DIUBAH',
      'Bukti unggahan menunjukkan dokumen tepat waktu; rating hasil kerja dinaikkan.',
      'predikat Sangat Baik',
      '9. Sleman, 10 April 2026',
      '10. Sleman, 11 April 2026',
      '11. Sleman, 20 April 2026',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
  });

  it('keeps the last section with the signatures however long the keberatan texts run', async () => {
    const panjang = (kata: string, n: number) => Array.from({ length: n }, (_, i) => `${kata} ${i + 1}.`).join(' ');
    for (const n of [60, 160, 260, 400]) {
      const d = contoh({
        periodeKode: 'AKHIR',
        catatan: panjang('Catatan rekomendasi pengembangan kompetensi', n),
        keberatan: {
          alasan: panjang('Alasan keberatan atas rating hasil kerja', n),
          diajukanAt: '2026-04-12T02:00:00Z',
          penjelasanPenilai: panjang('Penjelasan pejabat penilai', n),
          penjelasanPenilaiAt: '2026-04-14T02:00:00Z',
          penjelasanPegawai: null,
          penjelasanPegawaiAt: null,
          keputusan: 'TETAP',
          keputusanAlasan: panjang('Pertimbangan atasan', n),
          sebelum: null,
          sesudah: null,
          diputuskanAt: '2026-04-20T02:00:00Z',
          diputuskanOlehNama: 'Dr. Rina Wati',
        },
      });
      const pages = pdfPages(await renderPdf(evaluasiDocDefinition(d, 'DOKUMEN')));
      const last = pages[pages.length - 1].replace(/\s+/g, '');
      expect(last, `n=${n}`).toContain('ATASANPEJABATPENILAIKINERJA');
      // The decision's end is on the page of the signatures; nothing of it is lost.
      expect(last, `n=${n}`).toContain(`Pertimbanganatasan${n}.`);
      const all = pages.join('').replace(/\s+/g, '');
      expect(all).toContain('KEPUTUSANATASANPEJABATPENILAIKINERJAATASKEBERATAN');
      for (const i of [1, Math.floor(n / 2), n]) expect(all, `n=${n} i=${i}`).toContain(`Pertimbanganatasan${i}.`);
      // Without a keberatan the recommendation's end stays with the two signatures.
      const tanpa = pdfPages(await renderPdf(evaluasiDocDefinition({ ...d, keberatan: null }, 'DOKUMEN')));
      const akhir = tanpa[tanpa.length - 1].replace(/\s+/g, '');
      expect(akhir, `n=${n}`).toContain(`Catatanrekomendasipengembangankompetensi${n}.`);
      expect(akhir).toContain('PEGAWAIYANGDINILAI');
    }
  });

  it('splits only long texts, at a sentence, keeping every character', () => {
    expect(pecahEkor('Pendek.')).toEqual([null, 'Pendek.']);
    const teks = Array.from({ length: 300 }, (_, i) => `Kalimat nomor ${i + 1}.`).join(' ');
    const [awal, ekor] = pecahEkor(teks);
    expect(awal?.endsWith('.')).toBe(true);
    expect(ekor.length).toBeGreaterThan(1000);
    expect(ekor.length).toBeLessThan(1300);
    expect(`${awal} ${ekor}`).toBe(teks);
  });

  it('LENGKAP puts both documents in one PDF, and names the file by period and NIP', async () => {
    const text = pdfText(await renderPdf(evaluasiDocDefinition(contoh(), 'LENGKAP')));
    expect(pdfHasText(text, 'EVALUASI KINERJA PEGAWAI')).toBe(true);
    expect(pdfHasText(text, 'DOKUMEN EVALUASI KINERJA PEGAWAI')).toBe(true);
    expect(namaFileEvaluasi(contoh(), 'EVALUASI')).toBe('EKP-2026-TW1-199001012015032001-siti-aminah.pdf');
  });
});

describe('Format Penetapan Predikat Kinerja', () => {
  it('prints the unit, period, predikat, the allowed distribution for N, the curve and the leader’s signature', async () => {
    const text = pdfText(
      await renderPdf(
        penetapanDocDefinition({
          id: 'p1',
          tahun: 2026,
          periodeKode: 'AKHIR',
          instansiNama: 'Pemerintah Kabupaten Sleman',
          tempat: 'Sleman',
          unitNama: 'Dinas Pendidikan',
          predikat: 'BAIK',
          dasar: 'Capaian PK 96 %',
          catatan: null,
          penetapNama: 'Drs. H. Kustini',
          penetapJabatan: 'Bupati Sleman',
          penetapNip: null,
          ditetapkanAt: '2027-01-05T02:00:00Z',
          distribusi: dist(12),
        }),
      ),
    );
    const a = allowedDistribution('BAIK', 12).rentangTercapai;
    for (const s of [
      'PENETAPAN PREDIKAT KINERJA ORGANISASI',
      'PERIODE: AKHIR TAHUN 2026',
      'Dinas Pendidikan',
      'PREDIKAT KINERJA ORGANISASI',
      'Capaian PK 96 %',
      '(N = 12)',
      `${a.BAIK.min}–${a.BAIK.max} orang`,
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK',
      'Ditetapkan di Sleman',
      'pada tanggal 5 Januari 2027',
      'Bupati Sleman',
      'Drs. H. Kustini',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
  });
});
