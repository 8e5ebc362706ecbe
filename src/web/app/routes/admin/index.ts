// The admin console: one lazily loaded chunk, downloaded only when someone opens /admin (see app/router/admin.tsx).
export { AdminLayout } from './layout';
export { AdminAuditLogPage } from './audit-log';
export { AdminCategoriesPage } from './categories';
export { AdminOrdersPage } from './orders';
export { AdminOverviewPage } from './overview';
export { AdminEditProductPage, AdminInventoryPage, AdminProductsPage } from './products';
export { AdminSellerApplicationsPage } from './seller-applications';
export { AdminSettingsPage } from './settings';
export { AdminUsersPage } from './users';
export { AdminUserDetailPage } from './user-detail';
