import type { Actor, Context } from '../../context.js';
import { notFound } from '../../lib/app-error.js';
import type { UserService } from '../users/users.service.js';
import * as repo from './catalog.repository.js';
import type { CatalogService } from './catalog.service.js';
import type { products } from './catalog.tables.js';

/** A seller reaches its own products; an admin every one. */
export const mayEdit = (actor: Actor, sellerId: string): boolean => sellerId === actor.userId || actor.role === 'admin';

/**
 * The product the caller may write, locked until the transaction ends: an active account (a
 * suspension in flight is refused) that owns it, or an admin. Anyone else's is 404, as if it did
 * not exist.
 */
export async function editableProduct(ctx: Context, users: UserService, actor: Actor, productId: string) {
  await users.lockActiveAccount(ctx, actor.userId);
  const product = await repo.lockEditableProduct(ctx.tx, productId);
  if (!product || !mayEdit(actor, product.sellerId)) throw notFound('Product');
  return product;
}

/**
 * Every change to a product, its variants or its images ends here: the seller's list sorts by
 * the time it sets, and every node forgets its copy of the product page once the change commits.
 */
export async function markChanged(ctx: Context, catalog: Pick<CatalogService, 'forgetProducts'>, productId: string, changes: Partial<typeof products.$inferInsert> = {}): Promise<void> {
  await repo.updateProduct(ctx.tx, productId, { ...changes, updatedAt: ctx.now });
  ctx.afterCommit(() => catalog.forgetProducts([productId]));
}
