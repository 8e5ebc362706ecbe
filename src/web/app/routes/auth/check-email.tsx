import { getRouteApi, Link } from '@tanstack/react-router';
import { MailIcon } from '../../../components/ui/icons';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { DevMailboxHint } from '../../../features/auth/components/dev-mailbox-hint';
import {
  ResendVerificationButton,
  ResendVerificationForm,
} from '../../../features/auth/components/resend-verification';

const route = getRouteApi('/store/check-email');

export function CheckEmailPage() {
  const { email } = route.useSearch();
  return (
    <AuthCard
      title="Check your email"
      icon={<MailIcon />}
      focusHeading
      intro={
        email ? (
          <p>
            We sent a verification link to <strong className="break-anywhere">{email}</strong>. Open it within 24
            hours to activate your account.
          </p>
        ) : (
          <p>We sent a verification link to your email address. Open it within 24 hours to activate your account.</p>
        )
      }
      footer={
        <p>
          Already verified? <Link to="/sign-in" search={{ email }}>Sign in</Link>
        </p>
      }
    >
      <DevMailboxHint />
      <div className="stack">
        <h2 className="auth__subheading">Nothing arrived?</h2>
        <p className="muted">Check your spam folder, or ask for a new email.</p>
        {email ? <ResendVerificationButton email={email} /> : <ResendVerificationForm />}
        <p className="muted">
          Wrong address? <Link to="/register">Register again</Link> with the right one.
        </p>
      </div>
    </AuthCard>
  );
}
