import { getRouteApi, Link } from '@tanstack/react-router';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { MailIcon } from '../../../components/ui/icons';
import { useRequestPasswordReset } from '../../../features/auth/api/request-password-reset';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { DevMailboxHint } from '../../../features/auth/components/dev-mailbox-hint';
import { emailProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';

const route = getRouteApi('/store/forgot-password');

export function ForgotPasswordPage() {
  const search = route.useSearch();
  const request = useRequestPasswordReset();
  const form = useForm({
    idPrefix: 'forgot-password',
    initialValues: { email: search.email ?? '' },
    validate: ({ email }) => ({ email: emailProblem(email) }),
  });

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
      <form className="form" noValidate onSubmit={form.handleSubmit(({ email }) => request.mutateAsync(email.trim()))}>
        <TextField
          {...form.field('email')}
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
        />
        <FormErrorAlert message={form.formError} />
        <Button type="submit" className="form__submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Sending…' : 'Send the reset link'}
        </Button>
      </form>
    </AuthCard>
  );
}
