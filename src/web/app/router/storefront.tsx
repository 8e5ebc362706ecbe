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
import { sellerQueryOptions } from '../../features/catalog/api/get-seller';
import { productListParams, validateCatalogSearch, validateSortAndPage } from '../../features/catalog/search-params';
import { storeQueryOptions } from '../../features/store/api/get-store';
import { StorefrontLayout } from '../layouts/storefront-layout';
import { HomePage, homeShelves } from '../routes/home';
import { CartPage } from '../routes/placeholders';
import { ProductPage, validateProductSearch } from '../routes/product';
import { SearchPage } from '../routes/search';
import { sellerProductParams, SellerStorePage } from '../routes/seller-store';
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
    for (const shelf of homeShelves) void context.queryClient.prefetchQuery(productsQueryOptions(shelf.params));
    void context.queryClient.prefetchQuery(categoriesQueryOptions());
  },
});

const searchRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'search',
  beforeLoad: requireBrowseAccess,
  validateSearch: validateCatalogSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context, deps }) => {
    // Prices in the URL are in the store currency; the guard has just loaded the store.
    const { currency } = await context.queryClient.ensureQueryData(storeQueryOptions());
    void context.queryClient.prefetchQuery(productsQueryOptions(productListParams(deps, currency)));
    void context.queryClient.prefetchQuery(categoriesQueryOptions());
  },
  component: SearchPage,
});

const productRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'products/$productId',
  beforeLoad: requireBrowseAccess,
  validateSearch: validateProductSearch,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(productQueryOptions(params.productId));
  },
  component: ProductPage,
});

const sellerStoreRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'sellers/$sellerId',
  beforeLoad: requireBrowseAccess,
  validateSearch: validateSortAndPage,
  loaderDeps: ({ search }) => search,
  loader: ({ context, params, deps }) => {
    void context.queryClient.prefetchQuery(sellerQueryOptions(params.sellerId));
    void context.queryClient.prefetchQuery(productsQueryOptions(sellerProductParams(params.sellerId, deps)));
  },
  component: SellerStorePage,
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
export const storefrontPages = [homeRoute, searchRoute, productRoute, sellerStoreRoute, cartRoute, sellRoute, ...authRoutes] as const;
