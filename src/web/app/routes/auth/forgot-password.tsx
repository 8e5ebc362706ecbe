import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { MailIcon } from '../../../components/ui/icons';
import { useRequestPasswordReset } from '../../../features/auth/api/request-password-reset';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { DevMailboxHint } from '../../../features/auth/components/dev-mailbox-hint';
import { fieldErrorsOf, genericMessage, hasCode } from '../../../features/auth/errors';
import { emailError } from '../../../features/auth/validation';

const route = getRouteApi('/store/forgot-password');
const INPUT_ID = 'forgot-password-email';

export function ForgotPasswordPage() {
  const search = route.useSearch();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState(search.email ?? '');
  const [error, setError] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const problem = emailError(email);
    setError(problem);
    if (problem) {
      document.getElementById(INPUT_ID)?.focus();
      return;
    }
    request.mutate(email.trim(), {
      onError: (failure) => {
        const message = hasCode(failure, 'VALIDATION_ERROR') ? fieldErrorsOf(failure).email : undefined;
        if (message) {
          setError(message);
          document.getElementById(INPUT_ID)?.focus();
        }
      },
    });
  }

  if (request.isSuccess) {
    return (
      <AuthCard
        title="Check your email"
        documentTitle="Reset link sent"
        icon={<MailIcon />}
        focusHeading
        intro={
          <p>
            If an account exists for <strong className="break-anywhere">{request.variables}</strong>, we sent a link
            to reset its password. The link works for one hour; only the newest link works.
          </p>
        }
        footer={
          <p>
            Remembered it? <Link to="/sign-in" search={{ email: request.variables }}>Sign in</Link>
          </p>
        }
      >
        <DevMailboxHint />
        <p className="muted">
          Nothing after a few minutes? Check your spam folder, or{' '}
          <button type="button" className="link-button" onClick={() => request.reset()}>
            try again
          </button>
          .
        </p>
      </AuthCard>
    );
  }

  const failure = request.error && !(hasCode(request.error, 'VALIDATION_ERROR') && error) ? request.error : null;

  return (
    <AuthCard
      title="Forgot your password?"
      intro={<p>Enter the email address of your account and we will send you a link to choose a new password.</p>}
      footer={
        <p>
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </p>
      }
    >
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={INPUT_ID}
          label="Email address"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          error={error}
          onChange={(event) => {
            setEmail(event.target.value);
            setError(undefined);
          }}
        />
        {failure && (
          <Alert tone="error">
            <p>{genericMessage(failure)}</p>
          </Alert>
        )}
        <Button type="submit" className="form__submit" aria-disabled={request.isPending || undefined}>
          {request.isPending ? 'Sending…' : 'Send the reset link'}
        </Button>
      </form>
    </AuthCard>
  );
}
