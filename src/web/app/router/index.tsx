import { createRouter } from '@tanstack/react-router';
import { LoadingState } from '../../components/ui/spinner';
import { queryClient } from '../query-client';
import { NotFoundPage } from '../routes/not-found';
import { RouteErrorPage } from '../routes/route-error';
import { accountTree } from './account';
import { adminTree } from './admin';
import { rootRoute } from './root';
import { sellerTree } from './seller';
import { storefrontPages, storeRoute } from './storefront';

// One route tree from the four surfaces: the storefront (with the account inside its frame),
// the seller center and the admin console.
const routeTree = rootRoute.addChildren([storeRoute.addChildren([...storefrontPages, accountTree]), sellerTree, adminTree]);

// Plain `?q=red+shoes&page=2` URLs: the API's own format, and what the header's no-script
// GET form sends. The router's default would JSON-encode values (q=123 becomes q=%22123%22).
function parseSearch(searchString: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchString));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const router = createRouter({
  routeTree,
  context: { queryClient },
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  // Freshness is TanStack Query's job; the router must call the loader on every preload.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: () => <LoadingState />,
  defaultErrorComponent: RouteErrorPage,
  defaultNotFoundComponent: NotFoundPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
