import { ConsoleLayout, type ConsoleNavItem } from '../../layouts/console-layout';

const nav: readonly ConsoleNavItem[] = [
  { to: '/admin', label: 'Overview' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/seller-applications', label: 'Seller applications' },
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
