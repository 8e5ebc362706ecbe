import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CurrentUser, RegisterBody } from '../types';

export function registerAccount(body: RegisterBody) {
  return apiFetch<{ user: CurrentUser }>('/auth/register', { method: 'POST', body });
}

export function useRegisterAccount() {
  return useMutation({ mutationFn: registerAccount });
}
