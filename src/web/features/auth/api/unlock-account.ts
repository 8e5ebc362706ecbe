import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export function unlockAccount(token: string) {
  return apiFetch<unknown>('/auth/unlock', { method: 'POST', body: { token } });
}

export function useUnlockAccount() {
  return useMutation({ mutationFn: unlockAccount });
}
