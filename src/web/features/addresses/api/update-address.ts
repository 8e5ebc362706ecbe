import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Address, AddressPatch } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function updateAddress({ id, patch }: { id: string; patch: AddressPatch }) {
  return apiFetch<Address>(`/me/addresses/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useUpdateAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAddress,
    // Also after a 404 or 403: the list on screen was out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.addresses }),
  });
}
