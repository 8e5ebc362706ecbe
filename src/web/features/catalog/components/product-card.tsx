import { Link } from '@tanstack/react-router';
import type { ProductSummary } from '../../../../contracts/catalog';
import { Price } from '../../../components/ui/price';
import { ProductImage } from './product-image';
import { Rating } from './rating';

// The grid's columns: 2 on a phone, 3 from 640 px, 4 from 960 px, inside a 1200 px container.
const CARD_SIZES = '(min-width: 1200px) 280px, (min-width: 960px) 25vw, (min-width: 640px) 33vw, 50vw';

export function ProductCard({ product, eager = false }: { product: ProductSummary; eager?: boolean }) {
  return (
    <article className="product-card">
      <ProductImage image={product.image} alt="" sizes={CARD_SIZES} eager={eager} />
      <div className="product-card__body">
        <h3 className="product-card__name">
          {/* The link's box is stretched over the whole card by CSS: one tab stop per card. */}
          <Link to="/products/$productId" params={{ productId: product.id }} className="product-card__link">
            {product.name}
          </Link>
        </h3>
        <p className="product-card__seller">{product.seller.name}</p>
        <p className="product-card__price">
          <Price cents={product.priceCents} currency={product.currency} />
          {!product.inStock && <span className="badge">Sold out</span>}
        </p>
        <Rating rating={product.rating} />
      </div>
    </article>
  );
}
