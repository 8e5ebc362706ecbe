import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateAuditSearch, validateUsersSearch } from '../../features/admin/search-params';
import { validateAdminProductsSearch } from '../../features/seller-products/search-params';
import { NotFoundPage } from '../routes/not-found';
import { requireSignIn } from './guards';
import { rootRoute } from './root';

// The admin console: a chunk of its own, downloaded on the first visit to /admin only. Its
// filters are search params, checked here (in the main bundle, so they are kept small).

const loadAdmin = () => import('../routes/admin');
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

const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'users',
  validateSearch: validateUsersSearch,
  component: lazyRouteComponent(loadAdmin, 'AdminUsersPage'),
});

const auditLogRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit-log',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(loadAdmin, 'AdminAuditLogPage'),
});

const productsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'products',
  validateSearch: validateAdminProductsSearch,
  component: lazyRouteComponent(loadAdmin, 'AdminProductsPage'),
});

export const adminTree = adminRoute.addChildren([
  adminPage('/', 'AdminOverviewPage'),
  usersRoute,
  adminPage('users/$userId', 'AdminUserDetailPage'),
  adminPage('seller-applications', 'AdminSellerApplicationsPage'),
  adminPage('categories', 'AdminCategoriesPage'),
  productsRoute,
  adminPage('products/$productId', 'AdminEditProductPage'),
  adminPage('products/$productId/inventory', 'AdminInventoryPage'),
  adminPage('orders', 'AdminOrdersPage'),
  auditLogRoute,
  adminPage('settings', 'AdminSettingsPage'),
]);
