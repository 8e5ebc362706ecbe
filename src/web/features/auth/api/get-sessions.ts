import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import type { UserSession } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export function getSessions(signal?: AbortSignal) {
  return apiFetch<UserSession[]>('/me/sessions', { signal });
}

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me.sessions,
    queryFn: ({ signal }) => getSessions(signal),
    staleTime: 0,
  });
}

export function useSessions() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...sessionsQueryOptions(), enabled: signedIn });
}
