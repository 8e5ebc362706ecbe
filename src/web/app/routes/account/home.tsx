import { Link } from '@tanstack/react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { CloseAccount } from '../../../features/account/components/close-account';
import { ProfilePanel } from '../../../features/account/components/profile-panel';
import { useCurrentUser } from '../../../features/auth/api/get-me';
import { useStoreName } from '../../../features/store/components/store-brand';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function AccountHomePage() {
  const user = useCurrentUser();
  const storeName = useStoreName();
  const firstName = user.data?.fullName.trim().split(/\s+/)[0];
  useDocumentTitle('Your account');

  return (
    <div className="account-page">
      <h1>{firstName ? `Hello, ${firstName}` : 'Your account'}</h1>
      {user.isPending ? (
        <LoadingState label="Loading your profile…" />
      ) : user.error ? (
        <ErrorState title="Could not load your profile" error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <ProfilePanel user={user.data} />
      )}
      <ul className="link-cards">
        <li>
          <Link to="/account/security" className="link-card">
            <span className="link-card__title">Sign-in &amp; security</span>
            <span className="link-card__text">Change your password and see the devices signed in to your account.</span>
          </Link>
        </li>
        {user.data?.role === 'customer' && (
          <li>
            <Link to="/account/sell" className="link-card">
              <span className="link-card__title">Sell on {storeName}</span>
              <span className="link-card__text">Open your own shop: apply, and follow your application.</span>
            </Link>
          </li>
        )}
        {user.data?.role === 'seller' && (
          <li>
            <Link to="/seller" preload={false} className="link-card">
              <span className="link-card__title">Seller center</span>
              <span className="link-card__text">
                {user.data.seller ? `${user.data.seller.businessName}: your` : 'Your'} products, orders and sales.
              </span>
            </Link>
          </li>
        )}
        {user.data?.role === 'admin' && (
          <li>
            <Link to="/admin" preload={false} className="link-card">
              <span className="link-card__title">Admin console</span>
              <span className="link-card__text">Users, seller applications, orders and settings.</span>
            </Link>
          </li>
        )}
      </ul>
      {/* Admins cannot close their own account: the shop must never lose its admins that way. */}
      {user.data && user.data.role !== 'admin' && <CloseAccount user={user.data} />}
    </div>
  );
}
