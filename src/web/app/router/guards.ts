import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { isRestoringSession, sessionRestored, signInFor } from '../../features/auth/session';
import { storeQueryOptions } from '../../features/store/api/get-store';
import { getAccessToken } from '../../lib/api-client';
import type { RouterContext } from './root';

/**
 * The guard of the catalog pages when the store requires sign-in to browse: a visitor sees the
 * sign-in page first, which says the store is for members, and comes back afterwards. The API
 * refuses anyway; this spares them an error page.
 */
export async function requireBrowseAccess({ context, location }: { context: RouterContext; location: ParsedLocation }): Promise<void> {
  const store = await context.queryClient.ensureQueryData(storeQueryOptions());
  if (!store.requireSignInToBrowse) return;
  await sessionRestored();
  if (getAccessToken() === null) throw redirect({ ...signInFor(location.href), replace: true });
}

/**
 * The guard of /account, /seller and /admin: a signed-out visitor goes to sign in and comes back
 * afterwards. While the start-up refresh runs, the page opens and waits (its RequireSignIn shows
 * a loading state), so a reload does not bounce a signed-in user through the sign-in page.
 */
export function requireSignIn({ location }: { location: ParsedLocation }): void {
  if (getAccessToken() === null && !isRestoringSession()) throw redirect({ ...signInFor(location.href), replace: true });
}
