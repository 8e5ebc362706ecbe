import type { ProductSummary } from '../../../../contracts/catalog';
import { ProductCard } from './product-card';

// The first row is on screen at once: its images load eagerly (the largest paint), the rest lazily.
const EAGER_CARDS = 4;

export function ProductGrid({ products, busy = false }: { products: ProductSummary[]; busy?: boolean }) {
  return (
    <ul className="product-grid" aria-busy={busy}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < EAGER_CARDS} />
        </li>
      ))}
    </ul>
  );
}

/**
 * While a list loads: cards of the real ones' shape (a square photo, a name, a seller, a price), so
 * nothing below moves when the products arrive. Announced once, as a status, not card by card.
 */
export function ProductGridSkeleton({ count = 8, label = 'Loading products…' }: { count?: number; label?: string }) {
  return (
    <div role="status" className="product-grid-skeleton">
      <span className="visually-hidden">{label}</span>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <div className="product-card product-card--skeleton">
              <div className="product-image skeleton-block" />
              <div className="product-card__body">
                <span className="skeleton-line skeleton-line--name" />
                <span className="skeleton-line skeleton-line--short" />
                <span className="skeleton-line skeleton-line--price" />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
