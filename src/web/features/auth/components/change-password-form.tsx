import { useId } from 'react';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { confirmationProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import { useChangePassword } from '../api/change-password';
import { newPasswordFieldProps, newPasswordProblem, refusedPasswordMessage } from '../new-password';
import { NewPasswordField } from './new-password-field';
import { PasswordField } from './password-field';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function ChangePasswordForm({ email, fullName }: { email: string; fullName?: string }) {
  const headingId = useId();
  const change = useChangePassword();
  const form = useForm<Values>({
    idPrefix: 'change-password',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: ({ currentPassword, newPassword, confirmPassword }) => ({
      currentPassword: currentPassword ? undefined : 'Enter your current password',
      newPassword:
        newPasswordProblem(newPassword, email) ??
        (newPassword === currentPassword ? 'Choose a password different from your current one' : undefined),
      confirmPassword: confirmationProblem(confirmPassword, newPassword),
    }),
    fieldOf: { password: 'newPassword' },
    serverMessages: { currentPassword: 'Your current password is not correct' },
    interpretError: (error) => {
      const refused = refusedPasswordMessage(error);
      return refused ? { newPassword: refused } : undefined;
    },
  });

  async function send({ currentPassword, newPassword }: Values) {
    change.reset();
    await change.mutateAsync({ currentPassword, newPassword });
    form.reset();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Change your password</h2>
        <p className="muted">Every other device signed in to your account will be signed out.</p>
      </div>
      {change.isSuccess && (
        // The form's fields were emptied under the user: the outcome takes the focus.
        <Alert ref={focusOnMount} tone="success" title="Password changed">
          <p>Your other devices were signed out. This one stays signed in.</p>
        </Alert>
      )}
      <form className="form form--narrow" noValidate onSubmit={form.handleSubmit(send)}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField {...form.field('currentPassword')} label="Current password" autoComplete="current-password" />
        <NewPasswordField
          {...newPasswordFieldProps(form, 'newPassword')}
          label="New password"
          email={email}
          personalInputs={fullName ? [fullName] : []}
        />
        <PasswordField {...form.field('confirmPassword')} label="Confirm new password" autoComplete="new-password" />
        <FormErrorAlert message={form.formError} />
        <div>
          <Button type="submit" aria-disabled={form.pending || undefined}>
            {form.pending ? 'Changing…' : 'Change password'}
          </Button>
        </div>
      </form>
    </section>
  );
}
