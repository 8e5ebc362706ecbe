import { getRouteApi, Link } from '@tanstack/react-router';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { useCategories } from '../../features/catalog/api/get-categories';
import { useProducts } from '../../features/catalog/api/get-products';
import { categoryTrail } from '../../features/catalog/categories';
import { ActiveFilters } from '../../features/catalog/components/active-filters';
import { CatalogFilters } from '../../features/catalog/components/catalog-filters';
import { FiltersDrawer } from '../../features/catalog/components/filters-drawer';
import { productCount, ProductResults } from '../../features/catalog/components/product-results';
import { SortSelect } from '../../features/catalog/components/sort-select';
import { useStoreCurrency } from '../../features/catalog/currency';
import { effectiveSort, hasFilters, productListParams, type CatalogSearch } from '../../features/catalog/search-params';
import { useMediaQuery } from '../../features/catalog/use-media-query';
import { useDocumentTitle } from '../../lib/use-document-title';

const route = getRouteApi('/store/search');

/** Where the filters leave the drawer for a sidebar: the width of three cards beside one. */
const SIDEBAR_QUERY = '(min-width: 960px)';

/** For the "Filters (2)" button: a price range counts once, however many of its ends are set. */
function activeFilterCount(search: CatalogSearch): number {
  return [search.category, search.minPrice ?? search.maxPrice, search.inStock].filter((value) => value !== undefined).length;
}

function NoResults({ search }: { search: CatalogSearch }) {
  return (
    <EmptyState
      title="No products found"
      action={
        hasFilters(search) ? (
          <Link to="/search" search={{ q: search.q }} className={buttonClassName('secondary')}>
            Remove the filters
          </Link>
        ) : (
          <Link to="/search" className={buttonClassName('secondary')}>
            Browse all products
          </Link>
        )
      }
    >
      {search.q ? `Nothing matches “${search.q}”${hasFilters(search) ? ' with these filters' : ''}. Try fewer or different words.` : 'Nothing is listed here yet.'}
    </EmptyState>
  );
}

export function SearchPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const currency = useStoreCurrency();
  const categories = useCategories();
  const wide = useMediaQuery(SIDEBAR_QUERY);
  const params = productListParams(search, currency);
  // The same query as the results': the drawer's button says how many it shows.
  const total = useProducts(params).data?.meta.total;

  const trail = search.category && categories.data ? categoryTrail(categories.data, search.category) : [];
  const category = trail.at(-1);
  const heading = search.q ? `Results for “${search.q}”` : (category?.name ?? 'All products');
  useDocumentTitle(heading);

  // Without the tree (still loading, or failed) the price and stock filters work all the same.
  const filters = <CatalogFilters search={search} categories={categories.data ?? []} categoriesPending={categories.isPending} currency={currency} />;

  return (
    <section className="catalog-page" aria-labelledby="search-heading">
      {/* A category page's breadcrumb keeps its row while the tree loads: the heading does not move. */}
      {search.category && !search.q && categories.isPending && <div className="breadcrumb breadcrumb--pending" aria-hidden="true" />}
      {trail.length > 0 && !search.q && (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <Link to="/">Home</Link>
            </li>
            {trail.map((step) => (
              <li key={step.id} aria-current={step === category ? 'page' : undefined}>
                {step === category ? step.name : <Link to="/search" search={{ category: step.slug }}>{step.name}</Link>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 id="search-heading">{heading}</h1>

      <div className="catalog-page__layout">
        {wide && (
          <aside className="catalog-sidebar" aria-label="Filters">
            {filters}
          </aside>
        )}
        <div className="catalog-page__results">
          <div className="toolbar">
            {!wide && (
              <FiltersDrawer activeCount={activeFilterCount(search)} showLabel={total === undefined ? 'Show products' : `Show ${productCount(total)}`}>
                {filters}
              </FiltersDrawer>
            )}
            <SortSelect
              value={effectiveSort(search)}
              onChange={(sort) => void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }), resetScroll: false })}
            />
          </div>
          <ActiveFilters search={search} category={category} currency={currency} />
          <h2 className="visually-hidden">Products</h2>
          <ProductResults params={params} empty={<NoResults search={search} />} />
        </div>
      </div>
    </section>
  );
}
