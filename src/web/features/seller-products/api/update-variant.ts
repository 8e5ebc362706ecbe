import { useMutation } from '@tanstack/react-query';
import type { SellerVariant, UpdateVariantBody } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export type VariantUpdate = { id: string; patch: UpdateVariantBody };

export function updateVariant({ id, patch }: VariantUpdate) {
  return apiFetch<SellerVariant>(`/variants/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useUpdateVariant() {
  return useMutation({ mutationFn: updateVariant, onSettled: useInvalidateProducts() });
}
