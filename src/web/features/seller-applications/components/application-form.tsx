import { useId, useState, type FormEvent } from 'react';
import type { SellerApplicationBody } from '../../../../contracts/account';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField, TextField } from '../../../components/ui/form-field';
import { fieldErrorsOf, genericMessage, hasCode } from '../../auth/errors';
import { compact, showFieldErrors, type FormErrors } from '../../auth/validation';
import { useSubmitApplication } from '../api/my-application';
import { ACCOUNT_FIELD_MAX } from '../../../../contracts/account-rules';

const ID = 'seller-application';
const FIELD_ORDER = ['businessName', 'taxId', 'description'] as const;
const DESCRIPTION_MAX = 2000;

type Values = { businessName: string; taxId: string; description: string };

function validate(values: Values): FormErrors {
  const taxId = values.taxId.trim();
  return compact({
    businessName: values.businessName.trim() ? undefined : 'Enter the name of your business',
    taxId: !taxId ? 'Enter your tax ID' : taxId.length < 2 ? 'A tax ID has at least 2 characters' : undefined,
    description: values.description.length > DESCRIPTION_MAX ? `Keep it under ${DESCRIPTION_MAX} characters` : undefined,
  });
}

function toBody(values: Values): SellerApplicationBody {
  const description = values.description.trim();
  return { businessName: values.businessName.trim(), taxId: values.taxId.trim(), ...(description ? { description } : {}) };
}

type ApplicationFormProps = {
  /** "Apply to sell", or "Apply again" after a rejection. */
  title: string;
  /** A rejected application's details, to correct rather than type again. */
  initial?: Partial<Values>;
  onSubmitted: () => void;
};

/** A customer's application to sell; an administrator reviews it. */
export function ApplicationForm({ title, initial, onSubmitted }: ApplicationFormProps) {
  const headingId = useId();
  const submit = useSubmitApplication();
  const [values, setValues] = useState<Values>({ businessName: '', taxId: '', description: '', ...initial });
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function change(field: keyof Values, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    setFormError(null);
    const problems = validate(values);
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    submit.mutate(toBody(values), {
      onSuccess: onSubmitted,
      onError: (error) => {
        const fields = hasCode(error, 'VALIDATION_ERROR') ? fieldErrorsOf(error) : {};
        const mapped = compact({ businessName: fields.businessName, taxId: fields.taxId, description: fields.description });
        if (Object.keys(mapped).length > 0) showFieldErrors(setErrors, mapped, FIELD_ORDER, ID);
        // A 409: an application is already waiting, or the account sells already; the server says which.
        else setFormError(genericMessage(error));
      },
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>{title}</h2>
        <p className="muted">An administrator reviews every application. We email you as soon as it is decided.</p>
      </div>
      <form className="form form--narrow" noValidate onSubmit={send}>
        <TextField
          id={`${ID}-businessName`}
          label="Business name"
          hint="As shoppers will see it on your products and orders."
          name="businessName"
          autoComplete="organization"
          maxLength={ACCOUNT_FIELD_MAX.businessName}
          value={values.businessName}
          error={errors.businessName}
          onChange={(event) => change('businessName', event.target.value)}
        />
        <TextField
          id={`${ID}-taxId`}
          label="Tax ID"
          hint="Your VAT number, EIN or local equivalent."
          name="taxId"
          autoComplete="off"
          maxLength={ACCOUNT_FIELD_MAX.taxId}
          value={values.taxId}
          error={errors.taxId}
          onChange={(event) => change('taxId', event.target.value)}
        />
        <TextAreaField
          id={`${ID}-description`}
          label="What will you sell? (optional)"
          hint="A few words about your products help the review."
          name="description"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.description}
          error={errors.description}
          onChange={(event) => change('description', event.target.value)}
        />
        {formError && (
          <Alert tone="error">
            <p>{formError}</p>
          </Alert>
        )}
        <div>
          <Button type="submit" aria-disabled={submit.isPending || undefined}>
            {submit.isPending ? 'Sending…' : 'Send application'}
          </Button>
        </div>
      </form>
    </section>
  );
}
