import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Erases the account; every session ends, this one included. */
export function closeAccount(password: string) {
  return apiFetch<void>('/me', { method: 'DELETE', body: { password } });
}

export function useCloseAccount() {
  return useMutation({ mutationFn: closeAccount });
}
