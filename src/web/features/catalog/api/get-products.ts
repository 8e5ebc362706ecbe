import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductListQuery, ProductSummary } from '../../../../contracts/catalog';
import { apiFetchList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every filter is optional here: the server fills in its defaults. */
export type ProductListParams = Partial<ProductListQuery>;

export function getProducts(params: ProductListParams, signal?: AbortSignal) {
  return apiFetchList<ProductSummary>('/products', { query: params, signal });
}

export function productsQueryOptions(params: ProductListParams) {
  return queryOptions({
    queryKey: queryKeys.products(params),
    queryFn: ({ signal }) => getProducts(params, signal),
    // Keeps the current page on screen while the next page or sort order loads.
    placeholderData: keepPreviousData,
  });
}

export function useProducts(params: ProductListParams) {
  return useQuery(productsQueryOptions(params));
}
