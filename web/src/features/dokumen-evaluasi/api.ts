/**
 * Evaluation documents (docs/evaluasi-dokumen.md): what the caller may print of one evaluation, and
 * the bulk zip job of a unit penilaian × period (start, progress polled each second, download).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export const PERIODE_KODE = [
  'TW1',
  'TW2',
  'TW3',
  'TW4',
  ...Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`),
  'AKHIR',
] as const;
export const JENIS_DOKUMEN = ['LENGKAP', 'EVALUASI', 'DOKUMEN'] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export const isRunning = (s: JobStatus | undefined) => s === 'QUEUED' || s === 'RUNNING';

export interface MassalJob {
  id: string;
  status: JobStatus;
  phase: string | null;
  processed: number;
  total: number;
  jumlah: number | null;
  namaFile: string | null;
  gagal: { evaluasiId: string; pesan: string }[];
  errorMessage: { id: string; en: string } | null;
  dihapus: boolean;
  unduhUrl: string | null;
}

export interface DokumenInfo {
  evaluasiId: string;
  status: string;
  draf: boolean;
  aksi: string[];
  evaluasiKinerjaUrl: string | null;
  dokumenEvaluasiUrl: string | null;
  keberatan: boolean;
}

const base = '/dokumen-evaluasi';

export function useStartMassal() {
  const iid = useInstansiId();
  return useMutation({
    mutationFn: (body: { unitPenilaianId: string; tahun: number; periodeKode: string; jenis: JenisDokumen }) =>
      api<{ jobId: string; total: number }>(tenant(iid, `${base}/massal`), { method: 'POST', body }),
  });
}

export function useMassalJob(jobId: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'dokumen-evaluasi', 'massal', jobId],
    queryFn: ({ signal }) => api<MassalJob>(tenant(iid, `${base}/massal/${jobId}`), { signal }),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data && !isRunning(q.state.data.status) ? false : 1000),
    staleTime: 0,
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/** What the caller may print of one evaluation (the server's rule table decides). */
export function useDokumenInfo(evaluasiId: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'dokumen-evaluasi', 'info', evaluasiId],
    queryFn: ({ signal }) => api<DokumenInfo>(tenant(iid, `${base}/evaluasi/${evaluasiId}`), { signal }),
    enabled: !!evaluasiId,
  });
}
