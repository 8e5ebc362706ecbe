import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { bearer, emailsTo, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { errorOf } from '../../../../test/errors.js';
import type { CategoryNode, ProductDetail, SellerProductSummary } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { auditLog } from '../audit/audit.tables.js';
import { users } from '../users/users.tables.js';
import { products, productVariants, stockMovements } from './catalog.tables.js';

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;
let seller: SignedInUser;
let category: CategoryNode;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
  seller = await signedIn(app, db, 'seller');
  const res = await app.inject({ method: 'POST', url: '/api/v1/categories', headers: bearer(admin.accessToken), payload: { name: `Shirts ${newId().slice(-6)}` } });
  category = res.json().data as CategoryNode;
});

let counter = 0;
const tag = () => `${++counter}${newId().slice(-6)}`.toUpperCase();

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

/** A shirt in three sizes, given S, M, L: the order a picker must keep. */
const shirt = (overrides: Record<string, unknown> = {}) => {
  const t = tag();
  return {
    name: `Linen Shirt ${t}`,
    description: 'Breathable linen, cut loose.',
    categoryId: category.id,
    variants: [
      { sku: `SHIRT-${t}-S`, options: { colour: 'Sand', size: 'S' }, priceCents: 3900, stock: 4 },
      { sku: `SHIRT-${t}-M`, options: { size: 'M', colour: 'Sand' }, priceCents: 3900, stock: 0 },
      { sku: `SHIRT-${t}-L`, options: { colour: 'Sand', size: 'L' }, priceCents: 4200, stock: 2, lowStockThreshold: 3 },
    ],
    ...overrides,
  };
};

async function listed(body: object, token = seller.accessToken): Promise<ProductDetail> {
  const res = await call('POST', '/products', token, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as ProductDetail;
}

const sellerList = async (token: string, query = '') => (await call('GET', `/seller/products${query}`, token)).json().data as SellerProductSummary[];

describe('POST /products', () => {
  it('lists a product with its variants, options in the order given, searchable at once, its stock in the ledger and audited', async () => {
    const body = shirt();
    const product = await listed(body);

    expect(product).toMatchObject({ name: body.name, status: 'active', category: { id: category.id }, seller: { id: seller.userId } });
    expect(product.options).toEqual([
      { name: 'colour', values: ['Sand'] },
      { name: 'size', values: ['S', 'M', 'L'] },
    ]);
    expect(product.variants.map((v) => v.sku).sort()).toEqual(body.variants.map((v) => v.sku).sort());

    const search = await app.inject({ url: `/api/v1/products?q=${encodeURIComponent(body.name)}` });
    expect(search.json().data.map((p: { id: string }) => p.id)).toContain(product.id);
    expect((await app.inject({ url: `/api/v1/products/${product.id}` })).json().data.options).toEqual(product.options);

    const ledger = await db.select().from(stockMovements).innerJoin(productVariants, eq(productVariants.id, stockMovements.variantId)).where(eq(productVariants.productId, product.id));
    expect(ledger.map((row) => [row.stock_movements.reason, row.stock_movements.delta, row.stock_movements.actorId]).sort()).toEqual([
      ['initial', 2, seller.userId],
      ['initial', 4, seller.userId],
    ]);
    expect(await db.$count(auditLog, and(eq(auditLog.action, 'product.created'), eq(auditLog.targetId, product.id)))).toBe(1);
  });

  it.each([
    ['variants naming different options', (b: ReturnType<typeof shirt>) => ({ ...b, variants: [b.variants[0], { ...b.variants[1], options: { size: 'M' } }] }), 'variants.1.options'],
    ['two variants with the same options', (b: ReturnType<typeof shirt>) => ({ ...b, variants: [b.variants[0], { ...b.variants[1], options: b.variants[0]!.options }] }), 'variants.1.options'],
    ['two variants with one SKU in any case', (b: ReturnType<typeof shirt>) => ({ ...b, variants: [b.variants[0], { ...b.variants[1], sku: b.variants[0]!.sku.toLowerCase() }] }), 'variants.1.sku'],
    ['an unknown category', (b: ReturnType<typeof shirt>) => ({ ...b, categoryId: newId() }), 'categoryId'],
    ['a negative stock', (b: ReturnType<typeof shirt>) => ({ ...b, variants: [{ ...b.variants[0], stock: -1 }] }), 'variants.0.stock'],
    ['no variant', (b: ReturnType<typeof shirt>) => ({ ...b, variants: [] }), 'variants'],
    ['a sellerId of its own', (b: ReturnType<typeof shirt>) => ({ ...b, sellerId: admin.userId }), 'sellerId'],
  ])('refuses %s with 400 on the field and makes nothing', async (_name, change, field) => {
    const body = change(shirt());
    const res = await call('POST', '/products', seller.accessToken, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_ERROR', details: [expect.objectContaining({ field })] });
    expect(await db.$count(products, eq(products.name, (body as { name: string }).name))).toBe(0);
  });

  it('answers a SKU that another product has with 409, and makes nothing', async () => {
    const first = await listed(shirt());
    const body = shirt();
    body.variants[0]!.sku = first.variants[0]!.sku;
    const res = await call('POST', '/products', seller.accessToken, body);
    expect(res.statusCode).toBe(409);
    expect(await db.$count(products, eq(products.name, body.name))).toBe(0);
  });

  it('is refused to a customer (403) and to a seller suspended a moment ago (401)', async () => {
    const customer = await signedIn(app, db, 'customer');
    expect((await call('POST', '/products', customer.accessToken, shirt())).statusCode).toBe(403);

    const suspended = await signedIn(app, db, 'seller');
    expect((await call('GET', '/seller/products', suspended.accessToken)).statusCode).toBe(200);
    // Straight in the table: the session cache may still vouch for the token, the write must not.
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, suspended.userId));
    const body = shirt();
    const res = await call('POST', '/products', suspended.accessToken, body);
    expect(res.statusCode).toBe(401);
    expect(await db.$count(products, eq(products.name, body.name))).toBe(0);
  });
});

describe('a seller reaches only its own products', () => {
  it("answers another seller's PATCH and DELETE with 404 and leaves the product as it was; an admin may edit it", async () => {
    const product = await listed(shirt());
    const other = await signedIn(app, db, 'seller');

    expect((await call('PATCH', `/products/${product.id}`, other.accessToken, { name: 'Hijacked', status: 'archived' })).statusCode).toBe(404);
    expect((await call('DELETE', `/products/${product.id}`, other.accessToken)).statusCode).toBe(404);
    const [row] = await db.select().from(products).where(eq(products.id, product.id));
    expect(row).toMatchObject({ name: product.name, status: 'active', deletedAt: null });
    expect((await sellerList(other.accessToken)).map((p) => p.id)).not.toContain(product.id);

    const byAdmin = await call('PATCH', `/products/${product.id}`, admin.accessToken, { name: 'Renamed by an admin' });
    expect(byAdmin.json().data).toMatchObject({ name: 'Renamed by an admin', seller: { id: seller.userId } });
  });
});

describe('PATCH and DELETE /products/:id', () => {
  it('takes a draft or an archived product out of the shop and keeps it in the seller’s list', async () => {
    const product = await listed(shirt());
    for (const status of ['draft', 'archived', 'active'] as const) {
      const res = await call('PATCH', `/products/${product.id}`, seller.accessToken, { status });
      expect(res.json().data.status).toBe(status);
      expect((await app.inject({ url: `/api/v1/products/${product.id}` })).statusCode).toBe(status === 'active' ? 200 : 404);
      expect((await sellerList(seller.accessToken)).find((p) => p.id === product.id)?.status).toBe(status);
    }
  });

  it('deletes softly: gone from the shop and the list, the row kept for past orders', async () => {
    const product = await listed(shirt());
    expect((await call('DELETE', `/products/${product.id}`, seller.accessToken)).statusCode).toBe(204);
    expect((await app.inject({ url: `/api/v1/products/${product.id}` })).statusCode).toBe(404);
    expect((await sellerList(seller.accessToken)).map((p) => p.id)).not.toContain(product.id);
    expect((await db.select().from(products).where(eq(products.id, product.id)))[0]?.deletedAt).toBeInstanceOf(Date);
    expect((await call('PATCH', `/products/${product.id}`, seller.accessToken, { name: 'Back' })).statusCode).toBe(404);
  });
});

describe('GET /seller/products', () => {
  it('shows price, stock and how many variants are low, and filters the low ones with ?lowStock=true', async () => {
    const own = await signedIn(app, db, 'seller');
    const low = await listed(shirt(), own.accessToken);
    const plenty = await listed(shirt({ variants: [{ sku: `PLENTY-${tag()}`, options: {}, priceCents: 500, stock: 100 }] }), own.accessToken);

    const all = await sellerList(own.accessToken);
    expect(all.map((p) => p.id).sort()).toEqual([low.id, plenty.id].sort());
    // M has 0 (at the store's default threshold of 5), S has 4 (under it), L has 2 (under its own 3).
    expect(all.find((p) => p.id === low.id)).toMatchObject({ priceCents: 3900, totalStock: 6, lowStockVariants: 3 });
    expect(all.find((p) => p.id === plenty.id)).toMatchObject({ lowStockVariants: 0, totalStock: 100 });
    expect((await sellerList(own.accessToken, '?lowStock=true')).map((p) => p.id)).toEqual([low.id]);
  });
});

describe('variants and the stock ledger', () => {
  const ledgerOf = async (variantId: string, token = seller.accessToken) => (await call('GET', `/variants/${variantId}/stock-movements`, token)).json().data as { delta: number; stockAfter: number; reason: string; note: string | null; actorId: string }[];

  it('adds a variant whose new value goes after the ones the product has, and refuses one naming other options', async () => {
    const product = await listed(shirt());
    const t = tag();
    const res = await call('POST', `/products/${product.id}/variants`, seller.accessToken, { sku: `SHIRT-${t}-XL`, options: { size: 'XL', colour: 'Sand' }, priceCents: 4500, stock: 1 });
    expect(res.statusCode, res.body).toBe(201);
    const page = (await app.inject({ url: `/api/v1/products/${product.id}` })).json().data as ProductDetail;
    expect(page.options.find((o) => o.name === 'size')?.values).toEqual(['S', 'M', 'L', 'XL']);

    const wrong = await call('POST', `/products/${product.id}/variants`, seller.accessToken, { sku: `SHIRT-${t}-X`, options: { fit: 'Slim' }, priceCents: 4500, stock: 1 });
    expect(errorOf(wrong).code).toBe('VALIDATION_ERROR');
    const twin = await call('POST', `/products/${product.id}/variants`, seller.accessToken, { sku: `SHIRT-${t}-S2`, options: { colour: 'Sand', size: 'S' }, priceCents: 4500, stock: 1 });
    expect(errorOf(twin).code).toBe('VALIDATION_ERROR');
  });

  it('records a counted stock with its reason as the difference, and asks for the reason', async () => {
    const product = await listed(shirt());
    const small = product.variants.find((v) => v.options.size === 'S')!;

    expect(errorOf(await call('PATCH', `/variants/${small.id}`, seller.accessToken, { stock: 10 }))).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'reason' }] });
    const res = await call('PATCH', `/variants/${small.id}`, seller.accessToken, { stock: 10, reason: 'Delivery from the weaver', priceCents: 3700 });
    expect(res.json().data).toMatchObject({ stock: 10, priceCents: 3700 });
    await call('PATCH', `/variants/${small.id}`, seller.accessToken, { stock: 7, reason: 'Three damaged in the shop' });

    const ledger = await ledgerOf(small.id);
    expect(ledger.map((m) => [m.reason, m.delta, m.stockAfter, m.note])).toEqual([
      ['manual', -3, 7, 'Three damaged in the shop'],
      ['manual', 6, 10, 'Delivery from the weaver'],
      ['initial', 4, 4, null],
    ]);
    expect(ledger.every((m) => m.actorId === seller.userId)).toBe(true);
    expect((await app.inject({ url: `/api/v1/products?q=${encodeURIComponent(product.name)}` })).json().data[0].priceCents).toBe(3700);
  });

  it("answers another seller's variant writes and ledger reads with 404, and changes nothing", async () => {
    const product = await listed(shirt());
    const variant = product.variants[0]!;
    const other = await signedIn(app, db, 'seller');

    expect((await call('PATCH', `/variants/${variant.id}`, other.accessToken, { stock: 0, reason: 'mine now' })).statusCode).toBe(404);
    expect((await call('DELETE', `/variants/${variant.id}`, other.accessToken)).statusCode).toBe(404);
    expect((await call('GET', `/variants/${variant.id}/stock-movements`, other.accessToken)).statusCode).toBe(404);
    expect((await call('POST', `/products/${product.id}/variants`, other.accessToken, { sku: `HIJACK-${tag()}`, options: { colour: 'Red', size: 'S' }, priceCents: 1, stock: 1 })).statusCode).toBe(404);
    const [row] = await db.select().from(productVariants).where(eq(productVariants.id, variant.id));
    expect(row).toMatchObject({ stock: variant.stock, deletedAt: null });
    expect(await db.$count(productVariants, eq(productVariants.productId, product.id))).toBe(3);
  });

  it('keeps stock from going below zero in the database itself', async () => {
    const product = await listed(shirt());
    await expect(db.update(productVariants).set({ stock: -1 }).where(eq(productVariants.id, product.variants[0]!.id))).rejects.toThrow();
  });

  it('deletes a variant softly: it leaves the product page and its price', async () => {
    const product = await listed(shirt());
    const large = product.variants.find((v) => v.options.size === 'L')!;
    expect((await call('DELETE', `/variants/${large.id}`, seller.accessToken)).statusCode).toBe(204);
    const page = (await app.inject({ url: `/api/v1/products/${product.id}` })).json().data as ProductDetail;
    expect(page.variants.map((v) => v.id)).not.toContain(large.id);
    expect((await call('PATCH', `/variants/${large.id}`, seller.accessToken, { priceCents: 1 })).statusCode).toBe(404);
  });
});

describe('low-stock alerts', () => {
  it('emails the seller once per fall to the threshold, not at every change below it, and again after a restock', async () => {
    const own = await signedIn(app, db, 'seller');
    const product = await listed(shirt({ variants: [{ sku: `ALERT-${tag()}`, options: {}, priceCents: 900, stock: 20, lowStockThreshold: 5 }] }), own.accessToken);
    const variant = product.variants[0]!;
    const count = (stock: number) => call('PATCH', `/variants/${variant.id}`, own.accessToken, { stock, reason: 'Counted' });
    const alerts = async () => (await emailsTo(db, own.email, 'Low stock')).length;

    await count(6);
    expect(await alerts()).toBe(0);
    await count(5);
    await count(3);
    await count(1);
    expect(await alerts()).toBe(1);
    const [mail] = await emailsTo(db, own.email, 'Low stock');
    expect(mail?.text).toContain(`${variant.sku}, is down to 5 in stock`);

    await count(12);
    await count(4);
    expect(await alerts()).toBe(2);
  });
});
