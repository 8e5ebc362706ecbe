import { Link } from '@tanstack/react-router';

type SearchPaginationProps = { page: number; totalPages: number };

/** Previous / next links that keep the current query, category and sort. */
export function SearchPagination({ page, totalPages }: SearchPaginationProps) {
  if (totalPages <= 1) return null;

  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link
          from="/search"
          search={(prev) => ({ ...prev, page: page - 1 === 1 ? undefined : page - 1 })}
          className="button button--secondary"
        >
          ← Previous
        </Link>
      ) : (
        <span className="button button--secondary is-disabled" aria-hidden="true">
          ← Previous
        </span>
      )}
      <span className="pagination__status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link
          from="/search"
          search={(prev) => ({ ...prev, page: page + 1 })}
          className="button button--secondary"
        >
          Next →
        </Link>
      ) : (
        <span className="button button--secondary is-disabled" aria-hidden="true">
          Next →
        </span>
      )}
    </nav>
  );
}
