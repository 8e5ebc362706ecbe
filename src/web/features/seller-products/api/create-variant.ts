import { useMutation } from '@tanstack/react-query';
import type { NewVariantBody, SellerVariant } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export type NewVariant = { productId: string; body: NewVariantBody };

export function createVariant({ productId, body }: NewVariant) {
  return apiFetch<SellerVariant>(`/products/${encodeURIComponent(productId)}/variants`, { method: 'POST', body });
}

export function useCreateVariant() {
  return useMutation({ mutationFn: createVariant, onSettled: useInvalidateProducts() });
}
