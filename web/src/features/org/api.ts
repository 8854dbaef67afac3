/**
 * The unit tree a level at a time (GET /units/cabang): the top two levels, one unit's children,
 * or a search answered by the server. Keys sit under orgKeys.units, so every unit change that
 * invalidates the flat list refreshes these too.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { orgKeys } from '../../api/org.ts';
import type { UnitTreeLevel } from '../../api/types.ts';
import { useInstansiId } from '../../auth/session.tsx';

const cabang = (iid: string, params: Record<string, string>, signal?: AbortSignal) =>
  api<UnitTreeLevel>(tenant(iid, `/units/cabang?${new URLSearchParams(params)}`), { signal });

export function useUnitTop() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...orgKeys.units(iid), 'cabang', 'atas'],
    queryFn: ({ signal }) => cabang(iid, {}, signal),
    staleTime: 60_000,
  });
}

/** The children of each of `ids` (one request per unit, cached). */
export function useUnitChildren(ids: string[]) {
  const iid = useInstansiId();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...orgKeys.units(iid), 'cabang', 'anak', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => cabang(iid, { parentId: id }, signal),
      staleTime: 60_000,
    })),
  });
}

export function useUnitSearch(q: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...orgKeys.units(iid), 'cabang', 'cari', q],
    queryFn: ({ signal }) => cabang(iid, { q }, signal),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}
