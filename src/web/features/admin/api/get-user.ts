import { useQuery } from '@tanstack/react-query';
import type { AdminUserDetail } from '../../../../contracts/admin';
import { apiFetch } from '../../../lib/api-client';
import { adminKeys } from '../keys';

export function getUser(userId: string, signal?: AbortSignal) {
  return apiFetch<AdminUserDetail>(`/admin/users/${encodeURIComponent(userId)}`, { signal });
}

export function useUser(userId: string) {
  return useQuery({ queryKey: adminKeys.user(userId), queryFn: ({ signal }) => getUser(userId, signal) });
}
