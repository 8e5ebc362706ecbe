import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase } from '../../../../test/app.js';
import { expectBareErrorEnvelope } from '../../../../test/errors.js';
import type { CategoryNode, ProductDetail, ProductSummary } from '../../../contracts/catalog.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { insertSellerProfile, insertUser } from '../users/users.repository.js';
import { insertImage } from './catalog.repository.js';
import { categories, products, productVariants, stockMovements } from './catalog.tables.js';
import { etagOf } from './images.js';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase());
});

// ---------------------------------------------------------------------------------------------
// Factory: every test makes its own sellers, categories and products. Tests share one database,
// so each test lists through a category of its own (a "shelf") and never sees another's rows.
// ---------------------------------------------------------------------------------------------

const unique = (): string => randomBytes(5).toString('hex');

type SellerSpec = { status?: 'active' | 'suspended' | 'deleted'; fullName?: string; businessName?: string };

async function createSeller(spec: SellerSpec = {}): Promise<string> {
  const id = newId();
  await insertUser(db, {
    id,
    email: `seller-${unique()}@example.com`,
    passwordHash: 'not-used-by-catalog-tests',
    fullName: spec.fullName ?? 'Pat Seller',
    phone: '+12025550100',
    role: 'seller',
    status: spec.status ?? 'active',
    emailVerifiedAt: new Date(),
  });
  if (spec.businessName) await insertSellerProfile(db, { userId: id, businessName: spec.businessName, taxId: 'US-00-0000000' });
  return id;
}

type CategoryRef = { id: string; name: string; slug: string };

async function createCategory(spec: { name?: string; parentId?: string } = {}): Promise<CategoryRef> {
  const suffix = unique();
  const category = { id: newId(), name: spec.name ?? `Category ${suffix}`, slug: `category-${suffix}` };
  await db.insert(categories).values({ ...category, parentId: spec.parentId ?? null });
  // Written past the service, which would have told the catalog's memory of the tree itself.
  app.services.catalog.forgetCategoryTree();
  return category;
}

type VariantSpec = { priceCents: number; stock?: number; options?: Record<string, string>; deleted?: boolean };
type ImageSpec = { position: number; contentType?: string; data?: Buffer; alt?: string };
type ProductSpec = {
  sellerId: string;
  categoryId: string;
  name?: string;
  description?: string;
  status?: 'active' | 'draft';
  deleted?: boolean;
  createdAt?: Date;
  /** One in-stock variant at 10.00 unless given; `[]` makes a product without variants. */
  variants?: VariantSpec[];
  /** Inserted in the order given, so position and insertion order can differ. */
  images?: ImageSpec[];
};
type CreatedProduct = {
  id: string;
  name: string;
  variants: { id: string; sku: string; options: Record<string, string>; priceCents: number; stock: number }[];
  imageIds: string[];
};

async function createProduct(spec: ProductSpec): Promise<CreatedProduct> {
  const id = newId();
  const name = spec.name ?? `Product ${unique()}`;
  await db.insert(products).values({
    id,
    sellerId: spec.sellerId,
    categoryId: spec.categoryId,
    name,
    description: spec.description ?? 'A plain thing.',
    status: spec.status ?? 'active',
    deletedAt: spec.deleted ? new Date() : null,
    ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
  });
  const variants = (spec.variants ?? [{ priceCents: 1000, stock: 5 }]).map((v) => ({
    id: newId(),
    productId: id,
    sku: `SKU-${unique()}`,
    options: v.options ?? {},
    priceCents: v.priceCents,
    stock: v.stock ?? 5,
    deletedAt: v.deleted ? new Date() : null,
  }));
  if (variants.length) await db.insert(productVariants).values(variants);
  const imageIds: string[] = [];
  for (const image of spec.images ?? []) {
    const imageId = newId();
    const data = image.data ?? Buffer.from(`image ${imageId}`);
    await insertImage(db, { id: imageId, productId: id, position: image.position, alt: image.alt ?? '', width: 640, height: 480 }, [
      { width: 640, contentType: image.contentType ?? 'image/png', data, etag: etagOf(data) },
    ]);
    imageIds.push(imageId);
  }
  return {
    id,
    name,
    variants: variants.map(({ id: variantId, sku, options, priceCents, stock }) => ({ id: variantId, sku, options, priceCents, stock })),
    imageIds,
  };
}

/** A seller and a category of the test's own, with helpers that add products to it and list it. */
async function createShelf(seller: SellerSpec = { businessName: 'Shelf Goods' }) {
  const sellerId = await createSeller(seller);
  const category = await createCategory();
  return {
    sellerId,
    category,
    addProduct: (spec: Partial<ProductSpec> = {}) => createProduct({ sellerId, categoryId: category.id, ...spec }),
    list: (query: Record<string, string | number> = {}) => listProducts({ category: category.slug, ...query }),
  };
}

const minutesAfter = (minutes: number): Date => new Date(Date.UTC(2026, 0, 1, 12, minutes));

// ---------------------------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------------------------

type ProductList = { success: true; data: ProductSummary[]; meta: PaginationMeta };

async function listProducts(query: Record<string, string | number> = {}): Promise<ProductList> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/products',
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProductList>();
}

const names = (list: ProductList): string[] => list.data.map((p) => p.name);

async function getProduct(id: string) {
  return app.inject({ method: 'GET', url: `/api/v1/products/${id}` });
}

// ---------------------------------------------------------------------------------------------

describe('GET /api/v1/categories', () => {
  it('returns the categories as a tree, each child nested under its parent', async () => {
    const root = await createCategory({ name: `Root ${unique()}` });
    const child = await createCategory({ name: `Child ${unique()}`, parentId: root.id });
    const grandchild = await createCategory({ name: `Grandchild ${unique()}`, parentId: child.id });

    const res = await app.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ success: true; data: CategoryNode[] }>();
    expect(body.success).toBe(true);

    expect(body.data.find((node) => node.id === root.id)).toEqual({
      ...root,
      parentId: null,
      children: [{ ...child, parentId: root.id, children: [{ ...grandchild, parentId: child.id, children: [] }] }],
    });
    const rootIds = body.data.map((node) => node.id);
    expect(rootIds).not.toContain(child.id);
    expect(rootIds).not.toContain(grandchild.id);
  });
});

describe('GET /api/v1/products: what is listed', () => {
  it('lists only active, non-deleted products of active sellers that have a non-deleted variant', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Visible Kettle' });
    await shelf.addProduct({ name: 'Draft Kettle', status: 'draft' });
    await shelf.addProduct({ name: 'Deleted Kettle', deleted: true });
    await shelf.addProduct({ name: 'Kettle Without Variants', variants: [] });
    await shelf.addProduct({ name: 'Kettle With Only A Deleted Variant', variants: [{ priceCents: 900, deleted: true }] });
    const suspended = await createSeller({ status: 'suspended', businessName: 'Gone Quiet' });
    await createProduct({ sellerId: suspended, categoryId: shelf.category.id, name: 'Suspended Seller Kettle' });
    const deletedAccount = await createSeller({ status: 'deleted' });
    await createProduct({ sellerId: deletedAccount, categoryId: shelf.category.id, name: 'Deleted Seller Kettle' });

    const list = await shelf.list();
    expect(names(list)).toEqual(['Visible Kettle']);
    expect(list.meta.total).toBe(1);
  });

  it('prices a product at its lowest non-deleted variant price, in the store currency', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({
      variants: [{ priceCents: 2500 }, { priceCents: 1900 }, { priceCents: 3100 }, { priceCents: 900, deleted: true }],
    });

    const [item] = (await shelf.list()).data;
    expect(item).toMatchObject({ priceCents: 1900, currency: 'USD' });
  });

  it('is out of stock when every variant has 0 stock, in stock when any has some', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Sold Out', variants: [{ priceCents: 1000, stock: 0 }, { priceCents: 1200, stock: 0 }] });
    await shelf.addProduct({ name: 'Some Left', variants: [{ priceCents: 1000, stock: 0 }, { priceCents: 1200, stock: 3 }] });

    const stock = Object.fromEntries((await shelf.list()).data.map((p) => [p.name, p.inStock]));
    expect(stock).toEqual({ 'Sold Out': false, 'Some Left': true });
  });

  it('shows the first image by position, and nothing without images', async () => {
    const shelf = await createShelf();
    // Inserted out of order: the first image by position is neither the first inserted nor the lowest id.
    const pictured = await shelf.addProduct({ name: 'Pictured', images: [{ position: 2 }, { position: 0 }, { position: 1 }] });
    await shelf.addProduct({ name: 'Unpictured' });

    const urls = Object.fromEntries((await shelf.list()).data.map((p) => [p.name, p.image?.url ?? null]));
    expect(urls).toEqual({ Pictured: `/api/v1/images/${pictured.imageIds[1]}/640`, Unpictured: null });
  });

  it('names the seller by business name when there is a seller profile, by full name otherwise', async () => {
    const category = await createCategory();
    const withProfile = await createSeller({ fullName: 'Alex Owner', businessName: 'Acme Audio Ltd' });
    const withoutProfile = await createSeller({ fullName: 'Robin Maker' });
    await createProduct({ sellerId: withProfile, categoryId: category.id, name: 'From Acme' });
    await createProduct({ sellerId: withoutProfile, categoryId: category.id, name: 'From Robin' });

    const sellers = Object.fromEntries((await listProducts({ category: category.id })).data.map((p) => [p.name, p.seller]));
    expect(sellers).toEqual({
      'From Acme': { id: withProfile, name: 'Acme Audio Ltd' },
      'From Robin': { id: withoutProfile, name: 'Robin Maker' },
    });
  });
});

describe('GET /api/v1/products: search', () => {
  it('matches each word of q as a word prefix, case-insensitively', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Studio Headphones', description: 'Closed-back, for mixing.' });
    await shelf.addProduct({ name: 'Desk Lamp', description: 'Warm light.' });

    expect(names(await shelf.list({ q: 'head' }))).toEqual(['Studio Headphones']);
    expect(names(await shelf.list({ q: 'HEAD' }))).toEqual(['Studio Headphones']);
    expect(names(await shelf.list({ q: 'stud head' }))).toEqual(['Studio Headphones']);
    expect(names(await shelf.list({ q: 'studio lamp' }))).toEqual([]);
  });

  it('corrects a misspelt word to the nearest word of the catalog when nothing matches as typed', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Studio Headphones', description: 'Closed-back, for mixing.' });
    await shelf.addProduct({ name: 'Lump Hammer' });
    await shelf.addProduct({ name: 'Desk Lamp' });

    expect(names(await shelf.list({ q: 'hedphones' }))).toEqual(['Studio Headphones']);
    expect(names(await shelf.list({ q: 'stuido hedphones' }))).toEqual(['Studio Headphones']);
    // A word that matches as typed is never "corrected" into another one.
    expect(names(await shelf.list({ q: 'lump' }))).toEqual(['Lump Hammer']);
    expect(names(await shelf.list({ q: 'qqqqzzzz' }))).toEqual([]);
  });

  it('finds products by the names of their category and the categories above it, and follows a rename', async () => {
    const seller = await createSeller();
    const top = await createCategory({ name: `Footwear ${unique()}` });
    const below = await createCategory({ name: `Trail ${unique()}`, parentId: top.id });
    await createProduct({ sellerId: seller, categoryId: below.id, name: 'Ridge Runner', description: 'Grippy soles.' });
    const byCategory = (q: string) => listProducts({ q, category: top.slug });

    expect(names(await byCategory('footwear'))).toEqual(['Ridge Runner']);
    expect(names(await byCategory('footwear grippy'))).toEqual(['Ridge Runner']);
    await db.update(categories).set({ name: 'Sneakers' }).where(eq(categories.id, top.id));
    expect(names(await byCategory('sneakers'))).toEqual(['Ridge Runner']);
    expect(names(await byCategory('footwear'))).toEqual([]);
  });

  it('ranks name matches above description matches under sort=relevance', async () => {
    const shelf = await createShelf();
    // The description match is newer, so the newest-first tie-break alone would put it first.
    await shelf.addProduct({ name: 'Studio Headphones', description: 'Closed-back, for mixing.', createdAt: minutesAfter(0) });
    await shelf.addProduct({ name: 'Walnut Desk Stand', description: 'Holds your headphones.', createdAt: minutesAfter(30) });

    expect(names(await shelf.list({ q: 'headphones', sort: 'newest' }))).toEqual(['Walnut Desk Stand', 'Studio Headphones']);
    expect(names(await shelf.list({ q: 'headphones', sort: 'relevance' }))).toEqual(['Studio Headphones', 'Walnut Desk Stand']);
    expect(names(await shelf.list({ q: 'head' }))).toEqual(['Studio Headphones', 'Walnut Desk Stand']);
  });

  it.each(['&|!:*()', "'", '\\', '!!!', '<->', 'a & | b'])('answers q=%j without an error', async (q) => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Studio Headphones' });

    const res = await app.inject({ method: 'GET', url: '/api/v1/products', query: { q, category: shelf.category.slug } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProductList>().success).toBe(true);
  });

  it('treats tsquery operators in q as plain text around the words', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Studio Headphones' });
    await shelf.addProduct({ name: 'Desk Lamp' });

    expect(names(await shelf.list({ q: 'head:*|lamp' }))).toEqual([]);
    expect(names(await shelf.list({ q: '!head&' }))).toEqual(['Studio Headphones']);
  });
});

describe('GET /api/v1/products: filters', () => {
  it('filters by category id or slug, including every category below it', async () => {
    const seller = await createSeller();
    const root = await createCategory();
    const child = await createCategory({ parentId: root.id });
    const grandchild = await createCategory({ parentId: child.id });
    const sibling = await createCategory();
    for (const [category, name] of [
      [root, 'In Root'],
      [child, 'In Child'],
      [grandchild, 'In Grandchild'],
      [sibling, 'In Sibling'],
    ] as const) {
      await createProduct({ sellerId: seller, categoryId: category.id, name });
    }

    const sorted = (list: ProductList) => names(list).sort();
    expect(sorted(await listProducts({ category: root.id }))).toEqual(['In Child', 'In Grandchild', 'In Root']);
    expect(sorted(await listProducts({ category: root.slug }))).toEqual(['In Child', 'In Grandchild', 'In Root']);
    expect(sorted(await listProducts({ category: child.slug }))).toEqual(['In Child', 'In Grandchild']);
    expect(sorted(await listProducts({ category: grandchild.id }))).toEqual(['In Grandchild']);
  });

  it.each([
    ['an unknown slug', () => 'no-such-category'],
    ['an unknown id', () => newId()],
  ])('answers a filter by %s with an empty list and total 0', async (_label, category) => {
    const shelf = await createShelf();
    await shelf.addProduct();

    const list = await listProducts({ category: category() });
    expect(list).toEqual({ success: true, data: [], meta: { page: 1, pageSize: 20, total: 0, totalPages: 0 } });
  });

  it('filters by minPriceCents and maxPriceCents, inclusive, on the lowest variant price', async () => {
    const shelf = await createShelf();
    await shelf.addProduct({ name: 'Ten', variants: [{ priceCents: 1000 }] });
    await shelf.addProduct({ name: 'Twenty', variants: [{ priceCents: 2000 }, { priceCents: 9000 }] });
    await shelf.addProduct({ name: 'Thirty', variants: [{ priceCents: 3000 }] });

    expect(names(await shelf.list({ sort: 'price_asc', minPriceCents: 2000 }))).toEqual(['Twenty', 'Thirty']);
    expect(names(await shelf.list({ sort: 'price_asc', maxPriceCents: 2000 }))).toEqual(['Ten', 'Twenty']);
    expect(names(await shelf.list({ sort: 'price_asc', minPriceCents: 1500, maxPriceCents: 2500 }))).toEqual(['Twenty']);
  });
});

describe('GET /api/v1/products: sorting and pages', () => {
  it('sorts by newest, price_asc and price_desc', async () => {
    const shelf = await createShelf();
    // Inserted in an order that matches none of the sorts, so only the sort decides.
    await shelf.addProduct({ name: 'Mid-aged Pricey', variants: [{ priceCents: 3000 }], createdAt: minutesAfter(10) });
    await shelf.addProduct({ name: 'Newest Cheap', variants: [{ priceCents: 1000 }], createdAt: minutesAfter(20) });
    await shelf.addProduct({ name: 'Oldest Middle', variants: [{ priceCents: 2000 }], createdAt: minutesAfter(0) });

    expect(names(await shelf.list({ sort: 'newest' }))).toEqual(['Newest Cheap', 'Mid-aged Pricey', 'Oldest Middle']);
    expect(names(await shelf.list({ sort: 'price_asc' }))).toEqual(['Newest Cheap', 'Oldest Middle', 'Mid-aged Pricey']);
    expect(names(await shelf.list({ sort: 'price_desc' }))).toEqual(['Mid-aged Pricey', 'Oldest Middle', 'Newest Cheap']);
  });

  it('pages through the results with page, pageSize, total and totalPages', async () => {
    const shelf = await createShelf();
    for (let i = 0; i < 5; i++) await shelf.addProduct({ name: `Item ${i}`, createdAt: minutesAfter(i) });

    const page = (n: number) => shelf.list({ sort: 'newest', pageSize: 2, page: n });
    const [first, second, third] = [await page(1), await page(2), await page(3)];
    expect(first.meta).toEqual({ page: 1, pageSize: 2, total: 5, totalPages: 3 });
    expect(second.meta).toEqual({ page: 2, pageSize: 2, total: 5, totalPages: 3 });
    expect(third.meta).toEqual({ page: 3, pageSize: 2, total: 5, totalPages: 3 });
    expect([names(first), names(second), names(third)]).toEqual([['Item 4', 'Item 3'], ['Item 2', 'Item 1'], ['Item 0']]);
  });

  it('answers a page past the end with no items and the real total', async () => {
    const shelf = await createShelf();
    for (let i = 0; i < 3; i++) await shelf.addProduct();

    const list = await shelf.list({ pageSize: 2, page: 5 });
    expect(list.data).toEqual([]);
    expect(list.meta).toEqual({ page: 5, pageSize: 2, total: 3, totalPages: 2 });
  });

  it('rejects pageSize=101 with 400 VALIDATION_ERROR naming pageSize, and accepts 100', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/products?pageSize=101' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      success: false,
      error: { code: 'VALIDATION_ERROR', details: [{ field: 'pageSize', message: expect.any(String) }] },
    });

    expect((await listProducts({ pageSize: 100 })).meta.pageSize).toBe(100);
  });
});

describe('GET /api/v1/products/:id', () => {
  it('returns the product with its variants sorted by price and its images by position', async () => {
    const sellerId = await createSeller({ businessName: 'Detail Works' });
    const category = await createCategory();
    const made = await createProduct({
      sellerId,
      categoryId: category.id,
      name: 'Trail Shoe',
      description: 'Grippy and light.',
      variants: [
        { priceCents: 3000, stock: 2, options: { size: '44' } },
        { priceCents: 1000, stock: 0, options: { size: '40', color: 'Red' } },
        { priceCents: 2000, stock: 7, options: { size: '42' } },
        { priceCents: 500, stock: 9, options: { size: '38' }, deleted: true },
      ],
      images: [
        { position: 1, alt: 'Side' },
        { position: 0, alt: 'Front' },
      ],
    });
    const [at3000, at1000, at2000] = made.variants;
    const [side, front] = made.imageIds;

    const res = await getProduct(made.id);
    expect(res.statusCode).toBe(200);
    const { data } = res.json<{ success: true; data: ProductDetail }>();
    expect(data).toMatchObject({
      id: made.id,
      name: 'Trail Shoe',
      description: 'Grippy and light.',
      status: 'active',
      currency: 'USD',
      category,
      seller: { id: sellerId, name: 'Detail Works' },
    });
    expect(data.variants).toEqual([at1000, at2000, at3000]);
    expect(data.images).toEqual([
      { id: front, url: `/api/v1/images/${front}/640`, srcset: `/api/v1/images/${front}/640 640w`, width: 640, height: 480, alt: 'Front' },
      { id: side, url: `/api/v1/images/${side}/640`, srcset: `/api/v1/images/${side}/640 640w`, width: 640, height: 480, alt: 'Side' },
    ]);
  });

  it('answers an unknown id with 404 NOT_FOUND in the error envelope', async () => {
    const res = await getProduct(newId());
    expect(res.statusCode).toBe(404);
    expectBareErrorEnvelope(res.json(), 'NOT_FOUND');
  });

  it.each([
    ['a draft product', { status: 'draft' } as const, {}],
    ['a soft-deleted product', { deleted: true }, {}],
    ['a product of a suspended seller', {}, { status: 'suspended' } as const],
  ])('hides %s behind 404 NOT_FOUND', async (_label, product, seller) => {
    const sellerId = await createSeller(seller);
    const category = await createCategory();
    const made = await createProduct({ sellerId, categoryId: category.id, ...product });

    const res = await getProduct(made.id);
    expect(res.statusCode).toBe(404);
    expectBareErrorEnvelope(res.json(), 'NOT_FOUND');
  });
});

describe('GET /api/v1/images/:id/:width', () => {
  it('returns the stored bytes with the stored content type, an ETag and an immutable cache lifetime', async () => {
    const shelf = await createShelf();
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x00]);
    const made = await shelf.addProduct({ images: [{ position: 0, contentType: 'image/webp', data: bytes }] });

    const url = `/api/v1/images/${made.imageIds[0]}/640`;
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['cache-control']).toContain('max-age=31536000');
    expect(res.headers.etag).toBe(`"${etagOf(bytes)}"`);

    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': `W/"other", ${res.headers.etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect((await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
  });

  it.each([
    ['an unknown image id', () => `/api/v1/images/${newId()}/640`],
    ['a width it was not stored at', async () => `/api/v1/images/${(await (await createShelf()).addProduct({ images: [{ position: 0 }] })).imageIds[0]}/320`],
  ])('answers %s with 404 NOT_FOUND', async (_label, urlOf) => {
    const res = await app.inject({ method: 'GET', url: await urlOf() });
    expect(res.statusCode).toBe(404);
    expectBareErrorEnvelope(res.json(), 'NOT_FOUND');
  });
});

describe('what the product keeps of its variants', () => {
  const totalsOf = async (productId: string) => {
    const [row] = await db.select({ minPriceCents: products.minPriceCents, totalStock: products.totalStock }).from(products).where(eq(products.id, productId));
    return row;
  };

  it('follows every write of its variants in the database itself: price, stock, deletion, a new variant', async () => {
    const shelf = await createShelf();
    const product = await shelf.addProduct({ variants: [{ priceCents: 2500, stock: 2 }, { priceCents: 1900, stock: 3 }] });
    const cheap = product.variants[1]!;
    expect(await totalsOf(product.id)).toEqual({ minPriceCents: 1900, totalStock: 5 });

    await db.update(productVariants).set({ stock: 0 }).where(eq(productVariants.id, cheap.id));
    expect(await totalsOf(product.id)).toEqual({ minPriceCents: 1900, totalStock: 2 });
    await db.update(productVariants).set({ deletedAt: new Date() }).where(eq(productVariants.id, cheap.id));
    expect(await totalsOf(product.id)).toEqual({ minPriceCents: 2500, totalStock: 2 });
    await db.insert(productVariants).values({ id: newId(), productId: product.id, sku: `SKU-${unique()}`, options: {}, priceCents: 700, stock: 1 });
    expect(await totalsOf(product.id)).toEqual({ minPriceCents: 700, totalStock: 3 });
    await db.update(productVariants).set({ deletedAt: new Date() }).where(eq(productVariants.productId, product.id));
    expect(await totalsOf(product.id)).toEqual({ minPriceCents: null, totalStock: 0 });
  });

  it('keeps a stock ledger that cannot be rewritten', async () => {
    const shelf = await createShelf();
    const [variant] = (await shelf.addProduct()).variants;
    const id = newId();
    await db.insert(stockMovements).values({ id, variantId: variant!.id, delta: 5, stockAfter: 5, reason: 'initial', at: new Date() });
    await expect(db.update(stockMovements).set({ delta: 50 }).where(eq(stockMovements.id, id))).rejects.toThrow();
    await expect(db.delete(stockMovements).where(eq(stockMovements.id, id))).rejects.toThrow();
    await expect(db.execute(sql`truncate stock_movements`)).rejects.toThrow();
  });
});
