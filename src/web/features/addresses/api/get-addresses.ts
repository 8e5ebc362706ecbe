import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import { meKeys } from '../../auth/session';
import type { Address } from '../types';

/** Under `me`, so signing out removes them from the cache with the rest of the user's data. */
export const addressesKey = [...meKeys.all, 'addresses'] as const;

export function getAddresses(signal?: AbortSignal) {
  return apiFetch<Address[]>('/me/addresses', { signal });
}

export function addressesQueryOptions() {
  return queryOptions({ queryKey: addressesKey, queryFn: ({ signal }) => getAddresses(signal) });
}

/** The signed-in user's addresses, default first, then the most recently used. */
export function useAddresses() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...addressesQueryOptions(), enabled: signedIn });
}
