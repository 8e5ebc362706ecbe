import type { SellerProductSummary } from '../../../../contracts/catalog';
import { Button } from '../../../components/ui/button';
import { genericMessage } from '../../../lib/api-errors';
import { useDeleteProduct } from '../api/delete-product';
import { useUpdateProduct } from '../api/update-product';
import { ConfirmAction } from './confirm-action';

type ProductRowActionsProps = { product: SellerProductSummary; announce: (text: string) => void };

/** Archive (or bring back as a draft) and delete, for one product of a list. */
export function ProductRowActions({ product, announce }: ProductRowActionsProps) {
  const update = useUpdateProduct();
  const deletion = useDeleteProduct();
  const archived = product.status === 'archived';

  async function toggleArchive() {
    if (update.isPending) return;
    try {
      await update.mutateAsync({ id: product.id, patch: { status: archived ? 'draft' : 'archived' } });
      announce(archived ? `“${product.name}” is back, as a draft.` : `“${product.name}” was archived: it has left the shop.`);
    } catch (error) {
      announce(`“${product.name}” was not changed: ${genericMessage(error)}`);
    }
  }

  async function remove() {
    try {
      await deletion.mutateAsync(product.id);
      announce(`“${product.name}” was deleted.`);
    } catch {
      // The refusal is shown in the question, which stays open.
    }
  }

  return (
    <div className="product-row-actions">
      <Button variant="secondary" aria-disabled={update.isPending || undefined} onClick={() => void toggleArchive()}>
        {archived ? 'Restore' : 'Archive'}
        <span className="visually-hidden"> {product.name}</span>
      </Button>
      <ConfirmAction
        label="Delete"
        subject={product.name}
        question={
          <>
            Delete <strong className="break-anywhere">“{product.name}”</strong>? It leaves the shop and this list; past orders keep their lines.
          </>
        }
        pending={deletion.isPending}
        error={deletion.error}
        onAsk={() => deletion.reset()}
        onConfirm={() => void remove()}
      />
    </div>
  );
}
