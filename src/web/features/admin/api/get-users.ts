import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AdminUserListQuery, AdminUserSummary } from '../../../../contracts/admin';
import { apiFetchList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every filter is optional: the server fills in its defaults. */
export type UserListParams = Partial<AdminUserListQuery>;

export function getUsers(params: UserListParams, signal?: AbortSignal) {
  return apiFetchList<AdminUserSummary>('/admin/users', { query: params, signal });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: queryKeys.admin.userList(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    // Keeps the current page on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}
