import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsPatch, StoreSettings } from '../../../../contracts/settings';
import { apiFetch } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateSettings(patch: SettingsPatch) {
  return apiFetch<StoreSettings>('/admin/settings', { method: 'PATCH', body: patch });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.admin.settings, settings);
      // The storefront's copy (store name, sign-in to browse) is out of date now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.store });
    },
  });
}
