import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { invalidateCatalog } from '../../catalog/api/invalidate-catalog';

export function deleteCategory(id: string) {
  return apiFetch<void>(`/categories/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCategory,
    // Refused (409: sub-categories or products under it) or already gone (404): the tree is fetched again either way.
    onSettled: () => invalidateCatalog(queryClient),
  });
}
