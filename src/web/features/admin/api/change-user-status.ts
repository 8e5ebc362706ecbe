import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserProfile } from '../../../../contracts/auth';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type StatusChange = {
  userId: string;
  action: 'suspend' | 'activate';
  reason?: string;
  /** The acting admin's own password: the API requires it to suspend an admin. */
  currentPassword?: string;
};

export function changeUserStatus({ userId, action, reason, currentPassword }: StatusChange) {
  return apiFetch<UserProfile>(`/admin/users/${encodeURIComponent(userId)}/${action}`, {
    method: 'POST',
    // Activation takes `{reason?}` only: any other field is refused.
    body: { reason, currentPassword: action === 'suspend' ? currentPassword : undefined },
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
