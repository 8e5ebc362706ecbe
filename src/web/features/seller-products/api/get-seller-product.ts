import { useQuery } from '@tanstack/react-query';
import type { SellerProductDetail } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { productKeys } from '../query-keys';

export function getSellerProduct(productId: string, signal?: AbortSignal) {
  return apiFetch<SellerProductDetail>(`/seller/products/${encodeURIComponent(productId)}`, { signal });
}

export function useSellerProduct(productId: string) {
  return useQuery({ queryKey: productKeys.detail(productId), queryFn: ({ signal }) => getSellerProduct(productId, signal) });
}
