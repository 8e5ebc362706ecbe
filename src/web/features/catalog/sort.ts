import type { ProductSort } from '../../../contracts/catalog';

// Typed against the contract's ProductSort, so adding or removing a sort there fails the build
// here; importing the Zod schema instead would pull Zod into the storefront bundle.
export const sortLabels: Record<ProductSort, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  rating: 'Top rated',
};

export const sortOptions = Object.keys(sortLabels) as ProductSort[];

export function isProductSort(value: unknown): value is ProductSort {
  return typeof value === 'string' && Object.hasOwn(sortLabels, value);
}
