import type { CategoryNode, ProductDetail, ProductImage, ProductListQuery, ProductSummary, SellerProfile } from '../../../contracts/catalog.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Context } from '../../context.js';
import type { Database, Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { notFound } from '../../lib/app-error.js';
import type { Redis } from 'ioredis';
import type { Clock } from '../../lib/clock.js';
import { createSharedCache } from '../../lib/shared-cache.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import type { UserService } from '../users/users.service.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import * as repo from './catalog.repository.js';
import type { ImageRow } from './catalog.repository.js';
import { etagOf } from './images.js';
import { optionsOf } from './product-options.js';

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

/** `meta.total` counts matches up to this many (the OpenAPI document says so). */
export const PRODUCT_COUNT_CAP = 1_000;


/** The category named by id or slug and every category below it; none when there is no such category. */
function categoryWithDescendants(tree: CategoryNode[], idOrSlug: string): string[] {
  const below = (node: CategoryNode): string[] => [node.id, ...node.children.flatMap(below)];
  for (const node of tree) {
    if (node.id === idOrSlug || node.slug === idOrSlug) return below(node);
    const found = categoryWithDescendants(node.children, idOrSlug);
    if (found.length) return found;
  }
  return [];
}

const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length ? items : undefined);

async function listProducts(
  db: Executor,
  tree: CategoryNode[],
  query: ProductListQuery,
): Promise<{ items: ProductSummary[]; meta: PaginationMeta }> {
  // A category younger than this node's copy of the tree (its news lost on the way) is looked up.
  const categoryIds = query.category ? nonEmpty(categoryWithDescendants(tree, query.category)) ?? (await repo.categoryWithDescendants(db, query.category)) : undefined;
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
  let { rows, total } = await repo.searchProducts(db, filter, PRODUCT_COUNT_CAP);
  if (total === 0 && filter.words.length > 0) {
    // Nothing found: a word may be misspelt. Search again with each corrected to the catalog's nearest word.
    const corrected = await repo.correctSpelling(db, filter.words);
    if (corrected.some((word, i) => word !== filter.words[i])) ({ rows, total } = await repo.searchProducts(db, { ...filter, words: corrected }, PRODUCT_COUNT_CAP));
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
export function productDetailOf(found: FoundProduct): ProductDetail {
  const { product } = found;
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    status: product.status,
    category: found.category,
    seller: found.seller,
    currency: STORE_CURRENCY,
    options: product.options,
    variants: found.variants,
    images: found.images.map(imageOf),
    rating: { average: product.ratingAverage, count: product.ratingCount },
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/**
 * How long a node may answer a product page or the category tree from memory. Every change
 * forgets it at once on every node (through Redis); one whose message is lost (Redis down) is
 * seen within this time. What must bite at once does not wait for it: a suspended seller's page
 * is refused through the users' own 4-second cache, and checkout reads price and stock afresh.
 */
export const CATALOG_CACHE_MS = 30_000;

/** The storefront's reads: the category tree, search and browse, one product. */
export function createCatalogService({ db, clock, redis, users }: { db: Database; clock: Clock; redis?: Redis; users: UserService }) {
  const pages = createSharedCache<ProductDetail>({
    name: 'product-pages',
    ttlMs: CATALOG_CACHE_MS,
    clock,
    redis,
    // The misses of one moment in one query.
    loadMany: async (ids) => new Map((await repo.findProducts(db, ids, 'shopper')).map((found) => [found.product.id, productDetailOf(found)])),
  });

  // One entry, the whole tree: the storefront asks for it on every page.
  const tree = createSharedCache<CategoryNode[]>({ name: 'category-tree', ttlMs: CATALOG_CACHE_MS, clock, redis, loadMany: async () => new Map([['tree', await categoryTree(db)]]) });

  return {
    /** GET /categories, from memory; every node forgets it when the tree changes. */
    categoryTree: async (): Promise<CategoryNode[]> => (await tree.get('tree')) ?? [],
    forgetCategoryTree: () => tree.forget(['tree']),

    /** GET /products/:id. A suspension is seen at once: the seller's account is checked through the users' own cache, which every node forgets on a change of status. */
    async getProduct(id: string): Promise<ProductDetail> {
      const product = await pages.get(id);
      const seller = product && (await users.profile(product.seller.id).catch(() => undefined));
      if (!product || seller?.status !== 'active') throw notFound('Product');
      return product;
    },

    /** After a change to products has committed: their pages are read again, on every node. */
    forgetProducts: (ids: readonly string[]) => pages.forget(ids),

    close: () => Promise.all([pages.close(), tree.close()]).then(() => undefined),

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
      ctx.afterCommit(() => tree.forget(['tree']));
      // A category another seller's call wrote already is found in the database.
      const categoryOf = async (slug: string) => categoryIds.get(slug) ?? (await repo.findCategoryBySlug(ctx.tx, slug))?.id;
      const rows = await Promise.all(
        catalog.products.map(async (product) => {
          const categoryId = await categoryOf(product.category);
          if (!categoryId) throw new Error(`demo product ${product.name} names no known category`);
          return {
            product: { id: newId(), sellerId, categoryId, name: product.name, description: product.description, options: optionsOf(product.variants) },
            variants: product.variants.map((variant) => ({ id: newId(), ...variant })),
            image: {
              row: { id: newId(), alt: product.name, width: product.image.width, height: product.image.height },
              files: [{ width: product.image.width, contentType: product.image.contentType, data: product.image.data, etag: etagOf(product.image.data) }],
            },
          };
        }),
      );
      await repo.insertProducts(ctx.tx, rows);
    },

    /** GET /products; the category filter reads the tree from memory. */
    listProducts: async (query: ProductListQuery) => listProducts(db, (await tree.get('tree')) ?? [], query),
    async sellerProfile(id: string): Promise<SellerProfile> {
      const profile = await repo.findSellerProfile(db, id);
      if (!profile) throw notFound('Seller');
      return profile;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
