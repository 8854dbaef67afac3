/**
 * The evaluation documents of one person as one pdfmake definition: the Evaluasi Kinerja Pegawai
 * form, the Dokumen Evaluasi Kinerja Pegawai, or both (LENGKAP, the bulk job's default: one PDF per
 * person). An evaluation not yet set carries a "DRAF" mark (decision 0504).
 */
import { slug } from '../dokumen/nama-file.ts';
import type { DocDefinition } from '../dokumen/pdf-renderer.ts';
import { dokumenEvaluasiContent } from './dokumen-evaluasi.layout.ts';
import { evaluasiKinerjaContent } from './evaluasi-kinerja.layout.ts';
import { dokumen, type Node } from './layout-common.ts';
import { type EvaluasiDok, namaPeriode, sudahDitetapkan } from './model.ts';

export const JENIS_DOKUMEN = ['EVALUASI', 'DOKUMEN', 'LENGKAP'] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

const JUDUL: Record<JenisDokumen, string> = {
  EVALUASI: 'Evaluasi Kinerja Pegawai',
  DOKUMEN: 'Dokumen Evaluasi Kinerja Pegawai',
  LENGKAP: 'Evaluasi dan Dokumen Evaluasi Kinerja Pegawai',
};

export function evaluasiDocDefinition(
  d: EvaluasiDok,
  jenis: JenisDokumen,
  options: { compress?: boolean } = {},
): DocDefinition {
  const content: Node[] =
    jenis === 'EVALUASI'
      ? evaluasiKinerjaContent(d)
      : jenis === 'DOKUMEN'
        ? dokumenEvaluasiContent(d)
        : [...evaluasiKinerjaContent(d), { text: '', pageBreak: 'before' }, ...dokumenEvaluasiContent(d)];
  const periode = `${namaPeriode(d.periodeKode)} ${d.tahun}`;
  return dokumen({
    judul: `${JUDUL[jenis]} ${d.pegawai.nama} ${periode}`,
    subjek: JUDUL[jenis],
    penulis: d.instansiNama,
    draf: !sudahDitetapkan(d.status),
    kaki: `${JUDUL[jenis]} ${d.pegawai.nama} (${d.pegawai.nip ?? '-'}) — ${periode}${d.versi > 1 ? ` — versi ${d.versi}` : ''}`,
    content,
    compress: options.compress,
  });
}

const AWALAN: Record<JenisDokumen, string> = { EVALUASI: 'EKP', DOKUMEN: 'DEKP', LENGKAP: 'EVALUASI' };

/** File name: EKP-2026-TW1-<nip>-<nama>.pdf (DEKP- for the Dokumen, EVALUASI- for both). */
export function namaFileEvaluasi(
  d: Pick<EvaluasiDok, 'tahun' | 'periodeKode' | 'pegawai'>,
  jenis: JenisDokumen,
): string {
  return `${AWALAN[jenis]}-${d.tahun}-${d.periodeKode}-${d.pegawai.nip ?? 'tanpa-nip'}-${slug(d.pegawai.nama) || 'pegawai'}.pdf`;
}

export function namaFilePenetapan(d: { tahun: number; periodeKode: string; unitNama: string }): string {
  return `PENETAPAN-PREDIKAT-${d.tahun}-${d.periodeKode}-${slug(d.unitNama) || 'unit'}.pdf`;
}

export { slug };
