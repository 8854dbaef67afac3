/** Keberatan queries and mutations (API: docs/evaluasi-keberatan.md). The server authorises each call again. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KUADRAN_6_2022 } from '../../../../src/domain/rules/permenpanrb-6-2022.ts';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type Rating = (typeof RATINGS)[number];
export type StatusKeberatan = 'DIAJUKAN' | 'DIPERIKSA' | 'DIPUTUSKAN';
export type Aksi = 'BACA' | 'AJUKAN' | 'PENJELASAN_PENILAI' | 'PENJELASAN_PEGAWAI' | 'PUTUSKAN';
export type Peran = 'PEMILIK' | 'PENILAI' | 'ATASAN' | 'ADMIN' | 'PEMBACA';

export interface Tujuan {
  jenis: 'PEGAWAI' | 'PIMPINAN_INSTANSI';
  pegawaiId: string | null;
  nama: string | null;
  jabatan: string | null;
  kepada: string;
}

export interface EvaluasiRingkas {
  id: string;
  tahun: number;
  periodeKode: string;
  status: string;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: string | null;
  diterimaAt: string | null;
  batasKeberatan: string | null;
  version: number;
  pegawai: { id: string; nama: string; nip: string };
  penilai: { id: string; nama: string; nip: string | null } | null;
}

export interface Hasil {
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: string;
}

export interface Kasus {
  id: string;
  status: StatusKeberatan;
  alasan: string;
  permintaan: { ratingHasilKerja?: Rating; ratingPerilaku?: Rating } | null;
  diajukanAt: string;
  tujuan: Tujuan;
  penjelasanPenilai: string | null;
  penjelasanPenilaiAt: string | null;
  penjelasanPegawai: string | null;
  penjelasanPegawaiAt: string | null;
  keputusan: 'TETAP' | 'UBAH' | null;
  keputusanAlasan: string | null;
  hasilSebelum: Hasil | null;
  hasilSesudah: Hasil | null;
  diputuskanAt: string | null;
  diputuskanOlehNama: string | null;
  version: number;
  evaluasi: EvaluasiRingkas;
  peranSaya: Peran[];
  aksi: Aksi[];
}

export interface InfoPengajuan {
  evaluasi: EvaluasiRingkas;
  jendela: { jumlahHari: number; jenisHari: 'CALENDAR' | 'WORKING' };
  sisaHari: number | null;
  tujuan: Tujuan | null;
  bolehAjukan: boolean;
  penolakan: { code: string; message: { id: string; en: string } } | null;
  keberatan: Kasus | null;
  peranSaya: Peran[];
}

export interface Ringkas {
  id: string;
  evaluasiId: string;
  status: StatusKeberatan;
  tahun: number;
  periodeKode: string;
  pegawai: { id: string; nama: string; nip: string };
  penilai: { id: string | null; nama: string | null };
  atasan: { id: string | null; nama: string | null };
  diajukanAt: string;
  adaPenjelasanPenilai: boolean;
  adaPenjelasanPegawai: boolean;
  keputusan: 'TETAP' | 'UBAH' | null;
  predikat: string | null;
  peranSaya: Peran[];
}

export interface EvaluasiSaya {
  evaluasiId: string;
  tahun: number;
  periodeKode: string;
  status: string;
  predikat: string | null;
  diterimaAt: string | null;
  batasKeberatan: string | null;
  sisaHari: number | null;
  keberatanId: string | null;
  keberatanStatus: StatusKeberatan | null;
}

const keys = {
  all: (iid: string) => ['instansi', iid, 'keberatan'] as const,
  info: (iid: string, evaluasiId: string) => ['instansi', iid, 'keberatan', 'evaluasi', evaluasiId] as const,
  kasus: (iid: string, id: string) => ['instansi', iid, 'keberatan', 'kasus', id] as const,
  daftar: (iid: string, lingkup: string, status: string | null) =>
    ['instansi', iid, 'keberatan', 'daftar', lingkup, status] as const,
};

export function useKeberatanSaya() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.daftar(iid, 'saya', null),
    queryFn: ({ signal }) => api<{ items: EvaluasiSaya[] }>(tenant(iid, '/keberatan/saya'), { signal }),
  });
}

/** The atasan's and appraiser's inbox ('masuk') or every case of the agency ('instansi', admins). */
export function useDaftarKeberatan(lingkup: 'masuk' | 'instansi', status: StatusKeberatan | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.daftar(iid, lingkup, status),
    queryFn: ({ signal }) =>
      api<{ items: Ringkas[] }>(tenant(iid, lingkup === 'masuk' ? '/keberatan/masuk' : '/keberatan'), {
        query: { status: status ?? undefined },
        signal,
      }),
  });
}

export function useInfoPengajuan(evaluasiId: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.info(iid, evaluasiId),
    queryFn: ({ signal }) => api<InfoPengajuan>(tenant(iid, `/evaluasi/${evaluasiId}/keberatan`), { signal }),
  });
}

export function useKasus(id: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.kasus(iid, id),
    queryFn: ({ signal }) => api<Kasus>(tenant(iid, `/keberatan/${id}`), { signal }),
  });
}

/** A write; every keberatan read is refreshed after it. */
function useWrite<TIn>(fn: (iid: string, input: TIn) => Promise<{ id: string; version: number }>) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TIn) => fn(iid, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all(iid) }),
  });
}

export function useAjukan(evaluasiId: string) {
  return useWrite(
    (
      iid,
      body: {
        kepada: string;
        alasan: string;
        permintaan: { ratingHasilKerja?: Rating; ratingPerilaku?: Rating } | null;
        evaluasiVersion: number;
      },
    ) => api(tenant(iid, `/evaluasi/${evaluasiId}/keberatan`), { method: 'POST', body }),
  );
}

export function usePenjelasan(id: string, pihak: 'penilai' | 'pegawai') {
  return useWrite((iid, body: { version: number; isi: string; tanggal?: string }) =>
    api(tenant(iid, `/keberatan/${id}/penjelasan-${pihak}`), { method: 'POST', body }),
  );
}

export function usePutuskan(id: string) {
  return useWrite(
    (
      iid,
      body: {
        version: number;
        keputusan: 'TETAP' | 'UBAH';
        ratingHasilKerja?: Rating;
        ratingPerilaku?: Rating;
        alasan: string;
      },
    ) => api(tenant(iid, `/keberatan/${id}/keputusan`), { method: 'POST', body }),
  );
}

/** The predikat from the two ratings, shown while the atasan chooses; the server computes the stored one. */
export function predikatDari(hk: Rating, rp: Rating): string {
  return KUADRAN_6_2022[hk][rp];
}
