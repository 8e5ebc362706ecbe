import { getRouteApi, Link } from '@tanstack/react-router';
import type { AdminUserDetail } from '../../../../contracts/admin';
import { buttonClassName } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useUser } from '../../../features/admin/api/get-user';
import { AccountStatusPanel } from '../../../features/admin/components/account-status-panel';
import { UserStatusBadge } from '../../../features/admin/components/badges';
import { AddressesPanel, ProfilePanel, SessionsPanel } from '../../../features/admin/components/user-detail-panels';
import { useCurrentUser } from '../../../features/auth/api/get-me';
import { hasCode } from '../../../lib/api-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';

const route = getRouteApi('/admin/users/$userId');

function Account({ detail }: { detail: AdminUserDetail }) {
  const me = useCurrentUser();
  const { user, addresses, sessions, login } = detail;
  return (
    <>
      <div className="admin-title">
        <h1>{user.fullName}</h1>
        <UserStatusBadge status={user.status} />
      </div>
      <ProfilePanel user={user} login={login} />
      <AccountStatusPanel user={user} isSelf={me.data?.id === user.id} />
      <AddressesPanel addresses={addresses} />
      <SessionsPanel sessions={sessions} />
    </>
  );
}

export function AdminUserDetailPage() {
  const { userId } = route.useParams();
  const detail = useUser(userId);
  useDocumentTitle(detail.data?.user.fullName ?? 'User');

  let content;
  if (detail.isSuccess) content = <Account detail={detail.data} />;
  else if (detail.isPending) content = <LoadingState label="Loading the account…" />;
  else if (hasCode(detail.error, 'NOT_FOUND', 'VALIDATION_ERROR')) {
    content = (
      <EmptyState
        title="No such user"
        action={
          <Link to="/admin/users" className={buttonClassName('secondary')}>
            Back to all users
          </Link>
        }
      >
        The address may be mistyped, or the account may never have existed.
      </EmptyState>
    );
  } else {
    content = (
      <ErrorState title="Could not load the account" error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }

  return (
    <section className="console-page admin-page">
      <Link to="/admin/users" className="admin-back">
        ← All users
      </Link>
      {!detail.isSuccess && <h1>User</h1>}
      {content}
    </section>
  );
}
