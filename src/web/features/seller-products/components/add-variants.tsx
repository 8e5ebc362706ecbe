import { useState } from 'react';
import { newVariantBody, type SellerProductDetail } from '../../../../contracts/catalog';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { fieldErrorsOf, genericMessage, hasCode } from '../../../lib/api-errors';
import { useForm, type FormErrors } from '../../../lib/use-form';
import { useCreateVariant } from '../api/create-variant';
import { combinationKey, syncRows, type OptionDraft, type VariantRow } from '../options-grid';
import { newProductFieldOrder, optionProblems, rowField, rowFieldOf, rowProblems, schemaProblems, skuOf, soldRows, variantBodyOf } from '../product-values';
import { OptionsEditor } from './options-editor';
import { VariantRows } from './variant-rows';

type AddValues = { options: OptionDraft[]; rows: VariantRow[] };

/** The refusal of one row's POST, with the row's place among the rows left after the ones that went in. */
class RowRefusal extends Error {
  constructor(
    readonly index: number,
    readonly refusal: unknown,
  ) {
    super(genericMessage(refusal));
  }
}

/** The product's options as the grid edits them; ids by name, which a saved option keeps. */
const savedOptionsOf = (product: SellerProductDetail): OptionDraft[] => product.options.map((option) => ({ id: `saved:${option.name}`, name: option.name, values: option.values }));

/** The combinations the product sells already, keyed as the grid keys its rows. */
function existingKeys(product: SellerProductDetail, options: readonly OptionDraft[]): Set<string> {
  return new Set(
    product.variants.map((variant) =>
      combinationKey(Object.fromEntries(options.flatMap((option) => (option.name in variant.options ? [[option.id, variant.options[option.name] as string]] : [])))),
    ),
  );
}

/** Rows for the combinations the product does not sell yet. One it never sold starts "not sold", so nothing is added unasked. */
function newRows(product: SellerProductDetail, options: readonly OptionDraft[], previous: readonly VariantRow[], startRemoved: boolean): VariantRow[] {
  const existing = existingKeys(product, options);
  return syncRows(options, previous)
    .filter((row) => !existing.has(row.key))
    .map((row) => (startRemoved ? { ...row, removed: true } : row));
}

/** New variants: new values for the product's options (or, without variants, new options), one POST per new SKU. */
export function AddVariants({ product }: { product: SellerProductDetail }) {
  const { currency } = product;
  const create = useCreateVariant();
  const [added, setAdded] = useState<string | null>(null);
  // Without live variants, the options are free again: the server takes the first new variant's.
  const saved = product.variants.length > 0 ? savedOptionsOf(product) : [];
  const form = useForm<AddValues>({
    idPrefix: 'add-variants',
    initialValues: () => ({ options: saved, rows: newRows(product, saved, [], true) }),
    fieldOrder: newProductFieldOrder,
    validate: (values) => {
      const sold = soldRows(values.rows);
      const problems: FormErrors = { ...optionProblems(values.options), ...rowProblems(sold.map(({ row, index }) => ({ row, index, sku: skuOf(row, product.name, values.options) })), currency) };
      for (const { row, index } of sold) {
        for (const [field, message] of Object.entries(schemaProblems(newVariantBody, variantBodyOf(row, { name: product.name, options: values.options }, currency), currency))) {
          problems[rowFieldOf(index, field)] ??= message;
        }
      }
      if (sold.length === 0) problems.variants = 'Add a value to an option, or add back a row, to make a new variant';
      return problems;
    },
    interpretError: (error) => {
      if (!(error instanceof RowRefusal)) return undefined;
      const { refusal, index } = error;
      if (hasCode(refusal, 'CONFLICT')) return { [rowField(index, 'sku')]: refusal.message };
      // The server judges the new variant among the saved ones: its fields come as `variants.<n>.sku`.
      const fields = Object.entries(fieldErrorsOf(refusal)).map(([field, message]) => [rowFieldOf(index, field.replace(/^variants\.\d+\./, '')), message]);
      return fields.length > 0 ? Object.fromEntries(fields) : { variants: error.message };
    },
  });
  const { values } = form;

  function changeOptions(options: OptionDraft[]) {
    form.change({ options, rows: newRows(product, options, values.rows, false) });
    setAdded(null);
  }

  async function send(sent: AddValues) {
    const created = new Set<string>();
    for (const { row } of soldRows(sent.rows)) {
      try {
        await create.mutateAsync({ productId: product.id, body: variantBodyOf(row, { name: product.name, options: sent.options }, currency) });
        created.add(row.key);
      } catch (refusal) {
        const left = sent.rows.filter((kept) => !created.has(kept.key));
        form.change({ rows: left });
        throw new RowRefusal(left.indexOf(row), refusal);
      }
    }
    // The combinations left out stay on offer, still "not sold".
    form.reset({ options: sent.options, rows: sent.rows.filter((row) => row.removed) });
    setAdded(created.size === 1 ? 'The new variant was added above.' : `${created.size} new variants were added above.`);
  }

  return (
    <section className="panel" aria-labelledby="add-variants-heading">
      <div className="panel__header">
        <h2 id="add-variants-heading">Add variants</h2>
        <p className="muted">Set the stock of new variants here; after that, stock changes go through the inventory page with a reason.</p>
      </div>
      <form className="form" noValidate onSubmit={form.handleSubmit(send)}>
        <OptionsEditor options={values.options} saved={saved} onChange={changeOptions} inputId={form.inputId} errorOf={form.errorOf} />
        {values.rows.length > 0 && (
          <VariantRows
            legend="New variants"
            rows={values.rows}
            options={values.options}
            productName={product.name}
            currency={currency}
            onChange={(rows) => form.change({ rows }, (field) => field === 'variants' || field.startsWith('rows.'))}
            inputId={form.inputId}
            errorOf={form.errorOf}
          />
        )}
        {added && (
          <Alert key={added} tone="success">
            <p>{added}</p>
          </Alert>
        )}
        {/* Without rows, the list's own error has no list to sit on. */}
        <FormErrorAlert message={form.formError ?? (values.rows.length === 0 ? form.errorOf('variants') : null)} />
        <div className="actions">
          <Button type="submit" aria-disabled={form.pending || undefined}>
            {form.pending ? 'Adding…' : 'Add variants'}
          </Button>
        </div>
      </form>
    </section>
  );
}
