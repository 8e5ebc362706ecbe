import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export function deleteVariant(id: string) {
  return apiFetch<void>(`/variants/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteVariant() {
  return useMutation({ mutationFn: deleteVariant, onSettled: useInvalidateProducts() });
}
