import { z } from 'zod';
import { currency, paginationQuery, uuid } from './common.js';
import { CATEGORY_NAME_MAX, SLUG_MAX, SLUG_PATTERN } from './catalog-rules.js';
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
    variants: z.array(variant),
    images: z.array(productImage),
    rating: ratingSummary,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProductDetail' });
export type ProductDetail = z.infer<typeof productDetail>;
