import { Outlet } from '@tanstack/react-router';
import { RequireSignIn } from '../../../features/auth/components/require-sign-in';
import { SectionNav, type SectionNavItem } from '../../layouts/section-nav';

const nav: readonly SectionNavItem[] = [
  { to: '/account', label: 'Overview', exact: true },
  { to: '/account/addresses', label: 'Addresses' },
  { to: '/account/security', label: 'Sign-in & security' },
  { to: '/account/sell', label: 'Sell' },
];

/** /account and its pages: signed-in only, with a small section menu. */
export function AccountLayout() {
  return (
    <RequireSignIn>
      <div className="account">
        <SectionNav label="Your account" items={nav} block="account" />
        <div className="account__content">
          <Outlet />
        </div>
      </div>
    </RequireSignIn>
  );
}
