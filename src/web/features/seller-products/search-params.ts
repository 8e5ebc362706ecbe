import { CATEGORY_PARAM_MAX, SEARCH_TEXT_MAX } from '../../../contracts/search-rules';
import { keyParam, pageParam, textParam } from '../../lib/search-params';
import { STATUS_LABELS, type ProductStatus } from './labels';

// The product lists' filters live in the URL, so a filtered view can be shared and survives a
// reload; the low-stock email links to /seller/products?lowStock=true.

/** `/seller/products?lowStock=true&page=` */
export type SellerProductsSearch = { lowStock?: true; page?: number };

export function validateSellerProductsSearch(raw: Record<string, unknown>): SellerProductsSearch {
  return { lowStock: raw.lowStock === 'true' || raw.lowStock === true ? true : undefined, page: pageParam(raw.page) };
}

/** `/admin/products?q=&seller=<user id>&status=&category=<slug>&page=` */
export type AdminProductsSearch = { q?: string; seller?: string; status?: ProductStatus; category?: string; page?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateAdminProductsSearch(raw: Record<string, unknown>): AdminProductsSearch {
  const seller = textParam(raw.seller, 36);
  return {
    q: textParam(raw.q, SEARCH_TEXT_MAX),
    seller: seller && UUID.test(seller) ? seller : undefined,
    status: keyParam(raw.status, STATUS_LABELS),
    category: textParam(raw.category, CATEGORY_PARAM_MAX),
    page: pageParam(raw.page),
  };
}
