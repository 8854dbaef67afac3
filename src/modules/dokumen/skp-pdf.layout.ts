/**
 * The SKP document and its Lampiran in the layout of the PermenPANRB 6/2022 forms (domain.md §3.1,
 * §3.3, §3.4, §8): title block for the form (JPT vs JA/JF; kuantitatif vs kualitatif), instansi and
 * Periode Penilaian, the two-column identity table, HASIL KERJA with "A. UTAMA" and "B. TAMBAHAN"
 * (the headings of the PermenPANRB 6/2022 example; "A. KINERJA UTAMA" is the older 8/2021 wording,
 * domain.md §3.2) and the form's columns, PERILAKU KERJA (the 7 BerAKHLAK values with their guides
 * and the Ekspektasi Khusus Pimpinan), signatures, then LAMPIRAN SASARAN KINERJA PEGAWAI.
 * A signature block never stands alone on a page: it is kept with the last row above it.
 * Pure: data in, pdfmake document definition out. A "DRAFT" watermark marks any SKP that is not set.
 */
import { tanggalIndonesia } from '../../domain/calendar.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import type { DocDefinition } from './pdf-renderer.ts';

export interface Orang {
  nama: string;
  nip: string | null;
  pangkat: string | null;
  jabatan: string | null;
  unitKerja: string | null;
  /**
   * What row 5 names: the unit kerja, or — for a minister or regional head appraising a JPT, a state
   * official outside any unit — the INSTANSI (the form's row 5 for such an appraiser).
   */
  baris5?: 'UNIT KERJA' | 'INSTANSI';
}

export interface DokumenIki {
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface DokumenRhk {
  id: string;
  jenis: string;
  urutan: number;
  teks: string;
  sumber: string;
  perspektif: string | null;
  penugasanDari: string | null;
  /**
   * The intervened leader RHK; `iki` when the leader's SKP is on the JPT form (JPT or head of a
   * self-standing unit), whose RHK the form prints with its IKI.
   */
  parent: { teks: string; pemilik: string | null; iki?: DokumenIki[] | null } | null;
  pkIndikator: { sasaran: string; indikator: string; target: string | null } | null;
  iki: DokumenIki[];
}

export interface SkpDokumen {
  id: string;
  status: string;
  revisi: number;
  jenisForm: string;
  pendekatan: string;
  tahun: number;
  mulai: string;
  selesai: string;
  instansiNama: string;
  pegawai: Orang;
  penilai: Orang | null;
  rhk: DokumenRhk[];
  perilaku: Record<string, string | null | undefined>;
  lampiran: { dukunganSumberDaya: string[]; skemaPertanggungjawaban: string[]; konsekuensi: string[] };
  ditandatanganiAt: string | null;
  ditetapkanAt: string | null;
  ditetapkanOlehNama: string | null;
}

type Node = string | { [key: string]: unknown } | Node[];

const ASPEK: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
const PERSPEKTIF: Record<string, string> = {
  PENERIMA_LAYANAN: 'Perspektif Penerima Layanan',
  PROSES_BISNIS: 'Perspektif Proses Bisnis',
  PENGUATAN_INTERNAL: 'Perspektif Penguatan Internal',
  ANGGARAN: 'Perspektif Anggaran',
};
const PANGKAT_PNS: Record<string, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** "Penata Muda, III/a" for a PNS golongan; "Golongan IX" for a PPPK grade; null without one. */
export function pangkatGolongan(golongan: string | null | undefined): string | null {
  if (!golongan) return null;
  const pangkat = PANGKAT_PNS[golongan];
  return pangkat ? `${pangkat}, ${golongan}` : `Golongan ${golongan}`;
}

/** "120 dokumen", "98,5 %", or the narrative target. */
export function formatTargetIki(nilai: string | null, satuan: string | null, teks: string | null): string {
  if (nilai !== null && nilai !== '') {
    const n = Number(nilai);
    const shown = Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 2 }) : nilai;
    const base = satuan ? `${shown} ${satuan}` : shown;
    return teks ? `${base} (${teks})` : base;
  }
  return teks ?? '-';
}

export function isDitetapkan(d: Pick<SkpDokumen, 'status' | 'ditetapkanAt'>): boolean {
  return d.status === 'DITETAPKAN' || (d.status === 'DITUTUP' && !!d.ditetapkanAt);
}

const TH = { bold: true, fillColor: '#e8e8e8', alignment: 'center' } as const;
const cell = (text: string | null | undefined, extra: Record<string, unknown> = {}) => ({
  text: text?.trim() ? text : '-',
  ...extra,
});

function titleBlock(d: SkpDokumen, judul: string): Node[] {
  const jpt = d.jenisForm === 'JPT';
  return [
    {
      stack: [
        judul,
        `PENDEKATAN HASIL KERJA ${d.pendekatan === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF'}`,
        jpt
          ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
          : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      ],
      style: 'judul',
    },
    barisPeriodePenilaian(d),
  ];
}

/** The line under a form's title: the instansi left, "PERIODE PENILAIAN: <mulai> S.D. <selesai>" right (SKP and evaluation forms). */
export function barisPeriodePenilaian(d: { instansiNama: string; mulai: string; selesai: string }) {
  return {
    columns: [
      { text: d.instansiNama.toUpperCase(), bold: true },
      {
        text: `PERIODE PENILAIAN: ${(tanggalIndonesia(d.mulai) ?? d.mulai).toUpperCase()} S.D. ${(tanggalIndonesia(d.selesai) ?? d.selesai).toUpperCase()}`,
        alignment: 'right',
        bold: true,
      },
    ],
    margin: [0, 8, 0, 4],
  };
}

function identitas(d: SkpDokumen): Node {
  const p = d.pegawai;
  const q = d.penilai;
  const rows: Array<[string, string | null, string | null]> = [
    ['NAMA', p.nama, q?.nama ?? null],
    ['NIP', p.nip, q?.nip ?? null],
    ['PANGKAT/GOL. RUANG', p.pangkat, q?.pangkat ?? null],
    ['JABATAN', p.jabatan, q?.jabatan ?? null],
    ['UNIT KERJA', p.unitKerja, q?.unitKerja ?? null],
  ];
  const labelPenilai = (label: string, i: number) => (i === 4 && q?.baris5 === 'INSTANSI' ? 'INSTANSI' : label);
  return {
    table: {
      headerRows: 1,
      widths: [16, 78, '*', 16, 78, '*'],
      body: [
        [
          { text: 'NO', ...TH },
          { text: 'PEGAWAI YANG DINILAI', colSpan: 2, ...TH },
          {},
          { text: 'NO', ...TH },
          { text: 'PEJABAT PENILAI KINERJA', colSpan: 2, ...TH },
          {},
        ],
        ...rows.map(([label, a, b], i) => [
          String(i + 1),
          label,
          cell(a),
          String(i + 1),
          labelPenilai(label, i),
          cell(b),
        ]),
      ],
    },
    margin: [0, 0, 0, 8],
  };
}

/**
 * The "RHK Pimpinan yang Diintervensi" cell: the parent RHK, the PK target, or the RHK's source.
 * Form footnote (PermenPANRB 6/2022, SKP JA/JF; domain.md §3.2): when the intervened RHK belongs to
 * a JPT or the head of a self-standing unit, it is written with its IKI — or the organisation's
 * target with its indicator.
 */
function intervensi(r: DokumenRhk): Node {
  if (r.parent) {
    const iki = (r.parent.iki ?? []).map((k) => {
      const target = formatTargetIki(k.targetNilai, k.targetSatuan, k.targetTeks);
      return { text: `IKI: ${k.indikator}${target !== '-' ? ` (target ${target})` : ''}`, fontSize: 7 };
    });
    return {
      stack: [r.parent.teks, ...iki, ...(r.parent.pemilik ? [{ text: r.parent.pemilik, style: 'catatan' }] : [])],
    };
  }
  if (r.pkIndikator)
    return {
      stack: [
        r.pkIndikator.sasaran,
        {
          text: `Indikator: ${r.pkIndikator.indikator}${r.pkIndikator.target ? ` (target ${r.pkIndikator.target})` : ''}`,
          style: 'catatan',
        },
      ],
    };
  switch (r.sumber) {
    case 'PENUGASAN':
      return r.penugasanDari ? `Penugasan dari ${r.penugasanDari}` : 'Penugasan';
    case 'JF':
      return 'Lingkup tugas jabatan fungsional';
    case 'TIM_KERJA':
      return 'Tim kerja';
    default:
      return '-';
  }
}

function rhkTeks(r: DokumenRhk, jpt: boolean): Node {
  const notes: Node[] = [];
  if (jpt && r.pkIndikator?.sasaran)
    notes.push({ text: `Sasaran Perjanjian Kinerja: ${r.pkIndikator.sasaran}`, style: 'catatan' });
  if (jpt && r.sumber === 'PENUGASAN' && r.penugasanDari)
    notes.push({ text: `Penugasan dari ${r.penugasanDari}`, style: 'catatan' });
  return notes.length ? { stack: [r.teks, ...notes] } : r.teks;
}

function ikiNarasi(k: DokumenIki): Node {
  const target = formatTargetIki(k.targetNilai, k.targetSatuan, k.targetTeks);
  return { stack: [k.indikator, ...(target !== '-' ? [{ text: `Target: ${target}`, color: '#333333' }] : [])] };
}

/** Columns of the HASIL KERJA table for the form. */
function kolomHasilKerja(d: SkpDokumen): { headers: string[]; widths: Array<number | string> } {
  const kualitatif = d.pendekatan === 'KUALITATIF';
  if (d.jenisForm === 'JPT') {
    return kualitatif
      ? {
          headers: [
            'No',
            'Rencana Hasil Kerja',
            'Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target',
            'Perspektif',
          ],
          widths: [18, '*', '*', 80],
        }
      : {
          headers: ['No', 'Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Target', 'Perspektif'],
          widths: [18, '*', '*', 70, 80],
        };
  }
  return kualitatif
    ? {
        headers: [
          'No',
          'Rencana Hasil Kerja Pimpinan yang Diintervensi',
          'Rencana Hasil Kerja',
          'Aspek',
          'Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target',
        ],
        widths: [18, '*', '*', 46, '*'],
      }
    : {
        headers: [
          'No',
          'Rencana Hasil Kerja Pimpinan yang Diintervensi',
          'Rencana Hasil Kerja',
          'Aspek',
          'Indikator Kinerja Individu',
          'Target',
        ],
        widths: [18, '*', '*', 46, '*', 62],
      };
}

function barisRhk(d: SkpDokumen, r: DokumenRhk, no: number): Node[][] {
  const jpt = d.jenisForm === 'JPT';
  const kualitatif = d.pendekatan === 'KUALITATIF';
  const ikis: Array<DokumenIki | null> = r.iki.length ? r.iki : [null];
  const span = ikis.length;
  return ikis.map((k, i) => {
    const first = i === 0;
    const spanned = (content: Node, extra: Record<string, unknown> = {}): Node =>
      first ? { stack: [content], rowSpan: span, ...extra } : {};
    const aspek = cell(k ? (ASPEK[k.aspek] ?? k.aspek) : null);
    const indikator: Node = k ? (kualitatif ? ikiNarasi(k) : k.indikator) : '-';
    const target = cell(k ? formatTargetIki(k.targetNilai, k.targetSatuan, k.targetTeks) : null);
    if (jpt) {
      const perspektif = spanned(r.perspektif ? (PERSPEKTIF[r.perspektif] ?? r.perspektif) : '-');
      return kualitatif
        ? [spanned(`${no}`, { alignment: 'center' }), spanned(rhkTeks(r, true)), indikator, perspektif]
        : [spanned(`${no}`, { alignment: 'center' }), spanned(rhkTeks(r, true)), indikator, target, perspektif];
    }
    return kualitatif
      ? [
          spanned(`${no}`, { alignment: 'center' }),
          spanned(intervensi(r)),
          spanned(rhkTeks(r, false)),
          aspek,
          indikator,
        ]
      : [
          spanned(`${no}`, { alignment: 'center' }),
          spanned(intervensi(r)),
          spanned(rhkTeks(r, false)),
          aspek,
          indikator,
          target,
        ];
  });
}

function hasilKerja(d: SkpDokumen): Node {
  const { headers, widths } = kolomHasilKerja(d);
  const n = headers.length;
  const section = (label: string): Node[] => [
    { text: label, colSpan: n, bold: true, fillColor: '#f4f4f4' },
    ...Array.from({ length: n - 1 }, () => ({})),
  ];
  const empty = (): Node[] => [
    { text: '-', colSpan: n, alignment: 'center' },
    ...Array.from({ length: n - 1 }, () => ({})),
  ];
  const body: Node[][] = [
    [{ text: 'HASIL KERJA', colSpan: n, ...TH, alignment: 'left' }, ...Array.from({ length: n - 1 }, () => ({}))],
    headers.map((h) => ({ text: h, ...TH })),
    headers.map((_h, i) => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 7 })),
  ];
  for (const [label, jenis] of [
    ['A. UTAMA', 'UTAMA'],
    ['B. TAMBAHAN', 'TAMBAHAN'],
  ] as const) {
    body.push(section(label));
    const list = d.rhk.filter((r) => r.jenis === jenis).sort((a, b) => a.urutan - b.urutan);
    if (!list.length) body.push(empty());
    list.forEach((r, i) => {
      body.push(...barisRhk(d, r, i + 1));
    });
  }
  return { table: { headerRows: 3, keepWithHeaderRows: 1, widths, body }, margin: [0, 0, 0, 8] };
}

/**
 * A table whose last row stays on the page of what follows it (the signatures). The last row
 * becomes one borderless cell spanning every column, holding that row as a table of the same widths
 * followed by `after`; with dontBreakRows that cell never splits, so when it does not fit, the last
 * row moves to the next page together with the signatures — under the repeated header rows —
 * instead of leaving them alone there. The inner table's margins undo the outer cell's padding
 * (4 pt a side, plus the 1 pt rules pdfmake counts between spanned columns) so its rules fall on the
 * outer table's. (Not pdfmake's `pageBreakBefore`: a break before a cell splits the row, and an
 * unbreakable block reports the page it would have started on.)
 */
function denganEkor(
  table: { headerRows?: number; widths: Array<number | string>; body: Node[][]; dontBreakRows?: boolean },
  after: Node[],
): Node[] {
  const head = table.body.slice(0, -1);
  const last = table.body.slice(-1);
  const n = table.widths.length;
  const tail: Node[] = [
    {
      colSpan: n,
      border: [false, false, false, false],
      stack: [{ table: { widths: table.widths, dontBreakRows: true, body: last }, margin: [-5, -3, -5, 0] }, ...after],
    },
    ...Array.from({ length: n - 1 }, () => ({})),
  ];
  return [{ table: { ...table, dontBreakRows: true, body: [...head, tail] } }];
}

function perilakuKerja(d: SkpDokumen): Node[] {
  const body: Node[][] = [
    [{ text: 'PERILAKU KERJA', colSpan: 3, ...TH, alignment: 'left' }, {}, {}],
    [
      { text: 'No', ...TH },
      { text: 'Perilaku Kerja', ...TH },
      { text: 'Ekspektasi Khusus Pimpinan', ...TH },
    ],
  ];
  for (const nilai of BERAKHLAK) {
    const ekspektasi = d.perilaku[nilai.kode];
    body.push([
      { text: String(nilai.nomor), alignment: 'center' },
      {
        text: [
          { text: `${nilai.nama.id}\n`, bold: true },
          nilai.panduan.map((p, i) => `${'abc'[i]}. ${p.id}`).join('\n'),
        ],
      },
      cell(ekspektasi ?? null),
    ]);
  }
  return denganEkor({ headerRows: 2, dontBreakRows: true, widths: [18, '*', 170], body }, [
    {
      text: '* Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku kerja Pegawai',
      style: 'catatan',
      margin: [0, 2, 0, 10],
    },
    tandaTangan(d),
  ]);
}

function tandaTangan(d: SkpDokumen): Node {
  const set = isDitetapkan(d);
  const penilaiNama = d.ditetapkanOlehNama ?? d.penilai?.nama ?? null;
  const blok = (judul: string, keterangan: string, nama: string | null, nip: string | null): Node => ({
    stack: [
      { text: keterangan, style: 'catatan' },
      { text: judul, bold: true },
      { text: ' ', margin: [0, 0, 0, 34] },
      { text: nama ?? '(………………………………………)', bold: true, decoration: nama ? 'underline' : undefined },
      nip ? `NIP. ${nip}` : ' ',
    ],
    alignment: 'center',
  });
  const ditandatangani = tanggalIndonesia(d.ditandatanganiAt);
  const ditetapkan = set ? tanggalIndonesia(d.ditetapkanAt) : null;
  return {
    columns: [
      blok(
        'Pegawai yang Dinilai',
        ditandatangani ? `Ditandatangani ${ditandatangani}` : 'Belum ditandatangani',
        d.pegawai.nama,
        d.pegawai.nip,
      ),
      blok(
        'Pejabat Penilai Kinerja',
        ditetapkan ? `Ditetapkan ${ditetapkan}` : 'Belum ditetapkan',
        penilaiNama,
        d.penilai?.nip ?? null,
      ),
    ],
    margin: [0, 6, 0, 0],
  };
}

function lampiran(d: SkpDokumen): Node[] {
  const blocks: Array<[string, string[]]> = [
    ['DUKUNGAN SUMBER DAYA', d.lampiran.dukunganSumberDaya],
    ['SKEMA PERTANGGUNGJAWABAN', d.lampiran.skemaPertanggungjawaban],
    ['KONSEKUENSI', d.lampiran.konsekuensi],
  ];
  const body: Node[][] = [];
  for (const [judul, items] of blocks) {
    body.push([{ text: judul, colSpan: 2, ...TH, alignment: 'left' }, {}]);
    if (!items.length) body.push([{ text: '-', colSpan: 2, alignment: 'center' }, {}]);
    items.forEach((item, i) => {
      body.push([{ text: `${i + 1}.`, alignment: 'center' }, item]);
    });
  }
  return [
    { text: '', pageBreak: 'before' },
    ...titleBlock(d, 'LAMPIRAN SASARAN KINERJA PEGAWAI'),
    ...denganEkor({ widths: [18, '*'], dontBreakRows: true, body }, [
      { text: ' ', margin: [0, 0, 0, 4] },
      tandaTangan(d),
    ]),
  ];
}

/** The pdfmake document for an SKP and its Lampiran. */
export function skpDocDefinition(d: SkpDokumen, options: { compress?: boolean } = {}): DocDefinition {
  const set = isDitetapkan(d);
  return {
    info: {
      title: `SKP ${d.pegawai.nama} ${d.tahun}`,
      author: d.instansiNama,
      creator: 'Kinerja',
      subject: 'Sasaran Kinerja Pegawai',
    },
    compress: options.compress ?? true,
    pageSize: 'A4',
    pageMargins: [34, 34, 34, 42],
    ...(set ? {} : { watermark: { text: 'DRAFT', color: '#c00000', opacity: 0.12, bold: true } }),
    footer: (current: number, count: number) => ({
      text: `SKP ${d.pegawai.nama} (${d.pegawai.nip ?? '-'}) — ${d.tahun}${d.revisi > 0 ? ` — revisi ${d.revisi}` : ''} — halaman ${current} dari ${count}`,
      style: 'catatan',
      alignment: 'center',
      margin: [34, 14, 34, 0],
    }),
    content: [
      ...titleBlock(d, 'SASARAN KINERJA PEGAWAI'),
      identitas(d),
      hasilKerja(d),
      ...perilakuKerja(d),
      ...lampiran(d),
    ],
    styles: {
      judul: { bold: true, fontSize: 11, alignment: 'center' },
      // Notes in a smaller grey regular face: no italic font to subset and embed in every document.
      catatan: { fontSize: 6.5, color: '#555555' },
    },
    defaultStyle: { fontSize: 8, lineHeight: 1.1 },
  };
}
