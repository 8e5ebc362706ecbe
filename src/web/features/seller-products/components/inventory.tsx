import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { updateVariantBody, type SellerProductDetail } from '../../../../contracts/catalog';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { Pager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/format-date';
import { useForm } from '../../../lib/use-form';
import { useStockMovements } from '../api/get-stock-movements';
import { useUpdateVariant } from '../api/update-variant';
import { MOVEMENT_LABELS } from '../labels';
import { schemaProblems, stockProblem, wholeOf } from '../product-values';
import { productPaths, type Surface } from '../surface';
import { LowStockBadge } from './badges';
import { inOptionOrder, variantTitle } from './variant-list';

type SavedVariant = SellerProductDetail['variants'][number];

/** Every variant's stock and threshold, a counted stock with its reason, and the ledger of changes. */
export function Inventory({ product, surface }: { product: SellerProductDetail; surface: Surface }) {
  if (product.variants.length === 0) {
    return (
      <EmptyState
        title="No variants to stock"
        action={
          <Link to={productPaths[surface].edit} params={{ productId: product.id }}>
            Add a variant
          </Link>
        }
      />
    );
  }
  return (
    <ol className="inventory">
      {inOptionOrder(product).map((variant) => (
        <li key={variant.id}>
          <VariantStock product={product} variant={variant} />
        </li>
      ))}
    </ol>
  );
}

type CountValues = { stock: string; reason: string };

function VariantStock({ product, variant }: { product: SellerProductDetail; variant: SavedVariant }) {
  const update = useUpdateVariant();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [ledgerOpen, setLedgerOpen] = useState(false);
  const title = variantTitle(product, variant);
  const headingId = `stock-${variant.id}`;
  const form = useForm<CountValues>({
    idPrefix: `count-${variant.id}`,
    initialValues: { stock: '', reason: '' },
    validate: (values) => {
      const schema = schemaProblems(updateVariantBody, { stock: wholeOf(values.stock) ?? 0, reason: values.reason.trim() || undefined }, product.currency);
      return { stock: stockProblem(values.stock) ?? schema.stock, reason: values.reason.trim() ? schema.reason : 'Say why the stock changed, e.g. “Counted the shelf”' };
    },
  });

  async function send(values: CountValues) {
    const stock = wholeOf(values.stock) ?? 0;
    const before = variant.stock;
    const updated = await update.mutateAsync({ id: variant.id, patch: { stock, reason: values.reason.trim() } });
    form.reset();
    const delta = updated.stock - before;
    setOutcome(delta === 0 ? `The count matches: still ${updated.stock} in stock.` : `Stock is now ${updated.stock} (${delta > 0 ? '+' : ''}${delta}). The ledger has the change.`);
  }

  return (
    <section className="panel inventory__variant" aria-labelledby={headingId}>
      <div className="inventory__head">
        <h2 id={headingId} className="break-anywhere">
          {title}
        </h2>
        <span className="muted break-anywhere">SKU {variant.sku}</span>
      </div>
      <dl className="inventory__figures">
        <div>
          <dt>In stock</dt>
          <dd>
            {variant.stock.toLocaleString()} <LowStockBadge count={variant.lowStock ? 1 : 0} />
          </dd>
        </div>
        <div>
          <dt>Low at</dt>
          <dd>{variant.lowStockThreshold === null ? 'Store default' : variant.lowStockThreshold.toLocaleString()}</dd>
        </div>
      </dl>
      <form
        className="inventory__count"
        noValidate
        aria-label={`Count the stock of ${title}`}
        onSubmit={(event) => {
          setOutcome(null);
          form.handleSubmit(send)(event);
        }}
      >
        <TextField {...form.field('stock')} label="Counted stock" inputMode="numeric" autoComplete="off" className="inventory__stock-field" />
        <TextField {...form.field('reason')} label="Reason" placeholder="Counted the shelf" autoComplete="off" maxLength={200} />
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Saving…' : 'Save count'}
          <span className="visually-hidden"> of {title}</span>
        </Button>
      </form>
      {outcome && (
        <Alert key={outcome} tone="success">
          <p>{outcome}</p>
        </Alert>
      )}
      <FormErrorAlert message={form.formError} />
      <div>
        <Button variant="secondary" aria-expanded={ledgerOpen} aria-controls={`ledger-${variant.id}`} onClick={() => setLedgerOpen(!ledgerOpen)}>
          {ledgerOpen ? 'Hide the ledger' : 'Show the ledger'}
          <span className="visually-hidden"> of {title}</span>
        </Button>
      </div>
      <div id={`ledger-${variant.id}`} hidden={!ledgerOpen}>
        {ledgerOpen && <Ledger variantId={variant.id} title={title} />}
      </div>
    </section>
  );
}

function Ledger({ variantId, title }: { variantId: string; title: string }) {
  const [page, setPage] = useState(1);
  const movements = useStockMovements(variantId, page);

  if (movements.isPending) return <LoadingState label="Loading the ledger…" />;
  if (movements.error) return <ErrorState title="Could not load the ledger" error={movements.error} onRetry={() => void movements.refetch()} />;
  const { data, meta } = movements.data;
  if (data.length === 0) return <p className="muted">No stock changes yet.</p>;
  return (
    <>
      <div className="admin-table-wrap" role="region" aria-label={`Ledger of ${title}`} tabIndex={0}>
        <table className="admin-table admin-table--dense" aria-busy={movements.isPlaceholderData || undefined}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col">Stock after</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {data.map((movement) => (
              <tr key={movement.id}>
                <td className="admin-nowrap">
                  <time dateTime={movement.at}>{formatDateTime(movement.at)}</time>
                </td>
                <td className={movement.delta < 0 ? 'ledger__delta ledger__delta--down' : 'ledger__delta'}>
                  {movement.delta > 0 ? '+' : ''}
                  {movement.delta}
                </td>
                <td>{movement.stockAfter}</td>
                <td className="break-anywhere">
                  {MOVEMENT_LABELS[movement.reason]}
                  {movement.note && <span className="muted">: {movement.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager meta={meta} label={`Pages of the ledger of ${title}`} onPage={setPage} />
    </>
  );
}
