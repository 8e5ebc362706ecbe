import { Link } from '@tanstack/react-router';
import type { ProductSummary } from '../../../../contracts/catalog';
import { Price } from '../../../components/ui/price';
import { ProductImage } from './product-image';
import { Rating } from './rating';

export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article className="product-card">
      <ProductImage src={product.image?.url ?? null} alt="" />
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
          {!product.inStock && <span className="badge">Out of stock</span>}
        </p>
        <Rating rating={product.rating} />
      </div>
    </article>
  );
}
