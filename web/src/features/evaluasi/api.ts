/** Evaluation queries and mutations (API: docs/evaluasi.md; src/modules/evaluasi). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type Rating = (typeof RATINGS)[number];
export const PREDIKAT_ORG = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type StatusEvaluasi = 'DRAFT' | 'DITETAPKAN' | 'DITERIMA' | 'KEBERATAN' | 'FINAL';
export interface Teks {
  id: string;
  en: string;
}

/** The quadrant (PermenPANRB 6/2022), for the live preview only; the server computes the stored one. */
const KUADRAN: Record<Rating, Record<Rating, string>> = {
  DI_ATAS: { DI_ATAS: 'SANGAT_BAIK', SESUAI: 'BAIK', DI_BAWAH: 'KURANG' },
  SESUAI: { DI_ATAS: 'BAIK', SESUAI: 'BAIK', DI_BAWAH: 'KURANG' },
  DI_BAWAH: { DI_ATAS: 'BUTUH_PERBAIKAN', SESUAI: 'BUTUH_PERBAIKAN', DI_BAWAH: 'SANGAT_KURANG' },
};
export const kuadran = (hk: Rating | null, rp: Rating | null) => (hk && rp ? KUADRAN[hk][rp] : null);

/** Periods the pickers offer (quarterly by default; the annual one last). */
export const PERIODE_TRIWULAN = ['TW1', 'TW2', 'TW3', 'TW4', 'AKHIR'] as const;
export const PERIODE_BULAN = [...Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`), 'AKHIR'];

export interface Utas {
  id: string;
  teks: string;
  penulis: string;
  peranPenulis: string;
  periodeKode: string | null;
  createdAt: string;
  balasan: number;
}

export interface EvaluasiForm {
  evaluasi: {
    id: string | null;
    tahun: number;
    periodeKode: string;
    periodeLabel: Teks;
    labelFormulir: string;
    status: StatusEvaluasi;
    statusTersimpan: StatusEvaluasi;
    versi: number;
    version: number;
    isiTerlihat: boolean;
    penilaianRhk: Record<string, { penilaian: Rating | null; umpanBalik: string }>;
    umpanBalikPerilaku: Record<string, { umpanBalik: string }>;
    ratingHasilKerja: Rating | null;
    ratingHasilKerjaSumber: string | null;
    ratingPerilaku: Rating | null;
    predikat: string | null;
    predikatUsulan: string | null;
    catatan: string | null;
    ditetapkanAt: string | null;
    ditetapkanOlehNama: string | null;
    diterimaAt: string | null;
    batasKeberatan: string | null;
    finalAt: string | null;
  };
  skp: {
    id: string;
    tahun: number;
    status: string;
    pegawai: { id: string; nama: string; nip: string };
    jabatanNama: string | null;
    unitNama: string | null;
    penilaiNama: string | null;
  };
  unitPenilaian: { id: string; nama: string; explanation: Teks | null };
  pimpinanUnit: boolean;
  predikatOrganisasi: { predikat: string; label: Teks } | null;
  kalibrasi: { status: string } | null;
  rhk: Array<{
    id: string;
    jenis: string;
    urutan: number;
    teks: string;
    iki: Array<{
      id: string;
      aspek: string;
      indikator: string;
      targetNilai: string | null;
      targetSatuan: string | null;
      targetTeks: string | null;
      realisasi: Array<{ periodeKode: string; nilai: string | null; teks: string | null; catatan: string | null }>;
      bukti: Array<{ id: string; judul: string; jenis: string; url: string | null }>;
    }>;
    umpanBalik: Utas[];
  }>;
  perilaku: Array<{ kode: string; nama: Teks; ekspektasi: string | null; umpanBalik: Utas[] }>;
  usulan: { usulan: Rating | null; explanation: Teks };
  ratingPimpinan: { rating: Rating; explanation: Teks } | null;
  hasilPredikat: { predikat: string; label: Teks; explanation: Teks } | null;
  riwayat: Array<{
    periodeKode: string;
    periodeLabel: Teks;
    status: StatusEvaluasi;
    ratingHasilKerja: Rating | null;
    ratingPerilaku: Rating | null;
    predikat: string | null;
  }>;
  aksi: string[];
}

export interface IsiPenilaian {
  penilaianRhk: Record<string, { penilaian: Rating | null; umpanBalik: string }>;
  umpanBalikPerilaku: Record<string, { umpanBalik: string }>;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  catatan: string | null;
}

export interface PenilaianList {
  tahun: number;
  periodeKode: string;
  periodeLabel: Teks;
  items: Array<{
    pegawai: { id: string; nama: string; nip: string; jabatanNama: string | null };
    skp: { id: string; status: string } | null;
    unitPenilaian: { id: string; nama: string } | null;
    pimpinanUnit: boolean;
    kalibrasi: string | null;
    evaluasi: {
      id: string;
      status: StatusEvaluasi;
      ratingHasilKerja: Rating | null;
      ratingPerilaku: Rating | null;
      predikat: string | null;
    } | null;
  }>;
}

export interface EvaluasiSaya {
  tahun: number;
  items: Array<{
    id: string;
    skpId: string;
    periodeKode: string;
    periodeLabel: Teks;
    status: StatusEvaluasi;
    predikat: string | null;
    ratingHasilKerja: Rating | null;
    ratingPerilaku: Rating | null;
    batasKeberatan: string | null;
  }>;
}

export interface PredikatOrganisasiList {
  tahun: number;
  periodeKode: string;
  periodeLabel: Teks;
  items: Array<{
    unit: { id: string; kode: string; nama: string; jenis: string };
    predikat: {
      predikat: string;
      label: Teks;
      catatan: string | null;
      penetapNama: string;
      penetapJabatan: string | null;
      ditetapkanAt: string;
      version: number;
    } | null;
    dasar: { saran: string | null; ringkasan: Teks };
    pimpinanAtas: { jabatanNama: string | null; pegawai: Array<{ id: string; nama: string }> };
    kalibrasiFinal: boolean;
    aksi: string[];
  }>;
}

export function usePenilaianList(tahun: number, periode: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'evaluasi', 'penilaian', tahun, periode],
    queryFn: ({ signal }) =>
      api<PenilaianList>(tenant(iid, '/evaluasi/penilaian'), { query: { tahun, periode }, signal }),
  });
}

export function useEvaluasiSaya(tahun: number) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'evaluasi', 'saya', tahun],
    queryFn: ({ signal }) => api<EvaluasiSaya>(tenant(iid, '/evaluasi/saya'), { query: { tahun }, signal }),
  });
}

export function useEvaluasiForm(skpId: string, periode: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'evaluasi', 'form', skpId, periode],
    queryFn: ({ signal }) => api<EvaluasiForm>(tenant(iid, `/skp/${skpId}/evaluasi/${periode}`), { signal }),
  });
}

function useEvaluasiWrite<B>(skpId: string, periode: string, method: 'PUT' | 'POST', rest = '') {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api<{ id: string; version: number; status?: string }>(tenant(iid, `/skp/${skpId}/evaluasi/${periode}${rest}`), {
        method,
        body,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['instansi', iid, 'evaluasi'] }),
  });
}

export const useSimpanPenilaian = (skpId: string, periode: string) =>
  useEvaluasiWrite<IsiPenilaian & { version: number }>(skpId, periode, 'PUT');
export const useTetapkanPenilaian = (skpId: string, periode: string) =>
  useEvaluasiWrite<{ version: number }>(skpId, periode, 'POST', '/tetapkan');
export const useTerimaPenilaian = (skpId: string, periode: string) =>
  useEvaluasiWrite<{ version: number; tanggal?: string }>(skpId, periode, 'POST', '/terima');
export const useKoreksiPenilaian = (skpId: string, periode: string) =>
  useEvaluasiWrite<IsiPenilaian & { version: number; alasan: string }>(skpId, periode, 'POST', '/koreksi');

export function usePredikatOrganisasi(tahun: number, periode: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'predikat-organisasi', tahun, periode],
    queryFn: ({ signal }) =>
      api<PredikatOrganisasiList>(tenant(iid, '/predikat-organisasi'), { query: { tahun, periode }, signal }),
  });
}

export function useSetPredikatOrganisasi() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: {
      unitId: string;
      tahun: number;
      periode: string;
      body: { predikat: string; catatan: string | null; penetapNama?: string; version: number };
    }) =>
      api<{ id: string; version: number }>(tenant(iid, `/predikat-organisasi/${p.unitId}/${p.tahun}/${p.periode}`), {
        method: 'PUT',
        body: p.body,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['instansi', iid, 'predikat-organisasi'] }),
  });
}
