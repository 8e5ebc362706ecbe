import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ProductSort } from '../../../contracts/catalog.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hotQuery, type Executor, type QueryParams } from '../../db/client.js';
import { definedFields } from '../../lib/app-error.js';
import { containsPattern } from '../../lib/like.js';
import { accountDirectory, activeAccountIds, activeSellers, sellerNames } from '../users/users.service.js';
import { backInStockRequests, categories, productImageFiles, productImages, products, productVariants, searchWords, stockMovements } from './catalog.tables.js';

export type CategoryRow = typeof categories.$inferSelect;

export type ProductFilter = {
  /** Already reduced to search words; each matches as a prefix ("head" finds "headphones"). */
  words: string[];
  categoryIds?: string[];
  sellerId?: string;
  inStockOnly: boolean;
  minPriceCents?: number;
  maxPriceCents?: number;
  sort: ProductSort;
  limit: number;
  offset: number;
};

export async function listCategories(db: Executor): Promise<CategoryRow[]> {
  return db.select().from(categories).orderBy(asc(categories.name));
}

/** The category named by id or slug and every category below it. */
export async function categoryWithDescendants(db: Executor, idOrSlug: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM ${categories} WHERE id::text = ${idOrSlug} OR slug = ${idOrSlug}
      UNION
      SELECT c.id FROM ${categories} c JOIN tree ON c.parent_id = tree.id
    )
    SELECT id FROM tree`);
  return result.rows.map((r) => r.id);
}

/** The widths an image is stored at, smallest first: its srcset. */
const storedWidths = sql<number[]>`(select array_agg(${productImageFiles.width} order by ${productImageFiles.width}) from ${productImageFiles} where ${productImageFiles.imageId} = ${productImages.id})`.as('widths');

const imageColumns = { id: productImages.id, alt: productImages.alt, width: productImages.width, height: productImages.height, widths: storedWidths };
export type ImageRow = { id: string; alt: string; width: number; height: number; widths: number[] };

const firstImage = (db: Executor, productId: SQL.Aliased<string> | AnyPgColumn) =>
  db
    .select(imageColumns)
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position), asc(productImages.id))
    .limit(1)
    .as('first_image');

const SIMILARITY_THRESHOLD = 0.25;

/**
 * Each search word as typed when a word of the catalog starts with it; otherwise the catalog's
 * most similar word by trigrams ("hedphones" → "headphones"), or as typed when none is similar.
 */
export async function correctSpelling(db: Executor, words: string[]): Promise<string[]> {
  const typed = sql.join(words.map((word) => sql`${word}::text`), sql`, `);
  const result = await db.transaction(async (tx) => {
    // pg_trgm's default (0.3) misses a swapped pair of letters ("stuido"); 0.25 takes it, and still not "laptop" for "lamp".
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`);
    return tx.execute<{ corrected: string }>(sql`
    select coalesce(
      (select input from ${searchWords} where length(input) < 3 or ${searchWords.word} like input || '%' limit 1),
      (select ${searchWords.word} from ${searchWords} where ${searchWords.word} % input order by ${searchWords.word} <-> input, ${searchWords.word} limit 1),
      input) as corrected
    from unnest(array[${typed}]) with ordinality as typed(input, n)
    order by n`);
  });
  return result.rows.map((row) => row.corrected);
}

/**
 * A search's values, each a parameter of its prepared statement. Which of them are present (and
 * the sort) is the statement's shape: one statement a shape, prepared once per connection.
 */
type SearchParams = {
  /** The words as a tsquery, each a prefix: "head:* & phone:*". */
  tsquery?: string;
  /** A PostgreSQL array literal of ids, "{…,…}": one parameter however many. */
  categoryIds?: string;
  sellerId?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
};
type PageParams = SearchParams & { limit: number; offset: number; cap: number };

function searchOf(filter: ProductFilter): { shape: string; params: SearchParams } {
  const params = definedFields({
    tsquery: filter.words.length ? filter.words.map((w) => `${w}:*`).join(' & ') : undefined,
    categoryIds: filter.categoryIds ? `{${filter.categoryIds.join(',')}}` : undefined,
    sellerId: filter.sellerId,
    minPriceCents: filter.minPriceCents,
    maxPriceCents: filter.maxPriceCents,
  });
  return { shape: `${Object.keys(params).join('_')}${filter.inStockOnly ? '_instock' : ''}`, params };
}

/** What a shopper may find: active, not deleted, of an active seller, with a live variant (a price and something to buy). */
function listable(p: QueryParams<SearchParams>, inStockOnly: boolean): SQL | undefined {
  return and(
    eq(products.status, 'active'),
    isNull(products.deletedAt),
    isNotNull(products.minPriceCents),
    sql`${products.sellerId} in ${activeAccountIds}`,
    p.tsquery !== undefined ? sql`${products.search} @@ to_tsquery('english', ${p.tsquery})` : undefined,
    p.categoryIds !== undefined ? sql`${products.categoryId} = any(${p.categoryIds}::uuid[])` : undefined,
    p.sellerId !== undefined ? sql`${products.sellerId} = ${p.sellerId}` : undefined,
    inStockOnly ? gt(products.totalStock, 0) : undefined,
    p.minPriceCents !== undefined ? sql`${products.minPriceCents} >= ${p.minPriceCents}` : undefined,
    p.maxPriceCents !== undefined ? sql`${products.minPriceCents} <= ${p.maxPriceCents}` : undefined,
  );
}

/**
 * The first `cap` matches in order are found in one pass over the products table (its indexes:
 * search, category, newest), and counted; the page is cut from them, and only its rows are
 * joined to their category, seller and first image. One row more carries the count when the
 * page is past the end.
 */
function pageQuery(db: Executor, p: QueryParams<PageParams>, sort: ProductSort, inStockOnly: boolean) {
  const rank = p.tsquery !== undefined ? sql<number>`ts_rank(${products.search}, to_tsquery('english', ${p.tsquery}))` : sql<number>`0`;
  const order = (columns: { rank: unknown; minPriceCents: unknown; ratingAverage: unknown; ratingCount: unknown; createdAt: unknown; id: unknown }): SQL[] => {
    const by = {
      relevance: p.tsquery !== undefined ? [sql`${columns.rank} desc`] : [],
      newest: [],
      price_asc: [sql`${columns.minPriceCents} asc`],
      price_desc: [sql`${columns.minPriceCents} desc`],
      rating: [sql`${columns.ratingAverage} desc nulls last`, sql`${columns.ratingCount} desc`],
    }[sort];
    return [...by, sql`${columns.createdAt} desc`, sql`${columns.id} desc`];
  };

  const matches = db.$with('matches').as(
    db
      .select({
        id: products.id,
        name: products.name,
        categoryId: products.categoryId,
        sellerId: products.sellerId,
        createdAt: products.createdAt,
        ratingAverage: products.ratingAverage,
        ratingCount: products.ratingCount,
        minPriceCents: products.minPriceCents,
        totalStock: products.totalStock,
        rank: rank.as('rank'),
      })
      .from(products)
      .where(listable(p, inStockOnly))
      .orderBy(...order({ rank, minPriceCents: products.minPriceCents, ratingAverage: products.ratingAverage, ratingCount: products.ratingCount, createdAt: products.createdAt, id: products.id }))
      .limit(p.cap as number),
  );
  const counted = db.$with('counted').as(db.select({ total: sql<number>`count(*)::int`.as('total') }).from(matches));
  const page = db.$with('page').as(
    db
      .select()
      .from(matches)
      .orderBy(...order(matches))
      .limit(p.limit as number)
      .offset(p.offset as number),
  );
  const sellers = sellerNames(db);
  const image = firstImage(db, page.id);
  return db
    .with(matches, counted, page)
    .select({
      total: counted.total,
      id: page.id,
      name: page.name,
      createdAt: page.createdAt,
      ratingAverage: page.ratingAverage,
      ratingCount: page.ratingCount,
      category: { id: categories.id, name: categories.name, slug: categories.slug },
      seller: { id: sellers.id, name: sellers.name },
      // Kept on the product by a trigger: a list never scans variants.
      minPriceCents: page.minPriceCents,
      totalStock: page.totalStock,
      image: { id: image.id, alt: image.alt, width: image.width, height: image.height, widths: image.widths },
    })
    .from(counted)
    .leftJoin(page, sql`true`)
    .leftJoin(categories, eq(categories.id, page.categoryId))
    .leftJoin(sellers, eq(sellers.id, page.sellerId))
    .leftJoinLateral(image, sql`true`)
    .orderBy(...order(page));
}

type PageRow = Awaited<ReturnType<typeof pageQuery>>[number];
/** A row of the page itself: what the left joins leave nullable is there (a rating and an image may still be missing). */
type ListedRow = Omit<{ [K in keyof PageRow]: NonNullable<PageRow[K]> }, 'ratingAverage' | 'image'> & Pick<PageRow, 'ratingAverage' | 'image'>;
const pageStatements = new Map<string, (db: Executor, params: PageParams) => Promise<PageRow[]>>();

/**
 * One page of the products a shopper finds, in the order asked for, and how many there are,
 * counted up to `cap`: nobody pages past a few dozen pages, and counting every match of a broad
 * search would cost more than the page itself. A statement is prepared for each shape of search.
 */
export async function searchProducts(db: Executor, filter: ProductFilter, cap: number) {
  const { shape, params } = searchOf(filter);
  const name = `products_page_${filter.sort}_${shape}`;
  let statement = pageStatements.get(name);
  if (!statement) {
    statement = hotQuery(name, (d, p: QueryParams<PageParams>) => pageQuery(d, p, filter.sort, filter.inStockOnly));
    pageStatements.set(name, statement);
  }
  const rows = await statement(db, { ...params, limit: filter.limit, offset: filter.offset, cap });
  // The page's rows, without the lone row that carries the count past the end.
  const page = rows.filter((row): row is PageRow & ListedRow => row.id !== null);
  return { rows: page, total: rows[0]?.total ?? 0 };
}

type VariantJson = { id: string; sku: string; options: Record<string, string>; priceCents: number; stock: number };

/**
 * Products with their category, seller, live variants (cheapest first) and images (in order), in
 * one query however many are asked for. Not deleted; for shoppers only active ones of active
 * sellers; for their sellers and the admins any status, whatever the seller's account.
 */
export async function findProducts(db: Executor, ids: readonly string[], viewer: 'shopper' | 'owner') {
  const shopper = viewer === 'shopper';
  const sellers = shopper ? activeSellers(db) : sellerNames(db);
  return db
    .select({
      product: products,
      category: { id: categories.id, name: categories.name, slug: categories.slug },
      seller: { id: sellers.id, name: sellers.name },
      variants: sql<VariantJson[]>`(select coalesce(json_agg(json_build_object('id', v.id, 'sku', v.sku, 'options', v.options, 'priceCents', v.price_cents, 'stock', v.stock) order by v.price_cents, v.sku), '[]')
        from ${productVariants} v where v.product_id = ${products.id} and v.deleted_at is null)`,
      images: sql<ImageRow[]>`(select coalesce(json_agg(json_build_object('id', i.id, 'alt', i.alt, 'width', i.width, 'height', i.height,
          'widths', (select array_agg(f.width order by f.width) from ${productImageFiles} f where f.image_id = i.id)) order by i.position, i.id), '[]')
        from ${productImages} i where i.product_id = ${products.id})`,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(and(inArray(products.id, [...ids]), isNull(products.deletedAt), shopper ? eq(products.status, 'active') : undefined));
}

export async function findProduct(db: Executor, id: string, viewer: 'shopper' | 'owner') {
  const [row] = await findProducts(db, [id], viewer);
  return row;
}

/** A product its seller or an admin may edit: any status, not deleted; locked until the transaction ends. */
export async function lockEditableProduct(db: Executor, id: string) {
  const [row] = await db.select().from(products).where(and(eq(products.id, id), isNull(products.deletedAt))).for('update');
  return row;
}

export async function insertProductRow(db: Executor, product: typeof products.$inferInsert): Promise<void> {
  await db.insert(products).values(product);
}

export async function insertVariants(db: Executor, variants: (typeof productVariants.$inferInsert)[]): Promise<void> {
  await db.insert(productVariants).values(variants);
}

export async function insertStockMovements(db: Executor, movements: (typeof stockMovements.$inferInsert)[]): Promise<void> {
  if (movements.length) await db.insert(stockMovements).values(movements);
}

export async function updateProduct(db: Executor, id: string, changes: Partial<typeof products.$inferInsert>): Promise<void> {
  await db.update(products).set(changes).where(eq(products.id, id));
}

/** The low-stock rule in SQL: at or under the variant's own threshold, or the store's default where it names none. */
const isLowStock = (defaultThreshold: number) => sql`v.stock <= coalesce(v.low_stock_threshold, ${defaultThreshold})`;

export type ManagedProductFilter = {
  /** One seller's products; every seller's (the admins' list) when left out. */
  sellerId?: string;
  status?: 'active' | 'draft' | 'archived';
  categoryIds?: string[];
  /** Part of the name, or of a live variant's SKU. */
  text?: string;
  defaultThreshold: number;
  lowStockOnly: boolean;
  limit: number;
  offset: number;
};

/**
 * Products as sellers and admins manage them (not deleted, any status), newest change first,
 * with their seller and how many variants sit at or under their low-stock threshold.
 */
export async function listManagedProducts(db: Executor, filter: ManagedProductFilter) {
  const sellers = sellerNames(db);
  const lowStock = sql<number>`(select count(*)::int from ${productVariants} v
    where v.product_id = ${products.id} and v.deleted_at is null and ${isLowStock(filter.defaultThreshold)})`;
  const text = filter.text ? containsPattern(filter.text) : undefined;
  return db
    .select({
      id: products.id,
      name: products.name,
      status: products.status,
      category: { id: categories.id, name: categories.name, slug: categories.slug },
      seller: { id: sellers.id, name: sellers.name },
      minPriceCents: products.minPriceCents,
      totalStock: products.totalStock,
      lowStockVariants: lowStock,
      updatedAt: products.updatedAt,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(
      and(
        isNull(products.deletedAt),
        filter.sellerId ? eq(products.sellerId, filter.sellerId) : undefined,
        filter.status ? eq(products.status, filter.status) : undefined,
        filter.categoryIds ? inArray(products.categoryId, filter.categoryIds) : undefined,
        text
          ? sql`(${products.name} ilike ${text} or exists (select 1 from ${productVariants} v where v.product_id = ${products.id} and v.deleted_at is null and v.sku ilike ${text}))`
          : undefined,
        filter.lowStockOnly ? sql`${lowStock} > 0` : undefined,
      ),
    )
    .orderBy(desc(products.updatedAt), desc(products.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** A live variant with its product's seller, locked until the transaction ends: stock changes are serialised per variant. */
export async function lockVariant(db: Executor, id: string) {
  const [row] = await db
    .select({ variant: productVariants, sellerId: products.sellerId, productOptions: products.options })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.id, id), isNull(productVariants.deletedAt), isNull(products.deletedAt)))
    .for('update', { of: productVariants });
  return row;
}

/** A live variant and its product's seller, unlocked: for reading its ledger. */
export async function findVariantOwner(db: Executor, id: string) {
  const [row] = await db
    .select({ sellerId: products.sellerId })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.id, id), isNull(productVariants.deletedAt), isNull(products.deletedAt)));
  return row;
}

/** Adds `delta` to the stock (the check constraint refuses a negative result); the variant after. */
export async function addToStock(db: Executor, id: string, delta: number) {
  const [row] = await db
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} + ${delta}` })
    .where(eq(productVariants.id, id))
    .returning();
  return row;
}

export async function updateVariant(db: Executor, id: string, changes: Partial<typeof productVariants.$inferInsert>) {
  const [row] = await db.update(productVariants).set(changes).where(eq(productVariants.id, id)).returning();
  return row;
}

export async function listStockMovements(db: Executor, variantId: string, page: { limit: number; offset: number }) {
  return db
    .select({ movement: stockMovements, total: sql<number>`count(*) over ()::int` })
    .from(stockMovements)
    .where(eq(stockMovements.variantId, variantId))
    .orderBy(desc(stockMovements.at), desc(stockMovements.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function listVariants(db: Executor, productId: string) {
  return db
    .select()
    .from(productVariants)
    .where(and(eq(productVariants.productId, productId), isNull(productVariants.deletedAt)))
    .orderBy(asc(productVariants.priceCents), asc(productVariants.sku));
}

export async function listImages(db: Executor, productId: string): Promise<ImageRow[]> {
  return db
    .select(imageColumns)
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position), asc(productImages.id));
}

export async function findImage(db: Executor, id: string): Promise<ImageRow | undefined> {
  const [row] = await db.select(imageColumns).from(productImages).where(eq(productImages.id, id));
  return row;
}

/** The live product an image belongs to. */
export async function findImageProduct(db: Executor, imageId: string) {
  const [row] = await db
    .select({ productId: productImages.productId, sellerId: products.sellerId })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .where(and(eq(productImages.id, imageId), isNull(products.deletedAt)));
  return row;
}

export async function findImageFile(db: Executor, imageId: string, width: number) {
  const [row] = await db
    .select({ contentType: productImageFiles.contentType, data: productImageFiles.data, etag: productImageFiles.etag })
    .from(productImageFiles)
    .where(and(eq(productImageFiles.imageId, imageId), eq(productImageFiles.width, width)));
  return row;
}

export async function insertImage(
  db: Executor,
  image: typeof productImages.$inferInsert,
  files: Omit<typeof productImageFiles.$inferInsert, 'imageId'>[],
): Promise<void> {
  await db.insert(productImages).values(image);
  await db.insert(productImageFiles).values(files.map((file) => ({ ...file, imageId: image.id })));
}

export async function updateImageAlt(db: Executor, id: string, alt: string): Promise<void> {
  await db.update(productImages).set({ alt }).where(eq(productImages.id, id));
}

/** Its files go with it (ON DELETE CASCADE). */
export async function deleteImage(db: Executor, id: string): Promise<void> {
  await db.delete(productImages).where(eq(productImages.id, id));
}

/** Numbers the product's images 0, 1, 2… in the order given (a dozen at most: one update each). */
export async function setImageOrder(db: Executor, orderedIds: string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await db.update(productImages).set({ position }).where(eq(productImages.id, id));
  }
}

export async function insertCategory(db: Executor, category: typeof categories.$inferInsert): Promise<void> {
  await db.insert(categories).values(category);
}

export async function findCategory(db: Executor, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id));
  return row;
}

export async function updateCategory(db: Executor, id: string, changes: Partial<Pick<CategoryRow, 'name' | 'slug' | 'parentId'>>): Promise<CategoryRow | undefined> {
  const [row] = await db.update(categories).set(changes).where(eq(categories.id, id)).returning();
  return row;
}

export async function deleteCategory(db: Executor, id: string): Promise<void> {
  await db.delete(categories).where(eq(categories.id, id));
}

/** Moves and deletions of the tree happen one at a time, so no two racing moves make a cycle. */
export async function holdCategoryTree(db: Executor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('category-tree'))`);
}

/** Whether `candidate` is `id` or lies below it: a category cannot move under itself. */
export async function isWithin(db: Executor, candidate: string, id: string): Promise<boolean> {
  return (await categoryWithDescendants(db, id)).includes(candidate);
}

/** What keeps a category from being deleted: its sub-categories, and the products filed under it (past ones too, which orders keep). */
export async function categoryUse(db: Executor, id: string): Promise<{ children: number; products: number }> {
  const [row] = await db.execute<{ children: number; products: number }>(sql`select
      (select count(*)::int from ${categories} where parent_id = ${id}) as children,
      (select count(*)::int from ${products} where category_id = ${id}) as products`).then((r) => r.rows);
  return row ?? { children: 0, products: 0 };
}

/** Products with their variants and first image, in four statements however many (the demo shop's). */
export async function insertProducts(
  db: Executor,
  items: {
    product: typeof products.$inferInsert;
    variants: Omit<typeof productVariants.$inferInsert, 'productId'>[];
    image: { row: Omit<typeof productImages.$inferInsert, 'productId'>; files: Omit<typeof productImageFiles.$inferInsert, 'imageId'>[] };
  }[],
): Promise<void> {
  if (items.length === 0) return;
  await db.insert(products).values(items.map((item) => item.product));
  await db.insert(productVariants).values(items.flatMap((item) => item.variants.map((variant) => ({ ...variant, productId: item.product.id }))));
  await db.insert(productImages).values(items.map((item) => ({ ...item.image.row, productId: item.product.id })));
  await db.insert(productImageFiles).values(items.flatMap((item) => item.image.files.map((file) => ({ ...file, imageId: item.image.row.id }))));
}

export async function findCategoryBySlug(db: Executor, slug: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.slug, slug));
  return row;
}

/**
 * A live variant on sale to shoppers (active product of an active seller), with its product's
 * name; share-locked, so a restock in flight finishes first and its stock is the one read.
 */
export async function findShopperVariant(db: Executor, variantId: string) {
  const sellers = activeSellers(db);
  const [row] = await db
    .select({ variant: productVariants, productName: products.name })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(and(eq(productVariants.id, variantId), isNull(productVariants.deletedAt), isNull(products.deletedAt), eq(products.status, 'active')))
    .for('share', { of: productVariants });
  return row;
}

/** Records the request; a second of the same user and variant keeps the first. */
export async function insertBackInStockRequest(db: Executor, request: typeof backInStockRequests.$inferInsert): Promise<void> {
  await db.insert(backInStockRequests).values(request).onConflictDoNothing();
}

export async function deleteBackInStockRequests(db: Executor, where: { userId: string; variantId?: string }): Promise<void> {
  await db
    .delete(backInStockRequests)
    .where(and(eq(backInStockRequests.userId, where.userId), where.variantId ? eq(backInStockRequests.variantId, where.variantId) : undefined));
}

/** A user's waiting requests, newest first, with what they wait for. */
export async function listBackInStockRequests(db: Executor, userId: string) {
  return db
    .select({ request: backInStockRequests, productId: products.id, productName: products.name, sku: productVariants.sku, options: productVariants.options })
    .from(backInStockRequests)
    .innerJoin(productVariants, eq(productVariants.id, backInStockRequests.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(backInStockRequests.userId, userId))
    .orderBy(desc(backInStockRequests.requestedAt));
}

/** Takes every request waiting for the variant, with the email of each active account that made one. */
export async function takeBackInStockRequests(db: Executor, variantId: string) {
  const accounts = accountDirectory(db);
  const taken = await db.delete(backInStockRequests).where(eq(backInStockRequests.variantId, variantId)).returning({ userId: backInStockRequests.userId });
  if (taken.length === 0) return [];
  return db
    .select({ email: accounts.email })
    .from(accounts)
    .where(and(inArray(accounts.id, taken.map((t) => t.userId)), eq(accounts.status, 'active')));
}

/** An active seller as shoppers see it, with how many of its products are on sale; none for an account that sells nothing and is no seller. */
export async function findSellerProfile(db: Executor, sellerId: string) {
  const sellers = activeSellers(db);
  const accounts = accountDirectory(db);
  const [row] = await db
    .select({
      id: sellers.id,
      name: sellers.name,
      role: accounts.role,
      activeProducts: sql<number>`(select count(*)::int from ${products} p where p.seller_id = ${sellers.id}
        and p.status = 'active' and p.deleted_at is null and p.min_price_cents is not null)`,
    })
    .from(sellers)
    .innerJoin(accounts, eq(accounts.id, sellers.id))
    .where(eq(sellers.id, sellerId));
  return row && (row.role === 'seller' || row.activeProducts > 0) ? { id: row.id, name: row.name, activeProducts: row.activeProducts } : undefined;
}
