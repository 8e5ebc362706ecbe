import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SellerProductQuery, SellerProductSummary } from '../../../../contracts/catalog';
import { apiFetchList } from '../../../lib/api-client';
import { productKeys } from '../query-keys';

export type SellerProductParams = Partial<SellerProductQuery>;

export function getSellerProducts(params: SellerProductParams, signal?: AbortSignal) {
  return apiFetchList<SellerProductSummary>('/seller/products', { query: params, signal });
}

export function useSellerProducts(params: SellerProductParams) {
  return useQuery({
    queryKey: productKeys.list(params),
    queryFn: ({ signal }) => getSellerProducts(params, signal),
    // Keeps the current page on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}
