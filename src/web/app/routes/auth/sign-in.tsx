import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useSignIn } from '../../../features/auth/api/sign-in';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { PasswordField } from '../../../features/auth/components/password-field';
import { ResendVerificationButton } from '../../../features/auth/components/resend-verification';
import {
  fieldErrorsOf,
  formatWait,
  genericMessage,
  hasCode,
  retryAfterSecondsOf,
  retryLaterMessage,
} from '../../../features/auth/errors';
import { isProtectedPath } from '../../../features/auth/session';
import { compact, emailError, showFieldErrors, type FormErrors } from '../../../features/auth/validation';
import { useAccessToken } from '../../../lib/use-access-token';

const route = getRouteApi('/store/sign-in');
const ID = 'sign-in';
const FIELD_ORDER = ['email', 'password'] as const;

/** What the server's refusal means to the person at the keyboard. */
function SignInProblem({ error, email }: { error: Error; email: string }) {
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
  if (hasCode(error, 'AUTH_ACCOUNT_SUSPENDED')) {
    return (
      <Alert tone="error" title="This account is suspended">
        <p>It cannot be used to sign in. If you think this is a mistake, contact the shop’s support team.</p>
      </Alert>
    );
  }
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

export function SignInPage() {
  const search = route.useSearch();
  const signedIn = useAccessToken() !== null;
  const signIn = useSignIn();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<{ error: Error; email: string } | null>(null);
  const target = search.redirect ?? '/account';

  const router = useRouter();

  // Signed in (just now, or already): on to where the visitor was going, replacing this page in
  // the history so Back does not return to a sign-in form.
  useEffect(() => {
    if (signedIn) router.history.replace(target);
  }, [signedIn, router, target]);
  if (signedIn) return null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    setProblem(null);
    const problems = compact({
      email: emailError(email),
      password: password ? undefined : 'Enter your password',
    });
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    const sentEmail = email.trim();
    signIn.mutate(
      { email: sentEmail, password },
      {
        onError: (error) => {
          if (hasCode(error, 'VALIDATION_ERROR')) {
            const fields = fieldErrorsOf(error);
            if (fields.email || fields.password) {
              showFieldErrors(setErrors, { email: fields.email, password: fields.password }, FIELD_ORDER, ID);
              return;
            }
          }
          setProblem({ error, email: sentEmail });
        },
      },
    );
  }

  let intro: ReactNode = <p>Welcome back.</p>;
  if (search.redirect && isProtectedPath(search.redirect)) intro = <p>Sign in to continue.</p>;

  return (
    <AuthCard
      title="Sign in"
      intro={intro}
      footer={
        <p>
          New to shoppingMall? <Link to="/register">Create an account</Link>
        </p>
      }
    >
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={`${ID}-email`}
          label="Email address"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (errors.email) setErrors((current) => ({ ...current, email: undefined }));
          }}
        />
        <PasswordField
          id={`${ID}-password`}
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(event) => {
            setPassword(event.target.value);
            if (errors.password) setErrors((current) => ({ ...current, password: undefined }));
          }}
        >
          <p className="field__aside">
            <Link to="/forgot-password" search={{ email: email.trim() || undefined }}>
              Forgot your password?
            </Link>
          </p>
        </PasswordField>
        {problem && <SignInProblem error={problem.error} email={problem.email} />}
        <Button type="submit" className="form__submit" aria-disabled={signIn.isPending || undefined}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthCard>
  );
}
