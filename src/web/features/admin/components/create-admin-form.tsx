import { useState, type FormEvent } from 'react';
import type { CreateAdminBody } from '../../../../contracts/admin';
import type { UserProfile } from '../../../../contracts/auth';
import { unmetPasswordRules, type PasswordRule } from '../../../../contracts/password-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { NewPasswordField } from '../../auth/components/new-password-field';
import { fieldErrorsOf, genericMessage, hasCode, newPasswordRefusal } from '../../auth/errors';
import { compact, emailError, phoneFormatError, showFieldErrors, type FormErrors } from '../../auth/validation';
import { useCreateAdmin } from '../api/create-admin';

const ID = 'create-admin';
const FIELD_ORDER = ['fullName', 'email', 'phone', 'password'] as const;
const EMPTY: CreateAdminBody = { fullName: '', email: '', phone: '', password: '' };

function problemsOf(values: CreateAdminBody): FormErrors {
  return compact({
    fullName: values.fullName.trim() ? undefined : 'Enter their full name',
    email: emailError(values.email),
    phone: phoneFormatError(values.phone),
    password: !values.password
      ? 'Choose a password for them'
      : unmetPasswordRules(values.password, values.email).length > 0
        ? 'The password does not meet every requirement yet'
        : undefined,
  });
}

type CreateAdminFormProps = { onCreated: (admin: UserProfile) => void; onCancel: () => void };

/** Makes another admin, active at once; they get a welcome email and sign in with this password. */
export function CreateAdminForm({ onCreated, onCancel }: CreateAdminFormProps) {
  const create = useCreateAdmin();
  const [values, setValues] = useState<CreateAdminBody>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverUnmet, setServerUnmet] = useState<PasswordRule[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  function update(field: keyof CreateAdminBody, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'password') setServerUnmet([]);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    setAttempted(true);
    const problems = problemsOf(values);
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    const body = {
      ...values,
      fullName: values.fullName.trim(),
      email: values.email.trim(),
      phone: values.phone.trim(),
    };
    create.mutate(body, {
      onSuccess: onCreated,
      onError: (error) => {
        const refusal = newPasswordRefusal(error);
        if (refusal) {
          setServerUnmet(refusal.unmet);
          showFieldErrors(setErrors, { password: refusal.message }, FIELD_ORDER, ID);
        } else if (hasCode(error, 'AUTH_EMAIL_EXISTS')) {
          showFieldErrors(setErrors, { email: 'An account with this email exists already' }, FIELD_ORDER, ID);
        } else if (hasCode(error, 'VALIDATION_ERROR') && Object.keys(fieldErrorsOf(error)).length > 0) {
          showFieldErrors(setErrors, fieldErrorsOf(error), FIELD_ORDER, ID);
        } else {
          setFormError(genericMessage(error));
        }
      },
    });
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={submit} aria-label="Create an admin">
      <TextField
        id={`${ID}-fullName`}
        label="Full name"
        autoComplete="off"
        value={values.fullName}
        error={errors.fullName}
        onChange={(event) => update('fullName', event.target.value)}
      />
      <TextField
        id={`${ID}-email`}
        label="Email"
        type="email"
        autoComplete="off"
        value={values.email}
        error={errors.email}
        onChange={(event) => update('email', event.target.value)}
      />
      <TextField
        id={`${ID}-phone`}
        label="Phone number"
        type="tel"
        autoComplete="off"
        hint="With the country code, e.g. +1 202 555 0143"
        value={values.phone}
        error={errors.phone}
        onChange={(event) => update('phone', event.target.value)}
      />
      <NewPasswordField
        id={`${ID}-password`}
        label="Password"
        hint="Give it to them in person; they can change it once signed in."
        value={values.password}
        email={values.email}
        personalInputs={[values.fullName]}
        serverUnmet={serverUnmet}
        showUnmetAsErrors={attempted}
        error={errors.password}
        onChange={(value) => update('password', value)}
      />
      {formError && (
        <Alert tone="error">
          <p>{formError}</p>
        </Alert>
      )}
      <div className="actions">
        <Button type="submit" aria-disabled={create.isPending || undefined}>
          {create.isPending ? 'Creating…' : 'Create admin'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
