import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AdminProductQuery, AdminProductSummary } from '../../../../contracts/catalog';
import { apiFetchList } from '../../../lib/api-client';
import { productKeys } from '../query-keys';

export type AdminProductParams = Partial<AdminProductQuery>;

export function getAdminProducts(params: AdminProductParams, signal?: AbortSignal) {
  return apiFetchList<AdminProductSummary>('/admin/products', { query: params, signal });
}

export function useAdminProducts(params: AdminProductParams) {
  return useQuery({
    queryKey: productKeys.adminList(params),
    queryFn: ({ signal }) => getAdminProducts(params, signal),
    placeholderData: keepPreviousData,
  });
}
