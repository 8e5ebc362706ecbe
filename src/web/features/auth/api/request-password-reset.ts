import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** 202 whether or not the account exists. */
export function requestPasswordReset(email: string) {
  return apiFetch<unknown>('/auth/forgot-password', { method: 'POST', body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
