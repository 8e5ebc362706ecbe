import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export function deleteProduct(id: string) {
  return apiFetch<void>(`/products/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteProduct() {
  return useMutation({ mutationFn: deleteProduct, onSettled: useInvalidateProducts() });
}
