import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StoreInfo } from '../../../../contracts/settings';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getStore(signal?: AbortSignal) {
  return apiFetch<StoreInfo>('/store', { signal });
}

export function storeQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.store,
    queryFn: ({ signal }) => getStore(signal),
    // An admin's change reaches open tabs within a minute; the server enforces it at once anyway.
    staleTime: 60_000,
  });
}

export function useStore() {
  return useQuery(storeQueryOptions());
}
