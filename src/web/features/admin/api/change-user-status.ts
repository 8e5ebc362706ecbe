import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserProfile } from '../../../../contracts/auth';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type StatusChange = { userId: string; action: 'suspend' | 'activate'; reason?: string };

export function changeUserStatus({ userId, action, reason }: StatusChange) {
  return apiFetch<UserProfile>(`/admin/users/${encodeURIComponent(userId)}/${action}`, {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

export function useChangeUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUserStatus,
    // Done or refused (a 409: someone else was quicker), the account and the lists may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users }),
  });
}
