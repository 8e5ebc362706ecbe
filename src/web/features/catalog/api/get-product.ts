import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductDetail } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getProduct(productId: string, signal?: AbortSignal) {
  return apiFetch<ProductDetail>(`/products/${encodeURIComponent(productId)}`, { signal });
}

export function productQueryOptions(productId: string) {
  return queryOptions({
    queryKey: queryKeys.product(productId),
    queryFn: ({ signal }) => getProduct(productId, signal),
  });
}

export function useProduct(productId: string) {
  return useQuery(productQueryOptions(productId));
}
