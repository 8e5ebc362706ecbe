import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { PasswordRule } from '../../../../contracts/password-rules';
import { unmetPasswordRules } from '../../../../contracts/password-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useRegisterAccount } from '../../../features/auth/api/register-account';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { PasswordField } from '../../../features/auth/components/password-field';
import { fieldErrorsOf, genericMessage, hasCode, newPasswordRefusal, rateLimitMessage } from '../../../features/auth/errors';
import type { RegisterBody } from '../../../features/auth/types';
import { compact, confirmationError, emailError, phoneError, showFieldErrors, type FormErrors } from '../../../features/auth/validation';
import { ACCOUNT_FIELD_MAX } from '../../../../contracts/account-rules';

type Values = {
  email: string;
  password: string;
  confirmPassword: string;
  fullName: string;
  phone: string;
  role: 'customer' | 'seller';
  businessName: string;
  taxId: string;
};

const FIELD_ORDER = ['role', 'email', 'password', 'confirmPassword', 'fullName', 'phone', 'businessName', 'taxId'] as const;
const ID = 'register';
/** The API takes 4–32 characters; a number without a few digits is surely a typo. */

/** The API's field paths → this form's fields. */
const SERVER_FIELDS: Record<string, (typeof FIELD_ORDER)[number]> = {
  email: 'email',
  password: 'password',
  fullName: 'fullName',
  phone: 'phone',
  role: 'role',
  business: 'businessName',
  'business.name': 'businessName',
  'business.taxId': 'taxId',
};

function validate(values: Values): FormErrors {
  const passwordProblems = unmetPasswordRules(values.password, values.email);
  return compact({
    email: emailError(values.email),
    password: !values.password
      ? 'Choose a password'
      : passwordProblems.length > 0
        ? 'Your password does not meet every requirement yet'
        : undefined,
    confirmPassword: confirmationError(values.confirmPassword, values.password, 'Type your password again'),
    fullName: values.fullName.trim() ? undefined : 'Enter your full name',
    phone: phoneError(values.phone),
    businessName: values.role === 'seller' && !values.businessName.trim() ? 'Enter your business name' : undefined,
    taxId: values.role === 'seller' && !values.taxId.trim() ? 'Enter your tax ID' : undefined,
  });
}

function toBody(values: Values): RegisterBody {
  const body: RegisterBody = {
    email: values.email.trim(),
    password: values.password,
    fullName: values.fullName.trim(),
    phone: values.phone.trim(),
    role: values.role,
  };
  if (values.role === 'seller') body.business = { name: values.businessName.trim(), taxId: values.taxId.trim() };
  return body;
}

function EmailExists({ email }: { email: string }) {
  return (
    <>
      An account with this email already exists.{' '}
      <Link to="/sign-in" search={{ email }}>
        Sign in
      </Link>{' '}
      or{' '}
      <Link to="/forgot-password" search={{ email }}>
        reset your password
      </Link>
      .
    </>
  );
}

export function RegisterPage() {
  const navigate = useNavigate();
  const register = useRegisterAccount();
  const [values, setValues] = useState<Values>({
    email: '',
    password: '',
    confirmPassword: '',
    fullName: '',
    phone: '',
    role: 'customer',
    businessName: '',
    taxId: '',
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  const [serverUnmet, setServerUnmet] = useState<PasswordRule[]>([]);
  const [attempted, setAttempted] = useState(false);

  function update<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    // An error stays until its field changes, then gives way to the live checklist.
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'password') setServerUnmet([]);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    setFormError(null);
    setAttempted(true);
    const problems = validate(values);
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    const body = toBody(values);
    register.mutate(body, {
      onSuccess: () => void navigate({ to: '/check-email', search: { email: body.email } }),
      onError: (error) => {
        const refusal = newPasswordRefusal(error);
        if (hasCode(error, 'AUTH_EMAIL_EXISTS')) {
          showFieldErrors(setErrors, { email: <EmailExists email={body.email} /> }, FIELD_ORDER, ID);
        } else if (refusal) {
          setServerUnmet(refusal.unmet);
          showFieldErrors(setErrors, { password: refusal.message }, FIELD_ORDER, ID);
        } else if (hasCode(error, 'VALIDATION_ERROR')) {
          const mapped: FormErrors = {};
          const unknown: string[] = [];
          for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
            const target = SERVER_FIELDS[field];
            if (target) mapped[target] ??= message;
            else unknown.push(message ?? '');
          }
          if (unknown.length > 0 || Object.keys(mapped).length === 0) setFormError(error.message);
          showFieldErrors(setErrors, mapped, FIELD_ORDER, ID);
        } else if (hasCode(error, 'RATE_LIMITED')) {
          setFormError(rateLimitMessage(error));
        } else {
          setFormError(genericMessage(error));
        }
      },
    });
  }

  const fieldError = (field: string) => errors[field];

  return (
    <AuthCard
      title="Create your account"
      intro={<p>Shop from independent sellers, or open a shop of your own.</p>}
      wide
      footer={
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      }
    >
      <form className="form" noValidate onSubmit={submit}>
        <fieldset className="choice-group">
          <legend className="field__label">I want to</legend>
          <div className="choice-group__options">
            <label className="choice">
              <input
                type="radio"
                name="role"
                value="customer"
                id={`${ID}-role`}
                checked={values.role === 'customer'}
                onChange={() => update('role', 'customer')}
              />
              <span className="choice__text">
                <span className="choice__title">Shop</span>
                <span className="choice__hint">Buy from sellers across the mall</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="role"
                value="seller"
                checked={values.role === 'seller'}
                onChange={() => update('role', 'seller')}
              />
              <span className="choice__text">
                <span className="choice__title">Sell</span>
                <span className="choice__hint">Open a shop and list your products</span>
              </span>
            </label>
          </div>
          {fieldError('role') && (
            <p className="field__error">
              <span>{fieldError('role')}</span>
            </p>
          )}
        </fieldset>

        <TextField
          id={`${ID}-email`}
          label="Email address"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          error={fieldError('email')}
          onChange={(event) => update('email', event.target.value)}
        />
        <NewPasswordField
          id={`${ID}-password`}
          label="Password"
          name="password"
          value={values.password}
          email={values.email}
          personalInputs={[values.fullName]}
          serverUnmet={serverUnmet}
          showUnmetAsErrors={attempted}
          error={fieldError('password')}
          onChange={(value) => update('password', value)}
        />
        <PasswordField
          id={`${ID}-confirmPassword`}
          label="Confirm password"
          name="confirmPassword"
          autoComplete="new-password"
          value={values.confirmPassword}
          error={fieldError('confirmPassword')}
          onChange={(event) => update('confirmPassword', event.target.value)}
        />
        <TextField
          id={`${ID}-fullName`}
          label="Full name"
          name="fullName"
          autoComplete="name"
          maxLength={ACCOUNT_FIELD_MAX.fullName}
          value={values.fullName}
          error={fieldError('fullName')}
          onChange={(event) => update('fullName', event.target.value)}
        />
        <TextField
          id={`${ID}-phone`}
          label="Phone number"
          hint="For delivery questions about your orders."
          type="tel"
          name="phone"
          autoComplete="tel"
          maxLength={ACCOUNT_FIELD_MAX.phone}
          value={values.phone}
          error={fieldError('phone')}
          onChange={(event) => update('phone', event.target.value)}
        />

        {values.role === 'seller' && (
          <fieldset className="subform">
            <legend>Your business</legend>
            <p className="field__hint">An administrator reviews new shops before they open.</p>
            <TextField
              id={`${ID}-businessName`}
              label="Business name"
              name="businessName"
              autoComplete="organization"
              maxLength={ACCOUNT_FIELD_MAX.businessName}
              value={values.businessName}
              error={fieldError('businessName')}
              onChange={(event) => update('businessName', event.target.value)}
            />
            <TextField
              id={`${ID}-taxId`}
              label="Tax ID"
              hint="Your VAT number, EIN or local equivalent."
              name="taxId"
              autoComplete="off"
              maxLength={ACCOUNT_FIELD_MAX.taxId}
              value={values.taxId}
              error={fieldError('taxId')}
              onChange={(event) => update('taxId', event.target.value)}
            />
          </fieldset>
        )}

        {formError && (
          <Alert tone="error">
            <p>{formError}</p>
          </Alert>
        )}

        <Button type="submit" className="form__submit" aria-disabled={register.isPending || undefined}>
          {register.isPending ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </AuthCard>
  );
}
