import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { SellerProductDetail } from '../../../../contracts/catalog';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { hasCode } from '../../../lib/api-errors';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSellerProduct } from '../api/get-seller-product';
import { productPaths, type Surface } from '../surface';
import { AddVariants } from './add-variants';
import { ProductStatusBadge } from './badges';
import { DetailsForm } from './details-form';
import { ImageManager } from './image-manager';
import { Inventory } from './inventory';
import { VariantList } from './variant-list';

type ProductPageProps = {
  productId: string;
  surface: Surface;
  /** "Edit" or "Stock": the page's part of the document title. */
  title: string;
  children: (product: SellerProductDetail) => ReactNode;
};

/** The frame of a product's pages: loading, not found and error states, the heading and the links between the pages. */
function ProductPage({ productId, surface, title, children }: ProductPageProps) {
  const product = useSellerProduct(productId);
  const paths = productPaths[surface];
  useDocumentTitle(product.data ? `${title}: ${product.data.name}` : title);

  const back = (
    <Link to={paths.list} className="admin-back">
      ← All products
    </Link>
  );
  if (product.isPending) return <LoadingState label="Loading the product…" />;
  if (product.error) {
    return hasCode(product.error, 'NOT_FOUND') ? (
      <section className="console-page seller-page">
        {back}
        <EmptyState heading="h1" title="No such product">
          It may have been deleted, or it belongs to another seller.
        </EmptyState>
      </section>
    ) : (
      <section className="console-page seller-page">
        {back}
        <ErrorState title="Could not load the product" error={product.error} onRetry={() => void product.refetch()} />
      </section>
    );
  }

  const { data } = product;
  return (
    <section className="console-page seller-page" aria-labelledby="product-heading">
      {back}
      <div className="seller-page__heading">
        <h1 id="product-heading" className="admin-title break-anywhere">
          {data.name} <ProductStatusBadge status={data.status} />
        </h1>
        <nav aria-label="This product" className="seller-page__links">
          <Link to={paths.edit} params={{ productId }} activeOptions={{ exact: true }}>
            Details, photos and variants
          </Link>
          <Link to={paths.inventory} params={{ productId }}>
            Stock
          </Link>
          {data.status === 'active' && (
            <Link to="/products/$productId" params={{ productId }}>
              See it in the shop
            </Link>
          )}
        </nav>
      </div>
      {surface === 'admin' && <p className="muted">Sold by {data.seller.name}. As an admin you can change every product; each change is in the audit log.</p>}
      {children(data)}
    </section>
  );
}

/** A product's edit page: details, photos, variants. */
export function ProductEditPage({ productId, surface }: { productId: string; surface: Surface }) {
  const created = useLocation({ select: (location) => location.state.createdProduct });
  return (
    <ProductPage productId={productId} surface={surface} title="Edit">
      {(product) => (
        <>
          {created && (
            <Alert ref={focusOnMount} tone="success" title={`“${created}” was created`}>
              <p>Add its photos below. {product.status === 'active' ? 'Shoppers can find it now.' : 'It stays out of the shop until you make it active.'}</p>
            </Alert>
          )}
          <DetailsForm product={product} />
          <ImageManager product={product} />
          <VariantList product={product} surface={surface} />
          <AddVariants key={product.variants.length === 0 ? 'no-variants' : 'variants'} product={product} />
        </>
      )}
    </ProductPage>
  );
}

/** A product's inventory: stock counts and the ledger of every variant. */
export function ProductInventoryPage({ productId, surface }: { productId: string; surface: Surface }) {
  return (
    <ProductPage productId={productId} surface={surface} title="Stock">
      {(product) => (
        <>
          <p className="muted">Count what is on the shelf and say why it changed: every change goes into the variant’s ledger.</p>
          <Inventory product={product} surface={surface} />
        </>
      )}
    </ProductPage>
  );
}
