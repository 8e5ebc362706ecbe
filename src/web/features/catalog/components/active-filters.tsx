import { Link } from '@tanstack/react-router';
import type { CategoryNode } from '../../../../contracts/catalog';
import { formatPrice } from '../../../components/ui/price';
import { toMinorUnits, type CatalogSearch } from '../search-params';

type ActiveFiltersProps = { search: CatalogSearch; category: CategoryNode | undefined; currency: string };

type Chip = { label: string; without: Partial<Record<keyof CatalogSearch, undefined>> };

function priceLabel(min: number | undefined, max: number | undefined, currency: string): string | undefined {
  const format = (price: number) => formatPrice(toMinorUnits(price, currency), currency);
  if (min !== undefined && max !== undefined) return `${format(min)} – ${format(max)}`;
  if (min !== undefined) return `From ${format(min)}`;
  if (max !== undefined) return `Up to ${format(max)}`;
  return undefined;
}

/** The filters in use, each a link that removes it, and one that removes them all. */
export function ActiveFilters({ search, category, currency }: ActiveFiltersProps) {
  const price = priceLabel(search.minPrice, search.maxPrice, currency);
  const chips: Chip[] = [
    ...(category ? [{ label: category.name, without: { category: undefined } }] : []),
    ...(price ? [{ label: price, without: { minPrice: undefined, maxPrice: undefined } }] : []),
    ...(search.inStock ? [{ label: 'In stock', without: { inStock: undefined } }] : []),
  ];
  if (chips.length === 0) return null;

  return (
    <ul className="active-filters" aria-label="Filters in use">
      {chips.map((chip) => (
        <li key={chip.label}>
          <Link to="/search" search={(prev) => ({ ...prev, ...chip.without, page: undefined })} className="chip chip--removable" resetScroll={false}>
            {chip.label}
            <span aria-hidden="true"> ×</span>
            <span className="visually-hidden"> (remove filter)</span>
          </Link>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <Link
            to="/search"
            search={(prev) => ({ q: prev.q, sort: prev.sort })}
            className="active-filters__clear"
            resetScroll={false}
          >
            Clear all
          </Link>
        </li>
      )}
    </ul>
  );
}
