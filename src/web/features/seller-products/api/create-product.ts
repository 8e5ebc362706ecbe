import { useMutation } from '@tanstack/react-query';
import type { CreateProductBody, ProductDetail } from '../../../../contracts/catalog';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateProducts } from './invalidate-products';

export function createProduct(body: CreateProductBody) {
  return apiFetch<ProductDetail>('/products', { method: 'POST', body });
}

export function useCreateProduct() {
  return useMutation({ mutationFn: createProduct, onSuccess: useInvalidateProducts() });
}
