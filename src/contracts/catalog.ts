import { z } from 'zod';
import { currency, paginationQuery, uuid } from './common.js';
import { CATEGORY_NAME_MAX, OPTION_TEXT_MAX, PRICE_CENTS_MAX, PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX, SKU_MAX, SKU_PATTERN, SLUG_MAX, SLUG_PATTERN, STOCK_MAX, VARIANTS_MAX } from './catalog-rules.js';
import { CATEGORY_PARAM_MAX, SEARCH_TEXT_MAX } from './search-rules.js';

export type CategoryNode = {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
  children: CategoryNode[];
};
export const categoryNode: z.ZodType<CategoryNode> = z
  .object({
    id: uuid,
    name: z.string(),
    slug: z.string(),
    parentId: uuid.nullable(),
    get children() {
      return z.array(categoryNode);
    },
  })
  .meta({ id: 'CategoryNode' });

const categoryName = z.string().trim().min(1).max(CATEGORY_NAME_MAX);
const slug = z.string().trim().max(SLUG_MAX).regex(SLUG_PATTERN, 'Use lower-case letters and digits joined by single hyphens');

/** POST /categories: the slug is made from the name when it is left out. */
export const createCategoryBody = z.strictObject({ name: categoryName, slug: slug.optional(), parentId: uuid.nullish() }).meta({ id: 'CreateCategory' });
export type CreateCategoryBody = z.infer<typeof createCategoryBody>;
/** PATCH /categories/:id: rename, re-slug, or move (`parentId: null` makes it a top category). */
export const updateCategoryBody = z.strictObject({ name: categoryName.optional(), slug: slug.optional(), parentId: uuid.nullish() }).meta({ id: 'UpdateCategory' });
export type UpdateCategoryBody = z.infer<typeof updateCategoryBody>;

const optionText = z.string().trim().min(1).max(OPTION_TEXT_MAX);
/** A new variant. Its options name the same option names as the product's other variants, in any order. */
export const newVariantBody = z.strictObject({
  sku: z.string().trim().min(1).max(SKU_MAX).regex(SKU_PATTERN, 'Use letters, digits, ".", "_" and "-"'),
  options: z.record(optionText, optionText).refine((options) => Object.keys(options).length <= 5, 'At most 5 options'),
  priceCents: z.int().min(0).max(PRICE_CENTS_MAX),
  stock: z.int().min(0).max(STOCK_MAX),
  lowStockThreshold: z.int().min(0).max(STOCK_MAX).optional(),
});
export type NewVariantBody = z.infer<typeof newVariantBody>;

const productName = z.string().trim().min(1).max(PRODUCT_NAME_MAX);
const productDescription = z.string().trim().max(PRODUCT_DESCRIPTION_MAX);

/**
 * POST /products. The option values keep the order of their first appearance in `variants`, which
 * is how pickers show them (S, M, L).
 */
export const createProductBody = z
  .strictObject({
    name: productName,
    description: productDescription,
    categoryId: uuid,
    status: z.enum(['active', 'draft']).optional(),
    variants: z.array(newVariantBody).min(1).max(VARIANTS_MAX),
  })
  .meta({ id: 'CreateProduct' });
export type CreateProductBody = z.infer<typeof createProductBody>;

/** PATCH /products/:id: `archived` takes it out of the shop and keeps it for the seller. */
export const updateProductBody = z
  .strictObject({ name: productName.optional(), description: productDescription.optional(), categoryId: uuid.optional(), status: z.enum(['active', 'draft', 'archived']).optional() })
  .meta({ id: 'UpdateProduct' });
export type UpdateProductBody = z.infer<typeof updateProductBody>;

/**
 * PATCH /variants/:id. A new `stock` is a counted stock: it needs a `reason`, and goes into the
 * ledger as the difference from the stock at that moment.
 */
export const updateVariantBody = z
  .strictObject({
    priceCents: z.int().min(0).max(PRICE_CENTS_MAX).optional(),
    stock: z.int().min(0).max(STOCK_MAX).optional(),
    reason: z.string().trim().min(1).max(200).optional().describe('why the stock changed; required with stock'),
    lowStockThreshold: z.int().min(0).max(STOCK_MAX).nullable().optional().describe("null: the store's default"),
  })
  .refine((body) => body.stock === undefined || body.reason !== undefined, { path: ['reason'], message: 'Say why the stock changed' })
  .meta({ id: 'UpdateVariant' });
export type UpdateVariantBody = z.infer<typeof updateVariantBody>;

/** A variant as its seller sees it. */
export const sellerVariant = z
  .object({ id: uuid, productId: uuid, sku: z.string(), options: z.record(z.string(), z.string()), priceCents: z.int(), stock: z.int(), lowStockThreshold: z.int().nullable() })
  .meta({ id: 'SellerVariant' });
export type SellerVariant = z.infer<typeof sellerVariant>;

/** A line of a variant's stock ledger. */
export const stockMovement = z
  .object({
    id: uuid,
    at: z.iso.datetime(),
    delta: z.int(),
    stockAfter: z.int(),
    reason: z.enum(['initial', 'manual', 'order', 'cancellation', 'refund']),
    note: z.string().nullable(),
    actorId: uuid.nullable(),
  })
  .meta({ id: 'StockMovement' });
export type StockMovement = z.infer<typeof stockMovement>;

export const sellerProductQuery = paginationQuery.extend({
  lowStock: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only products with a variant at or under its low-stock threshold'),
});
export type SellerProductQuery = z.infer<typeof sellerProductQuery>;

export const productSort = z.enum(['relevance', 'newest', 'price_asc', 'price_desc', 'rating']);
export type ProductSort = z.infer<typeof productSort>;

export const productListQuery = paginationQuery.extend({
  q: z.string().trim().max(SEARCH_TEXT_MAX).optional(),
  category: z.string().trim().min(1).max(CATEGORY_PARAM_MAX).optional().describe('category id or slug'),
  minPriceCents: z.coerce.number().int().min(0).optional(),
  maxPriceCents: z.coerce.number().int().min(0).optional(),
  sort: productSort.default('relevance'),
});
export type ProductListQuery = z.infer<typeof productListQuery>;

const categoryRef = z.object({ id: uuid, name: z.string(), slug: z.string() });
const sellerRef = z.object({ id: uuid, name: z.string() });
export const ratingSummary = z.object({ average: z.number().nullable(), count: z.int() });

export const productSummary = z
  .object({
    id: uuid,
    name: z.string(),
    category: categoryRef,
    seller: sellerRef,
    priceCents: z.int().describe('lowest price among the variants'),
    currency,
    imageUrl: z.string().nullable(),
    inStock: z.boolean(),
    rating: ratingSummary,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ProductSummary' });
export type ProductSummary = z.infer<typeof productSummary>;

export const variantOptions = z.record(z.string(), z.string());

export const variant = z
  .object({
    id: uuid,
    sku: z.string(),
    options: variantOptions,
    priceCents: z.int(),
    stock: z.int(),
  })
  .meta({ id: 'Variant' });
export type Variant = z.infer<typeof variant>;

export const productImage = z.object({ id: uuid, url: z.string(), alt: z.string() });

export const productDetail = z
  .object({
    id: uuid,
    name: z.string(),
    description: z.string(),
    status: z.enum(['active', 'draft', 'archived']),
    category: categoryRef,
    seller: sellerRef,
    currency,
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })).describe('option names and values in the order the seller gave them'),
    variants: z.array(variant),
    images: z.array(productImage),
    rating: ratingSummary,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProductDetail' });
export type ProductDetail = z.infer<typeof productDetail>;

/** A line of the seller's own product list: drafts and archived ones too. */
export const sellerProductSummary = z
  .object({
    id: uuid,
    name: z.string(),
    status: z.enum(['active', 'draft', 'archived']),
    category: categoryRef,
    priceCents: z.int().nullable().describe('lowest price of the live variants; null without one'),
    currency,
    totalStock: z.int(),
    lowStockVariants: z.int().describe('variants at or under their low-stock threshold'),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'SellerProductSummary' });
export type SellerProductSummary = z.infer<typeof sellerProductSummary>;
