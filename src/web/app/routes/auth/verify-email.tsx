import { getRouteApi, Link } from '@tanstack/react-router';
import { buttonClassName } from '../../../components/ui/button';
import { useVerifyEmail } from '../../../features/auth/api/verify-email';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { EmailLinkLanding, InvalidLinkCard } from '../../../features/auth/components/email-link-landing';
import { ResendVerificationForm } from '../../../features/auth/components/resend-verification';

const route = getRouteApi('/store/verify-email');

export function VerifyEmailPage() {
  const { token } = route.useSearch();
  return (
    <EmailLinkLanding
      token={token}
      mutation={useVerifyEmail()}
      title="Confirm your email address"
      intro="One last step: confirm that this email address is yours, and your account is ready to use."
      actionLabel="Confirm my email address"
      pendingLabel="Confirming…"
      failureTitle="We could not confirm your email address"
      invalidLink={(incomplete) => (
        <InvalidLinkCard
          incomplete={incomplete}
          expiredMessage="Verification links work once, for 24 hours. If you already verified your email, you can sign in."
          footer={
            <p>
              Already verified? <Link to="/sign-in">Sign in</Link>
            </p>
          }
        >
          <h2 className="auth__subheading">Get a new link</h2>
          <ResendVerificationForm />
        </InvalidLinkCard>
      )}
      success={(data) => (
        <AuthCard title="Email verified" focusHeading intro={<p>Your account is active. Sign in to start shopping.</p>}>
          <Link to="/sign-in" search={{ email: data?.user?.email }} className={buttonClassName('primary')}>
            Sign in
          </Link>
        </AuthCard>
      )}
    />
  );
}
