/** Import/export: template and export URLs, upload (dry run or background job), job polling. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useInstansiId } from '../auth/session.tsx';
import { pickText } from '../i18n/index.ts';
import { api, tenant, withQuery } from './client.ts';
import type { ExchangeEntity, ImportJob, ImportJobStarted, ImportResult } from './types.ts';

export type ExportJenis = ExchangeEntity | 'semua';
export type FileFormat = 'xlsx' | 'csv';

/** Download URLs: plain same-origin GETs, so a link with `download` carries the session cookie. */
export function templateUrl(instansiId: string, format: FileFormat, jenis: ExchangeEntity): string {
  return withQuery(tenant(instansiId, '/import/template'), { format, jenis });
}

export function exportUrl(instansiId: string, jenis: ExportJenis, format: FileFormat): string {
  return withQuery(tenant(instansiId, '/export'), { jenis, format });
}

export interface UploadInput {
  file: File;
  dryRun: boolean;
  jenis?: ExchangeEntity;
}

/** Dry run answers the full result at once (200); a real import starts a job (202). */
export type UploadOutcome = { kind: 'result'; result: ImportResult } | { kind: 'job'; jobId: string };

export function useUpload() {
  const iid = useInstansiId();
  return useMutation({
    mutationFn: async ({ file, dryRun, jenis }: UploadInput): Promise<UploadOutcome> => {
      const form = new FormData();
      form.append('file', file, file.name);
      const body = await api<ImportResult | ImportJobStarted>(tenant(iid, '/import'), {
        method: 'POST',
        query: { dryRun: dryRun ? 'true' : undefined, jenis },
        body: form,
      });
      return 'jobId' in body ? { kind: 'job', jobId: body.jobId } : { kind: 'result', result: body };
    },
  });
}

const RUNNING = new Set(['QUEUED', 'RUNNING']);

/** Polls the job every half second while it runs; refreshes the tenant's data when it ends. */
export function useImportJob(jobId: string | null) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['instansi', iid, 'import-job', jobId],
    queryFn: async ({ signal }) => {
      const job = await api<ImportJob>(tenant(iid, `/import/jobs/${jobId}`), { signal });
      if (!RUNNING.has(job.status)) {
        void qc.invalidateQueries({
          queryKey: ['instansi', iid],
          predicate: (q) => q.queryKey[2] !== 'import-job',
        });
      }
      return job;
    },
    enabled: !!jobId,
    refetchInterval: (query) => (query.state.data && !RUNNING.has(query.state.data.status) ? false : 500),
    staleTime: 0,
  });
}

/**
 * The import result of a finished job, or why it failed — in the UI language when the server gave
 * a reason in both (the server process running it stopped, the disk was full, …).
 */
export function jobOutcome(job: ImportJob | undefined): { result: ImportResult | null; failure: string | null } {
  const r = job?.result;
  if (!r) return { result: null, failure: null };
  if ('error' in r) return { result: null, failure: r.errorMessage ? pickText(r.errorMessage) : r.error };
  return { result: r, failure: null };
}
