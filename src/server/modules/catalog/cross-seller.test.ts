import { asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { api, newCategory, newProduct, uniqueTag } from '../../../../test/catalog.js';
import { expectError } from '../../../../test/errors.js';
import { solidImage, uploadImage } from '../../../../test/images.js';
import type { AdminProductSummary, ProductDetail, ProductImage, SellerProductSummary } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { products, productImageFiles, productImages, productVariants, stockMovements } from './catalog.tables.js';

/**
 * "Every cross-seller attempt is refused (403 or 404) and leaves the product unchanged": seller B
 * against seller A's product on every route that writes it or reads it as its seller, a customer
 * on the same, an admin who may, and the admins' list of every seller's products.
 */

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;
let sellerA: SignedInUser;
let sellerB: SignedInUser;
let customer: SignedInUser;
let categoryId: string;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
  [sellerA, sellerB, customer] = [await signedIn(app, db, 'seller'), await signedIn(app, db, 'seller'), await signedIn(app, db, 'customer')];
  categoryId = (await newCategory(app, admin.accessToken)).id;
});

/** Seller A's product with its two variants (one restocked once, so the ledger has a manual line) and an image. */
async function productOfA(): Promise<{ product: ProductDetail; image: ProductImage }> {
  const product = await newProduct(app, sellerA.accessToken, categoryId);
  const restock = await api(app, 'PATCH', `/variants/${product.variants[0]!.id}`, sellerA.accessToken, { stock: 7, reason: 'Delivery' });
  expect(restock.statusCode, restock.body).toBe(200);
  const upload = await uploadImage(app, sellerA.accessToken, product.id, await solidImage('png', 40, 40));
  expect(upload.statusCode, upload.body).toBe(201);
  return { product, image: upload.json().data as ProductImage };
}

/** Every row of the product: itself, its variants, their ledger, its images and their files. */
async function rowsOf(productId: string) {
  const [product] = await db.select().from(products).where(eq(products.id, productId));
  const variants = await db.select().from(productVariants).where(eq(productVariants.productId, productId)).orderBy(asc(productVariants.id));
  const ledger = await db.select().from(stockMovements).where(inArray(stockMovements.variantId, variants.map((v) => v.id))).orderBy(asc(stockMovements.id));
  const images = await db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.id));
  const files = await db
    .select({ imageId: productImageFiles.imageId, width: productImageFiles.width, etag: productImageFiles.etag })
    .from(productImageFiles)
    .where(inArray(productImageFiles.imageId, images.map((i) => i.id)))
    .orderBy(asc(productImageFiles.imageId), asc(productImageFiles.width));
  return { product, variants, ledger, images, files };
}

type Target = { product: ProductDetail; image: ProductImage };
type Attempt = (token: string, target: Target) => Promise<LightMyRequestResponse>;

const variantOf = ({ product }: Target) => product.variants[0]!.id;

/** Every route that writes a product or reads it as its seller, each with a body that would change something. */
const attempts: [string, Attempt][] = [
  ['PATCH /products/:id', (token, { product }) => api(app, 'PATCH', `/products/${product.id}`, token, { name: 'Hijacked', status: 'archived', description: 'mine now' })],
  ['DELETE /products/:id', (token, { product }) => api(app, 'DELETE', `/products/${product.id}`, token)],
  ['POST /products/:id/variants', (token, { product }) => api(app, 'POST', `/products/${product.id}/variants`, token, { sku: `HIJACK-${uniqueTag()}`, options: { size: 'XL' }, priceCents: 1, stock: 99 })],
  ['PATCH /variants/:id (price)', (token, target) => api(app, 'PATCH', `/variants/${variantOf(target)}`, token, { priceCents: 1 })],
  ['PATCH /variants/:id (threshold)', (token, target) => api(app, 'PATCH', `/variants/${variantOf(target)}`, token, { lowStockThreshold: 500 })],
  ['PATCH /variants/:id (stock)', (token, target) => api(app, 'PATCH', `/variants/${variantOf(target)}`, token, { stock: 0, reason: 'Stolen' })],
  ['DELETE /variants/:id', (token, target) => api(app, 'DELETE', `/variants/${variantOf(target)}`, token)],
  ['GET /variants/:id/stock-movements', (token, target) => api(app, 'GET', `/variants/${variantOf(target)}/stock-movements`, token)],
  ['GET /seller/products/:id', (token, { product }) => api(app, 'GET', `/seller/products/${product.id}`, token)],
  ['POST /products/:id/images', async (token, { product }) => uploadImage(app, token, product.id, await solidImage('jpeg', 60, 60))],
  ['PATCH /images/:id', (token, { image }) => api(app, 'PATCH', `/images/${image.id}`, token, { alt: 'Hijacked', position: 0 })],
  ['DELETE /images/:id', (token, { image }) => api(app, 'DELETE', `/images/${image.id}`, token)],
];

describe("another seller against seller A's product", () => {
  it.each(attempts)('%s answers 404 NOT_FOUND and leaves every row as it was', async (_route, attempt) => {
    const target = await productOfA();
    const before = await rowsOf(target.product.id);
    expect(before.ledger).toHaveLength(2);
    expect(before.files).toHaveLength(1);

    expectError(await attempt(sellerB.accessToken, target), 404, 'NOT_FOUND');
    expect(await rowsOf(target.product.id)).toEqual(before);
  });

  it("never lists A's products in B's own list", async () => {
    const { product } = await productOfA();
    const mine = (await api(app, 'GET', '/seller/products?pageSize=100', sellerB.accessToken)).json().data as SellerProductSummary[];
    expect(mine.map((p) => p.id)).not.toContain(product.id);
    const theirs = (await api(app, 'GET', '/seller/products?pageSize=100', sellerA.accessToken)).json().data as SellerProductSummary[];
    expect(theirs.map((p) => p.id)).toContain(product.id);
  });
});

describe("a customer against seller A's product", () => {
  it.each(attempts)('%s answers 403 AUTH_PERMISSION_DENIED and leaves every row as it was', async (_route, attempt) => {
    const target = await productOfA();
    const before = await rowsOf(target.product.id);
    expectError(await attempt(customer.accessToken, target), 403, 'AUTH_PERMISSION_DENIED');
    expect(await rowsOf(target.product.id)).toEqual(before);
  });

  it('is refused its own product list with 403', async () => {
    expectError(await api(app, 'GET', '/seller/products', customer.accessToken), 403, 'AUTH_PERMISSION_DENIED');
  });
});

describe("an admin on seller A's product", () => {
  it('may read and change everything, and the product stays A’s', async () => {
    const target = await productOfA();
    const { product, image } = target;
    const variantId = variantOf(target);
    const expectOk = (res: LightMyRequestResponse, status = 200) => expect(res.statusCode, res.body).toBe(status);

    expectOk(await api(app, 'GET', `/seller/products/${product.id}`, admin.accessToken));
    expectOk(await api(app, 'GET', `/variants/${variantId}/stock-movements`, admin.accessToken));
    expectOk(await api(app, 'PATCH', `/products/${product.id}`, admin.accessToken, { name: `Renamed ${uniqueTag()}` }));
    expectOk(await api(app, 'POST', `/products/${product.id}/variants`, admin.accessToken, { sku: `ADMIN-${uniqueTag()}`, options: { size: 'XL' }, priceCents: 3100, stock: 1 }), 201);
    expectOk(await api(app, 'PATCH', `/variants/${variantId}`, admin.accessToken, { priceCents: 2300, lowStockThreshold: 1, stock: 9, reason: 'Counted by support' }));
    expectOk(await uploadImage(app, admin.accessToken, product.id, await solidImage('jpeg', 60, 60)), 201);
    expectOk(await api(app, 'PATCH', `/images/${image.id}`, admin.accessToken, { alt: 'Described by support', position: 1 }));

    const after = await rowsOf(product.id);
    expect(after.product).toMatchObject({ sellerId: sellerA.userId, deletedAt: null });
    expect(after.variants).toHaveLength(3);
    expect(after.variants.find((v) => v.id === variantId)).toMatchObject({ priceCents: 2300, stock: 9, lowStockThreshold: 1 });
    expect(after.ledger.find((m) => m.delta === 2 && m.stockAfter === 9)).toMatchObject({ reason: 'manual', actorId: admin.userId });
    expect(after.images.find((i) => i.id === image.id)).toMatchObject({ alt: 'Described by support', position: 1 });

    expectOk(await api(app, 'DELETE', `/images/${image.id}`, admin.accessToken), 204);
    expectOk(await api(app, 'DELETE', `/variants/${variantId}`, admin.accessToken), 204);
    expectOk(await api(app, 'DELETE', `/products/${product.id}`, admin.accessToken), 204);
    expect((await rowsOf(product.id)).product?.deletedAt).toBeInstanceOf(Date);
  });
});

describe('a suspended seller', () => {
  it('is refused with 401 on its own product, which stays as it was', async () => {
    const seller = await signedIn(app, db, 'seller');
    const product = await newProduct(app, seller.accessToken, categoryId);
    const before = await rowsOf(product.id);
    expect((await api(app, 'POST', `/admin/users/${seller.userId}/suspend`, admin.accessToken, { reason: 'Counterfeits' })).statusCode).toBe(200);

    expect((await api(app, 'PATCH', `/products/${product.id}`, seller.accessToken, { name: 'Still mine' })).statusCode).toBe(401);
    expect((await api(app, 'PATCH', `/variants/${product.variants[0]!.id}`, seller.accessToken, { stock: 50, reason: 'Found some' })).statusCode).toBe(401);
    expect((await uploadImage(app, seller.accessToken, product.id, await solidImage('jpeg', 60, 60))).statusCode).toBe(401);
    expect((await api(app, 'GET', '/seller/products', seller.accessToken)).statusCode).toBe(401);
    expect(await rowsOf(product.id)).toEqual(before);
  });
});

describe('GET /admin/products', () => {
  it('is refused to sellers and customers with 403', async () => {
    expectError(await api(app, 'GET', '/admin/products', sellerA.accessToken), 403, 'AUTH_PERMISSION_DENIED');
    expectError(await api(app, 'GET', '/admin/products', customer.accessToken), 403, 'AUTH_PERMISSION_DENIED');
    expectError(await api(app, 'GET', '/admin/products'), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it("lists every seller's products in any status, filtered by seller, status, category with its sub-categories, and name or SKU", async () => {
    const top = await newCategory(app, admin.accessToken);
    const sub = await newCategory(app, admin.accessToken, top.id);
    const elsewhere = await newCategory(app, admin.accessToken);
    const tag = uniqueTag();
    const make = (owner: SignedInUser, category: string, name: string, status?: 'active' | 'draft') =>
      newProduct(app, owner.accessToken, category, { name: `${name} ${tag}`, ...(status ? { status } : {}) });

    const teapot = await make(sellerA, top.id, 'Zanzibar Teapot');
    const kettle = await make(sellerA, sub.id, 'Copper Kettle', 'draft');
    const cup = await make(sellerB, sub.id, 'Tea Cup');
    expect((await api(app, 'PATCH', `/products/${cup.id}`, sellerB.accessToken, { status: 'archived' })).statusCode).toBe(200);
    const rug = await make(sellerB, elsewhere.id, 'Wool Rug');

    const list = async (query: string) => {
      const res = await api(app, 'GET', `/admin/products?pageSize=100&${query}`, admin.accessToken);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as AdminProductSummary[];
    };
    const ids = async (query: string) => (await list(query)).map((p) => p.id).sort();
    const sorted = (...made: ProductDetail[]) => made.map((p) => p.id).sort();

    // Every seller's, every status: the tag is in all four names.
    expect(await ids(`q=${tag}`)).toEqual(sorted(teapot, kettle, cup, rug));
    expect((await list(`q=${tag}`)).find((p) => p.id === cup.id)).toMatchObject({ status: 'archived', seller: { id: sellerB.userId }, category: { id: sub.id } });

    expect(await ids(`category=${top.id}`)).toEqual(sorted(teapot, kettle, cup));
    expect(await ids(`category=${top.slug}`)).toEqual(sorted(teapot, kettle, cup));
    expect(await ids(`category=${sub.id}`)).toEqual(sorted(kettle, cup));
    expect(await ids(`category=${top.id}&seller=${sellerA.userId}`)).toEqual(sorted(teapot, kettle));
    expect(await ids(`q=${tag}&seller=${sellerB.userId}`)).toEqual(sorted(cup, rug));
    expect(await ids(`category=${top.id}&status=draft`)).toEqual(sorted(kettle));
    expect(await ids(`category=${top.id}&status=archived`)).toEqual(sorted(cup));
    expect(await ids(`category=${top.id}&status=active`)).toEqual(sorted(teapot));

    // A part of a name in any case, and a part of a SKU.
    expect(await ids(`category=${top.id}&q=anzib`)).toEqual(sorted(teapot));
    expect(await ids(`category=${top.id}&q=COPPER`)).toEqual(sorted(kettle));
    expect(await ids(`q=${encodeURIComponent(rug.variants[0]!.sku)}`)).toEqual(sorted(rug));
    // The middle of a SKU (MUG-<its tag>-S), in lower case.
    expect(await ids(`q=${rug.variants[0]!.sku.slice(4, -2).toLowerCase()}`)).toEqual(sorted(rug));
    expect(await ids(`q=${tag}&category=${elsewhere.id}&seller=${sellerA.userId}`)).toEqual([]);
  });

  it('leaves deleted products out', async () => {
    const product = await newProduct(app, sellerA.accessToken, categoryId);
    expect((await api(app, 'DELETE', `/products/${product.id}`, sellerA.accessToken)).statusCode).toBe(204);
    const res = await api(app, 'GET', `/admin/products?q=${encodeURIComponent(product.name)}`, admin.accessToken);
    expect(res.json().data).toEqual([]);
  });
});
