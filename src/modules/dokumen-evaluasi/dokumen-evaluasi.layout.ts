/**
 * "DOKUMEN EVALUASI KINERJA PEGAWAI" (PermenPANRB 6/2022 Lampiran; domain.md §2.6 K5–K6, §8 item 5):
 * numbered sections 1 PEGAWAI YANG DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT PENILAI
 * KINERJA, 4 EVALUASI KINERJA (capaian kinerja organisasi, predikat kinerja pegawai), 5 CATATAN/
 * REKOMENDASI; when there was a keberatan 6 KEBERATAN, 7 PENJELASAN PEJABAT PENILAI KINERJA ATAS
 * KEBERATAN, 8 KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN; then the signatures,
 * numbered on (the atasan signs only when there is a keberatan). Pure.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, type Predikat, type Rating } from '../../domain/types.ts';
import { kepala, rating } from './evaluasi-kinerja.layout.ts';
import { barisOrang, isi, type Node, tandaTangan } from './layout-common.ts';
import { type EvaluasiDok, type KeberatanDok, type OrangDok, tanggalId } from './model.ts';

const bagian = (no: number, judul: string): Node[] => [
  { text: `${no}.`, bold: true, alignment: 'center', fillColor: '#e8e8e8' },
  { text: judul, bold: true, colSpan: 2, fillColor: '#e8e8e8' },
  {},
];

const baris = (label: string, value: Node): Node[] => ['', { text: label }, value];

function orang(no: number, judul: string, o: OrangDok | null): Node[][] {
  return [bagian(no, judul), ...barisOrang(o).map(([label, v], i) => baris(`${i + 1}. ${label}`, isi(v)))];
}

const predikatTeks = (p: string | null) => (p && p in PREDIKAT_LABEL ? PREDIKAT_LABEL[p as Predikat].id : (p ?? '-'));
const ratingTeks = (r: string | null) => (r ? rating(r as Rating) : '-');

function denganTanggal(teks: string | null, tanggal: string | null): Node {
  if (!teks?.trim()) return isi(null);
  const t = tanggalId(tanggal);
  return { stack: [teks, ...(t ? [{ text: `Tanggal: ${t}`, style: 'catatan' }] : [])] };
}

/**
 * Splits a long text so that its end (about `BATAS_EKOR` characters, at a sentence or word) can be
 * kept on the page of the signatures while the rest flows over the pages before: a block kept
 * together that is taller than a page would be dropped by the layout engine.
 */
const BATAS_EKOR = 1200;
export function pecahEkor(teks: string): [string | null, string] {
  if (teks.length <= BATAS_EKOR * 2) return [null, teks];
  const from = teks.length - BATAS_EKOR;
  let cut = teks.lastIndexOf('. ', from);
  if (cut < teks.length / 2) cut = teks.lastIndexOf(' ', from);
  if (cut <= 0) cut = from;
  return [teks.slice(0, cut + 1).trim(), teks.slice(cut + 1).trim()];
}

/** The last section as its heading row, the rows that may flow, and the row kept with the signatures. */
interface Akhir {
  judul: Node[];
  awal: Node[][];
  ekor: Node[];
}

function akhirTeks(judul: Node[], kepala: Node[], teks: string | null, sesudah: Node[]): Akhir {
  const [awal, ekor] = teks?.trim() ? pecahEkor(teks) : [null, ''];
  const sel = (stack: Node[]) => ['', { stack: stack.length ? stack : ['-'], colSpan: 2 }, {}];
  return awal
    ? { judul, awal: [sel([...kepala, awal])], ekor: sel([ekor, ...sesudah]) }
    : { judul, awal: [], ekor: sel([...kepala, ...(ekor ? [ekor] : []), ...sesudah]) };
}

function keberatanRows(k: KeberatanDok): { rows: Node[][]; akhir: Akhir } {
  const kepala: Node[] = [];
  const keputusan: Node[] = [];
  if (k.keputusan) {
    kepala.push({
      text: k.keputusan === 'UBAH' ? 'Hasil evaluasi DIUBAH' : 'Hasil evaluasi TETAP (tidak diubah)',
      bold: true,
    });
    if (k.keputusan === 'UBAH' && k.sebelum && k.sesudah) {
      keputusan.push({
        text: [
          'Semula: rating hasil kerja ',
          ratingTeks(k.sebelum.ratingHasilKerja),
          ', rating perilaku kerja ',
          ratingTeks(k.sebelum.ratingPerilaku),
          `, predikat ${predikatTeks(k.sebelum.predikat)}. Menjadi: rating hasil kerja `,
          ratingTeks(k.sesudah.ratingHasilKerja),
          ', rating perilaku kerja ',
          ratingTeks(k.sesudah.ratingPerilaku),
          `, predikat ${predikatTeks(k.sesudah.predikat)}.`,
        ],
        style: 'catatan',
      });
    }
    const t = tanggalId(k.diputuskanAt);
    if (t)
      keputusan.push({
        text: `Diputuskan ${t}${k.diputuskanOlehNama ? ` oleh ${k.diputuskanOlehNama}` : ''}; keputusan bersifat final (PP 30/2019 Pasal 59 ayat 4).`,
        style: 'catatan',
      });
  } else kepala.push('Belum diputuskan.');
  const alasan: Node[] = [k.alasan];
  const diajukan = tanggalId(k.diajukanAt);
  if (diajukan) alasan.push({ text: `Diajukan ${diajukan}`, style: 'catatan' });
  if (k.penjelasanPegawai?.trim()) {
    alasan.push({ text: 'Penjelasan pegawai:', bold: true, margin: [0, 3, 0, 0] });
    alasan.push(denganTanggal(k.penjelasanPegawai, k.penjelasanPegawaiAt));
  }
  return {
    rows: [
      bagian(6, 'KEBERATAN'),
      ['', { stack: alasan, colSpan: 2 }, {}],
      bagian(7, 'PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN'),
      ['', { ...(denganTanggal(k.penjelasanPenilai, k.penjelasanPenilaiAt) as object), colSpan: 2 }, {}],
    ],
    akhir: akhirTeks(
      bagian(8, 'KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN'),
      kepala,
      k.keputusan ? k.keputusanAlasan : null,
      keputusan,
    ),
  };
}

/** The content nodes of the Dokumen Evaluasi Kinerja Pegawai. */
export function dokumenEvaluasiContent(d: EvaluasiDok): Node[] {
  const org = d.predikatOrganisasi;
  const body: Node[][] = [
    ...orang(1, 'PEGAWAI YANG DINILAI', d.pegawai),
    ...orang(2, 'PEJABAT PENILAI KINERJA', d.penilai),
    ...orang(3, 'ATASAN PEJABAT PENILAI KINERJA', d.atasan),
    bagian(4, 'EVALUASI KINERJA'),
    baris('1. CAPAIAN KINERJA ORGANISASI', {
      text: org ? PREDIKAT_ORGANISASI_LABEL[org].id.toUpperCase() : 'BELUM DITETAPKAN',
      bold: true,
    }),
    baris('2. PREDIKAT KINERJA PEGAWAI', {
      stack: [
        { text: d.predikat ? PREDIKAT_LABEL[d.predikat].id.toUpperCase() : 'BELUM DITETAPKAN', bold: true },
        {
          text: `Rating hasil kerja: ${ratingTeks(d.ratingHasilKerja)}; rating perilaku kerja: ${ratingTeks(d.ratingPerilaku)}`,
          style: 'catatan',
        },
      ],
    }),
  ];
  const k = d.keberatan;
  const catatan = akhirTeks(bagian(5, 'CATATAN/REKOMENDASI'), [], d.catatan?.trim() ? d.catatan : '-', []);
  let akhir = catatan;
  if (k) {
    const kb = keberatanRows(k);
    body.push(catatan.judul, ...catatan.awal, catatan.ekor, ...kb.rows);
    akhir = kb.akhir;
  }
  const no = k ? 9 : 6;
  const tanggal = tanggalId(d.ditetapkanAt) ?? '……………………';
  const penilai = d.penilai ?? (d.ditetapkanOlehNama ? { nama: d.ditetapkanOlehNama, nip: null } : null);
  const ttd: Node[] = [
    tandaTangan([`${no}. ${d.tempat}, ${tanggal}`], 'PEJABAT PENILAI KINERJA', penilai),
    tandaTangan(
      [`${no + 1}. ${d.tempat}, ${tanggalId(d.diterimaAt) ?? '……………………'}`],
      'PEGAWAI YANG DINILAI',
      d.pegawai,
    ),
  ];
  if (k)
    ttd.push(
      tandaTangan(
        [`${no + 2}. ${d.tempat}, ${tanggalId(k.diputuskanAt) ?? '……………………'}`],
        'ATASAN PEJABAT PENILAI KINERJA',
        d.atasan ?? (k.diputuskanOlehNama ? { nama: k.diputuskanOlehNama, nip: null } : null),
      ),
    );
  // The last section (or, when it is long, its end) travels with the signatures, so a signature
  // block never stands alone on a page; long texts before it flow over the pages.
  const main = [...body, ...(akhir.awal.length ? [akhir.judul, ...akhir.awal] : [])];
  const tail = akhir.awal.length ? [akhir.ekor] : [akhir.judul, akhir.ekor];
  const widths = [18, 170, '*'];
  return [
    ...kepala(d, 'DOKUMEN EVALUASI KINERJA PEGAWAI'),
    { table: { widths, body: main } },
    {
      stack: [{ table: { widths, dontBreakRows: true, body: tail } }, { columns: ttd, margin: [0, 12, 0, 0] }],
      unbreakable: true,
    },
  ];
}
