import { useMutation } from '@tanstack/react-query';
import type { ProductImage, UpdateImageBody } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export type ImageUpdate = { id: string; patch: UpdateImageBody };

export function updateImage({ id, patch }: ImageUpdate) {
  return apiFetch<ProductImage>(`/images/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useUpdateImage() {
  return useMutation({ mutationFn: updateImage, onSettled: useInvalidateProducts() });
}
