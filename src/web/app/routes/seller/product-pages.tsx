import { getRouteApi, Link } from '@tanstack/react-router';
import { NewProductForm } from '../../../features/seller-products/components/new-product-form';
import { ProductEditPage, ProductInventoryPage } from '../../../features/seller-products/components/product-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';

const editRoute = getRouteApi('/seller/products/$productId');
const inventoryRoute = getRouteApi('/seller/products/$productId/inventory');

export function SellerNewProductPage() {
  useDocumentTitle('New product');
  return (
    <section className="console-page seller-page" aria-labelledby="new-product-heading">
      <Link to="/seller/products" className="admin-back">
        ← All products
      </Link>
      <h1 id="new-product-heading">New product</h1>
      <NewProductForm />
    </section>
  );
}

export function SellerEditProductPage() {
  const { productId } = editRoute.useParams();
  return <ProductEditPage key={productId} productId={productId} surface="seller" />;
}

export function SellerInventoryPage() {
  const { productId } = inventoryRoute.useParams();
  return <ProductInventoryPage key={productId} productId={productId} surface="seller" />;
}
