import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** 202 whether or not the account exists; at most one email per 5 minutes per account. */
export function resendVerification(email: string) {
  return apiFetch<unknown>('/auth/resend-verification', { method: 'POST', body: { email } });
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
