/**
 * "FORMAT PENETAPAN PREDIKAT KINERJA" (SE MenPANRB 3/2023; domain.md §4.4): the leader one level up
 * fixes the unit's organisational predikat for a period and with it the employees' allowed
 * distribution. Printed: the unit, year and period, the predikat with its basis and notes, the pola
 * distribusi in words and in employee counts for the unit's N (the kalkulator), the curve, and the
 * deciding leader's signature with place and date. Pure.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL } from '../../domain/types.ts';
import type { DocDefinition } from '../dokumen/pdf-renderer.ts';
import { dokumen, isi, kurva, type Node, rentangTeks, TH, tandaTangan, URUTAN_KURVA } from './layout-common.ts';
import { namaPeriode, type PenetapanDok, tanggalId } from './model.ts';

export function penetapanContent(d: PenetapanDok): Node[] {
  const org = PREDIKAT_ORGANISASI_LABEL[d.predikat].id.toUpperCase();
  const identitas: Node[][] = [
    ['UNIT KERJA / ORGANISASI', { text: d.unitNama, bold: true }],
    ['INSTANSI', d.instansiNama],
    ['TAHUN', String(d.tahun)],
    ['PERIODE', namaPeriode(d.periodeKode)],
    ['PREDIKAT KINERJA ORGANISASI', { text: org, bold: true }],
    ['DASAR PENETAPAN', isi(d.dasar)],
    ['CATATAN', isi(d.catatan)],
  ];
  const dist = d.distribusi;
  const pola: Node = dist
    ? {
        table: {
          widths: ['*', 200],
          body: [
            [
              { text: 'PREDIKAT KINERJA PEGAWAI', ...TH },
              { text: `JUMLAH PEGAWAI YANG DIPERBOLEHKAN (N = ${dist.n})`, ...TH },
            ],
            ...[...URUTAN_KURVA]
              .reverse()
              .map((p) => [PREDIKAT_LABEL[p].id, { text: rentangTeks(dist.rentang[p]), alignment: 'center' }]),
          ],
        },
        margin: [0, 0, 0, 10],
      }
    : {
        text: 'Belum ada pegawai yang dievaluasi pada unit dan periode ini; jumlah yang diperbolehkan dihitung saat evaluasi dibuat.',
        style: 'catatan',
        margin: [0, 0, 0, 10],
      };
  return [
    {
      stack: [
        'PENETAPAN PREDIKAT KINERJA ORGANISASI',
        'DAN POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI',
        `PERIODE: ${namaPeriode(d.periodeKode)} TAHUN ${d.tahun}`,
      ],
      style: 'judul',
      margin: [0, 0, 0, 10],
    },
    { table: { widths: [170, '*'], body: identitas }, margin: [0, 0, 0, 10] },
    { text: 'POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI', bold: true, margin: [0, 0, 0, 4] },
    {
      ul: dist?.ketentuan.length ? dist.ketentuan : ['Sesuai SE MenPANRB 3/2023.'],
      margin: [0, 0, 0, 6],
    },
    pola,
    {
      stack: [
        dist ? kurva(d.predikat, dist, 440) : '',
        {
          columns: [
            { width: '*', text: '' },
            {
              width: 230,
              ...(tandaTangan(
                [`Ditetapkan di ${d.tempat}`, `pada tanggal ${tanggalId(d.ditetapkanAt) ?? '……………………'}`],
                d.penetapJabatan ?? 'Pimpinan',
                { nama: d.penetapNama, nip: d.penetapNip },
              ) as object),
            },
          ],
          margin: [0, 14, 0, 0],
        },
      ],
      unbreakable: true,
    },
  ];
}

export function penetapanDocDefinition(d: PenetapanDok, options: { compress?: boolean } = {}): DocDefinition {
  return dokumen({
    judul: `Penetapan Predikat Kinerja ${d.unitNama} ${namaPeriode(d.periodeKode)} ${d.tahun}`,
    subjek: 'Format Penetapan Predikat Kinerja',
    penulis: d.instansiNama,
    draf: false,
    kaki: `Penetapan predikat kinerja ${d.unitNama} — ${namaPeriode(d.periodeKode)} ${d.tahun}`,
    content: penetapanContent(d),
    compress: options.compress,
  });
}
