import { useMutation } from '@tanstack/react-query';
import type { ProductDetail, UpdateProductBody } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export type ProductUpdate = { id: string; patch: UpdateProductBody };

export function updateProduct({ id, patch }: ProductUpdate) {
  return apiFetch<ProductDetail>(`/products/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useUpdateProduct() {
  return useMutation({ mutationFn: updateProduct, onSettled: useInvalidateProducts() });
}
