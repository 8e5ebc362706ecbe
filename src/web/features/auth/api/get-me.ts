import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import { meKeys } from '../session';
import type { CurrentUser } from '../types';

export function getMe(signal?: AbortSignal) {
  return apiFetch<CurrentUser>('/me', { signal });
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meKeys.profile,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user; idle (no request) while signed out. */
export function useCurrentUser() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...meQueryOptions(), enabled: signedIn });
}
