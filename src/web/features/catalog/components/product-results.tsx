import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { SearchPager } from '../../../components/ui/pager';
import { useProducts, type ProductListParams } from '../api/get-products';
import { ProductGrid, ProductGridSkeleton } from './product-grid';

type ProductResultsProps = {
  params: ProductListParams;
  /** What to say when nothing matches. */
  empty: ReactNode;
};

/** A page of products the URL asks for, with its count and pager, or its loading, empty or error state. */
export function ProductResults({ params, empty }: ProductResultsProps) {
  const products = useProducts(params);

  if (products.isPending) return <ProductGridSkeleton count={Math.min(params.pageSize ?? 8, 12)} />;
  if (products.error) {
    return <ErrorState title="Products could not be loaded" error={products.error} onRetry={() => void products.refetch()} />;
  }
  const { data, meta } = products.data;
  if (data.length === 0) return empty;

  return (
    <>
      <p className="results-count" aria-live="polite">
        {productCount(meta.total)}
      </p>
      <ProductGrid products={data} busy={products.isPlaceholderData} />
      <SearchPager meta={meta} label="Pages of products" />
    </>
  );
}

export function productCount(total: number): string {
  return `${total} ${total === 1 ? 'product' : 'products'}`;
}
