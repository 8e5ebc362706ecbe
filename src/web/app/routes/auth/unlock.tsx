import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { buttonClassName } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useUnlockAccount } from '../../../features/auth/api/unlock-account';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { genericMessage, hasCode } from '../../../features/auth/errors';
import { useRunOnce } from '../../../features/auth/use-run-once';

const route = getRouteApi('/store/unlock');

function InvalidLink({ incomplete = false }: { incomplete?: boolean }) {
  return (
    <AuthCard
      title={incomplete ? 'This link is incomplete' : 'This link is invalid or expired'}
      focusHeading={!incomplete}
      intro={
        <p>
          {incomplete
            ? 'The address is missing its code. Open the link from the email again, or copy all of it.'
            : 'Unlock links work once. The lock also ends by itself when its time is up, or you can choose a new password now.'}
        </p>
      }
    >
      <div className="actions">
        <Link to="/sign-in" className={buttonClassName('primary')}>
          Sign in
        </Link>
        <Link to="/forgot-password" className={buttonClassName('secondary')}>
          Reset your password
        </Link>
      </div>
    </AuthCard>
  );
}

export function UnlockPage() {
  const { token } = route.useSearch();
  const unlock = useUnlockAccount();
  const { mutate } = unlock;
  useRunOnce(
    useCallback(() => {
      if (token) mutate(token);
    }, [mutate, token]),
    token !== undefined,
  );

  if (!token) return <InvalidLink incomplete />;

  if (unlock.isSuccess) {
    return (
      <AuthCard
        title="Account unlocked"
        focusHeading
        intro={
          <p>
            You can sign in again. If the failed sign-ins were not you, choose a new password after signing in.
          </p>
        }
      >
        <Link to="/sign-in" className={buttonClassName('primary')}>
          Sign in
        </Link>
      </AuthCard>
    );
  }

  if (unlock.error) {
    if (hasCode(unlock.error, 'AUTH_RESET_TOKEN_INVALID', 'VALIDATION_ERROR')) return <InvalidLink />;
    return (
      <AuthCard title="Unlock your account">
        <ErrorState
          title="We could not unlock your account"
          error={new Error(genericMessage(unlock.error))}
          onRetry={() => mutate(token)}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Unlock your account">
      <LoadingState label="Unlocking your account…" />
    </AuthCard>
  );
}
