/** Pegawai queries and mutations: list, detail, appraiser explanation, placements, overrides. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useInstansiId } from '../auth/session.tsx';
import { api, tenant } from './client.ts';
import type {
  CreateOverride,
  CreatePlacement,
  PegawaiDetail,
  PegawaiListQuery,
  PegawaiPage,
  PenilaiExplanation,
  UpdatePegawai,
} from './types.ts';

export const pegawaiKeys = {
  all: (iid: string) => ['instansi', iid, 'pegawai'] as const,
  list: (iid: string, q: PegawaiListQuery) => ['instansi', iid, 'pegawai', 'list', q] as const,
  detail: (iid: string, id: string) => ['instansi', iid, 'pegawai', 'detail', id] as const,
  penilai: (iid: string, id: string, tanggal: string | null) =>
    ['instansi', iid, 'pegawai', 'penilai', id, tanggal] as const,
};

export function usePegawaiList(q: PegawaiListQuery, options: { enabled?: boolean } = {}) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: pegawaiKeys.list(iid, q),
    queryFn: ({ signal }) => api<PegawaiPage>(tenant(iid, '/pegawai'), { query: q, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

const pegawaiQuery = (iid: string, pegawaiId: string) => ({
  queryKey: pegawaiKeys.detail(iid, pegawaiId),
  queryFn: ({ signal }: { signal?: AbortSignal }) =>
    api<PegawaiDetail>(tenant(iid, `/pegawai/${pegawaiId}`), { signal }),
});

export function usePegawai(pegawaiId: string | null | undefined) {
  const iid = useInstansiId();
  return useQuery({ ...pegawaiQuery(iid, pegawaiId ?? ''), enabled: !!pegawaiId });
}

/** Fetches the pegawai's latest detail now (a form's "reload" after a 409) and updates the cache. */
export function useReloadPegawai(pegawaiId: string) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () => qc.fetchQuery({ ...pegawaiQuery(iid, pegawaiId), staleTime: 0 });
}

/** Who appraises the pegawai on `tanggal` (null = today, which the detail already includes). */
export function usePenilai(pegawaiId: string, tanggal: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: pegawaiKeys.penilai(iid, pegawaiId, tanggal),
    queryFn: ({ signal }) =>
      api<PenilaiExplanation>(tenant(iid, `/pegawai/${pegawaiId}/penilai`), { query: { tanggal }, signal }),
    enabled: !!tanggal,
    placeholderData: keepPreviousData,
  });
}

/** Invalidates everything about pegawai and the organisation (placements change both). */
function useInvalidateOrg() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['instansi', iid] });
}

export function useUpdatePegawai(pegawaiId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: UpdatePegawai) =>
      api<{ id: string; version?: number }>(tenant(iid, `/pegawai/${pegawaiId}`), { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useAddPlacement(pegawaiId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: CreatePlacement) =>
      api<{ id: string }>(tenant(iid, `/pegawai/${pegawaiId}/penempatan`), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useEndPlacement(pegawaiId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ penempatanId, selesai }: { penempatanId: string; selesai: string }) =>
      api<{ id: string }>(tenant(iid, `/pegawai/${pegawaiId}/penempatan/${penempatanId}/akhiri`), {
        method: 'POST',
        body: { selesai },
      }),
    onSuccess: invalidate,
  });
}

export function useAddOverride(pegawaiId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: CreateOverride) =>
      api<{ id: string }>(tenant(iid, `/pegawai/${pegawaiId}/penilai-khusus`), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useRemoveOverride(pegawaiId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (overrideId: string) =>
      api<{ ok: true }>(tenant(iid, `/pegawai/${pegawaiId}/penilai-khusus/${overrideId}`), { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
