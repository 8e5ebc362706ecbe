import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  primaryKey,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const categories = pgTable('categories', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  parentId: uuid('parent_id').references((): AnyPgColumn => categories.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const productStatus = pgEnum('product_status', ['active', 'draft', 'archived']);

/** A product's option names and their values, in the order its seller gave them (sizes S, M, L, not L, M, S). */
export type ProductOption = { name: string; values: string[] };

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    sellerId: uuid('seller_id')
      .notNull()
      .references(() => users.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    status: productStatus('status').notNull().default('active'),
    options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
    /**
     * The lowest price and the stock of its live variants, kept by a trigger on product_variants
     * (migration 0009), so that lists and filters never scan variants.
     */
    minPriceCents: integer('min_price_cents'),
    totalStock: integer('total_stock').notNull().default(0),
    /** Kept by the reviews module so that listing and sorting by rating needs no aggregate. */
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2, mode: 'number' }),
    ratingCount: integer('rating_count').notNull().default(0),
    /** The names of its category and the categories above it, kept by a trigger (migration 0011) so that a search for "shoes" finds what is filed under Shoes. */
    categoryTerms: text('category_terms').notNull().default(''),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', category_terms), 'B') || setweight(to_tsvector('english', description), 'C')`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: past orders keep pointing at the product. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('products_search_idx').using('gin', t.search),
    index('products_seller_idx').on(t.sellerId),
    index('products_category_idx').on(t.categoryId),
    index('products_created_idx').on(t.createdAt),
  ],
);

export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid('id').primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    priceCents: integer('price_cents').notNull(),
    stock: integer('stock').notNull().default(0),
    lowStockThreshold: integer('low_stock_threshold'),
    /** Set when the stock fell to its threshold and the seller was emailed; cleared when it rises above: one email per crossing. */
    lowStockAlerted: boolean('low_stock_alerted').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('product_variants_sku_key').on(t.sku),
    index('product_variants_product_idx').on(t.productId),
    check('product_variants_stock_check', sql`${t.stock} >= 0`),
    check('product_variants_price_check', sql`${t.priceCents} >= 0`),
  ],
);

/** A product's picture; its bytes, in each width it was resized to, are `product_image_files`. */
export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    alt: text('alt').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** Of the largest stored file, so pages reserve the space before it loads. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

/**
 * An image's bytes at one width, in PostgreSQL so that every node serves them and backups hold
 * them. Immutable: a new upload is a new image, so they are cached for a year by their ETag.
 */
export const productImageFiles = pgTable(
  'product_image_files',
  {
    imageId: uuid('image_id')
      .notNull()
      .references(() => productImages.id, { onDelete: 'cascade' }),
    width: integer('width').notNull(),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
    /** A hash of `data`: the strong ETag it is served with. */
    etag: text('etag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.imageId, t.width] })],
);

/** A shopper waiting for an out-of-stock variant: emailed once when it is back, then the request is done. */
export const backInStockRequests = pgTable(
  'back_in_stock_requests',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.variantId] }), index('back_in_stock_requests_variant_idx').on(t.variantId)],
);

/**
 * The words of product names and category names, unstemmed and kept by a trigger (migration
 * 0011): a misspelt search word is replaced by its most similar word here (pg_trgm), as the
 * PostgreSQL documentation suggests for spelling suggestions.
 */
export const searchWords = pgTable(
  'search_words',
  { word: text('word').primaryKey() },
  (t) => [index('search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops'))],
);

export const stockReason = pgEnum('stock_reason', ['initial', 'manual', 'order', 'cancellation', 'refund']);

/** Every change of a variant's stock, who made it and why: the seller's inventory ledger. Append-only. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    delta: integer('delta').notNull(),
    stockAfter: integer('stock_after').notNull(),
    reason: stockReason('reason').notNull(),
    note: text('note'),
    /** Who made it; null for the system (an order's checkout names its order in `note`). */
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('stock_movements_variant_at_idx').on(t.variantId, t.at)],
);
