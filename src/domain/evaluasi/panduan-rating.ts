/**
 * The proposed rating hasil kerja from the appraiser's per-RHK marks (domain.md §4.1). PermenPANRB
 * 6/2022 sets no numeric weighting ("tanpa ada persyaratan pembobotan tertentu"): the rating is the
 * appraiser's judgement, so this is only ever a proposal the appraiser may override.
 *
 * Guidance (BKN deck quoting the Lampiran, LIKELY):
 * - Di Atas Ekspektasi: most or all results above expectations, and no main result (UTAMA) below;
 * - Sesuai Ekspektasi: most or all results meet expectations, and only a small part of the main
 *   results … (truncated in the source);
 * - Di Bawah Ekspektasi: most or all results below expectations.
 * How the truncated clause is read here: "Sesuai" is what remains when neither "Di Atas" nor
 * "Di Bawah" holds — a small part of the main results may be below without pulling the whole down,
 * but a majority below does (that is the "Di Bawah" clause). "Most" (sebagian besar) is strictly
 * more than half of the marked RHK. Unmarked RHK do not count; with none marked there is no proposal.
 */
import { RATING_LABEL, type Rating, type Sumber, type Teks } from '../types.ts';

export interface TandaRhk {
  jenis: 'UTAMA' | 'TAMBAHAN' | string;
  penilaian: Rating | null;
}

export interface UsulanRatingHasilKerja {
  usulan: Rating | null;
  jumlah: { DI_ATAS: number; SESUAI: number; DI_BAWAH: number; belum: number };
  explanation: Teks;
  citation: Sumber;
}

export const SUMBER_PANDUAN_RATING: Sumber = {
  regulation: 'PermenPANRB 6/2022',
  article: 'Lampiran, rating hasil kerja (panduan BKN: sebagian besar/seluruh hasil kerja; tanpa pembobotan)',
  confidence: 'LIKELY',
};

/** The proposal with the counts behind it and a sentence that says why. */
export function usulRatingHasilKerja(rhk: readonly TandaRhk[]): UsulanRatingHasilKerja {
  const jumlah = { DI_ATAS: 0, SESUAI: 0, DI_BAWAH: 0, belum: 0 };
  let utamaDiBawah = 0;
  for (const r of rhk) {
    if (!r.penilaian) jumlah.belum++;
    else {
      jumlah[r.penilaian]++;
      if (r.penilaian === 'DI_BAWAH' && r.jenis === 'UTAMA') utamaDiBawah++;
    }
  }
  const n = jumlah.DI_ATAS + jumlah.SESUAI + jumlah.DI_BAWAH;
  const angka = { id: `${n} RHK dinilai`, en: `${n} RHK marked` };
  if (n === 0)
    return {
      usulan: null,
      jumlah,
      explanation: {
        id: 'Belum ada RHK yang dinilai: tandai setiap RHK di atas, sesuai, atau di bawah ekspektasi.',
        en: 'No RHK is marked yet: mark each RHK above, meeting or below expectations.',
      },
      citation: SUMBER_PANDUAN_RATING,
    };
  const sebagianBesar = (k: number) => k * 2 > n;
  let usulan: Rating;
  let why: Teks;
  if (sebagianBesar(jumlah.DI_ATAS) && utamaDiBawah === 0) {
    usulan = 'DI_ATAS';
    why = {
      id: `sebagian besar hasil kerja (${jumlah.DI_ATAS} dari ${n}) di atas ekspektasi dan tidak ada hasil kerja utama di bawah ekspektasi`,
      en: `most results (${jumlah.DI_ATAS} of ${n}) are above expectations and no main result is below`,
    };
  } else if (sebagianBesar(jumlah.DI_BAWAH)) {
    usulan = 'DI_BAWAH';
    why = {
      id: `sebagian besar hasil kerja (${jumlah.DI_BAWAH} dari ${n}) di bawah ekspektasi`,
      en: `most results (${jumlah.DI_BAWAH} of ${n}) are below expectations`,
    };
  } else {
    usulan = 'SESUAI';
    why =
      sebagianBesar(jumlah.DI_ATAS) && utamaDiBawah > 0
        ? {
            id: `sebagian besar hasil kerja di atas ekspektasi, tetapi ${utamaDiBawah} hasil kerja utama di bawah ekspektasi`,
            en: `most results are above expectations, but ${utamaDiBawah} main result(s) are below`,
          }
        : {
            id: 'hasil kerja tidak sebagian besar di atas maupun di bawah ekspektasi',
            en: 'results are mostly neither above nor below expectations',
          };
  }
  const belum =
    jumlah.belum > 0
      ? { id: ` ${jumlah.belum} RHK belum dinilai.`, en: ` ${jumlah.belum} RHK not marked yet.` }
      : { id: '', en: '' };
  return {
    usulan,
    jumlah,
    explanation: {
      id: `Usulan ${RATING_LABEL[usulan].id} (${angka.id}): ${why.id}. Rating akhir adalah pilihan pejabat penilai.${belum.id}`,
      en: `Proposed "${RATING_LABEL[usulan].en}" (${angka.en}): ${why.en}. The final rating is the appraiser's choice.${belum.en}`,
    },
    citation: SUMBER_PANDUAN_RATING,
  };
}
