/**
 * Pieces shared by the three evaluation documents: the page shell (A4, footer, the "DRAF" mark),
 * the identity rows, the distribution curve of the official forms, and signature blocks.
 * Pure: data in, pdfmake nodes out.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, type PredikatOrganisasi } from '../../domain/types.ts';
import type { DocDefinition } from '../dokumen/pdf-renderer.ts';
import type { DistribusiDok, OrangDok } from './model.ts';

export type Node = string | { [key: string]: unknown } | Node[];

export const TH = { bold: true, fillColor: '#e8e8e8', alignment: 'center' } as const;

export const isi = (text: string | null | undefined, extra: Record<string, unknown> = {}) => ({
  text: text?.trim() ? text : '-',
  ...extra,
});

/**
 * Order of the curve's x-axis, from the lowest predikat to the highest (as e-Kinerja's Monitoring
 * Kurva and the replicas draw it; decision 0504 records that the gazetted image was not seen).
 */
export const URUTAN_KURVA = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'] as const;

/** "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK" */
export function judulKurva(org: PredikatOrganisasi): string {
  return `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${PREDIKAT_ORGANISASI_LABEL[org].id.toUpperCase()}`;
}

/**
 * The curve as a vector drawing: for each predikat the allowed band (minimum to maximum employees,
 * from the kalkulator for this N) and a line through the maxima — the pattern's shape — with the
 * counts printed under each predikat. Frequency on the y-axis, predikat on the x-axis.
 */
export function kurva(org: PredikatOrganisasi, d: DistribusiDok, width = 360): Node {
  const h = 80;
  const left = 10;
  const step = (width - left) / URUTAN_KURVA.length;
  const top = Math.max(1, ...URUTAN_KURVA.map((p) => d.rentang[p].max));
  const y = (v: number) => h - (v / top) * (h - 6);
  const shapes: Array<Record<string, unknown>> = [
    { type: 'line', x1: left, y1: 0, x2: left, y2: h, lineWidth: 0.6 },
    { type: 'line', x1: left, y1: h, x2: width, y2: h, lineWidth: 0.6 },
  ];
  const points: Array<{ x: number; y: number }> = [];
  URUTAN_KURVA.forEach((p, i) => {
    const cx = left + step * i + step / 2;
    const r = d.rentang[p];
    const yMax = y(r.max);
    const yMin = y(r.min);
    shapes.push({
      type: 'rect',
      x: cx - step / 4,
      y: yMax,
      w: step / 2,
      h: Math.max(0.8, yMin - yMax),
      color: '#c9dcf0',
      lineColor: '#7fa7d0',
      lineWidth: 0.4,
    });
    points.push({ x: cx, y: yMax });
  });
  shapes.push({ type: 'polyline', lineWidth: 1.4, lineColor: '#1f4e79', points });
  for (const pt of points) shapes.push({ type: 'ellipse', x: pt.x, y: pt.y, r1: 2, r2: 2, color: '#1f4e79' });
  const col = `${100 / URUTAN_KURVA.length}%`;
  return {
    stack: [
      { text: judulKurva(org), bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      { canvas: shapes, margin: [0, 0, 0, 2], alignment: 'center' },
      {
        columns: URUTAN_KURVA.map((p) => ({
          width: col,
          stack: [
            { text: PREDIKAT_LABEL[p].id, bold: true },
            { text: rentangTeks(d.rentang[p]), style: 'catatan' },
          ],
          alignment: 'center',
        })),
        margin: [left, 0, 0, 0],
        width,
      },
      {
        text: `Sumbu tegak: jumlah pegawai (N = ${d.n}); pita: rentang yang diperbolehkan pola distribusi (SE MenPANRB 3/2023).`,
        style: 'catatan',
        margin: [0, 2, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

export function rentangTeks(r: { min: number; max: number }): string {
  return r.min === r.max ? `${r.min} orang` : `${r.min}–${r.max} orang`;
}

/** Rows NAMA / NIP / PANGKAT/GOL. RUANG / JABATAN / UNIT KERJA of one person, numbered from `no`. */
export function barisOrang(o: OrangDok | null, fallback = '-'): Array<[string, string]> {
  return [
    ['NAMA', o?.nama ?? fallback],
    ['NIP', o?.nip ?? '-'],
    ['PANGKAT/GOL. RUANG', o?.pangkat ?? '-'],
    ['JABATAN', o?.jabatan ?? '-'],
    ['UNIT KERJA', o?.unitKerja ?? '-'],
  ];
}

/** A signature block: caption lines, a blank for the signature, the name underlined and the NIP. */
export function tandaTangan(atas: string[], jabatan: string, o: { nama: string; nip: string | null } | null): Node {
  return {
    stack: [
      ...atas.map((t) => ({ text: t })),
      { text: jabatan, bold: true },
      { text: ' ', margin: [0, 0, 0, 30] },
      { text: o?.nama ?? '(………………………………………)', bold: true, decoration: o ? 'underline' : undefined },
      o?.nip ? `NIP. ${o.nip}` : ' ',
    ],
    alignment: 'center',
  };
}

/** The page shell every document uses. */
export function dokumen(opts: {
  judul: string;
  subjek: string;
  penulis: string;
  draf: boolean;
  kaki: string;
  content: Node[];
  compress?: boolean;
}): DocDefinition {
  return {
    info: { title: opts.judul, author: opts.penulis, creator: 'Kinerja', subject: opts.subjek },
    compress: opts.compress ?? true,
    pageSize: 'A4',
    pageMargins: [34, 34, 34, 42],
    ...(opts.draf ? { watermark: { text: 'DRAF', color: '#c00000', opacity: 0.12, bold: true } } : {}),
    footer: (current: number, count: number) => ({
      text: `${opts.kaki} — halaman ${current} dari ${count}`,
      style: 'catatan',
      alignment: 'center',
      margin: [34, 14, 34, 0],
    }),
    content: opts.content,
    styles: {
      judul: { bold: true, fontSize: 11, alignment: 'center' },
      // Notes in a smaller grey regular face: no italic font to subset and embed in every document.
      catatan: { fontSize: 6.5, color: '#555555' },
      label: { bold: true },
    },
    defaultStyle: { fontSize: 8, lineHeight: 1.1 },
  };
}
