import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CurrentUser } from '../types';

export function verifyEmail(token: string) {
  return apiFetch<{ user: CurrentUser }>('/auth/verify-email', { method: 'POST', body: { token } });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}
