import { getRouteApi, Link } from '@tanstack/react-router';
import { buttonClassName } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/spinner';
import { useProduct } from '../../features/catalog/api/get-product';
import { ProductDetails } from '../../features/catalog/components/product-details';
import { isMissing } from '../../features/catalog/missing';
import { useDocumentTitle } from '../../lib/use-document-title';

const route = getRouteApi('/store/products/$productId');

/** `?variant=<id>`: the chosen variant, so a reload or a shared link opens on it. */
export type ProductSearch = { variant?: string };

const VARIANT_ID = /^[0-9a-f-]{36}$/i;

export function validateProductSearch(raw: Record<string, unknown>): ProductSearch {
  return { variant: typeof raw.variant === 'string' && VARIANT_ID.test(raw.variant) ? raw.variant : undefined };
}

export function ProductPage() {
  const { productId } = route.useParams();
  const { variant } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: product, error, isPending, refetch } = useProduct(productId);
  useDocumentTitle(product?.name ?? (error && isMissing(error) ? 'Product not found' : 'Product'));

  if (isPending) return <LoadingState label="Loading product…" />;
  if (error && isMissing(error)) {
    return (
      <EmptyState
        heading="h1"
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
    return <ErrorState title="This product could not be loaded" error={error} onRetry={() => void refetch()} />;
  }
  // Keyed so that moving to another product starts again from its own first photo.
  return (
    <ProductDetails
      key={product.id}
      product={product}
      variantId={variant}
      // Replaced, not pushed: trying sizes should not fill the back button's history.
      onSelectVariant={(chosen) => void navigate({ search: { variant: chosen.id }, replace: true, resetScroll: false })}
    />
  );
}
