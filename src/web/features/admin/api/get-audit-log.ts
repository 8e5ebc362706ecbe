import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditLogSearch, AuditRecord } from '../../../../contracts/audit';
import { apiFetchList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getAuditLog(params: AuditLogSearch, signal?: AbortSignal) {
  return apiFetchList<AuditRecord>('/admin/audit-log', { query: params, signal });
}

export function useAuditLog(params: AuditLogSearch) {
  return useQuery({
    queryKey: queryKeys.admin.auditLog(params),
    queryFn: ({ signal }) => getAuditLog(params, signal),
    placeholderData: keepPreviousData,
    // A log is read to see what just happened: always ask again.
    staleTime: 0,
  });
}
