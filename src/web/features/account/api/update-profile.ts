import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfilePatch } from '../../../../contracts/account';
import { apiFetch } from '../../../lib/api-client';
import type { CurrentUser } from '../../auth/types';
import { queryKeys } from '../../../lib/query-keys';

export function updateProfile(patch: ProfilePatch) {
  return apiFetch<CurrentUser>('/me', { method: 'PATCH', body: patch });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    // The answer is the whole profile: the header's name and the overview update at once.
    onSuccess: (user) => queryClient.setQueryData(queryKeys.me.profile, user),
  });
}
