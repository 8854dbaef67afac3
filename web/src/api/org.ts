/** Organisation queries and mutations: unit tree, unit page, positions, hierarchy problems. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useInstansiId } from '../auth/session.tsx';
import { api, tenant } from './client.ts';
import type { CreateJabatan, CreateUnit, ProblemsReport, UnitDetail, UpdateJabatan, UpdateUnit } from './types.ts';

export const orgKeys = {
  units: (iid: string) => ['instansi', iid, 'units'] as const,
  unit: (iid: string, id: string) => ['instansi', iid, 'units', id] as const,
  problems: (iid: string, tanggal: string | null) => ['instansi', iid, 'masalah-hierarki', tanggal] as const,
};

function unitQuery(iid: string, unitId: string) {
  return {
    queryKey: orgKeys.unit(iid, unitId),
    queryFn: ({ signal }: { signal: AbortSignal }) => api<UnitDetail>(tenant(iid, `/units/${unitId}`), { signal }),
  };
}

/** One unit's page; `enabled: false` defers the request (e.g. until a dialog needs it). */
export function useUnit(unitId: string, options: { enabled?: boolean } = {}) {
  const iid = useInstansiId();
  return useQuery({ ...unitQuery(iid, unitId), enabled: options.enabled ?? true });
}

/** Fetches a unit's page now (whatever its freshness), updates the cache and returns it: "reload" after a 409. */
export function useReloadUnit(unitId: string) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () => qc.fetchQuery({ ...unitQuery(iid, unitId), staleTime: 0 });
}

export function useProblems(tanggal: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: orgKeys.problems(iid, tanggal),
    queryFn: ({ signal }) => api<ProblemsReport>(tenant(iid, '/masalah-hierarki'), { query: { tanggal }, signal }),
  });
}

/** After any organisation change, everything of the tenant may be stale (heads, appraisers…). */
function useInvalidateTenant() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['instansi', iid] });
}

export function useCreateUnit() {
  const iid = useInstansiId();
  const invalidate = useInvalidateTenant();
  return useMutation({
    mutationFn: (body: CreateUnit) =>
      api<{ id: string; version: number }>(tenant(iid, '/units'), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** PATCH with `version`; a 409 CONFLICT.VERSION reloads the unit (onSettled) for the form to show. */
export function useUpdateUnit(unitId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateTenant();
  return useMutation({
    mutationFn: (body: UpdateUnit) =>
      api<{ id: string; version: number }>(tenant(iid, `/units/${unitId}`), { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useCreateJabatan() {
  const iid = useInstansiId();
  const invalidate = useInvalidateTenant();
  return useMutation({
    mutationFn: (body: CreateJabatan) => api<{ id: string }>(tenant(iid, '/jabatan'), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** PATCH a position with `version`; settles by reloading the tenant (a 409 brings the other change in). */
export function useUpdateJabatan(jabatanId: string) {
  const iid = useInstansiId();
  const invalidate = useInvalidateTenant();
  return useMutation({
    mutationFn: (body: UpdateJabatan) =>
      api<{ id: string; version: number }>(tenant(iid, `/jabatan/${jabatanId}`), { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}
