import { useNavigate } from '@tanstack/react-router';
import type { PaginationMeta } from '../../../contracts/common';
import { Button } from './button';

type PagerProps = {
  meta: Pick<PaginationMeta, 'page' | 'totalPages'>;
  /** What the pages are of: "Pages of products". */
  label: string;
  onPage: (page: number) => void;
};

/**
 * Previous / next for any list; hidden when everything fits on one page. The buttons are never
 * `disabled` (only `aria-disabled`), so the one a keyboard user just pressed keeps the focus,
 * and the new page number is read out.
 */
export function Pager({ meta: { page, totalPages }, label, onPage }: PagerProps) {
  if (totalPages <= 1) return null;
  const first = page <= 1;
  const last = page >= totalPages;
  return (
    <nav className="pagination" aria-label={label}>
      <Button variant="secondary" aria-disabled={first || undefined} onClick={() => !first && onPage(page - 1)}>
        ← Previous<span className="visually-hidden"> page</span>
      </Button>
      <span className="pagination__status" aria-live="polite">
        Page {page} of {totalPages}
      </span>
      <Button variant="secondary" aria-disabled={last || undefined} onClick={() => !last && onPage(page + 1)}>
        Next<span className="visually-hidden"> page</span> →
      </Button>
    </nav>
  );
}

/** A Pager for a list the URL describes: the page is its `?page=` (the first stays out of it). */
export function SearchPager({ meta, label }: Omit<PagerProps, 'onPage'>) {
  const navigate = useNavigate();
  return (
    <Pager
      meta={meta}
      label={label}
      // The focus stays on the pager, and so does the view.
      onPage={(page) => void navigate({ to: '.', search: (prev) => ({ ...prev, page: page === 1 ? undefined : page }), resetScroll: false })}
    />
  );
}
