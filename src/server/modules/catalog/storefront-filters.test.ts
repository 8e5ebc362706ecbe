import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { api, newCategory, newProduct, uniqueTag } from '../../../../test/catalog.js';
import { expectBareErrorEnvelope, expectError } from '../../../../test/errors.js';
import type { ProductDetail, ProductSummary } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { users } from '../users/users.tables.js';

/** The storefront's `?seller=` and `?inStock=true` filters of GET /products, and a seller's public page GET /sellers/:id. */

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
});

/** A category of the test's own, so that its lists hold only the test's products. */
const shelf = async () => (await newCategory(app, admin.accessToken)).id;

const browse = async (query: string): Promise<ProductSummary[]> => {
  const res = await app.inject({ url: `/api/v1/products?pageSize=100&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as ProductSummary[];
};
const idsOf = async (query: string) => (await browse(query)).map((p) => p.id).sort();
const sorted = (...made: ProductDetail[]) => made.map((p) => p.id).sort();

/** A product with one variant holding `stock`. */
const withStock = (owner: SignedInUser, categoryId: string, stock: number, overrides: Parameters<typeof newProduct>[3] = {}) =>
  newProduct(app, owner.accessToken, categoryId, { variants: [{ sku: `ONE-${uniqueTag()}`, options: {}, priceCents: 1500, stock }], ...overrides });

describe('GET /products?seller=', () => {
  it("lists one seller's active products and nobody else's", async () => {
    const categoryId = await shelf();
    const [ann, ben] = [await signedIn(app, db, 'seller'), await signedIn(app, db, 'seller')];
    const annMug = await newProduct(app, ann.accessToken, categoryId);
    const annBowl = await newProduct(app, ann.accessToken, categoryId);
    await newProduct(app, ann.accessToken, categoryId, { status: 'draft' });
    const benMug = await newProduct(app, ben.accessToken, categoryId);

    expect(await idsOf(`category=${categoryId}&seller=${ann.userId}`)).toEqual(sorted(annMug, annBowl));
    expect(await idsOf(`category=${categoryId}&seller=${ben.userId}`)).toEqual(sorted(benMug));
    expect(await idsOf(`category=${categoryId}`)).toEqual(sorted(annMug, annBowl, benMug));
    // With a search, the seller filter still holds.
    expect(await idsOf(`seller=${ann.userId}&q=${encodeURIComponent(annBowl.name)}`)).toEqual(sorted(annBowl));
    expect((await browse(`seller=${ann.userId}`)).every((p) => p.seller.id === ann.userId)).toBe(true);
  });

  it('lists nothing for a suspended seller, a customer or an unknown id, and refuses a malformed one with 400', async () => {
    const categoryId = await shelf();
    const seller = await signedIn(app, db, 'seller');
    await newProduct(app, seller.accessToken, categoryId);
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, seller.userId));
    const customer = await signedIn(app, db, 'customer');

    expect(await browse(`seller=${seller.userId}`)).toEqual([]);
    expect(await browse(`seller=${customer.userId}`)).toEqual([]);
    expect(await browse(`seller=${newId()}`)).toEqual([]);
    expectError(await app.inject({ url: '/api/v1/products?seller=not-a-uuid' }), 400, 'VALIDATION_ERROR');
  });
});

describe('GET /products?inStock=true', () => {
  it('leaves out products with no stock in any variant, and follows a restock and a sell-out at once', async () => {
    const categoryId = await shelf();
    const seller = await signedIn(app, db, 'seller');
    const stocked = await withStock(seller, categoryId, 4);
    const soldOut = await withStock(seller, categoryId, 0);
    // The helper's default: S has 3, M none; one variant with stock is enough.
    const partly = await newProduct(app, seller.accessToken, categoryId);

    expect(await idsOf(`category=${categoryId}&inStock=true`)).toEqual(sorted(stocked, partly));
    expect(await idsOf(`category=${categoryId}&inStock=false`)).toEqual(sorted(stocked, soldOut, partly));
    expect(await idsOf(`category=${categoryId}`)).toEqual(sorted(stocked, soldOut, partly));
    expect((await browse(`category=${categoryId}`)).find((p) => p.id === soldOut.id)?.inStock).toBe(false);

    const count = (product: ProductDetail, stock: number) => api(app, 'PATCH', `/variants/${product.variants[0]!.id}`, seller.accessToken, { stock, reason: 'Counted' });
    expect((await count(soldOut, 2)).statusCode).toBe(200);
    expect((await count(stocked, 0)).statusCode).toBe(200);
    expect(await idsOf(`category=${categoryId}&inStock=true`)).toEqual(sorted(soldOut, partly));
  });

  it('combines with the seller filter, and refuses a value other than true or false with 400', async () => {
    const categoryId = await shelf();
    const [ann, ben] = [await signedIn(app, db, 'seller'), await signedIn(app, db, 'seller')];
    const annStocked = await withStock(ann, categoryId, 1);
    await withStock(ann, categoryId, 0);
    await withStock(ben, categoryId, 9);

    expect(await idsOf(`category=${categoryId}&seller=${ann.userId}&inStock=true`)).toEqual(sorted(annStocked));
    expectError(await app.inject({ url: '/api/v1/products?inStock=yes' }), 400, 'VALIDATION_ERROR');
  });
});

describe('GET /sellers/:id', () => {
  it('shows an active seller’s name, as its products name it, and counts only its products on sale', async () => {
    const categoryId = await shelf();
    const seller = await signedIn(app, db, 'seller');
    const first = await newProduct(app, seller.accessToken, categoryId);
    await newProduct(app, seller.accessToken, categoryId);
    await newProduct(app, seller.accessToken, categoryId, { status: 'draft' });
    const archived = await newProduct(app, seller.accessToken, categoryId);
    await api(app, 'PATCH', `/products/${archived.id}`, seller.accessToken, { status: 'archived' });
    const deleted = await newProduct(app, seller.accessToken, categoryId);
    await api(app, 'DELETE', `/products/${deleted.id}`, seller.accessToken);

    const res = await app.inject({ url: `/api/v1/sellers/${seller.userId}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual({ id: seller.userId, name: first.seller.name, activeProducts: 2 });
    expect(first.seller.name.length).toBeGreaterThan(0);
  });

  it('shows a seller with nothing on sale yet, with 0 products', async () => {
    const seller = await signedIn(app, db, 'seller');
    const res = await app.inject({ url: `/api/v1/sellers/${seller.userId}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id: seller.userId, activeProducts: 0 });
  });

  it.each([
    ['a customer', async () => (await signedIn(app, db, 'customer')).userId],
    [
      'a suspended seller',
      async () => {
        const seller = await signedIn(app, db, 'seller');
        await newProduct(app, seller.accessToken, await shelf());
        await db.update(users).set({ status: 'suspended' }).where(eq(users.id, seller.userId));
        return seller.userId;
      },
    ],
    ['an unknown id', async () => newId()],
  ])('answers %s with 404 NOT_FOUND', async (_label, idOf) => {
    const res = await app.inject({ url: `/api/v1/sellers/${await idOf()}` });
    expect(res.statusCode).toBe(404);
    expectBareErrorEnvelope(res.json(), 'NOT_FOUND');
  });

  it('refuses an id that is not a UUID with 400', async () => {
    expectError(await app.inject({ url: '/api/v1/sellers/acme' }), 400, 'VALIDATION_ERROR');
  });
});
