import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import { meKeys } from '../session';
import type { UserSession } from '../types';

export function getSessions(signal?: AbortSignal) {
  return apiFetch<UserSession[]>('/me/sessions', { signal });
}

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: meKeys.sessions,
    queryFn: ({ signal }) => getSessions(signal),
    staleTime: 0,
  });
}

export function useSessions() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...sessionsQueryOptions(), enabled: signedIn });
}
