import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type ParsedLocation,
} from '@tanstack/react-router';
import { LoadingState } from '../components/ui/spinner';
import { categoriesQueryOptions } from '../features/catalog/api/get-categories';
import { productQueryOptions } from '../features/catalog/api/get-product';
import { productsQueryOptions } from '../features/catalog/api/get-products';
import {
  validateEmailSearch,
  validateSignInSearch,
  validateTokenSearch,
} from '../features/auth/search-params';
import { isRestoringSession, sessionRestored } from '../features/auth/session';
import { storeQueryOptions } from '../features/store/api/get-store';
import { getAccessToken } from '../lib/api-client';
import { StorefrontLayout, StorefrontShell } from './layouts/storefront-layout';
import { queryClient } from './query-client';
import { HomePage, newArrivalsParams } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { CartPage } from './routes/placeholders';
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

/**
 * The guard of the catalog pages when the store requires sign-in to browse: a visitor sees the
 * sign-in page first and comes back afterwards. The API refuses anyway; this spares them an
 * error page.
 */
async function requireBrowseAccess({ context, location }: { context: { queryClient: QueryClient }; location: ParsedLocation }): Promise<void> {
  const store = await context.queryClient.ensureQueryData(storeQueryOptions());
  if (!store.requireSignInToBrowse) return;
  await sessionRestored();
  if (getAccessToken() === null) throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
}

const homeRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: '/',
  beforeLoad: requireBrowseAccess,
  component: HomePage,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(productsQueryOptions(newArrivalsParams));
    void context.queryClient.prefetchQuery(categoriesQueryOptions());
  },
});

const searchRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'search',
  beforeLoad: requireBrowseAccess,
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
  beforeLoad: requireBrowseAccess,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(productQueryOptions(params.productId));
  },
  component: ProductPage,
});

const cartRoute = createRoute({ getParentRoute: () => storeRoute, path: 'cart', component: CartPage });

// --- Signing in, registration and recovery: one small chunk, fetched on the first visit (or
// when a link to one of them is hovered)

const loadAuth = () => import('./routes/auth');

const authRoutes = [
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'sign-in',
    validateSearch: validateSignInSearch,
    component: lazyRouteComponent(loadAuth, 'SignInPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'register',
    component: lazyRouteComponent(loadAuth, 'RegisterPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'check-email',
    validateSearch: validateEmailSearch,
    component: lazyRouteComponent(loadAuth, 'CheckEmailPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'verify-email',
    validateSearch: validateTokenSearch,
    component: lazyRouteComponent(loadAuth, 'VerifyEmailPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'forgot-password',
    validateSearch: validateEmailSearch,
    component: lazyRouteComponent(loadAuth, 'ForgotPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'reset-password',
    validateSearch: validateTokenSearch,
    component: lazyRouteComponent(loadAuth, 'ResetPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => storeRoute,
    path: 'unlock',
    validateSearch: validateTokenSearch,
    component: lazyRouteComponent(loadAuth, 'UnlockPage'),
  }),
] as const;

/**
 * The guard of /account, /seller and /admin: a signed-out visitor goes to sign in and comes back
 * afterwards. While the start-up refresh runs, the page opens and waits (its RequireSignIn shows
 * a loading state), so a reload does not bounce a signed-in user through the sign-in page.
 */
function requireSignIn({ location }: { location: ParsedLocation }): void {
  if (getAccessToken() === null && !isRestoringSession()) {
    throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
  }
}

// --- The account: its own chunk

const loadAccount = () => import('./routes/account');

const accountRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'account',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(loadAccount, 'AccountLayout'),
});

type AccountPage = Exclude<keyof Awaited<ReturnType<typeof loadAccount>>, 'AccountLayout'>;

// Through a generic helper like the seller's and admin's pages: written inline in
// addChildren, these children made TypeScript give up on the whole route tree (every path
// typed `any`, with no error but in unrelated `search` reducers).
function accountPage<const TPath extends string>(path: TPath, page: AccountPage) {
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    component: lazyRouteComponent(loadAccount, page),
  });
}

const accountRoutes = accountRoute.addChildren([
  accountPage('/', 'AccountHomePage'),
  accountPage('security', 'AccountSecurityPage'),
  accountPage('addresses', 'AccountAddressesPage'),
  accountPage('sell', 'AccountSellPage'),
]);

// --- Seller center and admin console: each its own chunk, downloaded on first visit

const loadSeller = () => import('./routes/seller');
type SellerPage = Exclude<keyof Awaited<ReturnType<typeof loadSeller>>, 'SellerLayout'>;

const sellerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'seller',
  beforeLoad: requireSignIn,
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
  beforeLoad: requireSignIn,
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
  storeRoute.addChildren([homeRoute, searchRoute, productRoute, cartRoute, ...authRoutes, accountRoutes]),
  sellerRoute.addChildren([
    sellerPage('/', 'SellerOverviewPage'),
    sellerPage('products', 'SellerProductsPage'),
    sellerPage('orders', 'SellerOrdersPage'),
    sellerPage('analytics', 'SellerAnalyticsPage'),
  ]),
  adminRoute.addChildren([
    adminPage('/', 'AdminOverviewPage'),
    adminPage('users', 'AdminUsersPage'),
    adminPage('users/$userId', 'AdminUserDetailPage'),
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
