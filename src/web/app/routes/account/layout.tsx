import { Link, Outlet } from '@tanstack/react-router';
import { RequireSignIn } from '../../../features/auth/components/require-sign-in';

/** /account and its pages: signed-in only, with a small section menu. */
export function AccountLayout() {
  return (
    <RequireSignIn>
      <div className="account">
        <nav aria-label="Your account" className="account__nav">
          <ul>
            <li>
              <Link to="/account" activeOptions={{ exact: true }} className="account__nav-link">
                Overview
              </Link>
            </li>
            <li>
              <Link to="/account/addresses" className="account__nav-link">
                Addresses
              </Link>
            </li>
            <li>
              <Link to="/account/security" className="account__nav-link">
                Sign-in &amp; security
              </Link>
            </li>
            <li>
              <Link to="/account/sell" className="account__nav-link">
                Sell on shoppingMall
              </Link>
            </li>
          </ul>
        </nav>
        <div className="account__content">
          <Outlet />
        </div>
      </div>
    </RequireSignIn>
  );
}
