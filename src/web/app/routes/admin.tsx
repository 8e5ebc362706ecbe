// Loaded only when someone opens /admin: none of this is in the storefront bundle.
import { ConsoleLayout, ConsolePlaceholder, type ConsoleNavItem } from '../layouts/console-layout';

const nav: readonly ConsoleNavItem[] = [
  { to: '/admin', label: 'Overview' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/seller-applications', label: 'Seller applications' },
  { to: '/admin/orders', label: 'Orders' },
  { to: '/admin/audit-log', label: 'Audit log' },
  { to: '/admin/settings', label: 'Settings' },
];

export function AdminLayout() {
  return <ConsoleLayout title="Admin console" nav={nav} />;
}

export function AdminOverviewPage() {
  return (
    <ConsolePlaceholder title="Admin console">
      The whole marketplace at a glance: sales, orders, new users and active sellers.
    </ConsolePlaceholder>
  );
}

export function AdminUsersPage() {
  return (
    <ConsolePlaceholder title="Users">
      Find any account, see its sessions and orders, suspend or reactivate it, and add admins.
    </ConsolePlaceholder>
  );
}

export function AdminSellerApplicationsPage() {
  return (
    <ConsolePlaceholder title="Seller applications">
      Review customers who asked to sell, then approve them or reject with a reason.
    </ConsolePlaceholder>
  );
}

export function AdminOrdersPage() {
  return (
    <ConsolePlaceholder title="Orders">
      Every order on the platform, with cancellation and refund requests to decide.
    </ConsolePlaceholder>
  );
}

export function AdminAuditLogPage() {
  return (
    <ConsolePlaceholder title="Audit log">
      Who did what and when: sign-ins, lockouts, denied requests and every admin action.
    </ConsolePlaceholder>
  );
}

export function AdminSettingsPage() {
  return (
    <ConsolePlaceholder title="Settings">
      Store name, whether shoppers must sign in to browse, stock thresholds and shipping methods.
    </ConsolePlaceholder>
  );
}
