import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StockMovement } from '../../../../contracts/catalog';
import { apiFetchList } from '../../../lib/api-client';
import { productKeys } from '../query-keys';

export const LEDGER_PAGE_SIZE = 10;

export function getStockMovements(variantId: string, page: number, signal?: AbortSignal) {
  return apiFetchList<StockMovement>(`/variants/${encodeURIComponent(variantId)}/stock-movements`, { query: { page, pageSize: LEDGER_PAGE_SIZE }, signal });
}

export function useStockMovements(variantId: string, page: number) {
  return useQuery({
    queryKey: productKeys.ledger(variantId, page),
    queryFn: ({ signal }) => getStockMovements(variantId, page, signal),
    placeholderData: keepPreviousData,
  });
}
