import type {
  AdminProductQuery,
  AdminProductSummary,
  CreateProductBody,
  NewVariantBody,
  ProductDetail,
  SellerProductDetail,
  SellerProductQuery,
  SellerProductSummary,
  SellerVariant,
  StockMovement,
  UpdateProductBody,
  UpdateVariantBody,
} from '../../../contracts/catalog.js';
import type { PaginationMeta, PaginationQuery } from '../../../contracts/common.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, definedFields, fieldError, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import type { Mailer } from '../mail/mail.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { UserService } from '../users/users.service.js';
import type { BackInStockService } from './back-in-stock.service.js';
import * as repo from './catalog.repository.js';
import { lowStockEmail } from './catalog.messages.js';
import { productDetailOf, type CatalogService } from './catalog.service.js';
import { editableProduct, markChanged, mayEdit } from './catalog-access.js';
import { mergeOptions, optionsOf } from './product-options.js';


const sellerVariantOf = (v: { id: string; productId: string; sku: string; options: Record<string, string>; priceCents: number; stock: number; lowStockThreshold: number | null }): SellerVariant => ({
  id: v.id,
  productId: v.productId,
  sku: v.sku,
  options: v.options,
  priceCents: v.priceCents,
  stock: v.stock,
  lowStockThreshold: v.lowStockThreshold,
});

/**
 * Products as their sellers manage them: create with variants, edit, archive, delete (soft: past
 * orders keep their lines), and the seller's own list. A seller reaches only its own products;
 * anyone else's answers 404, as if it did not exist. Admins reach every product.
 */
export function createProductService(deps: { db: Database; run: UnitOfWork; users: UserService; settings: SettingsService; mailer: Mailer; backInStock: BackInStockService; catalog: CatalogService }) {
  const { db, run, users, settings, mailer, backInStock, catalog } = deps;

  const editable = (ctx: Context, actor: Actor, productId: string) => editableProduct(ctx, users, actor, productId);

  /** The variant the caller may write, locked: its product's seller or an admin, on an active account. */
  const editableVariant = async (ctx: Context, actor: Actor, variantId: string) => {
    await users.lockActiveAccount(ctx, actor.userId);
    const found = await repo.lockVariant(ctx.tx, variantId);
    if (!found || !mayEdit(actor, found.sellerId)) throw notFound('Variant');
    return found;
  };

  /**
   * The one way stock changes (a count now; orders, cancellations and refunds later): the ledger
   * records the change, a fall to the variant's threshold emails its seller once, until the stock
   * rises above it again, and a rise from zero emails the shoppers who asked to know.
   */
  const changeStock = async (ctx: Context, variantId: string, change: { delta: number; reason: 'manual'; note: string | null; actorId: string | null }) => {
    const variant = await repo.addToStock(ctx.tx, variantId, change.delta);
    if (!variant) throw notFound('Variant');
    if (change.delta !== 0) {
      ctx.afterCommit(() => catalog.forgetProducts([variant.productId]));
      await repo.insertStockMovements(ctx.tx, [{ id: newId(), variantId, delta: change.delta, stockAfter: variant.stock, reason: change.reason, note: change.note, actorId: change.actorId, at: ctx.now }]);
    }
    const restocked = variant.stock > 0 && variant.stock - change.delta <= 0;
    const threshold = variant.lowStockThreshold ?? (await settings.defaultLowStockThreshold(ctx));
    const low = variant.stock <= threshold;
    const crossed = low !== variant.lowStockAlerted;
    if (!restocked && !crossed) return variant;

    const found = await repo.findProduct(ctx.tx, variant.productId, 'owner');
    if (!found) throw notFound('Variant');
    if (restocked) await backInStock.restocked(ctx, variant, found.product.name);
    if (crossed) await repo.updateVariant(ctx.tx, variantId, { lowStockAlerted: low });
    if (crossed && low) {
      const seller = await users.findById(found.product.sellerId, ctx);
      if (seller) await mailer.queue(ctx, seller.email, lowStockEmail({ productName: found.product.name, sku: variant.sku, stock: variant.stock, threshold }, mailer.link('/seller/products', { lowStock: 'true' })));
    }
    return { ...variant, lowStockAlerted: low };
  };

  const checkCategory = async (ctx: Context, categoryId: string) => {
    if (!(await repo.findCategory(ctx.tx, categoryId))) throw fieldError('categoryId', 'There is no such category');
  };

  const detail = async (ctx: Context, productId: string): Promise<ProductDetail> => {
    const found = await repo.findProduct(ctx.tx, productId, 'owner');
    if (!found) throw notFound('Product');
    return productDetailOf(found);
  };

  const listManaged = async (page: PaginationQuery, filter: Omit<repo.ManagedProductFilter, 'defaultThreshold' | 'limit' | 'offset'>) => {
    const { defaultLowStockThreshold } = await settings.current();
    const rows = await repo.listManagedProducts(db, { ...filter, defaultThreshold: defaultLowStockThreshold, limit: page.pageSize, offset: offsetOf(page) });
    const items = rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      category: row.category,
      seller: row.seller,
      priceCents: row.minPriceCents,
      currency: STORE_CURRENCY,
      totalStock: row.totalStock,
      lowStockVariants: row.lowStockVariants,
      updatedAt: row.updatedAt.toISOString(),
    }));
    return { items, meta: pageMeta(page, rows[0]?.total ?? 0) };
  };

  /** A taken SKU is the unique index speaking: a 409 that names it. */
  const skuTaken = (error: unknown): never => {
    if (isUniqueViolation(error, 'product_variants_sku_key')) throw conflict('A variant with this SKU exists already; SKUs are unique in the shop');
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
        const changes = definedFields(input);
        if (Object.keys(changes).length > 0) {
          await markChanged(ctx, catalog, productId, changes);
          await ctx.audit({ action: 'product.updated', outcome: 'success', target: { type: 'product', id: productId }, details: { changed: Object.keys(changes), status: input.status ?? before.status } });
        }
        return detail(ctx, productId);
      });
    },

    /** Soft: the product leaves the shop and the seller's list, and past orders keep pointing at it. */
    async remove(actor: Actor, productId: string): Promise<void> {
      await run(actor, async (ctx) => {
        await editable(ctx, actor, productId);
        await markChanged(ctx, catalog, productId, { deletedAt: ctx.now });
        await ctx.audit({ action: 'product.deleted', outcome: 'success', target: { type: 'product', id: productId } });
      });
    },

    /** POST /products/:id/variants: a new SKU naming the product's options; new values go after the ones it has. */
    async addVariant(actor: Actor, productId: string, input: NewVariantBody): Promise<SellerVariant> {
      return run(actor, async (ctx) => {
        const product = await editable(ctx, actor, productId);
        const live = await repo.listVariants(ctx.tx, productId);
        const merged = optionsOf([...live.map((v) => ({ sku: v.sku, options: v.options })), input]);
        const variant = { id: newId(), productId, ...input, createdAt: ctx.now };
        await repo.insertVariants(ctx.tx, [variant]).catch(skuTaken);
        await markChanged(ctx, catalog, productId, { options: live.length ? mergeOptions(product.options, merged) : merged });
        if (variant.stock > 0) await repo.insertStockMovements(ctx.tx, [{ id: newId(), variantId: variant.id, delta: variant.stock, stockAfter: variant.stock, reason: 'initial', actorId: actor.userId, at: ctx.now }]);
        await ctx.audit({ action: 'product.variant.created', outcome: 'success', target: { type: 'variant', id: variant.id }, details: { productId, sku: variant.sku } });
        return sellerVariantOf({ ...variant, lowStockThreshold: input.lowStockThreshold ?? null });
      });
    },

    /** PATCH /variants/:id: a counted stock goes into the ledger as its difference from the stock at that moment. */
    async updateVariant(actor: Actor, variantId: string, input: UpdateVariantBody): Promise<SellerVariant> {
      return run(actor, async (ctx) => {
        const { variant } = await editableVariant(ctx, actor, variantId);
        const edited = definedFields({ priceCents: input.priceCents, lowStockThreshold: input.lowStockThreshold });
        if (Object.keys(edited).length > 0) await repo.updateVariant(ctx.tx, variantId, edited);
        const delta = input.stock === undefined ? 0 : input.stock - variant.stock;
        const updated = await changeStock(ctx, variantId, { delta, reason: 'manual', note: input.reason ?? null, actorId: actor.userId });
        await markChanged(ctx, catalog, variant.productId);
        await ctx.audit({ action: 'product.variant.updated', outcome: 'success', target: { type: 'variant', id: variantId }, details: { changed: Object.keys(input), stockDelta: delta } });
        return sellerVariantOf(updated);
      });
    },

    /** DELETE /variants/:id: soft, like products: past orders keep their lines. */
    async removeVariant(actor: Actor, variantId: string): Promise<void> {
      await run(actor, async (ctx) => {
        const { variant } = await editableVariant(ctx, actor, variantId);
        await repo.updateVariant(ctx.tx, variantId, { deletedAt: ctx.now });
        await markChanged(ctx, catalog, variant.productId);
        await ctx.audit({ action: 'product.variant.deleted', outcome: 'success', target: { type: 'variant', id: variantId }, details: { productId: variant.productId, sku: variant.sku } });
      });
    },

    /** GET /variants/:id/stock-movements: the variant's ledger, newest first. */
    async stockLedger(actor: Actor, variantId: string, query: PaginationQuery): Promise<{ items: StockMovement[]; meta: PaginationMeta }> {
      const owner = await repo.findVariantOwner(db, variantId);
      if (!owner || !mayEdit(actor, owner.sellerId)) throw notFound('Variant');
      const rows = await repo.listStockMovements(db, variantId, { limit: query.pageSize, offset: offsetOf(query) });
      const items = rows.map(({ movement: m }) => ({ id: m.id, at: m.at.toISOString(), delta: m.delta, stockAfter: m.stockAfter, reason: m.reason, note: m.note, actorId: m.actorId }));
      return { items, meta: pageMeta(query, rows[0]?.total ?? 0) };
    },

    /** GET /seller/products: the caller's own, drafts and archived ones too. */
    async listOwn(actor: Actor, query: SellerProductQuery): Promise<{ items: SellerProductSummary[]; meta: PaginationMeta }> {
      const { items, meta } = await listManaged(query, { sellerId: actor.userId, lowStockOnly: query.lowStock === true });
      return { items: items.map(({ seller: _seller, ...own }) => own), meta };
    },

    /** GET /admin/products: every seller's, filtered by seller, status, category and text. */
    async listAll(query: AdminProductQuery): Promise<{ items: AdminProductSummary[]; meta: PaginationMeta }> {
      const categoryIds = query.category ? await repo.categoryWithDescendants(db, query.category) : undefined;
      return listManaged(query, { sellerId: query.seller, status: query.status, categoryIds, text: query.q, lowStockOnly: false });
    },

    /** GET /seller/products/:id: one of the caller's products (an admin: anyone's) in any status, for its edit page. */
    async ownDetail(actor: Actor, productId: string): Promise<SellerProductDetail> {
      const found = await repo.findProduct(db, productId, 'owner');
      if (!found || !mayEdit(actor, found.product.sellerId)) throw notFound('Product');
      const product = productDetailOf(found);
      const [variants, defaultThreshold] = await Promise.all([repo.listVariants(db, productId), settings.current().then((s) => s.defaultLowStockThreshold)]);
      return {
        ...product,
        variants: variants.map((v) => ({ ...sellerVariantOf(v), lowStock: v.stock <= (v.lowStockThreshold ?? defaultThreshold) })),
      };
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
