import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CategoryNode } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getCategories(signal?: AbortSignal) {
  return apiFetch<CategoryNode[]>('/categories', { signal });
}

export function categoriesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.categories,
    queryFn: ({ signal }) => getCategories(signal),
    // The category tree changes only when an admin edits it.
    staleTime: 5 * 60_000,
  });
}

export function useCategories() {
  return useQuery(categoriesQueryOptions());
}
