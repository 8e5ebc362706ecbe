import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import { LoadingState } from '../components/ui/spinner';
import { categoriesQueryOptions } from '../features/catalog/api/get-categories';
import { productQueryOptions } from '../features/catalog/api/get-product';
import { productsQueryOptions } from '../features/catalog/api/get-products';
import { StorefrontLayout, StorefrontShell } from './layouts/storefront-layout';
import { queryClient } from './query-client';
import { HomePage, newArrivalsParams } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import {
  AccountPage,
  CartPage,
  RegisterPage,
  ResetPasswordPage,
  SignInPage,
  UnlockPage,
  VerifyEmailPage,
} from './routes/placeholders';
import { ProductPage } from './routes/product';
import { RouteErrorPage } from './routes/route-error';
import { productListParams, SearchPage, validateSearchParams } from './routes/search';

// Loaders only start requests (prefetch, not awaited): navigation is instant, pages show their
// own loading state, and hovering a link warms the cache before the click.

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  // An unknown top-level address still gets the shop's header and footer.
  notFoundComponent: () => (
    <StorefrontShell>
      <NotFoundPage />
    </StorefrontShell>
  ),
});

// --- Storefront: in the main bundle

const storeRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'store',
  component: StorefrontLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: '/',
  component: HomePage,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(productsQueryOptions(newArrivalsParams));
    void context.queryClient.prefetchQuery(categoriesQueryOptions());
  },
});

const searchRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'search',
  validateSearch: validateSearchParams,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(productsQueryOptions(productListParams(deps)));
  },
  component: SearchPage,
});

const productRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'products/$productId',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(productQueryOptions(params.productId));
  },
  component: ProductPage,
});

const placeholderRoutes = [
  createRoute({ getParentRoute: () => storeRoute, path: 'cart', component: CartPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'account', component: AccountPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'sign-in', component: SignInPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'register', component: RegisterPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'verify-email', component: VerifyEmailPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'reset-password', component: ResetPasswordPage }),
  createRoute({ getParentRoute: () => storeRoute, path: 'unlock', component: UnlockPage }),
] as const;

// --- Seller center and admin console: each its own chunk, downloaded on first visit

const loadSeller = () => import('./routes/seller');
type SellerPage = Exclude<keyof Awaited<ReturnType<typeof loadSeller>>, 'SellerLayout'>;

const sellerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'seller',
  component: lazyRouteComponent(loadSeller, 'SellerLayout'),
  // Without its own, an unknown /seller/… address would fall back to the root's storefront page.
  notFoundComponent: NotFoundPage,
});

function sellerPage<const TPath extends string>(path: TPath, page: SellerPage) {
  return createRoute({
    getParentRoute: () => sellerRoute,
    path,
    component: lazyRouteComponent(loadSeller, page),
  });
}

const loadAdmin = () => import('./routes/admin');
type AdminPage = Exclude<keyof Awaited<ReturnType<typeof loadAdmin>>, 'AdminLayout'>;

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'admin',
  component: lazyRouteComponent(loadAdmin, 'AdminLayout'),
  // Without its own, an unknown /admin/… address would fall back to the root's storefront page.
  notFoundComponent: NotFoundPage,
});

function adminPage<const TPath extends string>(path: TPath, page: AdminPage) {
  return createRoute({
    getParentRoute: () => adminRoute,
    path,
    component: lazyRouteComponent(loadAdmin, page),
  });
}

const routeTree = rootRoute.addChildren([
  storeRoute.addChildren([homeRoute, searchRoute, productRoute, ...placeholderRoutes]),
  sellerRoute.addChildren([
    sellerPage('/', 'SellerOverviewPage'),
    sellerPage('products', 'SellerProductsPage'),
    sellerPage('orders', 'SellerOrdersPage'),
    sellerPage('analytics', 'SellerAnalyticsPage'),
  ]),
  adminRoute.addChildren([
    adminPage('/', 'AdminOverviewPage'),
    adminPage('users', 'AdminUsersPage'),
    adminPage('seller-applications', 'AdminSellerApplicationsPage'),
    adminPage('orders', 'AdminOrdersPage'),
    adminPage('audit-log', 'AdminAuditLogPage'),
    adminPage('settings', 'AdminSettingsPage'),
  ]),
]);

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
