/** 360° input (src/modules/masukan360). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export type Hubungan = 'PEER' | 'BAWAHAN' | 'LAINNYA';
export interface Nilai {
  kode: string;
  nama: { id: string; en: string };
}
export interface Hasil {
  n: number;
  nilai: Array<{ kode: string; n: number; rataRata: number | null; sebaran: number[] }>;
  komentar: string[];
}
export interface Permintaan {
  id: string;
  periodeKode: string | null;
  batas: string | null;
  status: 'TERBUKA' | 'DITUTUP';
  minimumJawaban: number;
  dimintaOlehNama: string;
  createdAt: string;
  responden: Array<{ nama: string; hubungan: Hubungan }>;
  hasil: Hasil | null;
}
export interface PermintaanList {
  aktif: boolean;
  minimumJawaban: number;
  aksi: string[];
  nilai: Nilai[];
  permintaan: Permintaan[];
}
export interface TugasSaya {
  aktif: boolean;
  nilai: Nilai[];
  tugas: Array<{
    id: string;
    pegawaiNama: string;
    jabatanNama: string | null;
    periodeKode: string | null;
    batas: string | null;
    hubungan: Hubungan;
  }>;
}
export interface Calon {
  id: string;
  nama: string;
  nip: string;
  jabatanNama: string | null;
  unitNama: string | null;
}

const keys = {
  skp: (iid: string, skpId: string) => ['instansi', iid, 'masukan360', 'skp', skpId] as const,
  saya: (iid: string) => ['instansi', iid, 'masukan360', 'saya'] as const,
  calon: (iid: string, q: string) => ['instansi', iid, 'masukan360', 'calon', q] as const,
};

export function usePermintaan(instansiId: string, skpId: string) {
  return useQuery({
    queryKey: keys.skp(instansiId, skpId),
    queryFn: ({ signal }) => api<PermintaanList>(tenant(instansiId, `/skp/${skpId}/masukan360`), { signal }),
    retry: false,
  });
}

export function useTugasSaya() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.saya(iid),
    queryFn: ({ signal }) => api<TugasSaya>(tenant(iid, '/masukan360/saya'), { signal }),
  });
}

export function useCalon(q: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.calon(iid, q),
    queryFn: ({ signal }) => api<Calon[]>(tenant(iid, '/masukan360/calon'), { query: { q }, signal }),
    enabled: q.trim().length >= 2,
  });
}

export function useMasukan360Mutations(instansiId: string, skpId?: string) {
  const qc = useQueryClient();
  const done = () => void qc.invalidateQueries({ queryKey: ['instansi', instansiId, 'masukan360'] });
  return {
    minta: useMutation({
      mutationFn: (body: {
        periodeKode?: string | null;
        batas?: string | null;
        responden: Array<{ pegawaiId: string; hubungan: Hubungan }>;
      }) => api<{ id: string }>(tenant(instansiId, `/skp/${skpId}/masukan360`), { method: 'POST', body }),
      onSuccess: done,
    }),
    tutup: useMutation({
      mutationFn: (id: string) => api(tenant(instansiId, `/masukan360/${id}/tutup`), { method: 'POST' }),
      onSuccess: done,
    }),
    jawab: useMutation({
      mutationFn: (p: { id: string; skor: Record<string, number>; komentar: string | null }) =>
        api(tenant(instansiId, `/masukan360/${p.id}/jawab`), {
          method: 'POST',
          body: { skor: p.skor, komentar: p.komentar },
        }),
      onSuccess: done,
    }),
  };
}
