import { useQuery } from '@tanstack/react-query';
import type { AdminUserDetail } from '../../../../contracts/admin';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getUser(userId: string, signal?: AbortSignal) {
  return apiFetch<AdminUserDetail>(`/admin/users/${encodeURIComponent(userId)}`, { signal });
}

export function useUser(userId: string) {
  return useQuery({ queryKey: queryKeys.admin.user(userId), queryFn: ({ signal }) => getUser(userId, signal) });
}
