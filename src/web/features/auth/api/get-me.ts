import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import type { CurrentUser } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function getMe(signal?: AbortSignal) {
  return apiFetch<CurrentUser>('/me', { signal });
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me.profile,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user; idle (no request) while signed out. */
export function useCurrentUser() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...meQueryOptions(), enabled: signedIn });
}
