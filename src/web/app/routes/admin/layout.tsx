import { ConsoleLayout } from '../../layouts/console-layout';
import type { SectionNavItem } from '../../layouts/section-nav';

const nav: readonly SectionNavItem[] = [
  { to: '/admin', label: 'Overview', exact: true },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/seller-applications', label: 'Seller applications' },
  { to: '/admin/categories', label: 'Categories' },
  { to: '/admin/products', label: 'Products' },
  { to: '/admin/orders', label: 'Orders' },
  { to: '/admin/audit-log', label: 'Audit log' },
  { to: '/admin/settings', label: 'Settings' },
];

const access = {
  roles: ['admin'],
  refusal: {
    title: 'The admin console is for administrators',
    message: 'Your account has no access to it. If you expected it, ask an administrator of this shop.',
    link: { to: '/', label: 'Back to the shop' },
  },
} as const;

export function AdminLayout() {
  return <ConsoleLayout title="Admin console" nav={nav} access={access} />;
}
