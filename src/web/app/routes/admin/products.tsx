import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { SEARCH_TEXT_MAX } from '../../../../contracts/search-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { SearchPager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { useUsers } from '../../../features/admin/api/get-users';
import { useCategories } from '../../../features/catalog/api/get-categories';
import { flattenCategories, optionLabel } from '../../../features/catalog/categories';
import { useAdminProducts } from '../../../features/seller-products/api/get-admin-products';
import { ProductEditPage, ProductInventoryPage } from '../../../features/seller-products/components/product-pages';
import { ProductTable } from '../../../features/seller-products/components/product-table';
import { STATUS_LABELS, type ProductStatus } from '../../../features/seller-products/labels';
import type { AdminProductsSearch } from '../../../features/seller-products/search-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/seller.css';

const route = getRouteApi('/admin/products');
const editRoute = getRouteApi('/admin/products/$productId');
const inventoryRoute = getRouteApi('/admin/products/$productId/inventory');
const PAGE_SIZE = 20;
const STATUSES = Object.keys(STATUS_LABELS) as ProductStatus[];
/** The seller filter offers this many sellers, by name; the API's largest page. */
const SELLERS_SHOWN = 100;

function ProductResults({ search, announce }: { search: AdminProductsSearch; announce: (text: string) => void }) {
  const products = useAdminProducts({ ...search, page: search.page ?? 1, pageSize: PAGE_SIZE });

  if (products.isPending) return <LoadingState label="Loading the products…" />;
  if (products.error) return <ErrorState title="Could not load the products" error={products.error} onRetry={() => void products.refetch()} />;
  const { data, meta } = products.data;
  if (data.length === 0) {
    return (
      <EmptyState title="No products found">
        {search.q || search.seller || search.status || search.category ? 'Nothing matches these filters. Try fewer or different ones.' : 'No seller has listed a product yet.'}
      </EmptyState>
    );
  }
  return (
    <>
      <p className="results-count" aria-live="polite">
        {meta.total} {meta.total === 1 ? 'product' : 'products'}
      </p>
      <ProductTable products={data} surface="admin" busy={products.isPlaceholderData} announce={announce} />
      <SearchPager meta={meta} label="Pages of products" />
    </>
  );
}

export function AdminProductsPage() {
  useDocumentTitle('Products');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const sellers = useUsers({ role: 'seller', status: 'active', pageSize: SELLERS_SHOWN });
  const categories = useCategories();
  const [text, setText] = useState(search.q ?? '');
  const [shownQuery, setShownQuery] = useState(search.q);
  const [outcome, setOutcome] = useState<string | null>(null);

  // Follow the URL (Back, Forward, a shared link) without an effect.
  if (shownQuery !== search.q) {
    setShownQuery(search.q);
    setText(search.q ?? '');
  }

  /** A new filter starts again from the first page. */
  function filter(change: Omit<AdminProductsSearch, 'page'>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, page: undefined }) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filter({ q: text.trim() || undefined });
  }

  return (
    <section className="console-page admin-page seller-page" aria-labelledby="admin-products-heading">
      <div className="panel__header">
        <h1 id="admin-products-heading">Products</h1>
        <p className="muted">Every seller’s products, drafts and archived ones too. Open one to edit it as its seller would.</p>
      </div>
      <form className="admin-filters" role="search" aria-label="Find products" onSubmit={submit}>
        <TextField label="Name or SKU" type="search" maxLength={SEARCH_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} />
        <div className="field">
          <label className="field__label" htmlFor="products-seller">
            Seller
          </label>
          <select id="products-seller" value={search.seller ?? ''} onChange={(event) => filter({ seller: event.target.value || undefined })}>
            <option value="">All sellers</option>
            {sellers.data?.data.map((seller) => (
              <option key={seller.id} value={seller.id}>
                {seller.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="products-status">
            Status
          </label>
          <select id="products-status" value={search.status ?? ''} onChange={(event) => filter({ status: (event.target.value || undefined) as ProductStatus | undefined })}>
            <option value="">All statuses</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="products-category">
            Category
          </label>
          <select id="products-category" value={search.category ?? ''} onChange={(event) => filter({ category: event.target.value || undefined })}>
            <option value="">All categories</option>
            {flattenCategories(categories.data ?? []).map((line) => (
              <option key={line.category.id} value={line.category.slug}>
                {optionLabel(line)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Search</Button>
      </form>
      {outcome && (
        <Alert key={outcome} tone="info">
          <p>{outcome}</p>
        </Alert>
      )}
      <ProductResults search={search} announce={setOutcome} />
    </section>
  );
}

export function AdminEditProductPage() {
  const { productId } = editRoute.useParams();
  return <ProductEditPage key={productId} productId={productId} surface="admin" />;
}

export function AdminInventoryPage() {
  const { productId } = inventoryRoute.useParams();
  return <ProductInventoryPage key={productId} productId={productId} surface="admin" />;
}
