/**
 * SKP queries and mutations. Every content change sends the SKP's `version`; the answer's new
 * version is written into the cache at once so a second save right after the first does not
 * conflict with ourselves, then the SKP is refetched.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, LONG_REQUEST_TIMEOUT_MS, tenant } from '../../../api/client.ts';
import { useInstansiId } from '../../../auth/session.tsx';
import type {
  BawahanItem,
  Lampiran,
  MatriksPeranHasil,
  MphResult,
  Pendekatan,
  Perubahan,
  RhkAtasan,
  RhkInput,
  SkpDetail,
  SkpListItem,
  SkpVersi,
  TetapkanMassalResult,
} from './types.ts';

export const skpKeys = {
  all: (iid: string) => ['instansi', iid, 'skp'] as const,
  saya: (iid: string, tahun: number | null) => ['instansi', iid, 'skp', 'saya', tahun] as const,
  bawahan: (iid: string, tahun: number) => ['instansi', iid, 'skp', 'bawahan', tahun] as const,
  detail: (iid: string, id: string) => ['instansi', iid, 'skp', 'detail', id] as const,
  atasan: (iid: string, id: string) => ['instansi', iid, 'skp', 'rhk-atasan', id] as const,
  diff: (iid: string, id: string, dari: string, ke: string) => ['instansi', iid, 'skp', 'diff', id, dari, ke] as const,
  versi: (iid: string, id: string, revisi: string) => ['instansi', iid, 'skp', 'versi', id, revisi] as const,
  matriks: (iid: string, id: string) => ['instansi', iid, 'skp', 'matriks', id] as const,
};

export function useSkpSaya(tahun: number | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.saya(iid, tahun),
    queryFn: ({ signal }) => api<SkpListItem[]>(tenant(iid, '/skp/saya'), { query: { tahun }, signal }),
  });
}

export function useSkpBawahan(tahun: number) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.bawahan(iid, tahun),
    queryFn: ({ signal }) => api<BawahanItem[]>(tenant(iid, '/skp/bawahan'), { query: { tahun }, signal }),
  });
}

/** One SKP; also started early by `route-data.ts` when the editor is the first screen. */
export function skpQuery(iid: string, skpId: string) {
  return {
    queryKey: skpKeys.detail(iid, skpId),
    queryFn: ({ signal }: { signal?: AbortSignal }) => api<SkpDetail>(tenant(iid, `/skp/${skpId}`), { signal }),
  };
}

export function useSkp(skpId: string) {
  const iid = useInstansiId();
  return useQuery(skpQuery(iid, skpId));
}

export function useRhkAtasan(skpId: string, enabled: boolean) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.atasan(iid, skpId),
    queryFn: ({ signal }) => api<RhkAtasan>(tenant(iid, `/skp/${skpId}/rhk-atasan`), { signal }),
    enabled,
  });
}

export function useSkpDiff(skpId: string, dari: string | null, ke: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.diff(iid, skpId, dari ?? '', ke),
    queryFn: ({ signal }) =>
      api<{ perubahan: Perubahan[] }>(tenant(iid, `/skp/${skpId}/diff`), { query: { dari, ke }, signal }),
    enabled: dari !== null,
  });
}

/** A frozen version of the SKP; it never changes, so it is never refetched. */
export function useSkpVersi(skpId: string, revisi: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.versi(iid, skpId, revisi),
    queryFn: ({ signal }) => api<SkpVersi>(tenant(iid, `/skp/${skpId}/versi/${revisi}`), { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMatriks(skpId: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: skpKeys.matriks(iid, skpId),
    queryFn: ({ signal }) => api<MatriksPeranHasil>(tenant(iid, `/skp/${skpId}/matriks-peran-hasil`), { signal }),
  });
}

/** Asks the appraiser (in the app, once while unread) to write RHK this SKP can intervene. */
export function useIngatkanAtasan(skpId: string) {
  const iid = useInstansiId();
  return useMutation({
    mutationFn: () =>
      api<{ terkirim: boolean; penilai: string }>(tenant(iid, `/skp/${skpId}/ingatkan-atasan`), { method: 'POST' }),
  });
}

export function useCreateSkp() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { tahun: number; pendekatan: Pendekatan; mulai?: string; selesai?: string }) =>
      api<{ id: string }>(tenant(iid, '/skp'), { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: skpKeys.all(iid) }),
  });
}

/** A change to one SKP: sends the cached version, stores the returned one, refetches. */
export type SkpChange =
  | { kind: 'patch'; body: { pendekatan?: Pendekatan; perilaku?: Record<string, string | null>; lampiran?: Lampiran } }
  | { kind: 'addRhk'; body: RhkInput }
  | { kind: 'updateRhk'; rhkId: string; body: RhkInput }
  | { kind: 'deleteRhk'; rhkId: string }
  | { kind: 'ajukan' | 'tetapkan' | 'ubah' }
  | { kind: 'kembalikan'; catatan: string; catatanItem: { rhkId: string; catatan: string }[] }
  | { kind: 'tutup'; selesai: string };

export function useSkpChange(skpId: string) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  const key = skpKeys.detail(iid, skpId);
  return useMutation({
    mutationFn: (change: SkpChange) => {
      const version = qc.getQueryData<SkpDetail>(key)?.version;
      const base = tenant(iid, `/skp/${skpId}`);
      type Out = { id?: string; version?: number };
      switch (change.kind) {
        case 'patch':
          return api<Out>(base, { method: 'PATCH', body: { version, ...change.body } });
        case 'addRhk':
          return api<Out>(`${base}/rhk`, { method: 'POST', body: { version, ...change.body } });
        case 'updateRhk':
          return api<Out>(`${base}/rhk/${change.rhkId}`, { method: 'PUT', body: { version, ...change.body } });
        case 'deleteRhk':
          return api<Out>(`${base}/rhk/${change.rhkId}`, { method: 'DELETE', query: { version } });
        case 'kembalikan':
          return api<Out>(`${base}/kembalikan`, {
            method: 'POST',
            body: { version, catatan: change.catatan, catatanItem: change.catatanItem },
          });
        case 'tutup':
          return api<Out>(`${base}/tutup`, { method: 'POST', body: { version, selesai: change.selesai } });
        default:
          return api<Out>(`${base}/${change.kind}`, { method: 'POST', body: { version } });
      }
    },
    onSuccess: (out) => {
      if (out && typeof out.version === 'number') {
        const v = out.version;
        qc.setQueryData<SkpDetail>(key, (old) => (old ? { ...old, version: v } : old));
      }
    },
    onSettled: (_out, error) => {
      // After a conflict the page asks before reloading, so the person sees what happened.
      if ((error as { isConflict?: boolean } | null)?.isConflict) return;
      void qc.invalidateQueries({ queryKey: skpKeys.all(iid) });
    },
  });
}

export function useTetapkanMassal() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: { skpId: string; version: number }[]) =>
      api<TetapkanMassalResult>(tenant(iid, '/skp/tetapkan-massal'), {
        method: 'POST',
        body: { items },
        // Many SKPs, one transaction each: longer than an ordinary save.
        timeoutMs: LONG_REQUEST_TIMEOUT_MS,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: skpKeys.all(iid) }),
  });
}

export function useAssignMatriks(skpId: string) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: { rhkId: string; pegawaiId: string; cascading: 'LANGSUNG' | 'TIDAK_LANGSUNG' }[]) =>
      api<MphResult>(tenant(iid, `/skp/${skpId}/matriks-peran-hasil`), { method: 'POST', body: { items } }),
    onSettled: () => qc.invalidateQueries({ queryKey: skpKeys.all(iid) }),
  });
}

/** URL of the SKP's PDF (SKP + Lampiran). */
export function useSkpPdfUrl(skpId: string): string {
  return tenant(useInstansiId(), `/skp/${skpId}/dokumen.pdf`);
}
