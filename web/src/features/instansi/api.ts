/** Queries and mutations of the Instansi page: the tenants this account may see, create and edit. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JenisInstansi } from '../../../../src/domain/instansi.ts';
import { api } from '../../api/client.ts';
import type { Instansi } from '../../api/types.ts';

/** Same key as the session's tenant list, so the picker shows a new instansi at once. */
const KEY = ['instansi'];

export function useInstansiRows() {
  return useQuery({ queryKey: KEY, queryFn: () => api<Instansi[]>('/api/instansi') });
}

export interface CreateInstansiBody {
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  jabatanPimpinan?: string;
  namaPimpinan?: string | null;
}

export function useCreateInstansi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInstansiBody) => api<Instansi>('/api/instansi', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateInstansi(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<CreateInstansiBody, 'kode' | 'jenis'> & { version: number; jenis?: JenisInstansi }) =>
      api<Instansi>(`/api/instansi/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** The latest record (for the conflict notice's reload). */
export function useReloadInstansi(id: string) {
  const qc = useQueryClient();
  return async () => {
    const rows = await qc.fetchQuery({ queryKey: KEY, queryFn: () => api<Instansi[]>('/api/instansi'), staleTime: 0 });
    return rows.find((r) => r.id === id) ?? null;
  };
}
