import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackInStockRequest } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { hasCode } from '../../../lib/api-errors';
import { queryKeys } from '../../../lib/query-keys';

function variantPath(variantId: string) {
  return `/variants/${encodeURIComponent(variantId)}/back-in-stock`;
}

export function getBackInStockRequests(signal?: AbortSignal) {
  return apiFetch<BackInStockRequest[]>('/me/back-in-stock', { signal });
}

/** The variants the signed-in shopper waits for; only asked for when `enabled`. */
export function useBackInStockRequests(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.me.backInStock, queryFn: ({ signal }) => getBackInStockRequests(signal), enabled });
}

/** Asks for an email when the variant is back, or (`wanted: false`) no longer. */
export function useSetBackInStock(productId: string, variantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (wanted: boolean) =>
      apiFetch<BackInStockRequest | undefined>(variantPath(variantId), { method: wanted ? 'PUT' : 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.backInStock }),
    // CONFLICT: the variant is back in stock already, so the page shows its stock again.
    onError: (error) => hasCode(error, 'CONFLICT') && queryClient.invalidateQueries({ queryKey: queryKeys.product(productId) }),
  });
}
