import { ConsoleLayout, type ConsoleNavItem } from '../../layouts/console-layout';

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
