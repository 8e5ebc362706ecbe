import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateSellerProductsSearch } from '../../features/seller-products/search-params';
import { NotFoundPage } from '../routes/not-found';
import { requireSignIn } from './guards';
import { rootRoute } from './root';

// The seller center: a chunk of its own, downloaded on the first visit to /seller only. Its
// filters are search params, checked here (in the main bundle, so they are kept small).

const loadSeller = () => import('../routes/seller');
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

const productsRoute = createRoute({
  getParentRoute: () => sellerRoute,
  path: 'products',
  validateSearch: validateSellerProductsSearch,
  component: lazyRouteComponent(loadSeller, 'SellerProductsPage'),
});

export const sellerTree = sellerRoute.addChildren([
  sellerPage('/', 'SellerOverviewPage'),
  productsRoute,
  sellerPage('products/new', 'SellerNewProductPage'),
  sellerPage('products/$productId', 'SellerEditProductPage'),
  sellerPage('products/$productId/inventory', 'SellerInventoryPage'),
  sellerPage('orders', 'SellerOrdersPage'),
  sellerPage('analytics', 'SellerAnalyticsPage'),
]);
