/** Feedback threads of an SKP and the Bawahan read (src/modules/umpan-balik). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export type PeranPenulis = 'PEGAWAI' | 'PENILAI' | 'ATASAN_PENILAI';
export type Sasaran = 'RHK' | 'PERILAKU';

export interface Entri {
  id: string;
  createdAt: string;
  penulisPegawaiId: string;
  penulisNama: string;
  peranPenulis: PeranPenulis;
  teks: string;
}

export interface Utas extends Entri {
  sasaran: Sasaran;
  rhkId: string | null;
  ikiId: string | null;
  perilakuKode: string | null;
  periodeKode: string | null;
  balasan: Entri[];
  menungguPenilai: boolean;
}

export interface UmpanBalikList {
  aksi: string[];
  utas: Utas[];
}

export interface BawahanPelaksanaan {
  periodeKode: string;
  tahun: number;
  items: Array<{
    pegawai: { id: string; nama: string; nip: string; jabatanNama: string | null };
    skp: { id: string; status: string } | null;
    ikiTotal: number;
    ikiTerisi: number;
    buktiBelumDilihat: number;
    umpanBalikMenunggu: number;
  }>;
}

export const umpanBalikKeys = {
  skp: (iid: string, skpId: string) => ['instansi', iid, 'umpan-balik', skpId] as const,
  bawahan: (iid: string, periode: string | null) => ['instansi', iid, 'bawahan-pelaksanaan', periode] as const,
};

/**
 * All threads of an SKP in one request; every panel of the page filters the same cached answer, so
 * ten panels cost one round trip.
 */
export function useUmpanBalik(instansiId: string, skpId: string) {
  return useQuery({
    queryKey: umpanBalikKeys.skp(instansiId, skpId),
    queryFn: ({ signal }) => api<UmpanBalikList>(tenant(instansiId, `/skp/${skpId}/umpan-balik`), { signal }),
  });
}

export function useTulisUmpanBalik(instansiId: string, skpId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      body:
        | {
            sasaran: Sasaran;
            rhkId?: string | null;
            ikiId?: string | null;
            perilakuKode?: string | null;
            periodeKode?: string | null;
            teks: string;
          }
        | { utasId: string; teks: string },
    ) =>
      'utasId' in body
        ? api<{ id: string }>(tenant(instansiId, `/skp/${skpId}/umpan-balik/${body.utasId}/balas`), {
            method: 'POST',
            body: { teks: body.teks },
          })
        : api<{ id: string }>(tenant(instansiId, `/skp/${skpId}/umpan-balik`), { method: 'POST', body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: umpanBalikKeys.skp(instansiId, skpId) });
      void qc.invalidateQueries({ queryKey: ['instansi', instansiId, 'bawahan-pelaksanaan'] });
    },
  });
}

export function useBawahanPelaksanaan(periode: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: umpanBalikKeys.bawahan(iid, periode),
    queryFn: ({ signal }) =>
      api<BawahanPelaksanaan>(tenant(iid, '/bawahan/pelaksanaan'), { query: { periode }, signal }),
  });
}
