import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductDetail } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';

export function getProduct(productId: string, signal?: AbortSignal) {
  return apiFetch<ProductDetail>(`/products/${encodeURIComponent(productId)}`, { signal });
}

export function productQueryOptions(productId: string) {
  return queryOptions({
    queryKey: ['products', 'detail', productId],
    queryFn: ({ signal }) => getProduct(productId, signal),
  });
}

export function useProduct(productId: string) {
  return useQuery(productQueryOptions(productId));
}
