import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testServices } from '../../../test/app.js';
import { createTestDatabase } from '../../../test/database.js';
import type { CategoryNode, ProductSummary } from '../../contracts/catalog.js';
import type { PaginationMeta } from '../../contracts/common.js';
import type { Database } from '../db/client.js';
import { verifyPassword } from '../../../test/passwords.js';
import { categories, productImageFiles, productImages, products, productVariants } from '../modules/catalog/catalog.tables.js';
import { sellerProfiles, users } from '../modules/users/users.tables.js';
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

describe('seedDemo on an empty database', () => {
  let db: Database;
  let logins: DemoLogin[] | undefined;

  beforeAll(async () => {
    ({ db } = await createTestDatabase());
    logins = await seedDemo(await testServices(db));
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

  it('gives the seller a seller profile and nobody else one', async () => {
    const seller = logins?.find((login) => login.role === 'seller');
    const profiles = await db
      .select({ email: users.email })
      .from(sellerProfiles)
      .innerJoin(users, eq(users.id, sellerProfiles.userId));
    expect(profiles).toEqual([{ email: seller?.email }]);
  });

  it('creates a category tree and products that the API lists, each from the seller, with an image', async () => {
    const app = await buildTestApp(db);

    const tree = (await app.inject('/api/v1/categories')).json<{ data: CategoryNode[] }>().data;
    expect(tree.some((root) => root.children.length > 0)).toBe(true);
    const categoryIds = new Set(flatten(tree).map((node) => node.id));
    expect(categoryIds.size).toBe(await db.$count(categories));

    const list = (await app.inject('/api/v1/products?pageSize=100')).json<{ data: ProductSummary[]; meta: PaginationMeta }>();
    const seeded = await db.$count(products);
    expect(seeded).toBeGreaterThan(0);
    expect(list.meta.total).toBe(seeded);

    const [seller] = await db
      .select({ id: users.id, businessName: sellerProfiles.businessName })
      .from(users)
      .innerJoin(sellerProfiles, eq(sellerProfiles.userId, users.id));
    for (const product of list.data) {
      expect(product.seller, product.name).toEqual({ id: seller?.id, name: seller?.businessName });
      expect(categoryIds.has(product.category.id), product.name).toBe(true);
      expect(product.image, product.name).not.toBeNull();
    }

    const first = list.data[0];
    const image = await app.inject(first?.image?.url ?? '/missing');
    expect(image.statusCode).toBe(200);
    const [stored] = await db
      .select({ contentType: productImageFiles.contentType, data: productImageFiles.data })
      .from(productImageFiles)
      .where(eq(productImageFiles.imageId, first?.image?.id ?? ''));
    expect(image.headers['content-type']).toBe(stored?.contentType);
    expect(image.rawPayload.equals(stored?.data ?? Buffer.alloc(0))).toBe(true);
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
    expect(await db.$count(users)).toBe(2);
  });
});
