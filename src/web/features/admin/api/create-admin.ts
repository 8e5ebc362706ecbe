import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAdminBody } from '../../../../contracts/admin';
import type { UserProfile } from '../../../../contracts/auth';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createAdmin(body: CreateAdminBody) {
  return apiFetch<UserProfile>('/admin/users', { method: 'POST', body });
}

export function useCreateAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdmin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users }),
  });
}
