import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { buttonClassName } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useVerifyEmail } from '../../../features/auth/api/verify-email';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { ResendVerificationForm } from '../../../features/auth/components/resend-verification';
import { genericMessage, hasCode } from '../../../features/auth/errors';
import { useRunOnce } from '../../../features/auth/use-run-once';

const route = getRouteApi('/store/verify-email');

function InvalidLink({ incomplete = false }: { incomplete?: boolean }) {
  return (
    <AuthCard
      title={incomplete ? 'This link is incomplete' : 'This link is invalid or expired'}
      focusHeading={!incomplete}
      intro={
        <p>
          {incomplete
            ? 'The address is missing its code. Open the link from the email again, or copy all of it.'
            : 'Verification links work once, for 24 hours. If you already verified your email, you can sign in.'}
        </p>
      }
      footer={
        <p>
          Already verified? <Link to="/sign-in">Sign in</Link>
        </p>
      }
    >
      <h2 className="auth__subheading">Get a new link</h2>
      <ResendVerificationForm />
    </AuthCard>
  );
}

export function VerifyEmailPage() {
  const { token } = route.useSearch();
  const verify = useVerifyEmail();
  const { mutate } = verify;
  useRunOnce(
    useCallback(() => {
      if (token) mutate(token);
    }, [mutate, token]),
    token !== undefined,
  );

  if (!token) return <InvalidLink incomplete />;

  if (verify.isSuccess) {
    const email = verify.data?.user?.email;
    return (
      <AuthCard
        title="Email verified"
        focusHeading
        intro={<p>Your account is active. Sign in to start shopping.</p>}
      >
        <Link to="/sign-in" search={{ email }} className={buttonClassName('primary')}>
          Sign in
        </Link>
      </AuthCard>
    );
  }

  if (verify.error) {
    if (hasCode(verify.error, 'AUTH_RESET_TOKEN_INVALID', 'VALIDATION_ERROR')) return <InvalidLink />;
    return (
      <AuthCard title="Verify your email">
        <ErrorState
          title="We could not verify your email"
          error={new Error(genericMessage(verify.error))}
          onRetry={() => mutate(token)}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Verify your email">
      <LoadingState label="Verifying your email…" />
    </AuthCard>
  );
}
