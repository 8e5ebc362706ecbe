import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { buttonClassName } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { SearchPager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { useSellerProducts } from '../../../features/seller-products/api/get-seller-products';
import { ProductTable } from '../../../features/seller-products/components/product-table';
import { useDocumentTitle } from '../../../lib/use-document-title';

const route = getRouteApi('/seller/products');
const PAGE_SIZE = 20;

export function SellerProductsPage() {
  useDocumentTitle('Products');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [outcome, setOutcome] = useState<string | null>(null);
  const products = useSellerProducts({ lowStock: search.lowStock, page: search.page ?? 1, pageSize: PAGE_SIZE });

  function content() {
    if (products.isPending) return <LoadingState label="Loading your products…" />;
    if (products.error) return <ErrorState title="Could not load your products" error={products.error} onRetry={() => void products.refetch()} />;
    const { data, meta } = products.data;
    if (data.length === 0) {
      return search.lowStock ? (
        <EmptyState title="Nothing is running low">Every variant has more in stock than its low-stock threshold.</EmptyState>
      ) : (
        <EmptyState
          title="No products yet"
          action={
            <Link to="/seller/products/new" className={buttonClassName()}>
              Add your first product
            </Link>
          }
        >
          List what you sell: its variants, prices, stock and photos.
        </EmptyState>
      );
    }
    return (
      <>
        <p className="results-count" aria-live="polite">
          {meta.total} {meta.total === 1 ? 'product' : 'products'}
          {search.lowStock ? ' running low' : ''}
        </p>
        <ProductTable products={data} surface="seller" busy={products.isPlaceholderData} announce={setOutcome} />
        <SearchPager meta={meta} label="Pages of products" />
      </>
    );
  }

  return (
    <section className="console-page seller-page" aria-labelledby="products-heading">
      <div className="seller-page__heading">
        <h1 id="products-heading">Products</h1>
        <Link to="/seller/products/new" className={buttonClassName()}>
          Add product
        </Link>
      </div>
      <div className="admin-switch">
        <input
          id="products-low-stock"
          type="checkbox"
          checked={search.lowStock === true}
          onChange={(event) => void navigate({ search: { lowStock: event.target.checked || undefined, page: undefined } })}
        />
        <label htmlFor="products-low-stock" className="field__label">
          Low stock only
        </label>
      </div>
      {outcome && (
        <Alert key={outcome} tone="info">
          <p>{outcome}</p>
        </Alert>
      )}
      {content()}
    </section>
  );
}
