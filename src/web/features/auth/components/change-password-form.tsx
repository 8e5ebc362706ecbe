import { useId, useRef, useState, type FormEvent } from 'react';
import { unmetPasswordRules, type PasswordRule } from '../../../../contracts/password-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useChangePassword } from '../api/change-password';
import { fieldErrorsOf, genericMessage, hasCode, newPasswordRefusal } from '../errors';
import { compact, confirmationError, showFieldErrors, type FormErrors } from '../validation';
import { NewPasswordField } from './new-password-field';
import { PasswordField } from './password-field';

const ID = 'change-password';
const FIELD_ORDER = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ email, fullName }: { email: string; fullName?: string }) {
  const headingId = useId();
  const change = useChangePassword();
  const successRef = useRef<HTMLDivElement>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverUnmet, setServerUnmet] = useState<PasswordRule[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  function clearError(field: string) {
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    setFormError(null);
    setAttempted(true);
    const problems = compact({
      currentPassword: currentPassword ? undefined : 'Enter your current password',
      newPassword: !newPassword
        ? 'Choose a new password'
        : unmetPasswordRules(newPassword, email).length > 0
          ? 'Your new password does not meet every requirement yet'
          : newPassword === currentPassword
            ? 'Choose a password different from your current one'
            : undefined,
      confirmPassword: confirmationError(confirmPassword, newPassword),
    });
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
          setAttempted(false);
          setServerUnmet([]);
          // The form's fields were emptied under the user: the outcome takes the focus.
          requestAnimationFrame(() => successRef.current?.focus());
        },
        onError: (error) => {
          const refusal = newPasswordRefusal(error);
          if (refusal) {
            setServerUnmet(refusal.unmet);
            showFieldErrors(setErrors, { newPassword: refusal.message }, FIELD_ORDER, ID);
          } else if (hasCode(error, 'VALIDATION_ERROR')) {
            const fields = fieldErrorsOf(error);
            const mapped = compact({
              currentPassword: fields.currentPassword ? 'Your current password is not correct' : undefined,
              newPassword: fields.newPassword ?? fields.password,
            });
            if (Object.keys(mapped).length > 0) showFieldErrors(setErrors, mapped, FIELD_ORDER, ID);
            else setFormError(error.message);
          } else {
            setFormError(genericMessage(error));
          }
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Change your password</h2>
        <p className="muted">Every other device signed in to your account will be signed out.</p>
      </div>
      {change.isSuccess && (
        <Alert ref={successRef} tone="success" title="Password changed">
          <p>Your other devices were signed out. This one stays signed in.</p>
        </Alert>
      )}
      <form className="form form--narrow" noValidate onSubmit={submit}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id={`${ID}-currentPassword`}
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          value={currentPassword}
          error={errors.currentPassword}
          onChange={(event) => {
            setCurrentPassword(event.target.value);
            clearError('currentPassword');
          }}
        />
        <NewPasswordField
          id={`${ID}-newPassword`}
          label="New password"
          name="newPassword"
          value={newPassword}
          email={email}
          personalInputs={fullName ? [fullName] : []}
          serverUnmet={serverUnmet}
          showUnmetAsErrors={attempted}
          error={errors.newPassword}
          onChange={(value) => {
            setNewPassword(value);
            setServerUnmet([]);
            clearError('newPassword');
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
            clearError('confirmPassword');
          }}
        />
        {formError && (
          <Alert tone="error">
            <p>{formError}</p>
          </Alert>
        )}
        <div>
          <Button type="submit" aria-disabled={change.isPending || undefined}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </Button>
        </div>
      </form>
    </section>
  );
}
