import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { useResetPassword } from '../../../features/auth/api/reset-password';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { PasswordField } from '../../../features/auth/components/password-field';
import { newPasswordFieldProps, newPasswordProblem, refusedPasswordMessage } from '../../../features/auth/new-password';
import { endLocalSession } from '../../../features/auth/session';
import { fieldErrorsOf, hasCode } from '../../../lib/api-errors';
import { confirmationProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';

const route = getRouteApi('/store/reset-password');

function InvalidLink({ incomplete = false }: { incomplete?: boolean }) {
  return (
    <AuthCard
      title={incomplete ? 'This link is incomplete' : 'This link is invalid or expired'}
      focusHeading={!incomplete}
      intro={
        <p>
          {incomplete
            ? 'The address is missing its code. Open the link from the email again, or copy all of it.'
            : 'Reset links work once, for one hour, and only the newest one you asked for works.'}
        </p>
      }
    >
      <Link to="/forgot-password" className={buttonClassName('primary')}>
        Get a new link
      </Link>
    </AuthCard>
  );
}

export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const reset = useResetPassword();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const form = useForm({
    idPrefix: 'reset-password',
    initialValues: { password: '', confirmPassword: '' },
    validate: ({ password, confirmPassword }) => ({
      password: newPasswordProblem(password, ''),
      confirmPassword: confirmationProblem(confirmPassword, password),
    }),
    interpretError: (error) => {
      const refused = refusedPasswordMessage(error);
      return refused ? { password: refused } : undefined;
    },
  });

  if (!token) return <InvalidLink incomplete />;
  if (linkInvalid) return <InvalidLink />;

  if (reset.isSuccess) {
    return (
      <AuthCard
        title="Password changed"
        focusHeading
        intro={
          <p>
            Your new password is set, and every device that was signed in to your account has been signed out. Sign
            in again with the new password.
          </p>
        }
      >
        <Link to="/sign-in" className={buttonClassName('primary')}>
          Sign in
        </Link>
      </AuthCard>
    );
  }

  async function send({ password }: { password: string }) {
    if (!token) return;
    try {
      await reset.mutateAsync({ token, password });
    } catch (error) {
      // The link is used up or expired: no new password can fix that.
      if (hasCode(error, 'AUTH_RESET_TOKEN_INVALID') || (hasCode(error, 'VALIDATION_ERROR') && fieldErrorsOf(error).token)) {
        setLinkInvalid(true);
        return;
      }
      throw error;
    }
    // Every session ended, this device's too.
    endLocalSession();
  }

  return (
    <AuthCard title="Choose a new password" intro={<p>After the change, every device signed in to your account is signed out.</p>}>
      <form className="form" noValidate onSubmit={form.handleSubmit(send)}>
        <NewPasswordField {...newPasswordFieldProps(form, 'password')} label="New password" email="" />
        <PasswordField {...form.field('confirmPassword')} label="Confirm new password" autoComplete="new-password" />
        <FormErrorAlert message={form.formError} />
        <Button type="submit" className="form__submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Saving…' : 'Change password'}
        </Button>
      </form>
    </AuthCard>
  );
}
