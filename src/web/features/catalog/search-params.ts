import type { ProductSort } from '../../../contracts/catalog';
import { CATEGORY_PARAM_MAX, SEARCH_TEXT_MAX } from '../../../contracts/search-rules';
import { currencyDigits } from '../../components/ui/price';
import { pageParam, textParam } from '../../lib/search-params';
import type { ProductListParams } from './api/get-products';
import { isProductSort } from './sort';

export const PAGE_SIZE = 24;

/**
 * What `/search` may hold; anything absent takes its default. Prices are in the store currency's
 * main unit (`minPrice=20` is $20), as a shopper would write them in a shared link.
 */
export type CatalogSearch = {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: true;
  sort?: ProductSort;
  page?: number;
};

/** A seller's page lists their products in any order and page, without other filters. */
export type SellerStoreSearch = Pick<CatalogSearch, 'sort' | 'page'>;

/** Not negative, at most two decimals; undefined otherwise. */
function priceParam(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const price = Number(value);
  return value !== '' && Number.isFinite(price) && price >= 0 ? Math.round(price * 100) / 100 : undefined;
}

export function validateSortAndPage(raw: Record<string, unknown>): SellerStoreSearch {
  return { sort: isProductSort(raw.sort) ? raw.sort : undefined, page: pageParam(raw.page) };
}

export function validateCatalogSearch(raw: Record<string, unknown>): CatalogSearch {
  return {
    q: textParam(raw.q, SEARCH_TEXT_MAX),
    category: textParam(raw.category, CATEGORY_PARAM_MAX),
    minPrice: priceParam(raw.minPrice),
    maxPrice: priceParam(raw.maxPrice),
    inStock: raw.inStock === 'true' || raw.inStock === true ? true : undefined,
    ...validateSortAndPage(raw),
  };
}

/** "Best match" means nothing without words to match, so a browse lists the newest first. */
export function effectiveSort(search: CatalogSearch): ProductSort {
  return search.sort ?? (search.q ? 'relevance' : 'newest');
}

/** The API counts money in minor units of the store currency (cents of a dollar, or yen). */
export function toMinorUnits(price: number, currency: string): number {
  return Math.round(price * 10 ** currencyDigits(currency));
}

/** The API query for what the URL asks, prices in the store's `currency`. */
export function productListParams(search: CatalogSearch, currency: string): ProductListParams {
  return {
    q: search.q,
    category: search.category,
    minPriceCents: search.minPrice === undefined ? undefined : toMinorUnits(search.minPrice, currency),
    maxPriceCents: search.maxPrice === undefined ? undefined : toMinorUnits(search.maxPrice, currency),
    inStock: search.inStock,
    sort: effectiveSort(search),
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  };
}

/** Whether any filter narrows the list (the words searched for are not a filter). */
export function hasFilters(search: CatalogSearch): boolean {
  return search.category !== undefined || search.minPrice !== undefined || search.maxPrice !== undefined || search.inStock !== undefined;
}
