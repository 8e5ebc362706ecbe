import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerProfile } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getSeller(sellerId: string, signal?: AbortSignal) {
  return apiFetch<SellerProfile>(`/sellers/${encodeURIComponent(sellerId)}`, { signal });
}

export function sellerQueryOptions(sellerId: string) {
  return queryOptions({
    queryKey: queryKeys.seller(sellerId),
    queryFn: ({ signal }) => getSeller(sellerId, signal),
  });
}

export function useSeller(sellerId: string) {
  return useQuery(sellerQueryOptions(sellerId));
}
