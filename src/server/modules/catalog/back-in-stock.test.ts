import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, testAppWithAdmin } from '../../../../test/app.js';
import { bearer, emailsTo, nextIp, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { api, newCategory, newProduct } from '../../../../test/catalog.js';
import { expectError } from '../../../../test/errors.js';
import type { BackInStockRequest, ProductDetail } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { users } from '../users/users.tables.js';
import { backInStockRequests } from './catalog.tables.js';

/** "Email me when it is back": PUT/DELETE /variants/:id/back-in-stock, GET /me/back-in-stock and the one email on a restock. */

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;
let seller: SignedInUser;
let categoryId: string;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
  seller = await signedIn(app, db, 'seller');
  categoryId = (await newCategory(app, admin.accessToken)).id;
});

const SUBJECT = 'Back in stock';

/** A product of `seller` (a new one of the helper's mugs) and its sold-out variant M. */
async function soldOut(overrides: Parameters<typeof newProduct>[3] = {}, owner = seller) {
  const product = await newProduct(app, owner.accessToken, categoryId, overrides);
  const variant = product.variants.find((v) => v.options.size === 'M')!;
  expect(variant.stock).toBe(0);
  return { product, variant, inStock: product.variants.find((v) => v.options.size === 'S')! };
}

const ask = (token: string | undefined, variantId: string) => api(app, 'PUT', `/variants/${variantId}/back-in-stock`, token);
const cancel = (token: string, variantId: string) => api(app, 'DELETE', `/variants/${variantId}/back-in-stock`, token);
const mine = async (token: string) => (await api(app, 'GET', '/me/back-in-stock', token)).json().data as BackInStockRequest[];
const waitingFor = (variantId: string) => db.select().from(backInStockRequests).where(eq(backInStockRequests.variantId, variantId));
const countStock = (variantId: string, stock: number, token = seller.accessToken) => api(app, 'PATCH', `/variants/${variantId}`, token, { stock, reason: 'Counted the shelf' });
const backInStockMails = (to: string) => emailsTo(db, to, SUBJECT);

async function asked(user: SignedInUser, variantId: string): Promise<void> {
  const res = await ask(user.accessToken, variantId);
  expect(res.statusCode, res.body).toBe(200);
}

describe('asking to be told', () => {
  it('records the request once however often it is made, lists it, and forgets it when cancelled', async () => {
    const { product, variant } = await soldOut();
    const customer = await signedIn(app, db, 'customer');

    const first = await ask(customer.accessToken, variant.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toEqual({ variantId: variant.id, productId: product.id, productName: product.name, sku: variant.sku, options: { size: 'M' }, requestedAt: expect.any(String) });

    const again = await ask(customer.accessToken, variant.id);
    expect(again.statusCode).toBe(200);
    expect(again.json().data).toEqual(first.json().data);
    expect(await waitingFor(variant.id)).toHaveLength(1);
    expect(await mine(customer.accessToken)).toEqual([first.json().data]);

    expect((await cancel(customer.accessToken, variant.id)).statusCode).toBe(204);
    expect(await mine(customer.accessToken)).toEqual([]);
    expect(await waitingFor(variant.id)).toHaveLength(0);
  });

  it('lists only the caller’s own requests, newest first', async () => {
    const one = await soldOut();
    const two = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    const neighbour = await signedIn(app, db, 'customer');
    await asked(customer, one.variant.id);
    await asked(customer, two.variant.id);
    await asked(neighbour, one.variant.id);

    expect((await mine(customer.accessToken)).map((r) => r.variantId)).toEqual([two.variant.id, one.variant.id]);
    expect((await mine(neighbour.accessToken)).map((r) => r.variantId)).toEqual([one.variant.id]);
    // A cancel touches only the caller's own request.
    expect((await cancel(neighbour.accessToken, two.variant.id)).statusCode).toBe(204);
    expect(await waitingFor(two.variant.id)).toHaveLength(1);
  });

  it('answers a variant in stock with 409 CONFLICT and records nothing', async () => {
    const { inStock } = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    expectError(await ask(customer.accessToken, inStock.id), 409, 'CONFLICT');
    expect(await waitingFor(inStock.id)).toHaveLength(0);
  });

  it.each([
    ['an unknown variant', async () => newId()],
    ['a variant of a draft product', async () => (await soldOut({ status: 'draft' })).variant.id],
    [
      'a deleted variant',
      async () => {
        const { variant } = await soldOut();
        expect((await api(app, 'DELETE', `/variants/${variant.id}`, seller.accessToken)).statusCode).toBe(204);
        return variant.id;
      },
    ],
    [
      'a variant of a deleted product',
      async () => {
        const { product, variant } = await soldOut();
        expect((await api(app, 'DELETE', `/products/${product.id}`, seller.accessToken)).statusCode).toBe(204);
        return variant.id;
      },
    ],
    [
      'a variant of a suspended seller',
      async () => {
        const suspended = await signedIn(app, db, 'seller');
        const { variant } = await soldOut({}, suspended);
        await db.update(users).set({ status: 'suspended' }).where(eq(users.id, suspended.userId));
        return variant.id;
      },
    ],
  ])('answers %s with 404 NOT_FOUND and records nothing', async (_label, variantOf) => {
    const variantId = await variantOf();
    const customer = await signedIn(app, db, 'customer');
    expectError(await ask(customer.accessToken, variantId), 404, 'NOT_FOUND');
    expect(await waitingFor(variantId)).toHaveLength(0);
  });

  it('answers nobody signed in with 401 on every route', async () => {
    const { variant } = await soldOut();
    expectError(await ask(undefined, variant.id), 401, 'AUTH_TOKEN_REQUIRED');
    expectError(await app.inject({ method: 'DELETE', url: `/api/v1/variants/${variant.id}/back-in-stock` }), 401, 'AUTH_TOKEN_REQUIRED');
    expectError(await app.inject({ url: '/api/v1/me/back-in-stock' }), 401, 'AUTH_TOKEN_REQUIRED');
    expect(await waitingFor(variant.id)).toHaveLength(0);
  });
});

describe('the email when it is back', () => {
  const linkTo = (product: ProductDetail, variantId: string) => `${TEST_PUBLIC_URL}/products/${product.id}?variant=${variantId}`;

  it('emails each waiting shopper once when the seller counts the stock up from 0, and the requests are done', async () => {
    const { product, variant } = await soldOut();
    const [ada, bob] = [await signedIn(app, db, 'customer'), await signedIn(app, db, 'customer')];
    await asked(ada, variant.id);
    await asked(bob, variant.id);

    const res = await countStock(variant.id, 5);
    expect(res.statusCode, res.body).toBe(200);

    for (const shopper of [ada, bob]) {
      const mails = await backInStockMails(shopper.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Back in stock: ${product.name}`);
      expect(mails[0]!.text).toContain(linkTo(product, variant.id));
      expect(mails[0]!.text).toContain('size M');
      expect(await mine(shopper.accessToken)).toEqual([]);
    }
    expect(await waitingFor(variant.id)).toHaveLength(0);
    // Nobody who did not ask is told, the seller included.
    expect(await backInStockMails(seller.email)).toHaveLength(0);

    // More stock on top of stock is no news.
    await countStock(variant.id, 8);
    expect(await backInStockMails(ada.email)).toHaveLength(1);
    expect(await backInStockMails(bob.email)).toHaveLength(1);
  });

  it('tells nobody while the stock stays at 0 or only the price or threshold changes, and keeps the requests', async () => {
    const { variant } = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    await asked(customer, variant.id);

    expect((await countStock(variant.id, 0)).statusCode).toBe(200);
    expect((await api(app, 'PATCH', `/variants/${variant.id}`, seller.accessToken, { priceCents: 1999 })).statusCode).toBe(200);
    expect((await api(app, 'PATCH', `/variants/${variant.id}`, seller.accessToken, { lowStockThreshold: 2 })).statusCode).toBe(200);

    expect(await backInStockMails(customer.email)).toHaveLength(0);
    expect(await waitingFor(variant.id)).toHaveLength(1);
  });

  it('emails again only if asked again after the next sell-out', async () => {
    const { variant } = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    await asked(customer, variant.id);
    await countStock(variant.id, 2);
    await countStock(variant.id, 0);
    await countStock(variant.id, 3);
    expect(await backInStockMails(customer.email)).toHaveLength(1);

    await countStock(variant.id, 0);
    await asked(customer, variant.id);
    await countStock(variant.id, 1);
    expect(await backInStockMails(customer.email)).toHaveLength(2);
  });

  it('emails too when an admin restocks', async () => {
    const { variant } = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    await asked(customer, variant.id);
    expect((await countStock(variant.id, 4, admin.accessToken)).statusCode).toBe(200);
    expect(await backInStockMails(customer.email)).toHaveLength(1);
  });

  it('sends nothing to an account suspended since it asked', async () => {
    const { variant } = await soldOut();
    const [suspended, active] = [await signedIn(app, db, 'customer'), await signedIn(app, db, 'customer')];
    await asked(suspended, variant.id);
    await asked(active, variant.id);
    expect((await api(app, 'POST', `/admin/users/${suspended.userId}/suspend`, admin.accessToken, { reason: 'Chargebacks' })).statusCode).toBe(200);

    await countStock(variant.id, 6);
    expect(await backInStockMails(suspended.email)).toHaveLength(0);
    expect(await backInStockMails(active.email)).toHaveLength(1);
  });

  it('forgets every request of an account that is closed, and emails it nothing', async () => {
    const one = await soldOut();
    const two = await soldOut();
    const customer = await signedIn(app, db, 'customer');
    await asked(customer, one.variant.id);
    await asked(customer, two.variant.id);

    const closed = await app.inject({ method: 'DELETE', url: '/api/v1/me', payload: { password: customer.password }, headers: bearer(customer.accessToken), remoteAddress: nextIp() });
    expect(closed.statusCode, closed.body).toBe(204);
    expect(await db.$count(backInStockRequests, eq(backInStockRequests.userId, customer.userId))).toBe(0);

    await countStock(one.variant.id, 2);
    expect(await backInStockMails(customer.email)).toHaveLength(0);
  });
});
