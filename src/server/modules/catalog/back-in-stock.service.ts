import type { BackInStockRequest } from '../../../contracts/catalog.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { conflict, notFound } from '../../lib/app-error.js';
import type { Mailer } from '../mail/mail.service.js';
import { backInStockEmail } from './catalog.messages.js';
import * as repo from './catalog.repository.js';

/** Enough for any shopper's wish list, and a bound on the emails one account can queue. */
const REQUESTS_PER_USER_MAX = 100;

/**
 * "Email me when it is back": a signed-in shopper asks for an out-of-stock variant and gets one
 * email when its stock rises above zero; the request is then done (they may ask again).
 */
export function createBackInStockService(deps: { db: Database; run: UnitOfWork; mailer: Mailer }) {
  const { db, run, mailer } = deps;

  const list = async (userId: string): Promise<BackInStockRequest[]> =>
    (await repo.listBackInStockRequests(db, userId)).map((row) => ({
      variantId: row.request.variantId,
      productId: row.productId,
      productName: row.productName,
      sku: row.sku,
      options: row.options,
      requestedAt: row.request.requestedAt.toISOString(),
    }));

  return {
    /** PUT /variants/:id/back-in-stock: idempotent; a variant in stock is 409 (buy it instead). */
    async request(actor: Actor, variantId: string): Promise<BackInStockRequest> {
      await run(actor, async (ctx) => {
        const found = await repo.findShopperVariant(ctx.tx, variantId);
        if (!found) throw notFound('Variant');
        if (found.variant.stock > 0) throw conflict('This variant is in stock');
        const waiting = await repo.listBackInStockRequests(ctx.tx, actor.userId);
        if (waiting.some((w) => w.request.variantId === variantId)) return;
        if (waiting.length >= REQUESTS_PER_USER_MAX) throw conflict(`You are waiting for ${REQUESTS_PER_USER_MAX} variants already; cancel one first`);
        await repo.insertBackInStockRequest(ctx.tx, { userId: actor.userId, variantId, requestedAt: ctx.now });
      });
      const made = (await list(actor.userId)).find((r) => r.variantId === variantId);
      if (!made) throw notFound('Variant');
      return made;
    },

    async cancel(actor: Actor, variantId: string): Promise<void> {
      await run(actor, (ctx) => repo.deleteBackInStockRequests(ctx.tx, { userId: actor.userId, variantId }));
    },

    /** GET /me/back-in-stock: what the caller waits for, newest first. */
    mine: (actor: Actor) => list(actor.userId),

    /** A step of every stock change: stock that rose from zero emails everyone waiting, once. */
    async restocked(ctx: Context, variant: { id: string; productId: string; sku: string; options: Record<string, string> }, productName: string): Promise<void> {
      const waiting = await repo.takeBackInStockRequests(ctx.tx, variant.id);
      const link = mailer.link(`/products/${variant.productId}`, { variant: variant.id });
      for (const { email } of waiting) await mailer.queue(ctx, email, backInStockEmail({ productName, sku: variant.sku, options: variant.options }, link));
    },

    eraseFor: (ctx: Context, userId: string) => repo.deleteBackInStockRequests(ctx.tx, { userId }),
  };
}

export type BackInStockService = ReturnType<typeof createBackInStockService>;
