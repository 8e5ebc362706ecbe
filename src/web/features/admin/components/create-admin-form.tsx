import type { CreateAdminBody } from '../../../../contracts/admin';
import { ACCOUNT_FIELD_MAX } from '../../../../contracts/account-rules';
import type { UserProfile } from '../../../../contracts/auth';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { hasCode } from '../../../lib/api-errors';
import { emailProblem, phoneFormatProblem, requiredProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import { NewPasswordField } from '../../auth/components/new-password-field';
import { PasswordField } from '../../auth/components/password-field';
import { newPasswordFieldProps, newPasswordProblem, refusedPasswordMessage } from '../../auth/new-password';
import { useCreateAdmin } from '../api/create-admin';

type CreateAdminFormProps = { onCreated: (admin: UserProfile) => void; onCancel: () => void };

/** Makes another admin, active at once; they get a welcome email and sign in with this password. */
export function CreateAdminForm({ onCreated, onCancel }: CreateAdminFormProps) {
  const create = useCreateAdmin();
  const form = useForm<CreateAdminBody>({
    idPrefix: 'create-admin',
    initialValues: { fullName: '', email: '', phone: '', password: '', currentPassword: '' },
    validate: (values) => ({
      fullName: requiredProblem(values.fullName, 'Enter their full name'),
      email: emailProblem(values.email),
      phone: phoneFormatProblem(values.phone),
      password: newPasswordProblem(values.password, values.email, 'Choose a password for them'),
      currentPassword: values.currentPassword ? undefined : 'Enter your own password',
    }),
    serverMessages: { currentPassword: 'Your password is not correct' },
    interpretError: (error) => {
      if (hasCode(error, 'AUTH_EMAIL_EXISTS')) return { email: 'An account with this email exists already' };
      const refused = refusedPasswordMessage(error);
      return refused ? { password: refused } : undefined;
    },
  });
  const { values } = form;

  async function send({ fullName, email, phone, password, currentPassword }: CreateAdminBody) {
    onCreated(
      await create.mutateAsync({ fullName: fullName.trim(), email: email.trim(), phone: phone.trim(), password, currentPassword }),
    );
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit(send)} aria-label="Create an admin">
      <TextField {...form.field('fullName')} label="Full name" autoComplete="off" maxLength={ACCOUNT_FIELD_MAX.fullName} />
      <TextField {...form.field('email')} label="Email" type="email" autoComplete="off" />
      <TextField
        {...form.field('phone')}
        label="Phone number"
        type="tel"
        autoComplete="off"
        hint="With the country code, e.g. +1 202 555 0143"
        maxLength={ACCOUNT_FIELD_MAX.phone}
      />
      <NewPasswordField
        {...newPasswordFieldProps(form, 'password')}
        label="Password"
        hint="Give it to them in person; they can change it once signed in."
        email={values.email}
        personalInputs={[values.fullName]}
      />
      {/* Apart from their details, so it does not read as "confirm their password". */}
      <fieldset className="subform">
        <legend>Confirm it is you</legend>
        <PasswordField
          {...form.field('currentPassword')}
          label="Your password"
          hint="We ask for your own password so that a stolen session cannot create admins. Every admin is emailed when one is created."
          autoComplete="current-password"
        />
      </fieldset>
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Creating…' : 'Create admin'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
