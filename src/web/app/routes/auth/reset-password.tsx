import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { unmetPasswordRules, type PasswordRule } from '../../../../contracts/password-rules';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { useResetPassword } from '../../../features/auth/api/reset-password';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { PasswordField } from '../../../features/auth/components/password-field';
import { fieldErrorsOf, genericMessage, hasCode, newPasswordRefusal } from '../../../features/auth/errors';
import { endLocalSession } from '../../../features/auth/session';
import { compact, confirmationError, showFieldErrors, type FormErrors } from '../../../features/auth/validation';

const route = getRouteApi('/store/reset-password');
const ID = 'reset-password';
const FIELD_ORDER = ['password', 'confirmPassword'] as const;

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
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverUnmet, setServerUnmet] = useState<PasswordRule[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(false);

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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending || !token) return;
    setAttempted(true);
    setFormError(null);
    const problems = compact({
      password: !password
        ? 'Choose a new password'
        : unmetPasswordRules(password, '').length > 0
          ? 'Your password does not meet every requirement yet'
          : undefined,
      confirmPassword: confirmationError(confirmPassword, password),
    });
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    reset.mutate(
      { token, password },
      {
        // Every session ended, this device's too.
        onSuccess: () => endLocalSession(),
        onError: (error) => {
          const refusal = newPasswordRefusal(error);
          if (hasCode(error, 'AUTH_RESET_TOKEN_INVALID')) {
            setLinkInvalid(true);
          } else if (refusal) {
            setServerUnmet(refusal.unmet);
            showFieldErrors(setErrors, { password: refusal.message }, FIELD_ORDER, ID);
          } else if (hasCode(error, 'VALIDATION_ERROR')) {
            const fields = fieldErrorsOf(error);
            if (fields.token) setLinkInvalid(true);
            else if (fields.password) showFieldErrors(setErrors, { password: fields.password }, FIELD_ORDER, ID);
            else setFormError(error.message);
          } else {
            setFormError(genericMessage(error));
          }
        },
      },
    );
  }

  return (
    <AuthCard title="Choose a new password" intro={<p>After the change, every device signed in to your account is signed out.</p>}>
      <form className="form" noValidate onSubmit={submit}>
        <NewPasswordField
          id={`${ID}-password`}
          label="New password"
          name="password"
          value={password}
          email=""
          serverUnmet={serverUnmet}
          showUnmetAsErrors={attempted}
          error={errors.password}
          onChange={(value) => {
            setPassword(value);
            setServerUnmet([]);
            if (errors.password) setErrors((current) => ({ ...current, password: undefined }));
          }}
        />
        <PasswordField
          id={`${ID}-confirmPassword`}
          label="Confirm new password"
          name="confirmPassword"
          autoComplete="new-password"
          value={confirmPassword}
          error={errors.confirmPassword}
          onChange={(event) => {
            setConfirmPassword(event.target.value);
            if (errors.confirmPassword) setErrors((current) => ({ ...current, confirmPassword: undefined }));
          }}
        />
        {formError && (
          <Alert tone="error">
            <p>{formError}</p>
          </Alert>
        )}
        <Button type="submit" className="form__submit" aria-disabled={reset.isPending || undefined}>
          {reset.isPending ? 'Saving…' : 'Change password'}
        </Button>
      </form>
    </AuthCard>
  );
}
