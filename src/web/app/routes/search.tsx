import { getRouteApi, Link } from '@tanstack/react-router';
import type { ProductSort } from '../../../contracts/catalog';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { SearchPager } from '../../components/ui/pager';
import { LoadingState } from '../../components/ui/spinner';
import { useCategories } from '../../features/catalog/api/get-categories';
import { useProducts, type ProductListParams } from '../../features/catalog/api/get-products';
import { findCategory } from '../../features/catalog/categories';
import { isProductSort } from '../../features/catalog/sort';
import { CategorySelect } from '../../features/catalog/components/category-select';
import { ProductGrid } from '../../features/catalog/components/product-grid';
import { SortSelect } from '../../features/catalog/components/sort-select';
import { CATEGORY_PARAM_MAX, SEARCH_TEXT_MAX } from '../../../contracts/search-rules';
import { pageParam, textParam } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

const PAGE_SIZE = 24;

/** What `/search?q=&category=&sort=&page=` may hold; anything absent takes its default. */
export type SearchParams = {
  q?: string;
  category?: string;
  sort?: ProductSort;
  page?: number;
};

export function validateSearchParams(raw: Record<string, unknown>): SearchParams {
  return {
    q: textParam(raw.q, SEARCH_TEXT_MAX),
    category: textParam(raw.category, CATEGORY_PARAM_MAX),
    sort: isProductSort(raw.sort) ? raw.sort : undefined,
    page: pageParam(raw.page),
  };
}

/** "Best match" means nothing without words to match, so a browse lists the newest first. */
function effectiveSort(search: SearchParams): ProductSort {
  return search.sort ?? (search.q ? 'relevance' : 'newest');
}

/** The API query for what the URL asks. */
export function productListParams(search: SearchParams): ProductListParams {
  return {
    q: search.q,
    category: search.category,
    sort: effectiveSort(search),
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  };
}

const route = getRouteApi('/store/search');

function SearchResults({ search }: { search: SearchParams }) {
  const products = useProducts(productListParams(search));

  if (products.isPending) return <LoadingState label="Searching…" />;
  if (products.error) {
    return (
      <ErrorState title="Search failed" error={products.error} onRetry={() => void products.refetch()} />
    );
  }

  const { data, meta } = products.data;
  if (data.length === 0) {
    return (
      <EmptyState
        title="No products found"
        action={
          <Link to="/search" className={buttonClassName('secondary')}>
            Browse all products
          </Link>
        }
      >
        {search.q
          ? `Nothing matches “${search.q}”. Try fewer or different words.`
          : 'Nothing is listed here yet.'}
      </EmptyState>
    );
  }

  return (
    <>
      <p className="results-count" aria-live="polite">
        {meta.total} {meta.total === 1 ? 'product' : 'products'}
      </p>
      <ProductGrid products={data} busy={products.isPlaceholderData} />
      <SearchPager meta={meta} label="Pages of products" />
    </>
  );
}

export function SearchPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const categories = useCategories();
  const category =
    search.category && categories.data ? findCategory(categories.data, search.category) : undefined;

  const heading = search.q ? `Results for “${search.q}”` : (category?.name ?? 'All products');
  useDocumentTitle(heading);

  return (
    <section className="search-page" aria-labelledby="search-heading">
      <div className="toolbar">
        <h1 id="search-heading">{heading}</h1>
        <div className="toolbar__controls">
          {categories.data && (
            <CategorySelect
              categories={categories.data}
              value={category?.slug ?? ''}
              onChange={(slug) =>
                void navigate({ search: (prev) => ({ ...prev, category: slug, page: undefined }) })
              }
            />
          )}
          <SortSelect
            value={effectiveSort(search)}
            onChange={(sort) => void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }) })}
          />
        </div>
      </div>
      <h2 className="visually-hidden">Products</h2>
      <SearchResults search={search} />
    </section>
  );
}
