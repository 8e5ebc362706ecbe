import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CategoryNode, CreateCategoryBody } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { invalidateCatalog } from '../../catalog/api/invalidate-catalog';

export function createCategory(body: CreateCategoryBody) {
  return apiFetch<CategoryNode>('/categories', { method: 'POST', body });
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCategory,
    // Refused too (its parent deleted meanwhile, its slug just taken): the tree shown may be out of date.
    onSettled: () => invalidateCatalog(queryClient),
  });
}
