import { Link } from '@tanstack/react-router';
import type { AdminProductSummary, SellerProductSummary } from '../../../../contracts/catalog';
import { Price } from '../../../components/ui/price';
import { formatRelative } from '../../../lib/format-date';
import { productPaths, type Surface } from '../surface';
import { LowStockBadge, ProductStatusBadge } from './badges';
import { ProductRowActions } from './product-row-actions';

type ProductTableProps = {
  products: (SellerProductSummary & Partial<Pick<AdminProductSummary, 'seller'>>)[];
  surface: Surface;
  /** The next page or filter is loading: the rows shown are the previous ones. */
  busy: boolean;
  /** Says what an archive or delete did, in the page's live region. */
  announce: (text: string) => void;
};

/** Products with their status, lowest price, total stock (opening the inventory) and low-stock count; each opens its edit page. */
export function ProductTable({ products, surface, busy, announce }: ProductTableProps) {
  const showSeller = surface === 'admin';
  return (
    <div className="admin-table-wrap product-table-wrap" role="region" aria-label="Product list" tabIndex={0}>
      <table className="admin-table product-table" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Product</th>
            {showSeller && <th scope="col">Seller</th>}
            <th scope="col">Status</th>
            <th scope="col">Price from</th>
            <th scope="col">Stock</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id}>
              <th scope="row">
                <Link to={productPaths[surface].edit} params={{ productId: product.id }} className="break-anywhere">
                  {product.name}
                </Link>
                <span className="product-table__category muted">{product.category.name}</span>
              </th>
              {showSeller && <td>{product.seller?.name}</td>}
              <td>
                <ProductStatusBadge status={product.status} />
              </td>
              <td className="admin-nowrap">{product.priceCents === null ? <span className="muted">No variants</span> : <Price cents={product.priceCents} currency={product.currency} />}</td>
              <td>
                <span className="product-table__stock">
                  <Link to={productPaths[surface].inventory} params={{ productId: product.id }}>
                    {product.totalStock.toLocaleString()}
                    <span className="visually-hidden"> in stock: the inventory of {product.name}</span>
                  </Link>
                  <LowStockBadge count={product.lowStockVariants} />
                </span>
              </td>
              <td className="admin-nowrap">
                <time dateTime={product.updatedAt}>{formatRelative(product.updatedAt)}</time>
              </td>
              <td>
                <ProductRowActions product={product} announce={announce} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
