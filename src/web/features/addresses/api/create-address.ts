import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Address, AddressBody } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function createAddress(body: AddressBody) {
  return apiFetch<Address>('/me/addresses', { method: 'POST', body });
}

export function useCreateAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.addresses }),
  });
}
