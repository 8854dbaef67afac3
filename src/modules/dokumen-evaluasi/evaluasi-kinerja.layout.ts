/**
 * "EVALUASI KINERJA PEGAWAI" (PermenPANRB 6/2022 Lampiran; domain.md §8 item 4), one per person and
 * period: header with PERIODE (TRIWULAN I…IV, the month, or AKHIR), the identity block (pegawai,
 * pejabat penilai, atasan pejabat penilai), CAPAIAN KINERJA ORGANISASI, POLA DISTRIBUSI (the curve),
 * HASIL KERJA (A. UTAMA / B. TAMBAHAN with realisasi and umpan balik), RATING HASIL KERJA, PERILAKU
 * KERJA (BerAKHLAK with guides, ekspektasi khusus pimpinan, umpan balik), RATING PERILAKU KERJA,
 * PREDIKAT KINERJA PEGAWAI and the signatures. Pure: view model in, pdfmake nodes out.
 */
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, RATING_LABEL, type Rating } from '../../domain/types.ts';
import { barisPeriodePenilaian } from '../dokumen/skp-pdf.layout.ts';
import { barisOrang, isi, kurva, type Node, TH, tandaTangan } from './layout-common.ts';
import { type EvaluasiDok, namaPeriode, type RhkDok, tanggalId } from './model.ts';

const ASPEK: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };

export const rating = (r: Rating | null) => (r ? RATING_LABEL[r].id.toUpperCase() : 'BELUM DINILAI');

export function kepala(d: EvaluasiDok, judul: string): Node[] {
  return [{ stack: [judul, `PERIODE: ${namaPeriode(d.periodeKode)}`], style: 'judul' }, barisPeriodePenilaian(d)];
}

function identitas(d: EvaluasiDok): Node {
  const a = barisOrang(d.pegawai);
  const b = barisOrang(d.penilai);
  const c = barisOrang(d.atasan);
  return {
    table: {
      widths: [14, 80, '*', 14, 80, '*'],
      body: [
        [
          { text: 'NO', ...TH },
          { text: 'PEGAWAI YANG DINILAI', colSpan: 2, ...TH },
          {},
          { text: 'NO', ...TH },
          { text: 'PEJABAT PENILAI KINERJA', colSpan: 2, ...TH },
          {},
        ],
        ...a.map(([label, v], i) => [String(i + 1), label, isi(v), String(i + 1), label, isi(b[i][1])]),
        [{ text: 'ATASAN PEJABAT PENILAI KINERJA', colSpan: 6, ...TH }, {}, {}, {}, {}, {}],
        ...c.map(([label, v], i) => [String(i + 1), label, { ...isi(v), colSpan: 4 }, {}, {}, {}]),
      ],
    },
    margin: [0, 0, 0, 6],
  };
}

function capaianOrganisasi(d: EvaluasiDok): Node {
  const org = d.predikatOrganisasi;
  return {
    stack: [
      {
        table: {
          widths: [180, '*'],
          body: [
            [
              { text: 'CAPAIAN KINERJA ORGANISASI', bold: true, fillColor: '#e8e8e8' },
              { text: org ? PREDIKAT_ORGANISASI_LABEL[org].id.toUpperCase() : 'BELUM DITETAPKAN', bold: true },
            ],
            [{ text: 'POLA DISTRIBUSI', bold: true, fillColor: '#e8e8e8', colSpan: 2 }, {}],
          ],
        },
      },
      org && d.distribusi
        ? { ...(kurva(org, d.distribusi) as object), margin: [0, 6, 0, 6] }
        : {
            text: 'Pola distribusi menunggu penetapan predikat kinerja organisasi.',
            style: 'catatan',
            margin: [0, 2, 0, 6],
          },
    ],
  };
}

const KOLOM_HASIL = [
  'No',
  'Rencana Hasil Kerja Pimpinan yang Diintervensi',
  'Rencana Hasil Kerja',
  'Aspek',
  'Indikator Kinerja Individu',
  'Target',
  'Realisasi Berdasarkan Bukti Dukung',
  'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
];

function barisRhk(r: RhkDok, no: number): Node[][] {
  const ikis = r.iki.length ? r.iki : [null];
  const span = ikis.length;
  return ikis.map((k, i) => {
    const first = i === 0;
    const s = (content: Node, extra: Record<string, unknown> = {}): Node =>
      first ? { stack: [content], rowSpan: span, ...extra } : {};
    const realisasi = k?.realisasi
      ? { stack: [k.realisasi, ...(k.bukti ? [{ text: `${k.bukti} bukti dukung`, style: 'catatan' }] : [])] }
      : isi(null);
    return [
      s(String(no), { alignment: 'center' }),
      s(r.intervensi ?? '-'),
      s(r.teks),
      isi(k ? (ASPEK[k.aspek] ?? k.aspek) : null),
      isi(k?.indikator),
      isi(k?.target),
      realisasi,
      s(r.umpanBalik?.trim() ? r.umpanBalik : '-'),
    ];
  });
}

function hasilKerja(d: EvaluasiDok): Node {
  const n = KOLOM_HASIL.length;
  const pad = () => Array.from({ length: n - 1 }, () => ({}));
  const body: Node[][] = [
    [{ text: 'HASIL KERJA', colSpan: n, ...TH, alignment: 'left' }, ...pad()],
    KOLOM_HASIL.map((h) => ({ text: h, ...TH })),
  ];
  for (const [label, jenis] of [
    ['A. UTAMA', 'UTAMA'],
    ['B. TAMBAHAN', 'TAMBAHAN'],
  ] as const) {
    body.push([{ text: label, colSpan: n, bold: true, fillColor: '#f4f4f4' }, ...pad()]);
    const list = d.rhk.filter((r) => r.jenis === jenis).sort((a, b) => a.urutan - b.urutan);
    if (!list.length) body.push([{ text: '-', colSpan: n, alignment: 'center' }, ...pad()]);
    list.forEach((r, i) => {
      body.push(...barisRhk(r, i + 1));
    });
  }
  body.push([
    { text: 'RATING HASIL KERJA', colSpan: 6, bold: true, fillColor: '#e8e8e8' },
    {},
    {},
    {},
    {},
    {},
    { text: rating(d.ratingHasilKerja), colSpan: 2, bold: true, alignment: 'center' },
    {},
  ]);
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, widths: [14, '*', '*', 38, '*', 48, 62, '*'], body },
    margin: [0, 0, 0, 6],
  };
}

function perilakuKerja(d: EvaluasiDok): Node {
  const by = new Map(d.perilaku.map((p) => [p.kode, p]));
  const body: Node[][] = [
    [{ text: 'PERILAKU KERJA', colSpan: 4, ...TH, alignment: 'left' }, {}, {}, {}],
    [
      { text: 'No', ...TH },
      { text: 'Perilaku Kerja', ...TH },
      { text: 'Ekspektasi Khusus Pimpinan', ...TH },
      { text: 'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung', ...TH },
    ],
  ];
  for (const nilai of BERAKHLAK) {
    const p = by.get(nilai.kode);
    body.push([
      { text: String(nilai.nomor), alignment: 'center' },
      {
        text: [
          { text: `${nilai.nama.id}\n`, bold: true },
          nilai.panduan.map((g, i) => `${'abc'[i]}. ${g.id}`).join('\n'),
        ],
      },
      isi(p?.ekspektasi),
      isi(p?.umpanBalik),
    ]);
  }
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [14, '*', 130, 150], body },
  };
}

/** RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI and the signatures: one unbreakable block. */
function penutup(d: EvaluasiDok): Node {
  const tanggal = tanggalId(d.ditetapkanAt) ?? '……………………';
  return {
    stack: [
      {
        table: {
          widths: [180, '*'],
          body: [
            [
              { text: 'RATING PERILAKU KERJA', bold: true, fillColor: '#e8e8e8' },
              { text: rating(d.ratingPerilaku), bold: true, alignment: 'center' },
            ],
            [
              { text: 'PREDIKAT KINERJA PEGAWAI', bold: true, fillColor: '#e8e8e8' },
              {
                text: d.predikat ? PREDIKAT_LABEL[d.predikat].id.toUpperCase() : 'BELUM DITETAPKAN',
                bold: true,
                alignment: 'center',
              },
            ],
          ],
        },
        margin: [0, 0, 0, 10],
      },
      {
        columns: [
          tandaTangan([d.diterimaAt ? `Diterima ${tanggalId(d.diterimaAt)}` : ' '], 'Pegawai yang Dinilai', d.pegawai),
          tandaTangan(
            [`${d.tempat}, ${tanggal}`],
            'Pejabat Penilai Kinerja',
            d.penilai ?? (d.ditetapkanOlehNama ? { nama: d.ditetapkanOlehNama, nip: null } : null),
          ),
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 0],
  };
}

/** The content nodes of the Evaluasi Kinerja Pegawai form. */
export function evaluasiKinerjaContent(d: EvaluasiDok): Node[] {
  return [
    ...kepala(d, 'EVALUASI KINERJA PEGAWAI'),
    identitas(d),
    capaianOrganisasi(d),
    hasilKerja(d),
    perilakuKerja(d),
    penutup(d),
  ];
}
