import { useState } from 'react';
import type { SellerProductDetail } from '../../../../contracts/catalog';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useForm } from '../../../lib/use-form';
import { useUpdateProduct } from '../api/update-product';
import { detailsOf, detailsPatchOf, detailsProblems, type DetailsValues } from '../product-values';
import { DetailsFields } from './details-fields';

type Outcome = { tone: 'success' | 'info'; text: string };

/** The product's name, description, category and status; saves only what changed, and says so. */
export function DetailsForm({ product }: { product: SellerProductDetail }) {
  const update = useUpdateProduct();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm<DetailsValues>({
    idPrefix: 'product-details',
    initialValues: () => detailsOf(product),
    validate: (values) => detailsProblems(values, product.currency),
  });

  async function send(values: DetailsValues) {
    const patch = detailsPatchOf(product, values);
    if (Object.keys(patch).length === 0) {
      setOutcome({ tone: 'info', text: 'Nothing has changed, so there was nothing to save.' });
      return;
    }
    const saved = await update.mutateAsync({ id: product.id, patch });
    form.reset({ name: saved.name, description: saved.description, categoryId: saved.category.id, status: saved.status });
    setOutcome({ tone: 'success', text: saved.status === 'active' ? 'Saved. Shoppers see the change within a few seconds.' : 'Saved.' });
  }

  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          setOutcome(null);
          form.handleSubmit(send)(event);
        }}
      >
        <DetailsFields field={(name) => form.field(name)} statuses={['active', 'draft', 'archived']} status={form.values.status} />
        {outcome && (
          <Alert key={outcome.text} tone={outcome.tone}>
            <p>{outcome.text}</p>
          </Alert>
        )}
        <FormErrorAlert message={form.formError} />
        <div className="actions">
          <Button type="submit" aria-disabled={form.pending || undefined}>
            {form.pending ? 'Saving…' : 'Save details'}
          </Button>
        </div>
      </form>
    </section>
  );
}
