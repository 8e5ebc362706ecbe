import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { updateVariantBody, type SellerProductDetail, type UpdateVariantBody } from '../../../../contracts/catalog';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useForm } from '../../../lib/use-form';
import { useDeleteVariant } from '../api/delete-variant';
import { useUpdateVariant } from '../api/update-variant';
import { centsOf, moneyText, priceProblem, schemaProblems, thresholdProblem, wholeOf } from '../product-values';
import { productPaths, type Surface } from '../surface';
import { LowStockBadge } from './badges';
import { ConfirmAction } from './confirm-action';

type SavedVariant = SellerProductDetail['variants'][number];
type PriceValues = { price: string; lowStockThreshold: string };

/** A variant's title: its values in the product's option order ("Red / S"). */
export function variantTitle(product: SellerProductDetail, variant: Pick<SavedVariant, 'options'>): string {
  return product.options.map((option) => variant.options[option.name]).filter(Boolean).join(' / ') || 'The product';
}

const priceValuesOf = (variant: SavedVariant, currency: string): PriceValues => ({
  price: moneyText(variant.priceCents, currency),
  lowStockThreshold: variant.lowStockThreshold === null ? '' : String(variant.lowStockThreshold),
});

/** Only what changed; an empty threshold is the store's default (null). */
function patchOf(variant: SavedVariant, values: PriceValues, currency: string): UpdateVariantBody {
  const priceCents = centsOf(values.price, currency);
  const threshold = values.lowStockThreshold.trim() ? (wholeOf(values.lowStockThreshold) ?? null) : null;
  return {
    ...(priceCents !== undefined && priceCents !== variant.priceCents ? { priceCents } : {}),
    ...(threshold !== variant.lowStockThreshold ? { lowStockThreshold: threshold } : {}),
  };
}

/** The product's variants: price and low-stock threshold edited in place, stock on the inventory page, delete. */
export function VariantList({ product, surface }: { product: SellerProductDetail; surface: Surface }) {
  return (
    <section className="panel" aria-labelledby="variants-heading">
      <div className="panel__header panel__header--split">
        <h2 id="variants-heading" tabIndex={-1}>
          Variants
        </h2>
        <Link to={productPaths[surface].inventory} params={{ productId: product.id }}>
          Adjust stock and see the ledger
        </Link>
      </div>
      {product.variants.length === 0 ? (
        <p className="muted">No variants: the product cannot be bought until you add one below.</p>
      ) : (
        <ol className="variant-rows__list">
          {inOptionOrder(product).map((variant) => (
            <li key={variant.id} className="variant-row">
              <SavedVariantForm product={product} variant={variant} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SavedVariantForm({ product, variant }: { product: SellerProductDetail; variant: SavedVariant }) {
  const { currency } = product;
  const update = useUpdateVariant();
  const deletion = useDeleteVariant();
  const [saved, setSaved] = useState<string | null>(null);
  const title = variantTitle(product, variant);
  const form = useForm<PriceValues>({
    idPrefix: `variant-${variant.id}`,
    initialValues: () => priceValuesOf(variant, currency),
    validate: (values) => {
      const problems = { price: priceProblem(values.price, currency), lowStockThreshold: thresholdProblem(values.lowStockThreshold) };
      const schema = schemaProblems(updateVariantBody, patchOf(variant, values, currency), currency);
      return { price: problems.price ?? schema.priceCents, lowStockThreshold: problems.lowStockThreshold ?? schema.lowStockThreshold };
    },
    fieldOf: { priceCents: 'price', lowStockThreshold: 'lowStockThreshold' },
  });

  async function send(values: PriceValues) {
    const patch = patchOf(variant, values, currency);
    if (Object.keys(patch).length === 0) {
      setSaved('Nothing to save.');
      return;
    }
    const updated = await update.mutateAsync({ id: variant.id, patch });
    form.reset({ price: moneyText(updated.priceCents, currency), lowStockThreshold: updated.lowStockThreshold === null ? '' : String(updated.lowStockThreshold) });
    setSaved('Saved.');
  }

  async function remove() {
    try {
      await deletion.mutateAsync(variant.id);
    } catch {
      return; // Said in the question, which stays open.
    }
    // The row has left the refreshed list, and its buttons with it.
    document.getElementById('variants-heading')?.focus();
  }

  return (
    <form
      className="saved-variant"
      noValidate
      aria-label={`Variant ${title}`}
      onSubmit={(event) => {
        setSaved(null);
        form.handleSubmit(send)(event);
      }}
    >
      <div className="saved-variant__head">
        <strong className="break-anywhere">{title}</strong>
        <span className="saved-variant__sku muted break-anywhere">SKU {variant.sku}</span>
        <span className="saved-variant__stock">
          {variant.stock.toLocaleString()} in stock <LowStockBadge count={variant.lowStock ? 1 : 0} />
        </span>
      </div>
      <div className="variant-row__fields variant-row__fields--saved">
        <TextField {...form.field('price')} label={`Price (${currency})`} inputMode="decimal" autoComplete="off" />
        <TextField {...form.field('lowStockThreshold')} label="Low at" inputMode="numeric" autoComplete="off" placeholder="Default" />
        <div className="saved-variant__actions">
          <Button type="submit" variant="secondary" aria-disabled={form.pending || undefined}>
            {form.pending ? 'Saving…' : 'Save'}
            <span className="visually-hidden"> {title}</span>
          </Button>
          <ConfirmAction
            label="Delete"
            subject={title}
            question={<>Delete the variant {title} (SKU {variant.sku})? Shoppers can no longer buy it; past orders keep their lines.</>}
            pending={deletion.isPending}
            error={deletion.error}
            onAsk={() => deletion.reset()}
            onConfirm={() => void remove()}
          />
        </div>
      </div>
      <p className="saved-variant__outcome" role="status">
        {saved}
      </p>
      <FormErrorAlert message={form.formError} />
    </form>
  );
}

/** The variants in the order of the product's options and values (Red S, Red M, Blue S), as the grid made them. */
export function inOptionOrder(product: SellerProductDetail): SavedVariant[] {
  const rank = (variant: SavedVariant) => product.options.map((option) => option.values.indexOf(variant.options[option.name] ?? ''));
  return [...product.variants].sort((a, b) => {
    const [left, right] = [rank(a), rank(b)];
    const differs = left.findIndex((place, index) => place !== right[index]);
    return differs === -1 ? 0 : (left[differs] ?? 0) - (right[differs] ?? 0);
  });
}
