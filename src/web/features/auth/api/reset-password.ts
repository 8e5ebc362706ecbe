import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export type ResetPasswordBody = { token: string; password: string };

export function resetPassword(body: ResetPasswordBody) {
  return apiFetch<unknown>('/auth/reset-password', { method: 'POST', body });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
