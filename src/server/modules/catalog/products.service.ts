import type { CreateProductBody, NewVariantBody, ProductDetail, SellerProductQuery, SellerProductSummary, UpdateProductBody } from '../../../contracts/catalog.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { UserService } from '../users/users.service.js';
import * as repo from './catalog.repository.js';
import type { ProductOption } from './catalog.tables.js';
import { productDetailOf } from './catalog.service.js';

const invalid = (field: string, message: string) => new AppError('VALIDATION_ERROR', message, [{ field, message }]);

/**
 * The options of a product's variants, names and values in the order they first appear, which is
 * the order the seller gave them. Every variant names the same options, and no two the same values.
 */
export function optionsOf(variants: readonly Pick<NewVariantBody, 'sku' | 'options'>[]): ProductOption[] {
  const names = Object.keys(variants[0]?.options ?? {});
  const combinations = new Set<string>();
  const skus = new Set<string>();
  variants.forEach((variant, index) => {
    const own = Object.keys(variant.options);
    if (own.length !== names.length || !names.every((name) => name in variant.options)) {
      throw invalid(`variants.${index}.options`, `Every variant names the same options: ${names.join(', ') || 'none'}`);
    }
    const combination = JSON.stringify(names.map((name) => variant.options[name]));
    if (combinations.has(combination)) throw invalid(`variants.${index}.options`, 'Two variants have the same options');
    combinations.add(combination);
    const sku = variant.sku.toUpperCase();
    if (skus.has(sku)) throw invalid(`variants.${index}.sku`, 'Two variants have the same SKU');
    skus.add(sku);
  });
  return names.map((name) => ({ name, values: [...new Set(variants.map((variant) => variant.options[name] as string))] }));
}

/**
 * Products as their sellers manage them: create with variants, edit, archive, delete (soft: past
 * orders keep their lines), and the seller's own list. A seller reaches only its own products;
 * anyone else's answers 404, as if it did not exist. Admins reach every product.
 */
export function createProductService(deps: { db: Database; run: UnitOfWork; users: UserService; settings: SettingsService }) {
  const { db, run, users, settings } = deps;

  /** The caller may write: an active account (a suspension in flight is refused) that owns the product, or an admin. */
  const editable = async (ctx: Context, actor: Actor, productId: string) => {
    await users.lockActiveAccount(ctx, actor.userId);
    const product = await repo.lockEditableProduct(ctx.tx, productId);
    if (!product || (product.sellerId !== actor.userId && actor.role !== 'admin')) throw notFound('Product');
    return product;
  };

  const checkCategory = async (ctx: Context, categoryId: string) => {
    if (!(await repo.findCategory(ctx.tx, categoryId))) throw invalid('categoryId', 'There is no such category');
  };

  const detail = async (ctx: Context, productId: string): Promise<ProductDetail> => {
    const found = await repo.findProductForOwner(ctx.tx, productId);
    if (!found) throw notFound('Product');
    return productDetailOf(ctx.tx, found);
  };

  /** A taken SKU is the unique index speaking: a 409 that names it. */
  const skuTaken = (error: unknown): never => {
    if (isUniqueViolation(error, 'product_variants_sku_key')) throw new AppError('CONFLICT', 'A variant with this SKU exists already; SKUs are unique in the shop');
    throw error;
  };

  return {
    async create(actor: Actor, input: CreateProductBody): Promise<ProductDetail> {
      const options = optionsOf(input.variants);
      return run(actor, async (ctx) => {
        await users.lockActiveAccount(ctx, actor.userId);
        await checkCategory(ctx, input.categoryId);
        const id = newId();
        const variants = input.variants.map((variant) => ({ id: newId(), productId: id, ...variant, createdAt: ctx.now }));
        await repo.insertProductRow(ctx.tx, { id, sellerId: actor.userId, categoryId: input.categoryId, name: input.name, description: input.description, status: input.status ?? 'active', options, createdAt: ctx.now, updatedAt: ctx.now });
        await repo.insertVariants(ctx.tx, variants).catch(skuTaken);
        await repo.insertStockMovements(
          ctx.tx,
          variants.filter((v) => v.stock > 0).map((v) => ({ id: newId(), variantId: v.id, delta: v.stock, stockAfter: v.stock, reason: 'initial' as const, actorId: actor.userId, at: ctx.now })),
        );
        await ctx.audit({ action: 'product.created', outcome: 'success', target: { type: 'product', id }, details: { name: input.name, variants: variants.length } });
        return detail(ctx, id);
      });
    },

    async update(actor: Actor, productId: string, input: UpdateProductBody): Promise<ProductDetail> {
      return run(actor, async (ctx) => {
        const before = await editable(ctx, actor, productId);
        if (input.categoryId) await checkCategory(ctx, input.categoryId);
        const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
        if (Object.keys(changes).length > 0) {
          await repo.updateProduct(ctx.tx, productId, { ...changes, updatedAt: ctx.now });
          await ctx.audit({ action: 'product.updated', outcome: 'success', target: { type: 'product', id: productId }, details: { changed: Object.keys(changes), status: input.status ?? before.status } });
        }
        return detail(ctx, productId);
      });
    },

    /** Soft: the product leaves the shop and the seller's list, and past orders keep pointing at it. */
    async remove(actor: Actor, productId: string): Promise<void> {
      await run(actor, async (ctx) => {
        await editable(ctx, actor, productId);
        await repo.updateProduct(ctx.tx, productId, { deletedAt: ctx.now, updatedAt: ctx.now });
        await ctx.audit({ action: 'product.deleted', outcome: 'success', target: { type: 'product', id: productId } });
      });
    },

    /** GET /seller/products: the caller's own, drafts and archived ones too. */
    async listOwn(actor: Actor, query: SellerProductQuery): Promise<{ items: SellerProductSummary[]; meta: PaginationMeta }> {
      const { defaultLowStockThreshold } = await settings.current();
      const rows = await repo.listSellerProducts(db, { sellerId: actor.userId, defaultThreshold: defaultLowStockThreshold, lowStockOnly: query.lowStock === true, limit: query.pageSize, offset: offsetOf(query) });
      const items = rows.map((row) => ({
        id: row.id,
        name: row.name,
        status: row.status,
        category: row.category,
        priceCents: row.minPriceCents,
        currency: STORE_CURRENCY,
        totalStock: row.totalStock,
        lowStockVariants: row.lowStockVariants,
        updatedAt: row.updatedAt.toISOString(),
      }));
      return { items, meta: pageMeta(query, rows[0]?.total ?? 0) };
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
