import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SellerApplication, SellerApplicationBody } from '../../../../contracts/account';
import { apiFetch } from '../../../lib/api-client';
import { useAccessToken } from '../../../lib/use-access-token';
import { queryKeys } from '../../../lib/query-keys';

export function getMyApplication(signal?: AbortSignal) {
  return apiFetch<SellerApplication | null>('/me/seller-application', { signal });
}

export function myApplicationQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me.sellerApplication,
    queryFn: ({ signal }) => getMyApplication(signal),
    // A decision can come at any time: coming back to the tab always asks again.
    staleTime: 0,
  });
}

/** The signed-in user's latest application to sell, or null; refetched when the tab regains focus. */
export function useMyApplication() {
  const signedIn = useAccessToken() !== null;
  return useQuery({ ...myApplicationQueryOptions(), enabled: signedIn });
}

export async function submitApplication(body: SellerApplicationBody) {
  const { application } = await apiFetch<{ application: SellerApplication }>('/me/seller-application', { method: 'POST', body });
  return application;
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: (application) => queryClient.setQueryData(queryKeys.me.sellerApplication, application),
  });
}
