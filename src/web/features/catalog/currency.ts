import { useSuspenseQuery } from '@tanstack/react-query';
import { storeQueryOptions } from '../store/api/get-store';

/** The store's currency. Every catalog page's guard (requireBrowseAccess) has loaded the store before it opens. */
export function useStoreCurrency(): string {
  return useSuspenseQuery(storeQueryOptions()).data.currency;
}
