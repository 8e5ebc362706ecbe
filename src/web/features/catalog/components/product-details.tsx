import { Link } from '@tanstack/react-router';
import type { ProductDetail, Variant } from '../../../../contracts/catalog';
import { Price } from '../../../components/ui/price';
import { initialVariant, productOptions } from '../variant-selection';
import { BackInStock } from './back-in-stock';
import { ProductGallery } from './product-gallery';
import { Rating } from './rating';
import { StockStatus } from './stock-status';
import { VariantPicker } from './variant-picker';

type ProductDetailsProps = {
  product: ProductDetail;
  /** The variant the URL names; the first one in stock when it names none (or one not of this product). */
  variantId: string | undefined;
  onSelectVariant: (variant: Variant) => void;
};

export function ProductDetails({ product, variantId, onSelectVariant }: ProductDetailsProps) {
  const selected = initialVariant(product.variants, variantId);

  return (
    <article className="product-detail">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to="/search" search={{ category: product.category.slug }}>
              {product.category.name}
            </Link>
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>

      <div className="product-detail__layout">
        <ProductGallery images={product.images} productName={product.name} />

        <div className="product-detail__info">
          <div className="product-detail__heading">
            <h1 className="product-detail__name">{product.name}</h1>
            <p className="product-detail__seller">
              Sold by{' '}
              <Link to="/sellers/$sellerId" params={{ sellerId: product.seller.id }}>
                {product.seller.name}
              </Link>
            </p>
            <Rating rating={product.rating} />
          </div>

          {selected ? (
            <>
              <p className="product-detail__price">
                <Price cents={selected.priceCents} currency={product.currency} />
              </p>
              <VariantPicker options={productOptions(product)} variants={product.variants} selected={selected} onSelect={onSelectVariant} />
              <div className="buy-box">
                <StockStatus stock={selected.stock} />
                {selected.stock > 0 ? (
                  // The cart lands with the next release: no button that does nothing.
                  <p className="buy-box__soon">
                    <strong>The cart opens soon.</strong> Ordering arrives with the shop’s next update.
                  </p>
                ) : (
                  <BackInStock key={selected.id} productId={product.id} variantId={selected.id} />
                )}
              </div>
              <p className="product-detail__sku">SKU {selected.sku}</p>
            </>
          ) : (
            <p className="stock stock--out">Currently unavailable</p>
          )}

          <section className="product-detail__description" aria-labelledby="description-heading">
            <h2 id="description-heading">About this product</h2>
            <p>{product.description}</p>
          </section>
        </div>
      </div>
    </article>
  );
}
