import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export function deleteImage(id: string) {
  return apiFetch<void>(`/images/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteImage() {
  return useMutation({ mutationFn: deleteImage, onSettled: useInvalidateProducts() });
}
