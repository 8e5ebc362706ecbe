import { getRouteApi, Link } from '@tanstack/react-router';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/spinner';
import { useProduct } from '../../features/catalog/api/get-product';
import { ProductDetails } from '../../features/catalog/components/product-details';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';

const route = getRouteApi('/store/products/$productId');

/** A malformed id in a hand-typed URL is a validation error, but to a shopper it is simply missing. */
function isMissing(error: Error): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_ERROR');
}

export function ProductPage() {
  const { productId } = route.useParams();
  const { data: product, error, isPending, refetch } = useProduct(productId);
  useDocumentTitle(product?.name ?? (error && isMissing(error) ? 'Product not found' : 'Product'));

  if (isPending) return <LoadingState label="Loading product…" />;
  if (error && isMissing(error)) {
    return (
      <EmptyState
        title="Product not found"
        action={
          <Link to="/search" className={buttonClassName('secondary')}>
            Browse all products
          </Link>
        }
      >
        It may have been removed by its seller, or the link is incomplete.
      </EmptyState>
    );
  }
  if (error) {
    return (
      <ErrorState
        title="This product could not be loaded"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  // Keyed so that moving to another product starts again from its own first variant.
  return <ProductDetails key={product.id} product={product} />;
}
