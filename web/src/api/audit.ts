/** The audit trail of the tenant, filtered and paged. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useInstansiId } from '../auth/session.tsx';
import { api, tenant } from './client.ts';
import type { AuditPage, AuditQuery } from './types.ts';

export function useAudit(q: AuditQuery) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'audit', q],
    queryFn: ({ signal }) => api<AuditPage>(tenant(iid, '/audit'), { query: q, signal }),
    placeholderData: keepPreviousData,
  });
}
