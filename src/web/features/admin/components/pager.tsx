import type { PaginationMeta } from '../../../../contracts/common';
import { Button } from '../../../components/ui/button';

type PagerProps = { meta: PaginationMeta; onPage: (page: number) => void; label: string };

/** Previous / next for a list kept in the page's state; hidden when everything fits on one page. */
export function Pager({ meta, onPage, label }: PagerProps) {
  if (meta.totalPages <= 1) return null;
  const { page, totalPages } = meta;
  const first = page <= 1;
  const last = page >= totalPages;
  // aria-disabled rather than disabled: the button keyboard users just pressed keeps the focus.
  return (
    <nav className="pagination admin-pager" aria-label={label}>
      <Button variant="secondary" aria-disabled={first || undefined} onClick={() => !first && onPage(page - 1)}>
        ← Previous
      </Button>
      <span className="pagination__status">
        Page {page} of {totalPages}
      </span>
      <Button variant="secondary" aria-disabled={last || undefined} onClick={() => !last && onPage(page + 1)}>
        Next →
      </Button>
    </nav>
  );
}
