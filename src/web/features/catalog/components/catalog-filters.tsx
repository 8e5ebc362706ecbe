import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import type { CategoryNode } from '../../../../contracts/catalog';
import { Button } from '../../../components/ui/button';
import { currencyDigits } from '../../../components/ui/price';
import { categoryTrail } from '../categories';
import type { CatalogSearch } from '../search-params';

type CatalogFiltersProps = {
  search: CatalogSearch;
  categories: CategoryNode[];
  /** The tree is still loading: its list keeps a place of about its height. */
  categoriesPending?: boolean;
  currency: string;
};

/** Every filter of the search page; each change is a new URL, so the back button undoes it. */
export function CatalogFilters({ search, categories, categoriesPending = false, currency }: CatalogFiltersProps) {
  return (
    <div className="filters">
      <CategoryFilter categories={categories} pending={categoriesPending} selected={search.category} />
      <PriceFilter min={search.minPrice} max={search.maxPrice} currency={currency} />
      <StockFilter checked={search.inStock === true} />
    </div>
  );
}

/** About the number of top categories, for the place the list keeps while it loads. */
const SKELETON_LINKS = 10;

/** The category tree as links: the top categories, and the branch of the chosen one opened. */
function CategoryFilter({ categories, pending, selected }: { categories: CategoryNode[]; pending: boolean; selected: string | undefined }) {
  const headingId = useId();
  const trail = new Set(selected ? categoryTrail(categories, selected).map((category) => category.id) : []);
  const chosen = [...trail].at(-1);

  function items(nodes: CategoryNode[]) {
    return nodes.map((category) => (
      <li key={category.id}>
        <CategoryLink category={category} selected={category.id === chosen} />
        {trail.has(category.id) && category.children.length > 0 && <ul>{items(category.children)}</ul>}
      </li>
    ));
  }

  return (
    <nav className="filters__group category-filter" aria-labelledby={headingId}>
      <h3 id={headingId} className="filters__heading">
        Category
      </h3>
      <ul>
        <li>
          <CategoryLink category={undefined} selected={chosen === undefined} />
        </li>
        {items(categories)}
      </ul>
      {pending && (
        <ul className="category-filter__skeleton" aria-hidden="true">
          {Array.from({ length: SKELETON_LINKS }, (_, index) => (
            <li key={index}>
              <span className="skeleton-line" />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

function CategoryLink({ category, selected }: { category: CategoryNode | undefined; selected: boolean }) {
  return (
    <Link
      to="/search"
      search={(prev) => ({ ...prev, category: category?.slug, page: undefined })}
      className={selected ? 'category-filter__link category-filter__link--selected' : 'category-filter__link'}
      // The router marks a link current only when the whole URL matches; page 2 is still this category.
      activeOptions={{ exact: true }}
      aria-current={selected ? 'true' : undefined}
      resetScroll={false}
    >
      {category?.name ?? 'All categories'}
    </Link>
  );
}

type PriceFilterProps = { min: number | undefined; max: number | undefined; currency: string };

/** Typed prices wait for "Apply", so the list does not jump at every keystroke. */
function PriceFilter({ min, max, currency }: PriceFilterProps) {
  const navigate = useNavigate();
  const id = useId();
  const [values, setValues] = useState({ min: min?.toString() ?? '', max: max?.toString() ?? '' });
  const [shown, setShown] = useState({ min, max });

  // Follow the URL (back button, a removed filter) without an effect.
  if (shown.min !== min || shown.max !== max) {
    setShown({ min, max });
    setValues({ min: min?.toString() ?? '', max: max?.toString() ?? '' });
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [low, high] = [values.min, values.max].map((value) => (value.trim() === '' ? undefined : Number(value)));
    // "From 80 to 20" means between 20 and 80.
    const swap = low !== undefined && high !== undefined && low > high;
    void navigate({
      to: '/search',
      search: (prev) => ({ ...prev, minPrice: swap ? high : low, maxPrice: swap ? low : high, page: undefined }),
      resetScroll: false,
    });
  }

  const step = 1 / 10 ** currencyDigits(currency);
  const unit = new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value;

  return (
    <form className="filters__group price-filter" aria-labelledby={`${id}-heading`} onSubmit={apply}>
      <h3 id={`${id}-heading`} className="filters__heading">
        Price <span className="filters__unit">({currency})</span>
      </h3>
      <div className="price-filter__inputs">
        {(['min', 'max'] as const).map((bound) => (
          <div key={bound} className="price-filter__field">
            <label htmlFor={`${id}-${bound}`}>{bound === 'min' ? 'Min' : 'Max'}</label>
            <span className="price-filter__control">
              <span aria-hidden="true">{unit}</span>
              <input
                id={`${id}-${bound}`}
                type="number"
                inputMode="decimal"
                min={0}
                step={step}
                placeholder={bound === 'min' ? '0' : 'Any'}
                value={values[bound]}
                onChange={(event) => setValues((previous) => ({ ...previous, [bound]: event.target.value }))}
              />
            </span>
          </div>
        ))}
      </div>
      <Button type="submit" variant="secondary">
        Apply price
      </Button>
    </form>
  );
}

function StockFilter({ checked }: { checked: boolean }) {
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="filters__group stock-filter">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) =>
          void navigate({
            to: '/search',
            search: (prev) => ({ ...prev, inStock: event.target.checked || undefined, page: undefined }),
            resetScroll: false,
          })
        }
      />
      <label htmlFor={id}>In stock only</label>
    </div>
  );
}
