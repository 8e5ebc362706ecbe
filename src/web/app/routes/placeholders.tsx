import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { buttonClassName } from '../../components/ui/button';
import { useDocumentTitle } from '../../lib/use-document-title';

type ComingSoonProps = { title: string; children: ReactNode };

/** A storefront page that a later issue builds; it says so instead of looking broken. */
function ComingSoon({ title, children }: ComingSoonProps) {
  useDocumentTitle(title);
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-heading">
      <h1 id="coming-soon-heading">{title}</h1>
      <div className="notice">
        {children}
        <p className="notice__soon">This page is coming soon.</p>
      </div>
      <Link to="/" className={buttonClassName('primary')}>
        Continue shopping
      </Link>
    </section>
  );
}

export function CartPage() {
  return (
    <ComingSoon title="Your cart">
      <p>The cart arrives together with signing in. Until then, browse the shop and note what you like.</p>
    </ComingSoon>
  );
}

export function AccountPage() {
  return (
    <ComingSoon title="Your account">
      <p>Your profile, addresses, orders and signed-in devices will be managed here.</p>
    </ComingSoon>
  );
}

export function SignInPage() {
  return (
    <ComingSoon title="Sign in">
      <p>
        Signing in is not open yet. Every product can be browsed without an account in the meantime.
      </p>
      <p>
        New here? <Link to="/register">Create an account</Link>
      </p>
    </ComingSoon>
  );
}

export function RegisterPage() {
  return (
    <ComingSoon title="Create an account">
      <p>Registration for shoppers and sellers opens soon.</p>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </ComingSoon>
  );
}

export function VerifyEmailPage() {
  return (
    <ComingSoon title="Verify your email">
      <p>
        Confirming your email from this link is not ready yet. Keep the email: its link works for
        24 hours.
      </p>
    </ComingSoon>
  );
}

export function ResetPasswordPage() {
  return (
    <ComingSoon title="Reset your password">
      <p>Choosing a new password from this link is not ready yet. Reset links work for one hour.</p>
    </ComingSoon>
  );
}

export function UnlockPage() {
  return (
    <ComingSoon title="Unlock your account">
      <p>Unlocking your account from this link is not ready yet.</p>
    </ComingSoon>
  );
}
