import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { ACCOUNT_FIELD_MAX } from '../../../../contracts/account-rules';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useRegisterAccount } from '../../../features/auth/api/register-account';
import { AuthCard } from '../../../features/auth/components/auth-card';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { PasswordField } from '../../../features/auth/components/password-field';
import { newPasswordFieldProps, newPasswordProblem, refusedPasswordMessage } from '../../../features/auth/new-password';
import type { RegisterBody } from '../../../features/auth/types';
import { useStoreName } from '../../../features/store/components/store-brand';
import { hasCode } from '../../../lib/api-errors';
import { confirmationProblem, emailProblem, phoneProblem, requiredProblem, taxIdProblem } from '../../../lib/form-rules';
import { useForm, type FormErrors } from '../../../lib/use-form';

const route = getRouteApi('/store/register');

type Values = {
  role: 'customer' | 'seller';
  email: string;
  password: string;
  confirmPassword: string;
  fullName: string;
  phone: string;
  businessName: string;
  taxId: string;
};

/** The API's field paths that differ from this form's fields. */
const SERVER_FIELDS = { business: 'businessName', 'business.name': 'businessName', 'business.taxId': 'taxId' };

function validate(values: Values): FormErrors {
  const seller = values.role === 'seller';
  return {
    email: emailProblem(values.email),
    password: newPasswordProblem(values.password, values.email, 'Choose a password'),
    confirmPassword: confirmationProblem(values.confirmPassword, values.password, 'Type your password again'),
    fullName: requiredProblem(values.fullName, 'Enter your full name'),
    phone: phoneProblem(values.phone),
    businessName: seller ? requiredProblem(values.businessName, 'Enter your business name') : undefined,
    taxId: seller ? taxIdProblem(values.taxId) : undefined,
  };
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
  const search = route.useSearch();
  const navigate = useNavigate();
  const storeName = useStoreName();
  const register = useRegisterAccount();
  const form = useForm<Values>({
    idPrefix: 'register',
    initialValues: {
      role: search.role ?? 'customer',
      email: '',
      password: '',
      confirmPassword: '',
      fullName: '',
      phone: '',
      businessName: '',
      taxId: '',
    },
    validate,
    fieldOf: SERVER_FIELDS,
    interpretError: (error, sent) => {
      if (hasCode(error, 'AUTH_EMAIL_EXISTS')) return { email: <EmailExists email={sent.email.trim()} /> };
      const refused = refusedPasswordMessage(error);
      return refused ? { password: refused } : undefined;
    },
  });
  const { values } = form;

  async function send(submitted: Values) {
    const body = toBody(submitted);
    await register.mutateAsync(body);
    await navigate({ to: '/check-email', search: { email: body.email } });
  }

  return (
    <AuthCard
      title="Create your account"
      intro={<p>Shop from independent sellers on {storeName}, or open a shop of your own.</p>}
      wide
      footer={
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      }
    >
      <form className="form" noValidate onSubmit={form.handleSubmit(send)}>
        <fieldset className="choice-group">
          <legend className="field__label">I want to</legend>
          <div className="choice-group__options">
            <label className="choice">
              <input
                type="radio"
                name="role"
                value="customer"
                id={form.inputId('role')}
                checked={values.role === 'customer'}
                onChange={() => form.setValue('role', 'customer')}
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
                onChange={() => form.setValue('role', 'seller')}
              />
              <span className="choice__text">
                <span className="choice__title">Sell</span>
                <span className="choice__hint">Open your shop as soon as your email is verified</span>
              </span>
            </label>
          </div>
          {form.errorOf('role') && (
            <p className="field__error">
              <span>{form.errorOf('role')}</span>
            </p>
          )}
        </fieldset>

        <TextField
          {...form.field('email')}
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
        />
        <NewPasswordField
          {...newPasswordFieldProps(form, 'password')}
          label="Password"
          email={values.email}
          personalInputs={[values.fullName]}
        />
        <PasswordField {...form.field('confirmPassword')} label="Confirm password" autoComplete="new-password" />
        <TextField {...form.field('fullName')} label="Full name" autoComplete="name" maxLength={ACCOUNT_FIELD_MAX.fullName} />
        <TextField
          {...form.field('phone')}
          label="Phone number"
          hint="For delivery questions about your orders."
          type="tel"
          autoComplete="tel"
          maxLength={ACCOUNT_FIELD_MAX.phone}
        />

        {values.role === 'seller' && (
          <fieldset className="subform">
            <legend>Your business</legend>
            <p className="field__hint">
              Your shop opens as soon as you verify your email address; no review needed. Shoppers see your business
              name on your products and orders.
            </p>
            <TextField
              {...form.field('businessName')}
              label="Business name"
              autoComplete="organization"
              maxLength={ACCOUNT_FIELD_MAX.businessName}
            />
            <TextField
              {...form.field('taxId')}
              label="Tax ID"
              hint="Your VAT number, EIN or local equivalent."
              autoComplete="off"
              maxLength={ACCOUNT_FIELD_MAX.taxId}
            />
          </fieldset>
        )}

        <FormErrorAlert message={form.formError} />

        <Button type="submit" className="form__submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </AuthCard>
  );
}
