/**
 * The SKP PDF layout rendered for real (pdfmake, the shipped fonts) and read back as text: the
 * headings of PermenPANRB 6/2022, row 5 for an appraiser outside the units, the intervened JPT RHK
 * with its IKI, and no signature block alone on a page whatever the number of rows above it.
 */
import { describe, expect, it } from 'vitest';
import { pdfHasText, pdfPages, pdfText } from '../../../test/pdf-text.ts';
import { renderPdf } from './pdf-renderer.ts';
import { type DokumenRhk, type SkpDokumen, skpDocDefinition } from './skp-pdf.layout.ts';

function dokumen(over: Partial<SkpDokumen> = {}): SkpDokumen {
  return {
    id: 'skp-1',
    status: 'DITETAPKAN',
    revisi: 1,
    jenisForm: 'JA_JF',
    pendekatan: 'KUANTITATIF',
    tahun: 2026,
    mulai: '2026-01-01',
    selesai: '2026-12-31',
    instansiNama: 'Pemerintah Kabupaten Uji',
    pegawai: {
      nama: 'Dewi Lestari',
      nip: '199001012015032001',
      pangkat: null,
      jabatan: 'Analis',
      unitKerja: 'Seksi A',
    },
    penilai: {
      nama: 'Agus Wijaya',
      nip: '198001012005011001',
      pangkat: null,
      jabatan: 'Kepala Seksi',
      unitKerja: 'Seksi A',
    },
    rhk: [],
    perilaku: {},
    lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    ditandatanganiAt: '2026-01-10T02:00:00Z',
    ditetapkanAt: '2026-01-20T02:00:00Z',
    ditetapkanOlehNama: 'Agus Wijaya',
    ...over,
  };
}

const rhk = (i: number, extra: Partial<DokumenRhk> = {}): DokumenRhk => ({
  id: `rhk-${i}`,
  jenis: i % 5 === 4 ? 'TAMBAHAN' : 'UTAMA',
  urutan: i,
  teks: `Rencana hasil kerja nomor ${i} yang cukup panjang untuk dua baris dalam kolomnya`,
  sumber: 'JF',
  perspektif: null,
  penugasanDari: null,
  parent: null,
  pkIndikator: null,
  iki: [
    {
      aspek: 'KUANTITAS',
      indikator: `Jumlah dokumen ${i}`,
      targetNilai: '12',
      targetSatuan: 'dokumen',
      targetTeks: null,
    },
  ],
  ...extra,
});

/** Each page's text, whitespace collapsed. */
const render = async (d: SkpDokumen) =>
  pdfPages(await renderPdf(skpDocDefinition(d))).map((p) => p.replace(/\s+/g, ' ').trim());

/** The text of a page without the footer line ("SKP … — halaman i dari n"). */
const body = (page: string) =>
  page.replace(/SKP Dewi Lestari \(\d+\) — 2026 — revisi 1 — halaman \d+ dari \d+/, '').trim();

describe('SKP PDF layout', () => {
  it('prints the PermenPANRB 6/2022 headings A. UTAMA and B. TAMBAHAN', async () => {
    const text = pdfText(await renderPdf(skpDocDefinition(dokumen({ rhk: [rhk(0), rhk(4)] }))));
    expect(pdfHasText(text, 'A. UTAMA 1 Lingkup tugas jabatan fungsional Rencana hasil kerja nomor 0')).toBe(true);
    expect(pdfHasText(text, 'B. TAMBAHAN 1 Lingkup tugas jabatan fungsional Rencana hasil kerja nomor 4')).toBe(true);
    expect(text).not.toContain('KINERJA UTAMA');
  });

  it('names row 5 INSTANSI on the side of an appraiser outside the units (regional head, minister)', async () => {
    const head = dokumen({
      jenisForm: 'JPT',
      penilai: {
        nama: 'H. Bupati Uji',
        nip: null,
        pangkat: null,
        jabatan: 'Bupati Uji',
        unitKerja: 'Pemerintah Kabupaten Uji',
        baris5: 'INSTANSI',
      },
    });
    const text = pdfText(await renderPdf(skpDocDefinition(head)));
    expect(pdfHasText(text, '5 UNIT KERJA Seksi A 5 INSTANSI Pemerintah Kabupaten Uji')).toBe(true);
    const plain = pdfText(await renderPdf(skpDocDefinition(dokumen())));
    expect(pdfHasText(plain, '5 UNIT KERJA Seksi A 5 UNIT KERJA Seksi A')).toBe(true);
  });

  it('prints the intervened RHK with its IKI when the leader is on the JPT form, without when not', async () => {
    const iki = [
      {
        aspek: 'KUANTITAS',
        indikator: 'Indeks kepuasan layanan',
        targetNilai: '3.5',
        targetSatuan: 'indeks',
        targetTeks: null,
      },
    ];
    const jpt = rhk(0, { parent: { teks: 'Meningkatnya kualitas layanan', pemilik: 'Budi Santoso', iki } });
    const ja = rhk(1, { parent: { teks: 'Tersusunnya laporan seksi', pemilik: 'Agus Wijaya', iki: null } });
    const text = pdfText(await renderPdf(skpDocDefinition(dokumen({ rhk: [jpt, ja] }))));
    expect(
      pdfHasText(text, 'Meningkatnya kualitas layanan IKI: Indeks kepuasan layanan (target 3,5 indeks) Budi Santoso'),
    ).toBe(true);
    expect(pdfHasText(text, 'Tersusunnya laporan seksi Agus Wijaya')).toBe(true);
    expect(text.match(/IKI:/g)).toHaveLength(1);
  });

  it('never leaves a signature block alone on a page, for any number of RHK rows above it', async () => {
    // From one RHK to well past a page of them: the end of the PERILAKU KERJA table crosses every
    // position on the page, so some counts put the signatures right at a page boundary.
    let boundary = 0;
    for (let n = 1; n <= 34; n++) {
      const pages = await render(dokumen({ rhk: Array.from({ length: n }, (_, i) => rhk(i)) }));
      const withSignature = pages.filter((p) => p.includes('Pejabat Penilai Kinerja'));
      expect(withSignature, `n=${n}`).toHaveLength(2); // the SKP and its Lampiran
      // pdfmake writes an unbreakable block's text out of reading order, so this looks at the whole
      // page: the last BerAKHLAK value (7. Kolaboratif) is on the signatures' page.
      const skpPage = body(withSignature[0]);
      expect(skpPage, `n=${n}: signatures without the last row`).toContain('Kolaboratif');
      if (!skpPage.includes('Berorientasi Pelayanan')) boundary++;
    }
    // The range did reach a page boundary inside the behaviour table (else the test proves nothing).
    expect(boundary).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the Lampiran signatures with its last item, for any number of items', async () => {
    let moved = 0;
    for (let m = 1; m <= 46; m += 1) {
      const konsekuensi = Array.from({ length: m }, (_, i) => `Konsekuensi butir ${i + 1}`);
      const pages = await render(
        dokumen({ lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: ['Bulanan'], konsekuensi } }),
      );
      const last = body(pages.findLast((p) => p.includes('Pejabat Penilai Kinerja')) as string);
      expect(last, `m=${m}: signatures without the last item`).toContain(`Konsekuensi butir ${m}`);
      if (!last.includes('LAMPIRAN SASARAN KINERJA PEGAWAI')) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  }, 120_000);
});
