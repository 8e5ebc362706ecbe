import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { storeQueryOptions } from '../../features/store/api/get-store';
import { StorefrontShell } from '../layouts/storefront-layout';
import { NotFoundPage } from '../routes/not-found';

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The store's name is in every page's header and title: known before the first one renders
  // (at once afterwards, from the cache). Without it, pages say "this shop".
  beforeLoad: ({ context }) => context.queryClient.ensureQueryData(storeQueryOptions()).then(
    () => undefined,
    () => undefined,
  ),
  component: Outlet,
  // An unknown top-level address still gets the shop's header and footer.
  notFoundComponent: () => (
    <StorefrontShell>
      <NotFoundPage />
    </StorefrontShell>
  ),
});
