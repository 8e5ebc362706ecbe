import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useSignIn } from '../../../features/auth/api/sign-in';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { PasswordField } from '../../../features/auth/components/password-field';
import { ResendVerificationButton } from '../../../features/auth/components/resend-verification';
import { isProtectedPath } from '../../../features/auth/session';
import { useStore } from '../../../features/store/api/get-store';
import { useStoreName } from '../../../features/store/components/store-brand';
import { formatWait, genericMessage, hasCode, retryAfterSecondsOf, retryLaterMessage } from '../../../lib/api-errors';
import { emailProblem } from '../../../lib/form-rules';
import { useAccessToken } from '../../../lib/use-access-token';
import { useForm } from '../../../lib/use-form';

const route = getRouteApi('/store/sign-in');

/** Said when a sign-in is refused for a suspended account, and when a suspension ended the session. */
function SuspendedAlert({ signedOut = false }: { signedOut?: boolean }) {
  return (
    <Alert tone="error" title="This account is suspended">
      <p>
        {signedOut ? 'An administrator suspended your account, so you were signed out. ' : ''}
        It cannot be used to sign in until an administrator activates it again; we emailed you the reason. If you think
        this is a mistake, contact the shop’s support team.
      </p>
    </Alert>
  );
}

/** What the server's refusal means to the person at the keyboard. */
function SignInProblem({ error, email }: { error: unknown; email: string }) {
  if (hasCode(error, 'AUTH_INVALID_CREDENTIALS')) {
    return (
      <Alert tone="error" title="Email or password is incorrect">
        <p>
          Check both and try again.{' '}
          <Link to="/forgot-password" search={{ email }}>
            Forgot your password?
          </Link>
        </p>
      </Alert>
    );
  }
  if (hasCode(error, 'AUTH_EMAIL_NOT_VERIFIED')) {
    return (
      <Alert tone="error" title="Verify your email first">
        <p>
          We sent a verification link to <strong className="break-anywhere">{email}</strong> when you registered.
          Open it, then sign in.
        </p>
        <ResendVerificationButton email={email} />
      </Alert>
    );
  }
  if (hasCode(error, 'AUTH_ACCOUNT_LOCKED')) {
    const seconds = retryAfterSecondsOf(error);
    return (
      <Alert tone="error" title="Your account is locked for now">
        <p>
          There were too many failed sign-ins. {seconds ? `Try again in ${formatWait(seconds)}, or use` : 'Use'} the
          unlock link we emailed you to sign in straight away.
        </p>
        <p>
          Not you? <Link to="/forgot-password" search={{ email }}>Reset your password</Link>.
        </p>
      </Alert>
    );
  }
  if (hasCode(error, 'AUTH_ACCOUNT_SUSPENDED')) return <SuspendedAlert />;
  if (hasCode(error, 'RATE_LIMITED')) {
    return (
      <Alert tone="error" title="Too many attempts">
        <p>{retryLaterMessage(error)}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="error" title="We could not sign you in">
      <p>{genericMessage(error)}</p>
    </Alert>
  );
}

type Values = { email: string; password: string };

export function SignInPage() {
  const search = route.useSearch();
  const storeName = useStoreName();
  const membersOnly = useStore().data?.requireSignInToBrowse === true;
  const signedIn = useAccessToken() !== null;
  const signIn = useSignIn();
  const router = useRouter();
  const [sentEmail, setSentEmail] = useState('');
  const form = useForm<Values>({
    idPrefix: 'sign-in',
    initialValues: { email: search.email ?? '', password: '' },
    validate: ({ email, password }) => ({
      email: emailProblem(email),
      password: password ? undefined : 'Enter your password',
    }),
  });
  const target = search.redirect ?? '/account';

  // Signed in (just now, or already): on to where the visitor was going, replacing this page in
  // the history so Back does not return to a sign-in form.
  useEffect(() => {
    if (signedIn) router.history.replace(target);
  }, [signedIn, router, target]);
  if (signedIn) return null;

  async function send({ email, password }: Values) {
    setSentEmail(email.trim());
    await signIn.mutateAsync({ email: email.trim(), password });
  }

  const continuing = search.redirect !== undefined && isProtectedPath(search.redirect);
  // A members-only store sends every visitor here first: most have no account yet.
  const welcomingMember = membersOnly && !continuing;
  const createAccount = (
    <Link to="/register" className={welcomingMember ? buttonClassName('secondary') : undefined}>
      Create an account
    </Link>
  );

  return (
    <AuthCard
      title={welcomingMember ? `Sign in to ${storeName}` : 'Sign in'}
      documentTitle="Sign in"
      intro={
        welcomingMember ? (
          <p>
            {storeName} is open to its members only. Sign in to see the products, or create an account: it is free and
            takes a minute.
          </p>
        ) : (
          <p>{continuing ? 'Sign in to continue.' : 'Welcome back.'}</p>
        )
      }
      footer={
        welcomingMember ? undefined : (
          <p>
            New to {storeName}? {createAccount}
          </p>
        )
      }
    >
      {/* Until a sign-in is tried: its own answer then says it. */}
      {search.reason === 'suspended' && !form.formError && <SuspendedAlert signedOut />}
      <form className="form" noValidate onSubmit={form.handleSubmit(send)}>
        <TextField
          {...form.field('email')}
          label="Email address"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
        />
        <PasswordField {...form.field('password')} label="Password" autoComplete="current-password">
          <p className="field__aside">
            <Link to="/forgot-password" search={{ email: form.values.email.trim() || undefined }}>
              Forgot your password?
            </Link>
          </p>
        </PasswordField>
        {form.formError && <SignInProblem error={form.submitError} email={sentEmail} />}
        <Button type="submit" className="form__submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {welcomingMember && (
        <div className="auth__alternative">
          <h2 className="auth__subheading">New to {storeName}?</h2>
          {createAccount}
        </div>
      )}
    </AuthCard>
  );
}
