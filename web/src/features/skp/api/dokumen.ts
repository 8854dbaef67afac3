/**
 * Bulk SKP documents (docs/skp-views.md, "Bulk documents"): start the job that renders every SKP of
 * a unit subtree into one zip, follow its progress, the zip's download address once it is done, and
 * find one of mine still running (generic GET /jobs, the caller's own recent jobs).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, tenant } from '../../../api/client.ts';
import { useInstansiId } from '../../../auth/session.tsx';

export type SkpMassalStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface SkpMassalStarted {
  jobId: string;
  status: 'QUEUED';
  total: number;
  statusUrl: string;
  unduhUrl: string;
}

export interface SkpMassalJob {
  id: string;
  status: SkpMassalStatus;
  /** `antre` (queued) or `membuat` (rendering); other values are shown as they come. */
  phase: string | null;
  processed: number;
  total: number;
  unitId: string | null;
  tahun: number | null;
  namaFile: string | null;
  ukuran: number | null;
  jumlah: number | null;
  gagal: { skpId: string; pesan: string }[];
  error: string | null;
  /** Why the job failed, in both languages (its process stopped, the disk was full, …). */
  errorMessage: { id: string; en: string } | null;
  /** The zip was removed after 7 days; the job row stays. */
  dihapus: boolean;
  createdAt: string;
  finishedAt: string | null;
  /** Set only when the zip can be downloaded. */
  unduhUrl: string | null;
}

/** `jenis` of bulk SKP document jobs in the generic job list. */
export const JENIS_SKP_MASSAL = 'dokumen.skp-massal';

/** An item of GET /jobs (the caller's own jobs, every kind). */
interface OwnJob {
  id: string;
  jenis: string;
  status: SkpMassalStatus;
}

export const isJobRunning = (status: SkpMassalStatus | undefined) => status === 'QUEUED' || status === 'RUNNING';

export function useStartSkpMassal() {
  const iid = useInstansiId();
  return useMutation({
    mutationFn: (body: { unitId: string; tahun: number }) =>
      api<SkpMassalStarted>(tenant(iid, '/dokumen/skp-massal'), { method: 'POST', body }),
  });
}

/** The job, polled every second until it has finished. */
export function useSkpMassalJob(jobId: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'dokumen', 'skp-massal', jobId],
    queryFn: ({ signal }) => api<SkpMassalJob>(tenant(iid, `/dokumen/skp-massal/${jobId}`), { signal }),
    enabled: !!jobId,
    refetchInterval: (query) => (query.state.data && !isJobRunning(query.state.data.status) ? false : 1000),
    staleTime: 0,
    // A job that is gone or not ours answers 404: retrying will not change that.
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/** My newest bulk SKP job that is still queued or running, if any (asked once per visit). */
export function useMyRunningSkpMassal(enabled: boolean) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'jobs', 'own'],
    queryFn: async ({ signal }) => {
      const list = await api<{ items: OwnJob[] }>(tenant(iid, '/jobs'), { query: { limit: 10 }, signal });
      return list.items.find((j) => j.jenis === JENIS_SKP_MASSAL && isJobRunning(j.status)) ?? null;
    },
    enabled,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
