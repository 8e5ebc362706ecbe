import { useId } from 'react';
import type { SellerApplicationBody } from '../../../../contracts/account';
import { ACCOUNT_FIELD_MAX, DESCRIPTION_MAX } from '../../../../contracts/account-rules';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField, TextField } from '../../../components/ui/form-field';
import { requiredProblem, taxIdProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import { useSubmitApplication } from '../api/my-application';

type Values = { businessName: string; taxId: string; description: string };

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
  const form = useForm<Values>({
    idPrefix: 'seller-application',
    initialValues: { businessName: '', taxId: '', description: '', ...initial },
    validate: ({ businessName, taxId }) => ({
      businessName: requiredProblem(businessName, 'Enter the name of your business'),
      taxId: taxIdProblem(taxId),
    }),
  });

  async function send(values: Values) {
    // A 409 (an application is already waiting, or the account sells already) is said as the server puts it.
    await submit.mutateAsync(toBody(values));
    onSubmitted();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>{title}</h2>
        <p className="muted">An administrator reviews every application. We email you as soon as it is decided.</p>
      </div>
      <form className="form form--narrow" noValidate onSubmit={form.handleSubmit(send)}>
        <TextField
          {...form.field('businessName')}
          label="Business name"
          hint="As shoppers will see it on your products and orders."
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
        <TextAreaField
          {...form.field('description')}
          label="What will you sell? (optional)"
          hint={`A few words about your products help the review; up to ${DESCRIPTION_MAX.toLocaleString()} characters.`}
          rows={4}
          maxLength={DESCRIPTION_MAX}
        />
        <FormErrorAlert message={form.formError} />
        <div>
          <Button type="submit" aria-disabled={form.pending || undefined}>
            {form.pending ? 'Sending…' : 'Send application'}
          </Button>
        </div>
      </form>
    </section>
  );
}
