import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Address } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function setDefaultAddress(id: string) {
  return apiFetch<Address>(`/me/addresses/${encodeURIComponent(id)}/default`, { method: 'POST' });
}

export function useSetDefaultAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDefaultAddress,
    // The previous default changed too, and the order of the list with it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.addresses }),
  });
}
