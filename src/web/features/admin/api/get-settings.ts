import { useQuery } from '@tanstack/react-query';
import type { StoreSettings } from '../../../../contracts/settings';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getSettings(signal?: AbortSignal) {
  return apiFetch<StoreSettings>('/admin/settings', { signal });
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.admin.settings, queryFn: ({ signal }) => getSettings(signal) });
}
