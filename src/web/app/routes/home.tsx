import { Link } from '@tanstack/react-router';
import type { ProductSort, ProductSummary } from '../../../contracts/catalog';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { useProducts, type ProductListParams } from '../../features/catalog/api/get-products';
import { CategoryTiles } from '../../features/catalog/components/category-tiles';
import { ProductGrid, ProductGridSkeleton } from '../../features/catalog/components/product-grid';
import { useDocumentTitle } from '../../lib/use-document-title';

type Shelf = {
  id: string;
  title: string;
  params: ProductListParams & { sort: ProductSort };
  /** Which products belong on it: "top rated" shows only rated ones, and is left out while there are none. */
  keep?: (product: ProductSummary) => boolean;
};

/** The home page's rows of products; shared with the route loader, which starts their requests. */
export const homeShelves: readonly Shelf[] = [
  { id: 'new', title: 'New arrivals', params: { sort: 'newest', pageSize: 8 } },
  { id: 'top', title: 'Top rated', params: { sort: 'rating', inStock: true, pageSize: 8 }, keep: (product) => product.rating.count > 0 },
];

function ShelfProducts({ shelf, products }: { shelf: Shelf; products: ReturnType<typeof useProducts> }) {
  if (products.isPending) return <ProductGridSkeleton count={shelf.params.pageSize} />;
  if (products.error) return <ErrorState title="Products could not be loaded" error={products.error} onRetry={() => void products.refetch()} />;
  if (products.data.data.length === 0) {
    return <EmptyState title="No products yet">Sellers have not listed anything so far. Check back soon.</EmptyState>;
  }
  return <ProductGrid products={shelf.keep ? products.data.data.filter(shelf.keep) : products.data.data} />;
}

function ProductShelf({ shelf }: { shelf: Shelf }) {
  const products = useProducts(shelf.params);
  const headingId = `${shelf.id}-heading`;
  if (shelf.keep && products.data && !products.data.data.some(shelf.keep)) return null;

  return (
    <section className="home-section" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{shelf.title}</h2>
        <Link to="/search" search={{ sort: shelf.params.sort }}>
          See all<span className="visually-hidden"> {shelf.title.toLowerCase()}</span>
        </Link>
      </div>
      <ShelfProducts shelf={shelf} products={products} />
    </section>
  );
}

export function HomePage() {
  useDocumentTitle();

  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <div className="hero__text">
          <h1 id="hero-heading">Find something you’ll love</h1>
          <p>Products from independent sellers, all in one place.</p>
          <div className="actions">
            <Link to="/search" className={buttonClassName('primary')}>
              Shop all products
            </Link>
            <Link to="/search" search={{ inStock: true, sort: 'price_asc' }} className={buttonClassName('secondary')}>
              Lowest prices
            </Link>
          </div>
        </div>
      </section>

      <section className="home-section" aria-labelledby="categories-heading">
        <h2 id="categories-heading">Shop by category</h2>
        <CategoryTiles />
      </section>

      {homeShelves.map((shelf) => (
        <ProductShelf key={shelf.id} shelf={shelf} />
      ))}
    </>
  );
}
