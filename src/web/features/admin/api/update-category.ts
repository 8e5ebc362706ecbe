import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CategoryNode, UpdateCategoryBody } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { invalidateCatalog } from '../../catalog/api/invalidate-catalog';

export type CategoryUpdate = { id: string; patch: UpdateCategoryBody };

export function updateCategory({ id, patch }: CategoryUpdate) {
  return apiFetch<CategoryNode>(`/categories/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCategory,
    // A refused move (409) usually means another admin changed the tree: show theirs.
    onSettled: () => invalidateCatalog(queryClient),
  });
}
