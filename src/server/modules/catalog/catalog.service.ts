import type { CategoryNode, ProductDetail, ProductImage, ProductListQuery, ProductSummary, SellerProfile } from '../../../contracts/catalog.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Context } from '../../context.js';
import type { Database, Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { notFound } from '../../lib/app-error.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import * as repo from './catalog.repository.js';
import type { ImageRow } from './catalog.repository.js';
import { etagOf } from './images.js';

export type DemoCatalog = {
  categories: { name: string; slug: string; children: { name: string; slug: string }[] }[];
  products: {
    name: string;
    category: string;
    description: string;
    variants: { sku: string; options: Record<string, string>; priceCents: number; stock: number }[];
    /** A drawing (SVG, made by `seed/product-art.ts`): sharp as the image; one file serves every width. */
    image: { contentType: string; data: Buffer; width: number; height: number };
  }[];
};

/** The width a plain <img src> gets: a product card's on most screens. */
const DEFAULT_WIDTH = 640;

const imageFileUrl = (imageId: string, width: number): string => `/api/v1/images/${imageId}/${width}`;

/** An image as pages show it: every stored width in the srcset, and the one nearest a card's as src. */
export function imageOf(row: ImageRow): ProductImage {
  const widths = row.widths.length ? row.widths : [row.width];
  const src = widths.filter((w) => w <= DEFAULT_WIDTH).at(-1) ?? widths[0] ?? row.width;
  return {
    id: row.id,
    url: imageFileUrl(row.id, src),
    srcset: widths.map((w) => `${imageFileUrl(row.id, w)} ${w}w`).join(', '),
    width: row.width,
    height: row.height,
    alt: row.alt,
  };
}

async function categoryTree(db: Executor): Promise<CategoryNode[]> {
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

async function search(db: Executor, filter: repo.ProductFilter) {
  const rows = await repo.searchProducts(db, filter);
  // Each row carries the count of all matches; a page past the end has no row to carry it.
  const total = rows[0]?.total ?? (filter.offset > 0 ? ((await repo.searchProducts(db, { ...filter, limit: 1, offset: 0 }))[0]?.total ?? 0) : 0);
  return { rows, total };
}

async function listProducts(
  db: Executor,
  query: ProductListQuery,
): Promise<{ items: ProductSummary[]; meta: PaginationMeta }> {
  const categoryIds = query.category ? await repo.categoryWithDescendants(db, query.category) : undefined;
  if (categoryIds?.length === 0) return { items: [], meta: pageMeta(query, 0) };

  const filter = {
    words: searchWords(query.q),
    categoryIds,
    sellerId: query.seller,
    inStockOnly: query.inStock === true,
    minPriceCents: query.minPriceCents,
    maxPriceCents: query.maxPriceCents,
    sort: query.sort,
    limit: query.pageSize,
    offset: offsetOf(query),
  };
  let { rows, total } = await search(db, filter);
  if (total === 0 && filter.words.length > 0) {
    // Nothing found: a word may be misspelt. Search again with each corrected to the catalog's nearest word.
    const corrected = await repo.correctSpelling(db, filter.words);
    if (corrected.some((word, i) => word !== filter.words[i])) ({ rows, total } = await search(db, { ...filter, words: corrected }));
  }
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    seller: r.seller,
    priceCents: r.minPriceCents,
    currency: STORE_CURRENCY,
    image: r.image ? imageOf(r.image) : null,
    inStock: r.totalStock > 0,
    rating: { average: r.ratingAverage, count: r.ratingCount },
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, meta: pageMeta(query, total) };
}

type FoundProduct = NonNullable<Awaited<ReturnType<typeof repo.findProduct>>>;

/** A product as its page shows it, to shoppers and (in any status) to its seller. */
export async function productDetailOf(db: Executor, found: FoundProduct): Promise<ProductDetail> {
  const { product } = found;
  const [variants, images] = await Promise.all([repo.listVariants(db, product.id), repo.listImages(db, product.id)]);
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    status: product.status,
    category: found.category,
    seller: found.seller,
    currency: STORE_CURRENCY,
    options: product.options,
    variants: variants.map((v) => ({ id: v.id, sku: v.sku, options: v.options, priceCents: v.priceCents, stock: v.stock })),
    images: images.map(imageOf),
    rating: { average: product.ratingAverage, count: product.ratingCount },
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

async function getProduct(db: Executor, id: string): Promise<ProductDetail> {
  const found = await repo.findProduct(db, id, 'shopper');
  if (!found) throw notFound('Product');
  return productDetailOf(db, found);
}

/** The storefront's reads: the category tree, search and browse, one product. */
export function createCatalogService({ db }: { db: Database }) {
  return {
    /** The demo shop's categories and products (`seed/demo.ts`), written in the seed's transaction. */
    async addDemoCatalog(ctx: Context, sellerId: string, catalog: DemoCatalog): Promise<void> {
      const categoryIds = new Map<string, string>();
      for (const top of catalog.categories) {
        const parentId = newId();
        categoryIds.set(top.slug, parentId);
        await repo.insertCategory(ctx.tx, { id: parentId, name: top.name, slug: top.slug });
        for (const child of top.children) {
          const id = newId();
          categoryIds.set(child.slug, id);
          await repo.insertCategory(ctx.tx, { id, name: child.name, slug: child.slug, parentId });
        }
      }
      for (const product of catalog.products) {
        const categoryId = categoryIds.get(product.category);
        if (!categoryId) throw new Error(`demo product ${product.name} names no known category`);
        await repo.insertProduct(
          ctx.tx,
          { id: newId(), sellerId, categoryId, name: product.name, description: product.description },
          product.variants.map((variant) => ({ id: newId(), ...variant })),
          {
            row: { id: newId(), alt: product.name, width: product.image.width, height: product.image.height },
            files: [{ width: product.image.width, contentType: product.image.contentType, data: product.image.data, etag: etagOf(product.image.data) }],
          },
        );
      }
    },

    categoryTree: () => categoryTree(db),
    listProducts: (query: ProductListQuery) => listProducts(db, query),
    getProduct: (id: string) => getProduct(db, id),
    async sellerProfile(id: string): Promise<SellerProfile> {
      const profile = await repo.findSellerProfile(db, id);
      if (!profile) throw notFound('Seller');
      return profile;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
