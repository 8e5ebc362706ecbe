import type { ProductSummary } from '../../../../contracts/catalog';
import { ProductCard } from './product-card';

export function ProductGrid({ products, busy = false }: { products: ProductSummary[]; busy?: boolean }) {
  return (
    <ul className="product-grid" aria-busy={busy}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
