import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { productKeys } from '../query-keys';

/** After any change to a product: the seller's and admin's views, and the storefront's copies, are fetched again. */
export function invalidateProducts(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: productKeys.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.allProducts }),
  ]).then(() => undefined);
}

/** For a mutation's onSettled: a refused change may mean someone else changed the product, so show it as it is. */
export function useInvalidateProducts() {
  const queryClient = useQueryClient();
  return () => invalidateProducts(queryClient);
}
