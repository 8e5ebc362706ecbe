import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import type { Address } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function getAddresses(signal?: AbortSignal) {
  return apiFetch<Address[]>('/me/addresses', { signal });
}

export function addressesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.me.addresses, queryFn: ({ signal }) => getAddresses(signal) });
}

/** The signed-in user's addresses, default first, then the most recently used. */
export function useAddresses() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...addressesQueryOptions(), enabled: signedIn });
}
