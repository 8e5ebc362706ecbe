import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function deleteAddress(id: string) {
  return apiFetch<void>(`/me/addresses/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAddress,
    // A 404 means it was already gone: either way the list is refreshed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.addresses }),
  });
}
