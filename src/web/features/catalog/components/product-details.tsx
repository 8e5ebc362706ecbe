import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ProductDetail } from '../../../../contracts/catalog';
import { Button } from '../../../components/ui/button';
import { Price } from '../../../components/ui/price';
import { ProductGallery } from './product-gallery';
import { Rating } from './rating';
import { StockStatus } from './stock-status';
import { VariantPicker } from './variant-picker';

/** Opens on the first variant that can be bought. */
function initialVariant(product: ProductDetail) {
  return product.variants.find((variant) => variant.stock > 0) ?? product.variants[0];
}

export function ProductDetails({ product }: { product: ProductDetail }) {
  const [selected, setSelected] = useState(() => initialVariant(product));

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
          <h1 className="product-detail__name">{product.name}</h1>
          <p className="product-detail__seller">Sold by {product.seller.name}</p>
          <Rating rating={product.rating} />

          {selected ? (
            <>
              <p className="product-detail__price">
                <Price cents={selected.priceCents} currency={product.currency} />
              </p>
              <VariantPicker variants={product.variants} selected={selected} onSelect={setSelected} />
              <StockStatus stock={selected.stock} />
              <div className="buy-box">
                {/* The cart arrives with sign-in; until then the button says honestly why it waits. */}
                <Button disabled>
                  {selected.stock > 0 ? 'Add to cart' : 'Out of stock'}
                </Button>
                <p className="buy-box__note">
                  <Link to="/sign-in">Sign in to buy</Link>
                </p>
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
