import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useCurrentUser } from '../../../features/auth/api/get-me';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form';
import { SessionList } from '../../../features/auth/components/session-list';
import { SignOutEverywhere } from '../../../features/auth/components/sign-out-everywhere';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function AccountSecurityPage() {
  useDocumentTitle('Sign-in & security');
  const user = useCurrentUser();

  return (
    <div className="account-page">
      <h1>Sign-in &amp; security</h1>
      <SessionList />
      {user.isPending ? (
        <LoadingState />
      ) : user.error ? (
        <ErrorState title="Could not load your account" error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <ChangePasswordForm email={user.data.email} fullName={user.data.fullName} />
      )}
      <SignOutEverywhere />
    </div>
  );
}
