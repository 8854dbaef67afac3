/** Queries and mutations of the planning views: periods, PK, units, pohon, monitoring, notifications. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, tenant } from '../../../api/client.ts';
import { usePegawai } from '../../../api/pegawai.ts';
import { useInstansiId, useSession } from '../../../auth/session.tsx';
import { useUnitTop } from '../../org/api.ts';
import type {
  JenisEvaluasi,
  Monitoring,
  MonitoringPegawaiPage,
  PeriodeKinerja,
  PerjanjianKinerja,
  PkSasaranRow,
  PohonKinerja,
  SubPeriode,
} from './planning-types.ts';
import type { Notifikasi } from './types.ts';

const k = (iid: string, ...rest: unknown[]) => ['instansi', iid, 'perencanaan', ...rest] as const;

/**
 * The unit a planning page opens on: the unit of my current placement, for a unit admin their
 * unit, or for other accounts without a pegawai (tenant admins, auditors) the top unit. `undefined` while that is still loading, so no page asks the
 * server for a unit the caller may not see and then jumps.
 */
export function useDefaultUnitId(): string | null | undefined {
  const { me, instansiId, hasRole } = useSession();
  const q = usePegawai(me.pegawai?.id);
  // The top two levels of the tree (one small request), not the whole unit list.
  const top = useUnitTop();
  // A unit admin (not also a tenant-wide reader) starts on the unit they administer: the top unit
  // would only answer ACCESS.DENIED.
  const ownUnit = me.unitAdmin.find((u) => u.instansiId === instansiId && u.unitId)?.unitId;
  if (ownUnit && !me.pegawai && !hasRole('SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR')) return ownUnit;
  if (me.pegawai) {
    if (q.isPending) return undefined;
    const current = q.data?.riwayat.find((p) => p.selesai === null && p.jenis !== 'PLH') ?? q.data?.riwayat[0];
    if (current) return current.unitId;
  }
  if (top.isPending) return undefined;
  return top.data?.items.find((u) => u.parentId === null)?.id ?? top.data?.items[0]?.id ?? null;
}

export function usePeriodeList() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'periode'),
    queryFn: ({ signal }) => api<PeriodeKinerja[]>(tenant(iid, '/periode'), { signal }),
  });
}

export function useSavePeriode() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | {
            id?: undefined;
            tahun: number;
            jenisEvaluasi: JenisEvaluasi;
            batasPenetapanSkp?: string;
            periode?: SubPeriode[];
          }
        | { id: string; version: number; batasPenetapanSkp?: string; periode?: SubPeriode[] },
    ) => {
      if (input.id) {
        const { id, ...body } = input;
        return api<{ id: string }>(tenant(iid, `/periode/${id}`), { method: 'PATCH', body });
      }
      return api<{ id: string }>(tenant(iid, '/periode'), { method: 'POST', body: input });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: k(iid, 'periode') }),
  });
}

export function usePerjanjianKinerja(unitId: string | null, tahun: number) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'pk', unitId, tahun),
    queryFn: ({ signal }) =>
      api<PerjanjianKinerja | null>(tenant(iid, '/perjanjian-kinerja'), { query: { unitId, tahun }, signal }),
    enabled: !!unitId,
  });
}

/** What the caller may do with a unit's PK (the server's pk.write rule), so no form is offered in vain. */
export function usePkHak(unitId: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'pk-hak', unitId),
    queryFn: ({ signal }) =>
      api<{ ubah: boolean }>(tenant(iid, '/perjanjian-kinerja/hak'), { query: { unitId }, signal }),
    enabled: !!unitId,
    staleTime: 60_000,
  });
}

export function useSavePk() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; tahun: number; version?: number; sasaran: PkSasaranRow[] }) =>
      api<{ id: string; version: number }>(tenant(iid, '/perjanjian-kinerja'), { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: k(iid, 'pk') }),
  });
}

export function useTetapkanPk() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ pkId, version }: { pkId: string; version: number }) =>
      api<{ id: string }>(tenant(iid, `/perjanjian-kinerja/${pkId}/tetapkan`), { method: 'POST', body: { version } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: k(iid, 'pk') }),
  });
}

export function useImporPk() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, tahun, file }: { unitId: string; tahun: number; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return api<{ id: string }>(tenant(iid, '/perjanjian-kinerja/impor'), {
        method: 'POST',
        query: { unitId, tahun },
        body: form,
      });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: k(iid, 'pk') }),
  });
}

export function usePohon(unitId: string | null, tahun: number) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'pohon', unitId, tahun),
    queryFn: ({ signal }) => api<PohonKinerja>(tenant(iid, '/pohon-kinerja'), { query: { unitId, tahun }, signal }),
    enabled: !!unitId,
  });
}

export function useMonitoring(unitId: string | null, tahun: number) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'monitoring', unitId, tahun),
    queryFn: ({ signal }) =>
      api<Monitoring>(tenant(iid, '/monitoring-pengisian'), { query: { unitId, tahun }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMonitoringPegawai(
  q: { unitId: string | null; tahun: number; status: string; langsung: boolean; page: number } | null,
) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k(iid, 'monitoring-pegawai', q),
    queryFn: ({ signal }) =>
      api<MonitoringPegawaiPage>(tenant(iid, '/monitoring-pengisian/pegawai'), {
        query: { ...q, langsung: q?.langsung ? 'true' : undefined, pageSize: 50 },
        signal,
      }),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });
}

export function useNotifikasi(enabled: boolean) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'notifikasi'],
    queryFn: ({ signal }) => api<Notifikasi[]>(tenant(iid, '/notifikasi'), { signal }),
    enabled,
    refetchInterval: 60_000,
    retry: false,
  });
}

export function useBacaNotifikasi() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(tenant(iid, `/notifikasi/${id}/baca`), { method: 'POST' }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['instansi', iid, 'notifikasi'] }),
  });
}

/**
 * Opening what a notification points to clears it: marks the caller's unread notifications whose
 * link is `tautan` read (from the bell's cached list, so it costs no extra read), and refreshes Home.
 */
export function useClearNotifications(tautan: string) {
  const { me, instansiId } = useSession();
  const iid = useInstansiId();
  const qc = useQueryClient();
  const q = useNotifikasi(!!me.pegawai && !!instansiId);
  const baca = useBacaNotifikasi();
  const { mutate } = baca;
  const done = useRef(new Set<string>());
  const ids = (q.data ?? []).filter((n) => !n.dibacaAt && n.tautan === tautan).map((n) => n.id);
  const key = ids.join(',');
  useEffect(() => {
    for (const id of key ? key.split(',') : []) {
      if (done.current.has(id)) continue;
      done.current.add(id);
      mutate(id, { onSuccess: () => void qc.invalidateQueries({ queryKey: ['instansi', iid, 'skp', 'beranda'] }) });
    }
  }, [key, mutate, qc, iid]);
}
