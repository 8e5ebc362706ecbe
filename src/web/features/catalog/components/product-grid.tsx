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
