import { Link, useLocation, type LinkProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useScrollEdges } from '../../lib/use-scroll-edges';

export type SectionNavItem = {
  to: LinkProps['to'];
  label: string;
  /** Highlighted only on its own page: the section's overview, which every other path starts with. */
  exact?: boolean;
};

type SectionNavProps = {
  label: string;
  items: readonly SectionNavItem[];
  /** The block of the classes: `account` gives `account__nav` and `account__nav-link`. */
  block: 'account' | 'console';
};

/**
 * The pages of a section (the account, the seller center, the admin console): a sidebar on a
 * wide screen, a row that scrolls sideways on a phone, fading at an edge with more beyond it and
 * scrolled to the current page.
 */
export function SectionNav({ label, items, block }: SectionNavProps) {
  const { ref, edges } = useScrollEdges<HTMLUListElement>();
  const pathname = useLocation({ select: (location) => location.pathname });

  useEffect(() => {
    const row = ref.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    // Only sideways: the page itself must not scroll.
    if (row && current) row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2;
  }, [ref, pathname]);

  return (
    <nav aria-label={label} className={`${block}__nav`}>
      <ul ref={ref} className="section-nav" data-more-before={edges.start || undefined} data-more-after={edges.end || undefined}>
        {items.map((item) => (
          <li key={item.label}>
            <Link to={item.to} activeOptions={{ exact: item.exact ?? false }} className={`${block}__nav-link`}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
