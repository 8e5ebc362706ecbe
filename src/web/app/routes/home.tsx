import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/spinner';
import { useProducts, type ProductListParams } from '../../features/catalog/api/get-products';
import { CategoryChips } from '../../features/catalog/components/category-chips';
import { ProductGrid } from '../../features/catalog/components/product-grid';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Shared with the route loader, which starts the request before the page renders. */
export const newArrivalsParams: ProductListParams = { sort: 'newest', pageSize: 12 };

function NewArrivals() {
  const { data, error, isPending, refetch } = useProducts(newArrivalsParams);

  if (isPending) return <LoadingState label="Loading products…" />;
  if (error) {
    return <ErrorState title="Products could not be loaded" error={error} onRetry={() => void refetch()} />;
  }
  if (data.data.length === 0) {
    return (
      <EmptyState title="No products yet">
        Sellers have not listed anything so far. Check back soon.
      </EmptyState>
    );
  }
  return <ProductGrid products={data.data} />;
}

export function HomePage() {
  useDocumentTitle();

  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Find something you’ll love</h1>
        <p>Products from independent sellers, all in one place.</p>
      </section>

      <section className="home-section" aria-labelledby="categories-heading">
        <h2 id="categories-heading">Shop by category</h2>
        <CategoryChips />
      </section>

      <section className="home-section" aria-labelledby="new-heading">
        <div className="section-heading">
          <h2 id="new-heading">New arrivals</h2>
          <Link to="/search" search={{ sort: 'newest' }}>
            See all
          </Link>
        </div>
        <NewArrivals />
      </section>
    </>
  );
}
