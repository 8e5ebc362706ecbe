import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SellerApplication } from '../../../contracts/account';
import { refreshAccessToken } from '../../lib/api-client';
import { useAccessToken } from '../../lib/use-access-token';
import type { CurrentUser } from '../auth/types';
import { queryKeys } from '../../lib/query-keys';

/** The role an access token was issued for: read, not verified (the server verifies it on every request). */
function roleInToken(token: string | null): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims === 'object' && claims !== null && 'role' in claims && typeof claims.role === 'string' ? claims.role : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Once an application is approved the account is a seller, but this tab's access token and its
 * cached profile still say customer until they are renewed: renews both, once, so the seller
 * center opens and seller requests are allowed without signing in again.
 */
export function useSellerSessionAfterApproval(application: SellerApplication | null | undefined, user: CurrentUser | undefined): void {
  const queryClient = useQueryClient();
  const token = useAccessToken();
  const behind = application?.status === 'approved' && user !== undefined && (user.role !== 'seller' || roleInToken(token) !== 'seller');

  useEffect(() => {
    if (!behind) return;
    void refreshAccessToken().then(() => queryClient.invalidateQueries({ queryKey: queryKeys.me.profile }));
  }, [behind, queryClient]);
}
