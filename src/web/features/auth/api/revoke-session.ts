import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function revokeSession(sessionId: string) {
  return apiFetch<void>(`/me/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    // A 404 means it was already gone: either way the list is refreshed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.sessions }),
  });
}
