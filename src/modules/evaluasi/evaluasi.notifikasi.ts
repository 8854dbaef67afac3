/**
 * Notifications of the appraisal: the employee is told when their evaluation is set and when it is
 * corrected (a new version). Texts are built here, both languages side by side, in one function.
 */
import { labelPeriode } from '../../domain/evaluasi/periode.ts';
import type { NotifikasiBaru } from '../notifikasi/index.ts';

export type JenisNotifikasiEvaluasi = 'EVALUASI_DITETAPKAN' | 'EVALUASI_DIKOREKSI';

export const tautanEvaluasi = (skpId: string, periodeKode: string) => `/evaluasi/${skpId}/${periodeKode}`;

export function teksNotifikasiEvaluasi(
  jenis: JenisNotifikasiEvaluasi,
  p: { penilai: string; periodeKode: string; tahun: number; versi: number; alasan?: string },
): { id: { judul: string; isi: string }; en: { judul: string; isi: string } } {
  const per = labelPeriode(p.periodeKode, p.tahun);
  if (jenis === 'EVALUASI_DITETAPKAN')
    return {
      id: {
        judul: `Evaluasi kinerja ${per.id} ditetapkan`,
        isi: `${p.penilai} menetapkan evaluasi kinerja Anda untuk ${per.id}. Buka dan nyatakan telah menerimanya: masa keberatan dihitung sejak tanggal terima.`,
      },
      en: {
        judul: `Performance evaluation ${per.en} set`,
        isi: `${p.penilai} set your performance evaluation for ${per.en}. Open it and confirm receipt: the objection window counts from the day you receive it.`,
      },
    };
  return {
    id: {
      judul: `Evaluasi kinerja ${per.id} dikoreksi (versi ${p.versi})`,
      isi: `${p.penilai} mengoreksi evaluasi kinerja Anda untuk ${per.id}. Alasan: ${p.alasan ?? '-'}. Buka dan nyatakan telah menerimanya kembali.`,
    },
    en: {
      judul: `Performance evaluation ${per.en} corrected (version ${p.versi})`,
      isi: `${p.penilai} corrected your performance evaluation for ${per.en}. Reason: ${p.alasan ?? '-'}. Open it and confirm receipt again.`,
    },
  };
}

export function notifikasiEvaluasi(
  instansiId: string,
  pegawaiId: string,
  jenis: JenisNotifikasiEvaluasi,
  p: { skpId: string; penilai: string; periodeKode: string; tahun: number; versi: number; alasan?: string },
): NotifikasiBaru[] {
  return [
    {
      instansiId,
      pegawaiId,
      jenis,
      param: teksNotifikasiEvaluasi(jenis, p),
      tautan: tautanEvaluasi(p.skpId, p.periodeKode),
    },
  ];
}
