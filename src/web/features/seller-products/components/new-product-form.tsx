import { Link, useNavigate } from '@tanstack/react-router';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { fieldErrorsOf, hasCode } from '../../../lib/api-errors';
import { useForm, type FormErrors } from '../../../lib/use-form';
import { useStoreCurrency } from '../../catalog/currency';
import { useCreateProduct } from '../api/create-product';
import { syncRows, type OptionDraft, type VariantRow } from '../options-grid';
import { blankDetails, createBodyOf, newProductFieldOf, newProductFieldOrder, newProductProblems, type NewProductValues } from '../product-values';
import { DetailsFields } from './details-fields';
import { OptionsEditor } from './options-editor';
import { VariantRows } from './variant-rows';

declare module '@tanstack/history' {
  interface HistoryState {
    /** The name of the product just created, which its edit page then announces. */
    createdProduct?: string;
  }
}

const ID = 'new-product';
const affectsVariants = (field: string) => field === 'options' || field === 'variants' || field.startsWith('options.') || field.startsWith('rows.');

/** A new product with its variants, made by the options grid, in one POST; then its edit page, for photos. */
export function NewProductForm() {
  const currency = useStoreCurrency();
  const navigate = useNavigate();
  const create = useCreateProduct();
  const form = useForm<NewProductValues>({
    idPrefix: ID,
    initialValues: () => ({ ...blankDetails, options: [], rows: syncRows([], []) }),
    validate: (values) => newProductProblems(values, currency),
    fieldOrder: newProductFieldOrder,
    interpretError: (error, sent): FormErrors | undefined => {
      // A taken SKU is the only conflict, and the answer does not say which row has it.
      if (hasCode(error, 'CONFLICT')) return { variants: `${error.message}. Change the SKU of the row that has it.` };
      if (!hasCode(error, 'VALIDATION_ERROR')) return undefined;
      const shown = new Set(newProductFieldOrder(sent));
      const mapped = Object.entries(fieldErrorsOf(error)).map(([apiField, message]) => [newProductFieldOf(apiField, sent.rows), message] as const);
      return mapped.every(([field]) => shown.has(field)) ? Object.fromEntries(mapped) : undefined;
    },
  });
  const { values } = form;

  function changeOptions(options: OptionDraft[]) {
    form.change({ options, rows: syncRows(options, values.rows) }, affectsVariants);
  }

  function changeRows(rows: VariantRow[]) {
    form.change({ rows }, (field) => field === 'variants' || field.startsWith('rows.'));
  }

  async function send(sent: NewProductValues) {
    const product = await create.mutateAsync(createBodyOf(sent, currency));
    await navigate({ to: '/seller/products/$productId', params: { productId: product.id }, state: { createdProduct: product.name } });
  }

  return (
    <form className="form product-form" noValidate onSubmit={form.handleSubmit(send)} aria-labelledby="new-product-heading">
      <section className="panel" aria-labelledby="new-product-details">
        <h2 id="new-product-details">Details</h2>
        <DetailsFields field={(name) => form.field(name)} statuses={['active', 'draft']} status={values.status} />
      </section>
      <section className="panel" aria-labelledby="new-product-variants">
        <div className="panel__header">
          <h2 id="new-product-variants">Variants</h2>
          <p className="muted">Name the options, and every combination of their values becomes a variant with its own SKU, price and stock.</p>
        </div>
        <OptionsEditor options={values.options} onChange={changeOptions} inputId={form.inputId} errorOf={form.errorOf} />
        <VariantRows
          legend="Variants"
          rows={values.rows}
          options={values.options}
          productName={values.name}
          currency={currency}
          onChange={changeRows}
          inputId={form.inputId}
          errorOf={form.errorOf}
        />
      </section>
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Creating…' : 'Create product'}
        </Button>
        <Link to="/seller/products" className={buttonClassName('secondary')}>
          Cancel
        </Link>
      </div>
      <p className="muted">You can add photos once the product is created.</p>
    </form>
  );
}
