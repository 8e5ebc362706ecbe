import { z } from 'zod';
import { currency, paginationQuery, uuid } from './common.js';
import { CATEGORY_NAME_MAX, IMAGE_ALT_MAX, IMAGES_MAX, OPTION_TEXT_MAX, PRICE_CENTS_MAX, PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX, SKU_MAX, SKU_PATTERN, SLUG_MAX, SLUG_PATTERN, STOCK_MAX, VARIANTS_MAX } from './catalog-rules.js';
import { CATEGORY_PARAM_MAX, SEARCH_TEXT_MAX } from './search-rules.js';

/** A `?flag=true|false` query parameter. */
const queryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

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
  lowStock: queryFlag.optional().describe('only products with a variant at or under its low-stock threshold'),
});
export type SellerProductQuery = z.infer<typeof sellerProductQuery>;

export const productSort = z.enum(['relevance', 'newest', 'price_asc', 'price_desc', 'rating']);
export type ProductSort = z.infer<typeof productSort>;

export const productListQuery = paginationQuery.extend({
  q: z.string().trim().max(SEARCH_TEXT_MAX).optional().describe('words to find in names, descriptions and category names; each matches as a prefix, and a misspelt word by similarity'),
  category: z.string().trim().min(1).max(CATEGORY_PARAM_MAX).optional().describe('category id or slug; its sub-categories are included'),
  seller: uuid.optional().describe("one seller's products"),
  minPriceCents: z.coerce.number().int().min(0).optional(),
  maxPriceCents: z.coerce.number().int().min(0).optional(),
  inStock: queryFlag.optional().describe('only products with stock'),
  sort: productSort.default('relevance'),
});
export type ProductListQuery = z.infer<typeof productListQuery>;

/** An image in every width it was resized to: `url` for a plain <img>, `srcset` for the browser to choose. */
export const productImage = z
  .object({
    id: uuid,
    url: z.string(),
    srcset: z.string().describe('the same image at each stored width, as an <img srcset>'),
    width: z.int().describe('of the largest stored width, for the layout before it loads'),
    height: z.int(),
    alt: z.string(),
  })
  .meta({ id: 'ProductImage' });
export type ProductImage = z.infer<typeof productImage>;

/** PATCH /images/:id: alt text, or a new place among the product's images (0 is first, which lists show). */
export const updateImageBody = z
  .strictObject({ alt: z.string().trim().max(IMAGE_ALT_MAX).optional(), position: z.int().min(0).max(IMAGES_MAX - 1).optional() })
  .meta({ id: 'UpdateImage' });
export type UpdateImageBody = z.infer<typeof updateImageBody>;

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
    image: productImage.nullable().describe('the first image'),
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

/** GET /seller/products/:id: a product in any status as its seller (or an admin) edits it. */
export const sellerProductDetail = productDetail
  .extend({ variants: z.array(sellerVariant.extend({ lowStock: z.boolean().describe('at or under its threshold (or the store default)') })) })
  .meta({ id: 'SellerProductDetail' });
export type SellerProductDetail = z.infer<typeof sellerProductDetail>;

/** GET /admin/products: every seller's products, drafts and archived ones too. */
export const adminProductQuery = paginationQuery.extend({
  q: z.string().trim().max(SEARCH_TEXT_MAX).optional().describe('part of the name or a SKU'),
  seller: uuid.optional(),
  status: z.enum(['active', 'draft', 'archived']).optional(),
  category: z.string().trim().min(1).max(CATEGORY_PARAM_MAX).optional().describe('category id or slug; its sub-categories are included'),
});
export type AdminProductQuery = z.infer<typeof adminProductQuery>;

export const adminProductSummary = sellerProductSummary.extend({ seller: sellerRef }).meta({ id: 'AdminProductSummary' });
export type AdminProductSummary = z.infer<typeof adminProductSummary>;

/** GET /sellers/:id: the public face of an active seller, whose products `GET /products?seller=` lists. */
export const sellerProfile = z.object({ id: uuid, name: z.string(), activeProducts: z.int() }).meta({ id: 'SellerProfile' });
export type SellerProfile = z.infer<typeof sellerProfile>;

/** A shopper's request to be emailed once when an out-of-stock variant is back. */
export const backInStockRequest = z
  .object({ variantId: uuid, productId: uuid, productName: z.string(), sku: z.string(), options: variantOptions, requestedAt: z.iso.datetime() })
  .meta({ id: 'BackInStockRequest' });
export type BackInStockRequest = z.infer<typeof backInStockRequest>;
