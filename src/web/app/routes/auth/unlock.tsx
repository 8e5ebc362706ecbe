import { getRouteApi, Link } from '@tanstack/react-router';
import { buttonClassName } from '../../../components/ui/button';
import { useUnlockAccount } from '../../../features/auth/api/unlock-account';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { EmailLinkLanding, InvalidLinkCard } from '../../../features/auth/components/email-link-landing';

const route = getRouteApi('/store/unlock');

export function UnlockPage() {
  const { token } = route.useSearch();
  return (
    <EmailLinkLanding
      token={token}
      mutation={useUnlockAccount()}
      title="Unlock your account"
      intro="Sign-in to your account was paused after too many wrong passwords. Press the button to lift the lock, then sign in again."
      actionLabel="Unlock my account"
      pendingLabel="Unlocking…"
      failureTitle="We could not unlock your account"
      invalidLink={(incomplete) => (
        <InvalidLinkCard
          incomplete={incomplete}
          expiredMessage="Unlock links work once. The lock also ends by itself when its time is up, or you can choose a new password now."
        >
          <div className="actions">
            <Link to="/sign-in" className={buttonClassName('primary')}>
              Sign in
            </Link>
            <Link to="/forgot-password" className={buttonClassName('secondary')}>
              Reset your password
            </Link>
          </div>
        </InvalidLinkCard>
      )}
      success={() => (
        <AuthCard
          title="Account unlocked"
          focusHeading
          intro={<p>You can sign in again. If the failed sign-ins were not you, choose a new password after signing in.</p>}
        >
          <Link to="/sign-in" className={buttonClassName('primary')}>
            Sign in
          </Link>
        </AuthCard>
      )}
    />
  );
}
