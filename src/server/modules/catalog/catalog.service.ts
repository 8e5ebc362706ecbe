import type { CategoryNode, ProductDetail, ProductListQuery, ProductSummary } from '../../../contracts/catalog.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import * as repo from './catalog.repository.js';

export const imageUrl = (imageId: string): string => `/api/v1/images/${imageId}`;

export async function categoryTree(db: Executor): Promise<CategoryNode[]> {
  const rows = await repo.listCategories(db);
  const nodes = new Map<string, CategoryNode>(
    rows.map((c) => [c.id, { id: c.id, name: c.name, slug: c.slug, parentId: c.parentId, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Letters and digits only: nothing a user types can become a tsquery operator. */
const searchWords = (q: string | undefined): string[] => (q ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 10) ?? [];

export async function listProducts(
  db: Executor,
  query: ProductListQuery,
): Promise<{ items: ProductSummary[]; meta: PaginationMeta }> {
  const categoryIds = query.category ? await repo.categoryWithDescendants(db, query.category) : undefined;
  if (categoryIds?.length === 0) return { items: [], meta: pageMeta(query, 0) };

  const filter = {
    words: searchWords(query.q),
    categoryIds,
    minPriceCents: query.minPriceCents,
    maxPriceCents: query.maxPriceCents,
    sort: query.sort,
    limit: query.pageSize,
    offset: offsetOf(query),
  };
  const rows = await repo.searchProducts(db, filter);
  // Each row carries the count of all matches; a page past the end has no row to carry it.
  const total = rows[0]?.total ?? (filter.offset > 0 ? ((await repo.searchProducts(db, { ...filter, limit: 1, offset: 0 }))[0]?.total ?? 0) : 0);
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    seller: r.seller,
    priceCents: r.minPriceCents,
    currency: STORE_CURRENCY,
    imageUrl: r.imageId ? imageUrl(r.imageId) : null,
    inStock: r.totalStock > 0,
    rating: { average: r.ratingAverage, count: r.ratingCount },
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, meta: pageMeta(query, total) };
}

export async function getProduct(db: Executor, id: string): Promise<ProductDetail> {
  const found = await repo.findVisibleProduct(db, id);
  if (!found) throw notFound('Product');
  const [variants, images] = await Promise.all([repo.listVariants(db, id), repo.listImages(db, id)]);
  const { product } = found;
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    status: product.status,
    category: found.category,
    seller: found.seller,
    currency: STORE_CURRENCY,
    variants: variants.map((v) => ({ id: v.id, sku: v.sku, options: v.options, priceCents: v.priceCents, stock: v.stock })),
    images: images.map((i) => ({ id: i.id, url: imageUrl(i.id), alt: i.alt })),
    rating: { average: product.ratingAverage, count: product.ratingCount },
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

export async function getImage(db: Executor, id: string) {
  const image = await repo.findImage(db, id);
  if (!image) throw notFound('Image');
  return image;
}
