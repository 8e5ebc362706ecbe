import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SellerApplicationForReview, SellerApplicationStatus } from '../../../../contracts/account';
import { apiFetch, apiFetchList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const REVIEW_PAGE_SIZE = 20;

export function getApplicationsForReview(status: SellerApplicationStatus, page: number, signal?: AbortSignal) {
  return apiFetchList<SellerApplicationForReview>('/admin/seller-applications', {
    query: { status, page, pageSize: REVIEW_PAGE_SIZE },
    signal,
  });
}

export function useApplicationsForReview(status: SellerApplicationStatus, page: number) {
  return useQuery({
    queryKey: queryKeys.admin.sellerApplicationPage(status, page),
    queryFn: ({ signal }) => getApplicationsForReview(status, page, signal),
    // Paging keeps the current page on screen until the next one is there.
    placeholderData: keepPreviousData,
  });
}

export type Decision = { id: string; verdict: 'approve' | 'reject'; reason?: string };

export function decide({ id, verdict, reason }: Decision) {
  return apiFetch<SellerApplicationForReview>(`/admin/seller-applications/${encodeURIComponent(id)}/${verdict}`, {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

export function useDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    // Decided or not (a 409: someone else was quicker), every tab's list may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.sellerApplications }),
  });
}
