import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ChangePasswordBody = { currentPassword: string; newPassword: string };

export function changePassword(body: ChangePasswordBody) {
  return apiFetch<unknown>('/me/password', { method: 'POST', body });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The other devices were signed out.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.sessions }),
  });
}
