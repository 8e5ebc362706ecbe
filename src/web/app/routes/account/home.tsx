import { Link } from '@tanstack/react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useCurrentUser } from '../../../features/auth/api/get-me';
import type { CurrentUser, UserRole } from '../../../features/auth/types';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { useDocumentTitle } from '../../../lib/use-document-title';

const ROLE_LABELS: Record<UserRole, string> = {
  customer: 'Shopper',
  seller: 'Seller',
  admin: 'Administrator',
};

function Profile({ user }: { user: CurrentUser }) {
  return (
    <dl className="profile">
      <div>
        <dt>Name</dt>
        <dd>{user.fullName}</dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd className="break-anywhere">
          {user.email} {user.emailVerified && <span className="tag tag--success">Verified</span>}
        </dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>{user.phone || <span className="muted">Not given</span>}</dd>
      </div>
      <div>
        <dt>Account type</dt>
        <dd>{ROLE_LABELS[user.role] ?? user.role}</dd>
      </div>
      <div>
        <dt>Member since</dt>
        <dd>
          <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
        </dd>
      </div>
      <div>
        <dt>Last sign-in</dt>
        <dd>
          {user.lastLoginAt ? (
            <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt)}</time>
          ) : (
            <span className="muted">Never</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function AccountHomePage() {
  const user = useCurrentUser();
  const firstName = user.data?.fullName.trim().split(/\s+/)[0];
  useDocumentTitle('Your account');

  return (
    <div className="account-page">
      <h1>{firstName ? `Hello, ${firstName}` : 'Your account'}</h1>
      <section className="panel" aria-labelledby="profile-heading">
        <div className="panel__header">
          <h2 id="profile-heading">Profile</h2>
        </div>
        {user.isPending ? (
          <LoadingState label="Loading your profile…" />
        ) : user.error ? (
          <ErrorState title="Could not load your profile" error={user.error} onRetry={() => void user.refetch()} />
        ) : (
          <Profile user={user.data} />
        )}
      </section>
      <ul className="link-cards">
        <li>
          <Link to="/account/security" className="link-card">
            <span className="link-card__title">Sign-in &amp; security</span>
            <span className="link-card__text">Change your password and see the devices signed in to your account.</span>
          </Link>
        </li>
        {user.data?.role === 'seller' && (
          <li>
            <Link to="/seller" preload={false} className="link-card">
              <span className="link-card__title">Seller center</span>
              <span className="link-card__text">Your shop, products and orders.</span>
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
    </div>
  );
}
