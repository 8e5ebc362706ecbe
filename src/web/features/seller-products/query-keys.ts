import type { AdminProductQuery, SellerProductQuery } from '../../../contracts/catalog';
import { queryKeys } from '../../lib/query-keys';

// Under `signedIn`, so a sign-out drops every product fetched with the seller's or admin's token.
const all = [...queryKeys.signedIn, 'seller-products'] as const;

export const productKeys = {
  /** The prefix of everything below: invalidated whole after any change to a product. */
  all,
  list: (params: Partial<SellerProductQuery>) => [...all, 'list', params] as const,
  adminList: (params: Partial<AdminProductQuery>) => [...all, 'admin-list', params] as const,
  detail: (productId: string) => [...all, 'detail', productId] as const,
  ledger: (variantId: string, page: number) => [...all, 'ledger', variantId, page] as const,
};
