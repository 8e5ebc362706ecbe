import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import {
  validateEmailSearch,
  validateRegisterSearch,
  validateSignInSearch,
  validateTokenSearch,
} from '../../features/auth/search-params';
import { categoriesQueryOptions } from '../../features/catalog/api/get-categories';
import { productQueryOptions } from '../../features/catalog/api/get-product';
import { productsQueryOptions } from '../../features/catalog/api/get-products';
import { StorefrontLayout } from '../layouts/storefront-layout';
import { HomePage, newArrivalsParams } from '../routes/home';
import { CartPage } from '../routes/placeholders';
import { ProductPage } from '../routes/product';
import { productListParams, SearchPage, validateSearchParams } from '../routes/search';
import { requireBrowseAccess } from './guards';
import { rootRoute } from './root';

// The storefront: the catalog pages in the main bundle; signing in, registration and the sell
// page in small chunks fetched on the first visit (or when a link to one is hovered). Loaders
// only start requests (prefetch, not awaited): navigation is instant, pages show their own
// loading state, and hovering a link warms the cache before the click.

export const storeRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'store',
  component: StorefrontLayout,
});

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

// What selling here means, before anyone is asked to register or sign in: open to every visitor.
const sellRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'sell',
  component: lazyRouteComponent(() => import('../routes/sell'), 'SellPage'),
});

const loadAuth = () => import('../routes/auth');

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
    validateSearch: validateRegisterSearch,
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

/** The storefront's own pages; the account's tree joins them under `storeRoute` (see index.tsx). */
export const storefrontPages = [homeRoute, searchRoute, productRoute, cartRoute, sellRoute, ...authRoutes] as const;
