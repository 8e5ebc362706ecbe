import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testServices } from '../../../test/app.js';
import { createTestDatabase } from '../../../test/database.js';
import type { CategoryNode, ProductDetail, ProductSummary } from '../../contracts/catalog.js';
import type { PaginationMeta } from '../../contracts/common.js';
import type { Database } from '../db/client.js';
import { escapeHtml } from '../lib/html.js';
import { verifyPassword } from '../../../test/passwords.js';
import { categories, productImageFiles, productImages, products, productVariants } from '../modules/catalog/catalog.tables.js';
import { sellerProfiles, users } from '../modules/users/users.tables.js';
import { otherSellerAccounts } from './demo-catalog.js';
import { seedDemo, type DemoLogin } from './demo.js';

const ARGON2ID_OWASP_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';

/** Every table the seed writes to, counted, so "adds nothing" can be checked as a whole. */
async function countRows(db: Database) {
  return {
    users: await db.$count(users),
    sellerProfiles: await db.$count(sellerProfiles),
    categories: await db.$count(categories),
    products: await db.$count(products),
    variants: await db.$count(productVariants),
    images: await db.$count(productImages),
  };
}

const flatten = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

/** Each option's values in order of first appearance among the variants. */
function valuesByOption(variants: { options: Record<string, string> }[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const { options } of variants) {
    for (const [name, value] of Object.entries(options)) if (!values[name]?.includes(value)) values[name] = [...(values[name] ?? []), value];
  }
  return values;
}

/** Every product the storefront lists, page by page. */
async function listAll(app: FastifyInstance): Promise<{ products: ProductSummary[]; total: number }> {
  const products: ProductSummary[] = [];
  for (let page = 1; ; page++) {
    const list = (await app.inject(`/api/v1/products?pageSize=100&page=${page}`)).json<{ data: ProductSummary[]; meta: PaginationMeta }>();
    products.push(...list.data);
    if (list.data.length === 0 || products.length >= list.meta.total) return { products, total: list.meta.total };
  }
}

describe('seedDemo on an empty database', () => {
  let db: Database;
  let app: FastifyInstance;
  let logins: DemoLogin[] | undefined;

  beforeAll(async () => {
    ({ db } = await createTestDatabase());
    app = await buildTestApp(db);
    logins = await seedDemo(app.services);
  });

  it('returns a customer and a seller login', () => {
    expect(logins?.map((login) => login.role).sort()).toEqual(['customer', 'seller']);
  });

  it('creates each returned login as an active, verified account whose Argon2id hash verifies the password', async () => {
    expect(logins).toBeDefined();
    for (const login of logins ?? []) {
      const [user] = await db.select().from(users).where(eq(users.email, login.email.toLowerCase()));
      expect(user, login.email).toMatchObject({ role: login.role, status: 'active' });
      expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
      expect(user?.passwordHash.startsWith(ARGON2ID_OWASP_PREFIX)).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? '', login.password)).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? '', `${login.password}x`)).toBe(false);
    }
  });

  it('makes four active, verified sellers with their own businesses, Northwind Goods the demo login’s, and no profile for the customer', async () => {
    const sellers = await db
      .select({ email: users.email, role: users.role, status: users.status, verifiedAt: users.emailVerifiedAt, passwordHash: users.passwordHash, businessName: sellerProfiles.businessName })
      .from(sellerProfiles)
      .innerJoin(users, eq(users.id, sellerProfiles.userId))
      .orderBy(users.email);
    expect(sellers.map((seller) => [seller.email, seller.businessName])).toEqual([
      ['seller2@example.com', 'Fernhill Outfitters'],
      ['seller3@example.com', 'Paper Lantern Books & Games'],
      ['seller4@example.com', 'Juniper & Rose Apothecary'],
      ['seller@example.com', 'Northwind Goods'],
    ]);
    for (const seller of sellers) {
      expect(seller, seller.email).toMatchObject({ role: 'seller', status: 'active' });
      expect(seller.verifiedAt).toBeInstanceOf(Date);
      expect(seller.passwordHash.startsWith(ARGON2ID_OWASP_PREFIX)).toBe(true);
    }
    // The other sellers have no login: their passwords are random, not the demo seller's.
    const demoSeller = logins?.find((login) => login.role === 'seller');
    for (const seller of sellers.filter((row) => row.email !== demoSeller?.email)) {
      expect(await verifyPassword(seller.passwordHash, demoSeller?.password ?? ''), seller.email).toBe(false);
    }
    expect(new Set(sellers.map((seller) => seller.passwordHash)).size).toBe(sellers.length);
  });

  it('creates a category tree of at least ten categories with sub-categories, each holding products', async () => {
    const tree = (await app.inject('/api/v1/categories')).json<{ data: CategoryNode[] }>().data;
    const all = flatten(tree);
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.length).toBe(await db.$count(categories));
    expect(tree.filter((root) => root.children.length > 0).length).toBeGreaterThanOrEqual(5);
    for (const root of tree) {
      const { meta } = (await app.inject(`/api/v1/products?category=${root.id}&pageSize=1`)).json<{ meta: PaginationMeta }>();
      expect(meta.total, root.name).toBeGreaterThan(0);
    }
  });

  it('lists at least 200 products from several sellers, each in a known category with a picture that is served', async () => {
    const { products: listed, total } = await listAll(app);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBe(await db.$count(products));
    expect(listed).toHaveLength(total);

    const sellerNames = new Map(listed.map((product) => [product.seller.id, product.seller.name]));
    expect([...sellerNames.values()].sort()).toEqual(['Fernhill Outfitters', 'Juniper & Rose Apothecary', 'Northwind Goods', 'Paper Lantern Books & Games']);
    const categoryIds = new Set(flatten((await app.inject('/api/v1/categories')).json<{ data: CategoryNode[] }>().data).map((node) => node.id));
    for (const product of listed) {
      expect(categoryIds.has(product.category.id), product.name).toBe(true);
      const image = await app.inject(product.image?.url ?? '/missing');
      expect(image.statusCode, product.name).toBe(200);
      expect(image.headers['content-type'], product.name).toContain('image/svg+xml');
      expect(image.body, product.name).toContain(`aria-label="${escapeHtml(product.name)}"`);
    }

    const first = listed[0];
    const image = await app.inject(first?.image?.url ?? '/missing');
    const [stored] = await db.select({ data: productImageFiles.data }).from(productImageFiles).where(eq(productImageFiles.imageId, first?.image?.id ?? ''));
    expect(image.rawPayload.equals(stored?.data ?? Buffer.alloc(0))).toBe(true);
  });

  it('gives every variant a SKU of its own and a price, with sold-out and low-stock variants among them', async () => {
    const variants = await db.select({ productId: productVariants.productId, sku: productVariants.sku, options: productVariants.options, priceCents: productVariants.priceCents, stock: productVariants.stock }).from(productVariants);
    expect(variants.length).toBeGreaterThanOrEqual(600);
    expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length);
    expect(variants.every((variant) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(variant.sku) && variant.sku.length <= 64)).toBe(true);
    expect(variants.every((variant) => variant.priceCents > 0)).toBe(true);

    const { defaultLowStockThreshold } = await app.services.settings.current();
    expect(variants.filter((variant) => variant.stock > 0 && variant.stock <= defaultLowStockThreshold).length).toBeGreaterThanOrEqual(10);
    const soldOutProducts = await db.$count(products, eq(products.totalStock, 0));
    expect(soldOutProducts).toBeGreaterThan(0);
    expect(soldOutProducts).toBeLessThan(await db.$count(products));

    // A sold-out size beside sizes of the same colour in stock: the storefront must keep the colour choosable.
    const stockBySizeOfColour = new Map<string, number[]>();
    for (const { productId, options, stock } of variants) {
      if (options.Colour === undefined || options.Size === undefined) continue;
      const key = `${productId} ${options.Colour}`;
      stockBySizeOfColour.set(key, [...(stockBySizeOfColour.get(key) ?? []), stock]);
    }
    const mixed = [...stockBySizeOfColour.values()].filter((stocks) => stocks.includes(0) && stocks.some((stock) => stock > 0));
    expect(mixed.length).toBeGreaterThanOrEqual(5);
  });

  it('writes each option’s values in the seller’s order: sizes S, M, L, XL, colours as listed', async () => {
    const [tee] = await db.select({ id: products.id }).from(products).where(eq(products.name, 'Organic Cotton T-Shirt'));
    // In the order they were written (time-ordered ids). jsonb sorts option names, so only values keep an order here.
    const written = await db.select({ options: productVariants.options }).from(productVariants).where(eq(productVariants.productId, tee?.id ?? '')).orderBy(productVariants.id);
    expect(valuesByOption(written)).toEqual({ Colour: ['Sage', 'Navy', 'White'], Size: ['S', 'M', 'L', 'XL'] });
  });

  // The API lists variants by price and SKU (L, M, S, XL); the product's options keep the seller's order.
  it('shows shoppers the option values in the seller’s order', async () => {
    const [tee] = await db.select({ id: products.id }).from(products).where(eq(products.name, 'Organic Cotton T-Shirt'));
    const detail = (await app.inject(`/api/v1/products/${tee?.id ?? ''}`)).json<{ data: ProductDetail }>().data;
    expect(detail.options).toEqual([
      { name: 'Colour', values: ['Sage', 'Navy', 'White'] },
      { name: 'Size', values: ['S', 'M', 'L', 'XL'] },
    ]);
  });
});

describe('seedDemo on a database that has users', () => {
  let db: Database;

  beforeAll(async () => {
    ({ db } = await createTestDatabase());
  });

  it('returns undefined the second time and adds nothing', async () => {
    const services = await testServices(db);
    expect(await seedDemo(services)).toBeDefined();
    const afterFirst = await countRows(db);

    expect(await seedDemo(services)).toBeUndefined();
    expect(await countRows(db)).toEqual(afterFirst);
  });
});

describe('seedDemo started twice at once', () => {
  let db: Database;

  beforeAll(async () => {
    ({ db } = await createTestDatabase());
  });

  it('seeds an empty database exactly once', async () => {
    const [nodeA, nodeB] = [await testServices(db), await testServices(db)];
    const outcomes = await Promise.allSettled([seedDemo(nodeA), seedDemo(nodeB)]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const seededBy = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value !== undefined);
    expect(seededBy).toHaveLength(1);
    expect(await db.$count(users)).toBe(2 + otherSellerAccounts.length);
  });
});
