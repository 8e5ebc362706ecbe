import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { CategoryTree } from '../../../features/admin/components/category-tree';
import { categoriesQueryOptions } from '../../../features/catalog/api/get-categories';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function AdminCategoriesPage() {
  useDocumentTitle('Categories');
  // The storefront keeps the tree for minutes; an admin about to change it sees it as it is now.
  const categories = useQuery({ ...categoriesQueryOptions(), staleTime: 0 });

  return (
    <section className="console-page admin-page" aria-labelledby="categories-heading">
      <div className="panel__header">
        <h1 id="categories-heading">Categories</h1>
        <p className="muted">
          What shoppers browse by and sellers file their products under. Every change is recorded in the audit log.
        </p>
      </div>
      {categories.isPending ? (
        <LoadingState label="Loading the categories…" />
      ) : categories.error ? (
        <ErrorState title="Could not load the categories" error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <CategoryTree tree={categories.data} />
      )}
    </section>
  );
}
