/** Home's one read (GET …/beranda). Under the SKP keys, so every SKP change refreshes it. */
import { useQuery } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import type { PenilaiExplanation as PenilaiExplanationData } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';

export type Langkah = 'BUAT' | 'AJUKAN' | 'PERBAIKI' | 'MENUNGGU_PENILAI' | 'SELESAI';

export interface Beranda {
  tahun: number;
  hariIni: string;
  pegawai: {
    skp: {
      id: string;
      status: string;
      penilaiNama: string | null;
      catatanPenilai: string | null;
      diajukanAt: string | null;
    } | null;
    langkah: Langkah;
    penilaiNama: string | null;
    penjelasan: PenilaiExplanationData | null;
    batasPenetapanSkp: string;
    terlambat: boolean;
  } | null;
  penilai: {
    jumlahBawahan: number;
    menunggu: number;
    daftar: Array<{ skpId: string; nama: string; diajukanAt: string | null }>;
  } | null;
  admin: {
    cakupan: 'INSTANSI' | 'UNIT';
    pengisian: {
      total: number;
      belumMulai: number;
      draft: number;
      diajukan: number;
      dikembalikan: number;
      ditetapkan: number;
    };
    masalahHierarki: number | null;
    pekerjaan: {
      gagal7Hari: number;
      terakhir: Array<{ id: string; jenis: string; status: string; createdAt: string }>;
    };
  } | null;
  notifikasiBelumDibaca: number;
}

/** Home's one read; also started early by `route-data.ts` (same key and fetcher). */
export function berandaQuery(instansiId: string | null) {
  return {
    queryKey: ['instansi', instansiId ?? '', 'skp', 'beranda'],
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      api<Beranda>(tenant(instansiId as string, '/beranda'), { signal }),
  };
}

export function useBeranda() {
  const { instansiId } = useSession();
  return useQuery({ ...berandaQuery(instansiId), enabled: !!instansiId });
}
