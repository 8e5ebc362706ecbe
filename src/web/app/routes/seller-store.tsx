import { getRouteApi, Link } from '@tanstack/react-router';
import type { ProductSort } from '../../../contracts/catalog';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/spinner';
import { useSeller } from '../../features/catalog/api/get-seller';
import type { ProductListParams } from '../../features/catalog/api/get-products';
import { ProductResults } from '../../features/catalog/components/product-results';
import { SortSelect } from '../../features/catalog/components/sort-select';
import { PAGE_SIZE, type SellerStoreSearch } from '../../features/catalog/search-params';
import { isMissing } from '../../features/catalog/missing';
import { useDocumentTitle } from '../../lib/use-document-title';

const route = getRouteApi('/store/sellers/$sellerId');

/** The API query for a seller's page; newest first unless the shopper picks another order. */
export function sellerProductParams(sellerId: string, search: SellerStoreSearch): ProductListParams & { sort: ProductSort } {
  return { seller: sellerId, sort: search.sort ?? 'newest', page: search.page ?? 1, pageSize: PAGE_SIZE };
}

export function SellerStorePage() {
  const { sellerId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const seller = useSeller(sellerId);
  const params = sellerProductParams(sellerId, search);
  useDocumentTitle(seller.data?.name ?? (seller.error && isMissing(seller.error) ? 'Seller not found' : 'Seller'));

  if (seller.isPending) return <LoadingState label="Loading the seller…" />;
  if (seller.error && isMissing(seller.error)) {
    return (
      <EmptyState
        heading="h1"
        title="Seller not found"
        action={
          <Link to="/search" className={buttonClassName('secondary')}>
            Browse all products
          </Link>
        }
      >
        This shop does not exist or is closed at the moment.
      </EmptyState>
    );
  }
  if (seller.error) {
    return <ErrorState title="This seller could not be loaded" error={seller.error} onRetry={() => void seller.refetch()} />;
  }

  const { name, activeProducts } = seller.data;
  return (
    <section className="catalog-page" aria-labelledby="seller-heading">
      <header className="seller-banner">
        <span className="seller-banner__mark" aria-hidden="true">
          {name.charAt(0).toUpperCase()}
        </span>
        <div>
          <p className="seller-banner__kicker">Seller</p>
          <h1 id="seller-heading">{name}</h1>
          <p className="seller-banner__count">
            {activeProducts} {activeProducts === 1 ? 'product' : 'products'} on sale
          </p>
        </div>
      </header>
      <div className="toolbar">
        <SortSelect value={params.sort} onChange={(sort) => void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }), resetScroll: false })} />
      </div>
      <h2 className="visually-hidden">Products by {name}</h2>
      <ProductResults
        params={params}
        empty={
          <EmptyState title="Nothing on sale right now">
            {name} has no products listed at the moment. Check back soon.
          </EmptyState>
        }
      />
    </section>
  );
}
