/**
 * Every notification text of the keberatan module, one function per kind with the Indonesian and
 * English wording side by side (stored as `param`, rendered in the reader's language).
 */
import type { NotifikasiBaru, TJenisPelaksanaan } from '../notifikasi/index.ts';

type Teks = { id: string; en: string };

export interface KasusInfo {
  keberatanId: string;
  instansiId: string;
  pegawaiNama: string;
  periodeKode: string;
  tahun: number;
}

const PREDIKAT: Record<string, Teks> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

function periode(k: KasusInfo): Teks {
  if (k.periodeKode === 'AKHIR') return { id: `tahunan ${k.tahun}`, en: `annual ${k.tahun}` };
  return { id: `${k.periodeKode} ${k.tahun}`, en: `${k.periodeKode} ${k.tahun}` };
}

function item(
  k: KasusInfo,
  pegawaiId: string,
  jenis: TJenisPelaksanaan,
  t: { judul: Teks; isi: Teks },
): NotifikasiBaru {
  const param = { id: { judul: t.judul.id, isi: t.isi.id }, en: { judul: t.judul.en, isi: t.isi.en } };
  return { instansiId: k.instansiId, pegawaiId, jenis, param, tautan: `/keberatan/${k.keberatanId}` };
}

/** To the atasan pejabat penilai: a keberatan was filed to them. */
export function notifDiajukan(k: KasusInfo, atasanPegawaiId: string, batas: string): NotifikasiBaru {
  const p = periode(k);
  return item(k, atasanPegawaiId, 'KEBERATAN_DIAJUKAN', {
    judul: { id: 'Keberatan atas evaluasi kinerja', en: 'A keberatan on a performance evaluation' },
    isi: {
      id: `${k.pegawaiNama} mengajukan keberatan atas evaluasi kinerja ${p.id} (diajukan dalam batas waktu ${batas}). Mintalah penjelasan pejabat penilai dan pegawai, lalu putuskan.`,
      en: `${k.pegawaiNama} filed a keberatan on the ${p.en} performance evaluation (within the window ending ${batas}). Ask the appraiser and the employee for their explanations, then decide.`,
    },
  });
}

/** To the appraiser: the atasan needs their explanation. */
export function notifPenjelasanDiminta(k: KasusInfo, penilaiPegawaiId: string, atasan: string): NotifikasiBaru {
  const p = periode(k);
  return item(k, penilaiPegawaiId, 'KEBERATAN_PENJELASAN_DIMINTA', {
    judul: { id: 'Penjelasan Anda diminta atas keberatan', en: 'Your explanation is asked for on a keberatan' },
    isi: {
      id: `${k.pegawaiNama} mengajukan keberatan atas evaluasi kinerja ${p.id} yang Anda tetapkan. ${atasan} memerlukan penjelasan Anda sebagai pejabat penilai.`,
      en: `${k.pegawaiNama} filed a keberatan on the ${p.en} performance evaluation you set. ${atasan} needs your explanation as the appraiser.`,
    },
  });
}

/** To the employee: the decision (final). */
export function notifDiputuskan(
  k: KasusInfo,
  pegawaiId: string,
  keputusan: 'TETAP' | 'UBAH',
  predikat: string,
): NotifikasiBaru {
  const p = periode(k);
  const pr = PREDIKAT[predikat] ?? { id: predikat, en: predikat };
  return item(k, pegawaiId, 'KEBERATAN_DIPUTUSKAN', {
    judul: { id: 'Keberatan Anda telah diputuskan', en: 'Your keberatan has been decided' },
    isi:
      keputusan === 'UBAH'
        ? {
            id: `Atasan pejabat penilai mengubah hasil evaluasi kinerja ${p.id}: predikat kini ${pr.id}. Keputusan ini final.`,
            en: `The appraiser's superior changed the ${p.en} performance evaluation: the predikat is now ${pr.en}. The decision is final.`,
          }
        : {
            id: `Atasan pejabat penilai menetapkan hasil evaluasi kinerja ${p.id} tetap (predikat ${pr.id}). Keputusan ini final.`,
            en: `The appraiser's superior kept the ${p.en} performance evaluation (predikat ${pr.en}). The decision is final.`,
          },
  });
}
